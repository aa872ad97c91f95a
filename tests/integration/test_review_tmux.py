"""`screener review` in a real terminal: tmux runs it, send-keys types single keys, capture-pane reads the screen."""

from __future__ import annotations

import os
import shlex
import shutil
import stat
import subprocess
import sys
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest

from reviewseed import BOILER, HOSTILE, PERSONAL, seed_request
from screener.guide import init_guide, load_guide
from screener.store.store import Store

pytestmark = pytest.mark.tmux
SCREENER = Path(sys.executable).parent / "screener"


@pytest.fixture
def tmux():
    binary = shutil.which("tmux")
    if not binary:
        msg = "tmux is not installed: apt-get install -y tmux"
        if os.environ.get("CI") == "true":
            pytest.fail(msg + " (CI=true: the terminal tests must not be skipped)", pytrace=False)
        pytest.skip(msg)
    socket = f"screener-test-{uuid.uuid4().hex[:8]}"

    def run(*args: str) -> str:
        return subprocess.run([binary, "-L", socket, *args], capture_output=True, text=True, check=True,
                              timeout=20).stdout

    yield run
    subprocess.run([binary, "-L", socket, "kill-server"], capture_output=True, timeout=20)


def script(path: Path, body: str) -> Path:
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


class Screen:
    def __init__(self, run, target: str):
        self.run, self.target = run, target

    def text(self, escapes: bool = False) -> str:
        return self.run("capture-pane", "-p", *(["-e"] if escapes else []), "-t", self.target)

    def wait_for(self, needle: str, timeout: float = 30.0, *, drawn: str = "") -> str:
        """The screen once `needle` is on it (and `drawn`, e.g. the key legend that ends an item, after it)."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.text()
            if needle in screen and (not drawn or drawn in screen.split(needle, 1)[1]):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{needle!r} did not appear on the screen:\n{screen}")

    def wait_item(self, label: str) -> str:
        """An item's screen, fully drawn: the loop prints the key legend last (a loaded machine draws slowly)."""
        return self.wait_for(label, drawn="[q]uit")

    def key(self, k: str) -> None:
        self.run("send-keys", "-t", self.target, "-l", k)  # literal: one keypress, no Enter


@pytest.fixture
def setup(tmp_path):
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)  # the autouse tmp_home made it
    gdir = init_guide(tmp_path / "guide")
    guide = load_guide(gdir)
    with Store(home / "screener.db") as store:
        ids = {
            "bob": seed_request(store, guide, name="Bob Boiler", note=BOILER,
                                profile_url="https://www.linkedin.com/in/bob-boiler",
                                received=datetime(2024, 3, 4, 9, tzinfo=timezone.utc)),
            "paula": seed_request(store, guide, name="Paula Personal", note=PERSONAL,
                                  received=datetime(2024, 3, 6, 9, tzinfo=timezone.utc)),
            "eve": seed_request(store, guide, name=HOSTILE, note="", platform="xing",
                                received=datetime(2024, 3, 5, 9, tzinfo=timezone.utc)),
        }
    browser_log = tmp_path / "browser.log"
    browser = script(tmp_path / "browser.sh", f"echo \"$1\" >> '{browser_log}'\n")
    editor = script(tmp_path / "editor.sh", "printf 'Hello Paula,\\nsee you at PyCon.\\n' > \"$1\"\n")
    env = {
        "SCREENER_HOME": home, "SCREENER_GUIDE": gdir, "XDG_CONFIG_HOME": tmp_path / "xdg",
        "BROWSER": browser, "EDITOR": editor, "VISUAL": editor, "TERM": "xterm-256color",
        "DISPLAY": "", "WAYLAND_DISPLAY": "", "COLUMNS": "", "LINES": "",
    }
    exports = "".join(f"export {k}={shlex.quote(str(v))}\n" for k, v in env.items())
    launcher = script(tmp_path / "run.sh", exports + f"{shlex.quote(str(SCREENER))} review\n"
                      "echo REVIEW-EXIT=$?\nsleep 600\n")
    return {"home": home, "ids": ids, "launcher": launcher, "browser_log": browser_log}


def test_review_in_a_real_terminal(tmux, setup):
    tmux("new-session", "-d", "-s", "review", "-x", "130", "-y", "70", str(setup["launcher"]))
    screen = Screen(tmux, "review")

    first = screen.wait_item("[1/3]")
    assert "Paula Personal" in first and "[a]pprove" in first

    screen.key("o")  # no profile known: the platform's request page, never a mail link
    screen.wait_for("opened https://www.linkedin.com/mynetwork/invitation-manager/")
    screen.key("e")
    edited = screen.wait_for("draft saved")
    assert "see you at PyCon." in edited and "Draft (edited)" in edited
    screen.key("c")  # no X or Wayland clipboard: inside tmux the draft goes to tmux's paste buffer
    screen.wait_for("draft copied to tmux's paste buffer")
    assert tmux("show-buffer") == "Hello Paula,\nsee you at PyCon.\n"
    screen.key("a")

    second = screen.wait_item("[2/3]")
    assert "[1/3]" not in second  # the screen was redrawn, not scrolled
    assert "Eve RED <script>alert(1)</script>" in second
    raw = screen.text(escapes=True)
    assert "]52;" not in raw and "\x07" not in raw  # the OSC 52 in the name never reached the terminal
    screen.key("d")
    screen.wait_for("? [y/N]")  # dismissing asks first
    screen.key("y")

    third = screen.wait_item("[3/3]")
    assert "Bob Boiler" in third
    coloured = screen.text(escapes=True)
    note_line = next(line for line in coloured.splitlines() if "expand my network" in line
                     and "Hi there" in line)
    assert "\x1b[7m" in note_line or ";7m" in note_line, note_line  # the template span is highlighted
    screen.key("o")
    screen.wait_for("opened https://www.linkedin.com/in/bob-boiler")
    screen.key("r")
    screen.wait_for("Regenerate as:")
    screen.key("1")
    screen.wait_for("regenerated with action accept")
    screen.key("m")

    done = screen.wait_for("REVIEW-EXIT=0")
    assert "approved 1" in done and "dismissed 1" in done and "marked sent 1" in done and "edited 1" in done

    with Store(setup["home"] / "screener.db") as store:
        paula, eve, bob = (store.get(setup["ids"][k]) for k in ("paula", "eve", "bob"))
    assert paula.status == "approved" and paula.draft == "Hello Paula,\nsee you at PyCon.\n"
    assert eve.status == "dismissed"
    assert bob.status == "sent" and bob.sent_at and bob.action == "accept"
    assert setup["browser_log"].read_text().split() == [
        "https://www.linkedin.com/mynetwork/invitation-manager/", "https://www.linkedin.com/in/bob-boiler"]


def test_quit_key_leaves_everything_as_it_was(tmux, setup):
    tmux("new-session", "-d", "-s", "review", "-x", "130", "-y", "70", str(setup["launcher"]))
    screen = Screen(tmux, "review")
    screen.wait_item("[1/3]")
    screen.key("x")
    screen.wait_for("unknown key 'x'")
    screen.key("q")
    screen.wait_for("REVIEW-EXIT=0")
    with Store(setup["home"] / "screener.db") as store:
        assert {r.status for r in store.list()} == {"drafted"}
