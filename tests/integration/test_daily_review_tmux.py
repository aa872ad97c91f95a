"""The review as a person sees it in a real terminal of 80×24 (and 120×40): tmux runs it, send-keys types,
capture-pane reads the screen. The first screen of every request fits; nothing scrolls off the top."""

from __future__ import annotations

import re
import shlex
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from reviewseed import BOILER, PERSONAL, seed_request
from screener.guide import init_guide, load_guide
from screener.models import MailKind, ParsedMail, Platform
from screener.store.store import Store
from test_review_tmux import SCREENER, Screen, script, tmux  # noqa: F401 - tmux is the fixture

pytestmark = pytest.mark.tmux

LONG_NOTE = ("Hello Jana, we met at the Datenschutztag Köln after your talk on deletion concepts. "
             "I lead the data platform team at a mid-sized insurer and we are rebuilding our retention rules; "
             "your point about deleting derived data (the reports, the caches, the exports) stuck with me. "
             "Could I ask you two concrete questions about how you would order that work? We also run a small "
             "meetup in Bonn and would love to have you there some time next spring, if that fits at all.")
HEADLINE = "Head of Data Platform & Privacy Engineering at Rheinische Versicherungsgruppe AG, Bonn · Speaker"


def launcher(tmp_path: Path, home: Path, gdir: Path, args: str = "", *, keep_tmux: bool = True,
             name: str = "run.sh") -> Path:
    editor = script(tmp_path / "editor.sh", "printf 'Hello Paula,\\nsee you at PyCon.\\n' > \"$1\"\n")
    env = {"SCREENER_HOME": home, "SCREENER_GUIDE": gdir, "XDG_CONFIG_HOME": tmp_path / "xdg",
           "EDITOR": editor, "VISUAL": editor, "TERM": "xterm-256color", "DISPLAY": "", "WAYLAND_DISPLAY": "",
           "COLUMNS": "", "LINES": "", "BROWSER": "true"}
    exports = "".join(f"export {k}={shlex.quote(str(v))}\n" for k, v in env.items())
    unset = "" if keep_tmux else "unset TMUX TMUX_PANE\n"  # as over SSH: no tmux to talk to
    body = ("trap 'true' INT\n" + exports + unset + f"{shlex.quote(str(SCREENER))} review {args}\n"
            "echo REVIEW-EXIT=$?\nsleep 600\n")
    path = tmp_path / name
    path.write_text("#!/bin/bash\n" + body)
    path.chmod(0o755)
    return path


@pytest.fixture
def seeded(tmp_path):
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    gdir = init_guide(tmp_path / "guide")
    guide = load_guide(gdir)
    now = datetime(2025, 3, 10, 9, tzinfo=timezone.utc)
    with Store(home / "screener.db") as store:
        ids = {
            "bob": seed_request(store, guide, name="Bob Boiler", note=BOILER, headline="Growth Hacker",
                                profile_url="https://www.linkedin.com/in/bob-boiler", received=now),
            "long": seed_request(store, guide, name="Konstantin Lindqvist-Beaumont", note=LONG_NOTE,
                                 headline=HEADLINE, received=now + timedelta(hours=1)),
            "paula": seed_request(store, guide, name="Paula Personal", note=PERSONAL,
                                  received=now + timedelta(hours=2)),
        }
    return {"home": home, "gdir": gdir, "ids": ids, "tmp": tmp_path}


def start(tmux, launch: Path, size=(80, 24)) -> Screen:  # noqa: F811
    tmux("new-session", "-d", "-s", "review", "-x", str(size[0]), "-y", str(size[1]), str(launch))
    return Screen(tmux, "review")


def lines_of(screen_text: str) -> list[str]:
    return screen_text.rstrip("\n").split("\n")


def reason_blocks(lines: list[str]) -> list[str]:
    """Each evidence line with the lines it wrapped onto, joined."""
    out: list[str] = []
    for ln in lines:
        if ln.startswith("  · "):
            out.append(ln.strip())
        elif out and ln.startswith("    ") and not ln.lstrip().startswith(("=", "…")) and ln.strip():
            out[-1] += " " + ln.strip()
        elif out and not ln.startswith("    "):
            out.append("")
    return [r for r in out if r]


