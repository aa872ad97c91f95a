"""CSV export neutralises cells a spreadsheet would read as a formula; JSONL stays exact (issue 18)."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from screener.cli.app import cli
from screener.sanitize import csv_cell
from test_poison import invitation


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("SCREENER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("SCREENER_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return tmp_path / "home"


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1", '=HYPERLINK("http://x")'])
def test_csv_cell_prefixes_formula_starts_and_strips_nothing(value):
    assert csv_cell(value) == "'" + value


def test_csv_cell_leaves_plain_text_and_numbers():
    assert csv_cell("Max Muster") == "Max Muster"
    assert csv_cell("a=b") == "a=b"
    assert csv_cell(0.5) == 0.5 and csv_cell(None) is None


def test_export_csv_has_no_formula_cells_and_jsonl_stays_exact(home, tmp_path):
    sender = "=SUM(1+2) Max"
    eml = tmp_path / "hostile.eml"
    data = invitation(4, "Formula Person").replace(b"Formula Person via", b"\"%s\" via" % sender.encode())
    eml.write_bytes(data)
    assert CliRunner().invoke(cli, ["scan", "--eml", str(eml)]).exit_code == 0
    res = CliRunner().invoke(cli, ["export", "--format", "csv", "-o", str(tmp_path / "out.csv")])
    assert res.exit_code == 0, res.output
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and rows[0]["sender_name"] == "'" + sender
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    res = CliRunner().invoke(cli, ["export", "--format", "jsonl"])
    assert json.loads(res.output.splitlines()[0])["sender_name"] == sender
