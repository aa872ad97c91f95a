"""The review loop's daily behaviour through the real CLI (one key per input line): confirmations, undo,
reopen, accept now after an answer, the header after regenerating, `show` with history, evidence in one unit."""

from __future__ import annotations

import base64
import math
import re
from datetime import datetime, timezone

import pytest
from click.testing import CliRunner

from reviewseed import BOILER, HOSTILE, PERSONAL, seed_request
from screener.cli.app import cli
from screener.delivery import osc52
from screener.guide import init_guide, load_guide
from screener.models import Action, Draft, MailKind, ParsedMail, Platform
from screener.store.store import Store


@pytest.fixture
def env(tmp_home, tmp_path, monkeypatch):
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
        }
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER", "TMUX"):
        monkeypatch.delenv(var, raising=False)
    return {"gdir": gdir, "db": db, "ids": ids}


def cli_run(env, *args, keys: str | None = None):
    return CliRunner().invoke(cli, ["--db", str(env["db"]), "--guide", str(env["gdir"]), *args], input=keys,
                              catch_exceptions=False)


def row(env, key):
    with Store(env["db"]) as store:
        return store.get(env["ids"][key])


# -- confirmations ---------------------------------------------------------------------------------

def test_dismiss_asks_first(env):
    res = cli_run(env, "review", keys="d\nn\nq\n")
    assert "Dismiss #2 (Paula Personal)? [y/N]" in res.stdout and "not dismissed" in res.stdout
    assert row(env, "paula").status == "drafted"
    cli_run(env, "review", keys="d\ny\nq\n")
    assert row(env, "paula").status == "dismissed"


def test_regenerate_asks_before_it_drops_an_edit(env):
    with Store(env["db"]) as store:
        store.update_draft(env["ids"]["paula"], Draft("Hi Paula, my own words.\n", Action.ACCEPT, "en", None,
                                                      "edited"))
    res = cli_run(env, "review", keys="r\nn\nq\n")
    assert "regenerating replaces them" in res.stdout and "your edited draft is kept" in res.stdout
    assert row(env, "paula").draft == "Hi Paula, my own words.\n"
    res = cli_run(env, "review", keys="r\ny\n3\nq\n")
    assert "regenerated with action follow" in res.stdout
    assert row(env, "paula").draft_template.startswith("follow.")


def test_the_header_follows_the_regenerated_draft(env):
    res = cli_run(env, "review", keys="r\n3\nq\n")
    after = res.stdout.split("regenerated with action follow")[0].rsplit("Verdict:", 1)[1]
    assert "guide point 3 → follow (screened as point 1)" in after.splitlines()[0]


# -- undo --------------------------------------------------------------------------------------------

def test_undo_takes_back_the_last_change_and_goes_back_to_it(env):
    res = cli_run(env, "review", keys="m\nu\nq\n")  # Paula marked sent, the loop moves to Bob; undo
    assert "undone: mark sent of #2 (status drafted again)" in res.stdout
    before_notice, after_undo = res.stdout.split("undone:")
    assert before_notice.rindex("[1/2]") > before_notice.rindex("[2/2]")  # back on Paula's screen
    paula = row(env, "paula")
    assert paula.status == "drafted" and paula.sent_at is None
    assert "marked sent 0" in after_undo
    with Store(env["db"]) as store:
        assert [h["what"] for h in store.history(paula.id)][-2:] == ["sent", "undo"]


def test_undo_an_edit_a_dismissal_and_nothing(env, monkeypatch, tmp_path):
    editor = tmp_path / "editor.sh"
    editor.write_text("#!/bin/sh\nprintf 'Hello Paula, edited.\\n' > \"$1\"\n")
    editor.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.setenv("VISUAL", str(editor))
    before = row(env, "paula").draft
    res = cli_run(env, "review", keys="u\ne\nu\nd\ny\nu\nq\n")
    assert "nothing to undo" in res.stdout
    assert "undone: edit of #2" in res.stdout and "undone: dismiss of #2" in res.stdout
    paula = row(env, "paula")
    assert paula.draft == before and paula.status == "drafted"


def test_undo_a_boilerplate_mark_takes_the_note_out_of_the_library_again(env):
    learned = env["gdir"] / "library" / "learned.en.txt"
    before = row(env, "paula")
    res = cli_run(env, "review", keys="b\nu\nq\n")
    assert "marked boilerplate" in res.stdout and "undone: mark boilerplate of #2" in res.stdout
    assert not learned.exists() or "evaluation corpus" not in learned.read_text()
    after = row(env, "paula")
    assert (after.verdict, after.user_label, after.draft) == (before.verdict, None, before.draft)


# -- reopen ---------------------------------------------------------------------------------------------