def assert_fits(text: str, counter: str, rows: int = 24) -> list[str]:
    lines = lines_of(text)
    assert len(lines) <= rows
    assert lines[0].startswith(counter), text  # the header was not scrolled off the top
    assert "[q]uit" in lines[-1] or "[q]uit" in lines[-2], text
    return lines


def test_the_first_screen_fits_80x24_and_space_shows_the_rest(tmux, seeded):  # noqa: F811
    screen = start(tmux, launcher(seeded["tmp"], seeded["home"], seeded["gdir"]))
    first = screen.wait_item("[1/3]")
    assert_fits(first, "[1/3]")
    assert "Paula Personal" in first
    screen.key("s")
    text = screen.wait_item("[2/3]")
    lines = assert_fits(text, "[2/3]")
    # everything a decision needs, on one screen: sender, headline, note, verdict, top evidence, draft, keys
    assert "Konstantin Lindqvist-Beaumont" in lines[0]
    assert lines[1].startswith("Head of Data Platform") and len(lines[1]) <= 80
    assert "Note:" in text and "Verdict: personal" in text and "Draft (accept." in text
    reasons = reason_blocks(lines)
    assert 1 <= len(reasons) <= 3
    assert all(re.search(r" \([+-]\d+\.\d\d\)$", r) for r in reasons), reasons  # whole, its push at the end
    assert "… more below: press space" in text
    assert not any(ln.startswith("History:") for ln in lines)

    seen = text
    for n in range(1, 7):  # page through the whole request
        screen.key(" ")
        page = screen.wait_for(f"— page {n} of", drawn="[q]uit")
        assert len(lines_of(page)) <= 24
        seen += page
        if "History:" in page:
            break
    assert "History:" in seen and "some time next spring" in " ".join(seen.split())  # the whole note, the history
    assert "in all → score" in seen  # all the evidence, with its sum


def test_31_requests_at_120x40_keep_the_counter_on_top(tmux, tmp_path):  # noqa: F811
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    gdir = init_guide(tmp_path / "guide")
    guide = load_guide(gdir)
    with Store(home / "screener.db") as store:
        for i in range(31):
            seed_request(store, guide, name=f"Sender Number{i}", note=LONG_NOTE + f" ({i})", headline=HEADLINE,
                         received=datetime(2025, 3, 1, tzinfo=timezone.utc) + timedelta(hours=i))
    screen = start(tmux, launcher(tmp_path, home, gdir), size=(120, 40))
    for n in range(1, 5):
        text = screen.wait_item(f"[{n}/31]")
        assert_fits(text, f"[{n}/31]", rows=40)
        screen.key("s")


def test_regenerate_asks_before_dropping_an_edit_and_the_header_follows(tmux, seeded):  # noqa: F811
    screen = start(tmux, launcher(seeded["tmp"], seeded["home"], seeded["gdir"]))
    screen.wait_item("[1/3]")
    screen.key("e")
    screen.wait_for("draft saved")
    screen.key("r")
    asked = screen.wait_for("Go on? [y/N]")
    assert lines_of(asked)[0].startswith("[1/3]")  # the question does not scroll the request away
    screen.key("n")
    screen.wait_for("your edited draft is kept")
    screen.key("r")
    screen.wait_for("Go on? [y/N]")
    screen.key("y")
    screen.wait_for("Regenerate as:")
    screen.key("3")
    text = screen.wait_for("regenerated with action follow", drawn="[q]uit")
    verdict = next(ln for ln in lines_of(text) if ln.startswith("Verdict:"))
    assert "guide point 3 → follow" in verdict and "point 1 → accept" not in verdict


