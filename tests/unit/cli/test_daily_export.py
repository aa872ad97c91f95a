"""`screener export -o FILE`: the file holds what the database holds, so it is as private as the database."""

from __future__ import annotations

import testpaths  # noqa: I001 (the tests' own paths)
import json
import stat

from click.testing import CliRunner

from screener.cli.app import cli

SAMPLE = testpaths.ROOT / "screener" / "data" / "sample-inbox"


def test_export_file_is_readable_by_you_only(tmp_home, tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["scan", "--maildir", str(SAMPLE)]).exit_code == 0
    out = tmp_path / "requests.jsonl"
    res = runner.invoke(cli, ["export", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_home / "screener.db").stat().st_mode) == 0o600  # the same as the database
    assert len([json.loads(line) for line in out.read_text().splitlines()]) >= 8


def test_an_existing_export_file_is_made_private_too(tmp_home, tmp_path):
    out = tmp_path / "requests.csv"
    out.write_text("old\n")
    out.chmod(0o644)
    res = CliRunner().invoke(cli, ["export", "--format", "csv", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and "old" not in out.read_text()
