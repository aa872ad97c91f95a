"""The review loop without a terminal: one key per input line, through the real CLI and a real SQLite file."""

from __future__ import annotations

import os
import stat
import webbrowser
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from reviewseed import BOILER, HOSTILE, PERSONAL, seed_request
from screener.cli.app import cli
from screener.guide import init_guide, load_guide
from screener.models import MailKind, ParsedMail, Platform
from screener.draft import leftover_placeholders
from screener.review.loop import template_spans
from screener.store.store import Store


@pytest.fixture
def env(tmp_home, tmp_path, monkeypatch):
    """A guide copy, a database with three requests, and an environment without clipboard or browser."""
    gdir = init_guide(tmp_path / "guide")
    guide = load_guide(gdir)
    db = tmp_path / "screener.db"
    with Store(db) as store:
        ids = {
            "bob": seed_request(store, guide, name="Bob Boiler", note=BOILER,
                                profile_url="https://www.linkedin.com/in/bob-boiler",
                                received=datetime(2024, 3, 4, 9, tzinfo=timezone.utc)),
            "paula": seed_request(store, guide, name="Paula Personal", note=PERSONAL,
                                  received=datetime(2024, 3, 6, 9, tzinfo=timezone.utc)),
            "eve": seed_request(store, guide, name=HOSTILE, note="", platform="xing",
                                received=datetime(2024, 3, 5, 9, tzinfo=timezone.utc)),
        }
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER", "TMUX"):
        monkeypatch.delenv(var, raising=False)
    return {"gdir": gdir, "db": db, "ids": ids, "tmp": tmp_path}


def review(env, keys: str, *args: str, extra_env: dict | None = None):
    result = CliRunner().invoke(
        cli, ["--db", str(env["db"]), "--guide", str(env["gdir"]), "review", *args],
        input=keys, env=extra_env, catch_exceptions=False)
    return result


def row(env, key: str):
    with Store(env["db"]) as store:
        return store.get(env["ids"][key])


def script(path: Path, body: str) -> Path:
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_newest_first_and_approve(env):
    res = review(env, "a\nq\n")
    assert res.exit_code == 0, res.output
    # Paula (6 March) comes first, then Eve (5 March), then Bob (4 March)
    assert res.output.index("Paula Personal") < res.output.index("Eve")
    assert row(env, "paula").status == "approved"
    assert row(env, "eve").status == "drafted"
    assert "approved 1" in res.output


def test_skip_then_dismiss_and_end_of_input_quits(env):
    res = review(env, "s\nd\ny\n")  # dismiss asks first; then input ends: the loop stops cleanly
    assert res.exit_code == 0
    assert row(env, "paula").status == "drafted"
    assert row(env, "eve").status == "dismissed"
    assert row(env, "bob").status == "drafted"
    assert "dismissed 1" in res.output and "skipped 1" in res.output


def test_quit_changes_nothing(env):
    before = {k: row(env, k) for k in env["ids"]}
    res = review(env, "q\n")
    assert res.exit_code == 0
    assert {k: row(env, k) for k in env["ids"]} == before


def test_edit_in_editor_saves_the_new_text(env, monkeypatch):
    editor = script(env["tmp"] / "editor.sh", "printf 'Hello Paula,\\nthank you, see you at PyCon.\\n' > \"$1\"\n")
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.setenv("VISUAL", str(editor))
    res = review(env, "e\na\nq\n")
    assert res.exit_code == 0, res.output
    r = row(env, "paula")
    assert r.draft == "Hello Paula,\nthank you, see you at PyCon.\n"
    assert r.draft_template == "edited"
    assert r.status == "approved"
    assert "draft saved" in res.output


def test_edit_with_leftover_placeholder_is_rejected(env, monkeypatch):
    before = row(env, "paula").draft
    editor = script(env["tmp"] / "editor.sh", "printf 'Hello {first_name},\\nsee you.\\n' > \"$1\"\n")
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.setenv("VISUAL", str(editor))
    res = review(env, "e\nq\n")
    assert "template syntax" in res.output and "{first_name}" in res.output
    assert row(env, "paula").draft == before
    assert leftover_placeholders("Hi [Vorname], %NAME% {x}") == ["[Vorname]", "%NAME%", "{x}"]


def test_regenerate_with_another_action(env):
    before = row(env, "paula")
    assert before.action == "accept"
    res = review(env, "r\n2\nq\n")
    assert "regenerated with action ask" in res.output
    after = row(env, "paula")
    assert after.action == "ask"
    assert after.draft != before.draft and after.draft_template.startswith("ask.")
    # a cancelled prompt keeps the draft
    res = review(env, "r\nx\nq\n")
    assert "cancelled" in res.output and row(env, "paula").draft == after.draft