def test_dismiss_asks_and_undo_brings_it_back(tmux, seeded):  # noqa: F811
    screen = start(tmux, launcher(seeded["tmp"], seeded["home"], seeded["gdir"]))
    screen.wait_item("[1/3]")
    screen.key("d")
    screen.wait_for("Dismiss #3 (Paula Personal)? [y/N]")
    screen.key("y")
    screen.wait_item("[2/3]")
    screen.key("u")
    back = screen.wait_for("undone: dismiss of #3", drawn="[q]uit")
    assert lines_of(back)[0].startswith("[1/3]") and "Paula Personal" in lines_of(back)[0]
    screen.key("q")
    screen.wait_for("REVIEW-EXIT=0")
    with Store(seeded["home"] / "screener.db") as store:
        assert store.get(seeded["ids"]["paula"]).status == "drafted"


def test_ctrl_c_ends_the_review_with_130(tmux, seeded):  # noqa: F811
    screen = start(tmux, launcher(seeded["tmp"], seeded["home"], seeded["gdir"]))
    screen.wait_item("[1/3]")
    screen.key("a")
    screen.wait_item("[2/3]")
    tmux("send-keys", "-t", "review", "C-c")
    done = screen.wait_for("REVIEW-EXIT=130")
    assert "screener: interrupted" in done and "approved 1" in done and "Traceback" not in done


def test_accept_now_after_their_answer(tmux, seeded):  # noqa: F811
    bob = seeded["ids"]["bob"]
    with Store(seeded["home"] / "screener.db") as store:
        store.mark_sent(bob)
        store.add_message(ParsedMail(kind=MailKind.LINKEDIN_MESSAGE, platform=Platform.LINKEDIN,
                                     message_id="<a-1@test>", sender_name="Bob Boiler",
                                     profile_url="https://www.linkedin.com/in/bob-boiler",
                                     note="Fair question! We met at the Privacy Meetup Berlin last week.",
                                     received=datetime(2025, 3, 12, tzinfo=timezone.utc)))
    screen = start(tmux, launcher(seeded["tmp"], seeded["home"], seeded["gdir"], "--status answered"))
    first = screen.wait_item("[1/1]")
    assert_fits(first, "[1/1]")
    assert "Their answer (2025-03-12):" in first and "Privacy Meetup Berlin" in first
    assert "[y] accept now" in first
    screen.key("y")
    after = screen.wait_for("acceptance drafted", drawn="[q]uit")
    assert "Draft (accept." in after


def test_the_sample_persona_is_named_on_the_first_screen(tmux, seeded):  # noqa: F811
    screen = start(tmux, launcher(seeded["tmp"], seeded["home"], seeded["gdir"]))
    first = screen.wait_item("[1/3]")
    assert "warning: drafts are signed by the sample persona" in first
    assert_fits(first, "[1/3]")


def test_copy_inside_tmux_goes_to_its_paste_buffer(tmux, seeded):  # noqa: F811
    screen = start(tmux, launcher(seeded["tmp"], seeded["home"], seeded["gdir"]))
    screen.wait_item("[1/3]")
    screen.key("c")
    screen.wait_for("draft copied to tmux's paste buffer")
    with Store(seeded["home"] / "screener.db") as store:
        draft = store.get(seeded["ids"]["paula"]).draft
    assert tmux("show-buffer") == draft


def test_copy_over_ssh_goes_through_osc52(tmux, seeded):  # noqa: F811
    """No clipboard, no tmux to talk to (as in an SSH session): the draft goes to the terminal as OSC 52.
    This terminal (tmux with set-clipboard on) takes it into its paste buffer: the bytes were right."""
    launch = launcher(seeded["tmp"], seeded["home"], seeded["gdir"], keep_tmux=False)
    screen = start(tmux, launch)
    tmux("set-option", "-g", "set-clipboard", "on")
    screen.wait_item("[1/3]")
    screen.key("c")
    screen.wait_for("sent to your terminal's clipboard (OSC 52")
    with Store(seeded["home"] / "screener.db") as store:
        draft = store.get(seeded["ids"]["paula"]).draft
    assert tmux("show-buffer") == draft
