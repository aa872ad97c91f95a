"""The HTML report in a real browser: headless Debian chromium renders it, screenshots it, dumps the DOM."""

from __future__ import annotations

import html.parser
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from reviewseed import seed_stats
from screener.cli.app import cli
from screener.store.store import Store

pytestmark = pytest.mark.browser

CONSOLE = re.compile(r":CONSOLE[:(]")


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        msg = "chromium is not installed: apt-get install -y chromium (scripts/system-deps.sh)"
        if os.environ.get("CI") == "true":
            pytest.fail(msg + " (CI=true: the browser tests must not be skipped)", pytrace=False)
        pytest.skip(msg)
    return found


def run_chromium(binary: str, tmp: Path, url: str, *mode: str) -> subprocess.CompletedProcess:
    args = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
            f"--user-data-dir={tmp / 'chromium-profile'}", "--window-size=1200,1600",
            "--enable-logging=stderr", "--v=0", *mode, url]
    return subprocess.run(args, capture_output=True, text=True, timeout=90, cwd=tmp)


def console_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if CONSOLE.search(line)]


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)


@pytest.fixture
def report(tmp_path, tmp_home) -> Path:
    db = tmp_path / "screener.db"
    with Store(db) as store:
        seed_stats(store)
    out = tmp_path / "report.html"
    res = CliRunner().invoke(cli, ["--db", str(db), "stats", "--since", "2024-03-01", "--html", str(out)])
    assert res.exit_code == 0, res.output
    return out


def test_report_renders_without_console_errors(chromium, report, tmp_path):
    shot = tmp_path / "report.png"
    res = run_chromium(chromium, tmp_path, report.as_uri(), f"--screenshot={shot}")
    assert res.returncode == 0, res.stderr[-2000:]
    assert shot.exists()
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1200, 1600)
    assert len(data) > 20_000  # a blank page compresses to a few kB; charts and tables do not
    assert console_lines(res.stderr) == []


def test_dom_holds_the_figures_and_escaped_names(chromium, report, tmp_path):
    res = run_chromium(chromium, tmp_path, report.as_uri(), "--dump-dom")
    assert res.returncode == 0, res.stderr[-2000:]
    dom = res.stdout
    for fig in ("fig-weekly", "fig-templates", "fig-answers"):
        assert f'id="{fig}"' in dom
    assert dom.count("<rect") >= 3 + 2 * 2
    assert "<script" not in dom  # the hostile name did not become an element
    parser = _Text()
    parser.feed(dom)
    text = " ".join(" ".join(parser.parts).split())
    assert "Eve RED <script>alert(1)</script>" in text  # shown as text, escape sequences gone
    assert "\x1b" not in dom and "]52;" not in dom
    assert "2024-W10" in text and "71%" in text and "50%" in text and "1 of 2" in text
    assert console_lines(res.stderr) == []


def test_console_errors_are_detected(chromium, tmp_path):
    """The check above can fail: a page that logs an error is caught by the same filter."""
    page = tmp_path / "broken.html"
    page.write_text("<html><body><script>console.error('boom'); missing();</script></body></html>")
    res = run_chromium(chromium, tmp_path, page.as_uri(), "--dump-dom")
    lines = console_lines(res.stderr)
    assert any("boom" in line for line in lines) and any("missing" in line for line in lines)