def test_mark_sent_records_when_and_an_answer_follows(env):
    res = review(env, "s\ns\nm\n")  # Bob, the third, asked for his reason
    assert res.exit_code == 0
    bob = row(env, "bob")
    assert bob.status == "sent" and bob.sent_at
    assert datetime.fromisoformat(bob.sent_at).year >= 2024
    with Store(env["db"]) as store:
        msg = ParsedMail(kind=MailKind.LINKEDIN_MESSAGE, platform=Platform.LINKEDIN, message_id="<answer-1@test>",
                         sender_name="Bob Boiler", profile_url="https://www.linkedin.com/in/bob-boiler",
                         note="I liked your talk.", received=datetime(2024, 3, 9, tzinfo=timezone.utc))
        assert store.add_message(msg) == (bob.id, True)
        assert store.get(bob.id).status == "answered"


def test_mark_boilerplate_and_personal_teach_the_library(env):
    gdir = env["gdir"]
    res = review(env, "b\nq\n")  # Paula's note is judged personal; the user says it is a template
    assert "marked boilerplate" in res.output
    paula = row(env, "paula")
    assert paula.verdict == "boilerplate" and paula.user_label == "boilerplate"
    learned = gdir / "library" / f"learned.{paula.language}.txt"
    assert "evaluation corpus" in learned.read_text()
    res = review(env, "p\nq\n")
    assert "marked personal" in res.output
    assert row(env, "paula").verdict == "personal"
    assert "evaluation corpus" not in learned.read_text()


def test_hostile_names_never_reach_the_output_raw(env):
    res = review(env, "s\na\nq\n")
    out = res.output
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "]52;" not in out  # the OSC 52 clipboard-write sequence, not even its body
    assert "Eve" in out and "RED" in out and "<script>" in out  # shown as plain text
    assert row(env, "eve").status == "approved"


def test_template_spans_are_marked_without_colour(env):
    res = review(env, "s\ns\nq\n")
    assert f"»{BOILER}«" in res.output
    assert template_spans("ab Hi there cd", [{"span": "hi there", "delta": 0.4},
                                              {"span": "cd", "delta": 0.4},
                                              {"span": "ab Hi", "delta": -0.3}], "personal") == [(3, 11)]
    saturated = [{"span": "hi there", "delta": 0.0}, {"span": "ab Hi", "delta": -0.1}]
    assert template_spans("ab Hi there cd", saturated, "boilerplate") == [(3, 11)]
    assert template_spans("ab Hi there cd", saturated, "personal") == []


def test_filters(env):
    res = review(env, "q\n", "--platform", "xing")
    assert "Eve" in res.output and "Paula" not in res.output
    res = review(env, "q\n", "--verdict", "boilerplate")
    assert "Bob Boiler" in res.output and "Paula" not in res.output
    res = review(env, "", "--account", "imap:nowhere")
    assert "Nothing to review." in res.output


def test_open_profile_in_browser_never_an_accept_link(env, monkeypatch):
    log = env["tmp"] / "browser.log"
    browser = script(env["tmp"] / "browser.sh", f"echo \"$1\" >> '{log}'\n")
    monkeypatch.setenv("BROWSER", str(browser))
    monkeypatch.setattr(webbrowser, "_tryorder", None)  # re-read $BROWSER in this process
    res = review(env, "s\no\ns\no\nq\n")
    assert res.exit_code == 0, res.output
    urls = log.read_text().split()
    assert urls == ["https://www.xing.com/contacts/requests", "https://www.linkedin.com/in/bob-boiler"]
    assert "opened https://www.linkedin.com/in/bob-boiler" in res.output


def test_copy_without_clipboard_says_so(env):
    res = review(env, "c\nq\n")
    assert "no clipboard available" in res.output
    assert "xclip" in res.output


def test_copy_with_a_clipboard_tool(env, monkeypatch):
    bindir = env["tmp"] / "bin"
    bindir.mkdir()
    clip = env["tmp"] / "clip.txt"
    script(bindir / "wl-copy", f"cat > '{clip}'\n")
    script(bindir / "wl-paste", f"cat '{clip}'\n")
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-test")
    res = review(env, "c\nq\n")
    assert "draft copied" in res.output, res.output
    assert clip.read_text() == row(env, "paula").draft


def test_imap_key_without_account_is_a_clear_message(env):
    res = review(env, "i\nq\n")
    assert "no IMAP account configured" in res.output
    assert row(env, "paula").status == "drafted"


def test_unknown_key_is_reported(env):
    res = review(env, "z\nq\n")
    assert "unknown key 'z'" in res.output