def test_reopen_puts_a_dismissed_request_back_into_the_review(env):
    cli_run(env, "review", keys="d\ny\nq\n")
    assert "Paula" not in cli_run(env, "review", keys="q\n").stdout
    res = cli_run(env, "reopen", str(env["ids"]["paula"]))
    assert res.exit_code == 0 and "#2 reopened (was dismissed)" in res.stdout
    assert row(env, "paula").status == "drafted"
    assert "Paula" in cli_run(env, "review", keys="q\n").stdout
    assert "is open already" in cli_run(env, "reopen", str(env["ids"]["paula"])).stdout
    assert cli_run(env, "reopen", "99").exit_code == 1


def test_reopen_and_the_way_back_are_documented():
    from dailykit import ROOT

    readme = (ROOT / "README.md").read_text()
    assert "screener reopen ID" in readme and "review --status dismissed" in readme
    assert "screener reopen" in CliRunner().invoke(cli, ["review", "--help"]).output


# -- an answer, accept now ----------------------------------------------------------------------------

@pytest.fixture
def answered(env):
    bob = env["ids"]["bob"]
    with Store(env["db"]) as store:
        store.mark_sent(bob)
        msg = ParsedMail(kind=MailKind.LINKEDIN_MESSAGE, platform=Platform.LINKEDIN, message_id="<answer-1@test>",
                         sender_name="Bob Boiler", profile_url="https://www.linkedin.com/in/bob-boiler",
                         note="We met at the privacy meetup in Berlin, I run the\nsmall data team at Acme.",
                         received=datetime(2024, 3, 9, tzinfo=timezone.utc))
        assert store.add_message(msg) == (bob, True)
    return bob


def test_an_answered_request_shows_the_answer_and_offers_accept_now(env, answered):
    res = cli_run(env, "review", "--status", "answered", keys="y\nq\n")
    assert "Their answer (2024-03-09):" in res.stdout and "small data team at Acme." in res.stdout
    assert "[y] accept now" in res.stdout
    assert "acceptance drafted" in res.stdout
    bob = row(env, "bob")
    assert bob.draft_template.startswith("accept.") and "Bob" in bob.draft
    assert (bob.status, bob.action) == ("answered", "ask")  # the answer rate still counts him
    with Store(env["db"]) as store:
        assert "accept-now" in [h["what"] for h in store.history(bob.id)]


def test_accept_now_is_only_for_answered_requests(env):
    res = cli_run(env, "review", keys="y\nq\n")
    assert "accept now is for requests whose sender answered" in res.stdout
    assert "[y] accept now" not in res.stdout


def test_show_has_the_answer_and_a_history_section(env, answered):
    res = cli_run(env, "show", str(answered))
    assert res.exit_code == 0
    out = res.stdout
    assert "Their answer (2024-03-09):" in out
    history = out.split("History:")[1].splitlines()
    whats = [line.split()[2] for line in history if line.strip()]
    assert whats == ["stored", "sent", "answered"]


# -- evidence -----------------------------------------------------------------------------------------

def test_evidence_is_in_one_unit_that_adds_up_to_the_score(env):
    out = cli_run(env, "show", str(env["ids"]["bob"])).stdout
    reasons = [line for line in out.splitlines() if line.startswith("  · ")]
    assert reasons and all(re.search(r"\([+-]\d+\.\d\d\)$", line) for line in reasons), reasons
    assert "weight" not in out
    pushes = [float(re.search(r"\(([+-]\d+\.\d\d)\)$", line).group(1)) for line in reasons]
    total = re.search(r"= ([+-]\d+\.\d\d) in all → score (\d\.\d\d)", out)
    assert total and math.isclose(sum(pushes), float(total.group(1)), abs_tol=0.02)
    assert math.isclose(1 / (1 + math.exp(-float(total.group(1)))), float(total.group(2)), abs_tol=0.01)


def test_a_long_span_is_cut_between_words(env):
    from screener.models import Evidence

    span = "Hi there, I came across your profile and would love to expand my network with people"
    text = str(Evidence("library", "matches the library", 0.0, span, 1.2))
    assert text.endswith(' …" (+1.20)'), text  # the push is never what gets cut
    quoted = text.split('"')[1].removesuffix(" …")
    assert span.startswith(quoted) and span[len(quoted)] == " "  # whole words only


# -- OSC 52 --------------------------------------------------------------------------------------------

def test_osc52_carries_only_base64_of_our_draft():
    seq = osc52(f"Hallo {HOSTILE}\nbis bald")
    m = re.fullmatch(r"\x1b\]52;c;([A-Za-z0-9+/=]*)\x07", seq)
    assert m, seq
    decoded = base64.b64decode(m.group(1)).decode()
    assert "\x1b" not in decoded and "\x07" not in decoded
    assert decoded.startswith("Hallo Eve") and decoded.endswith("\nbis bald")


def test_copy_without_a_terminal_or_clipboard_still_says_so(env):
    res = cli_run(env, "review", keys="c\nq\n")
    assert "no clipboard available" in res.stdout
