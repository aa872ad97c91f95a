"""Hostile text: names, headlines and notes with terminal escapes, bidi overrides and rich markup.

Every command that prints for a person (scan --show, list, show, review without a terminal,
stats, check, eval, guide render) must print none of it raw: the output bytes hold no ESC,
CR, backspace, BEL, C1 control or bidi override, and rich markup shows up literally instead
of being interpreted. JSON output (list --json, show --json, export, check --jsonl) is data: the
hostile string comes back exactly. The HTML renderers (stats --html, guide render --format
html) escape it: no <script>, no event-handler attribute, no attribute break-out from data.

The store is filled directly (not through the parser, which already strips controls) so the
renderers are tested on their own: a database written by an older version, or a parser bug,
must not reach the terminal either.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.cli.app import cli
from screener.models import Action, Draft, MailKind, ParsedMail, Platform, Screening, Verdict
from screener.sanitize import dumps
from screener.store.store import Store

MARKUP_NAME = "[bold red]Eve[/]"
MARKUP_LINK = "[link=https://evil.example/x]lnk[/link]"
NAME = (MARKUP_NAME + " \x1b[2J\x1b[H\x1b]0;pwned-title\x07 \x1b]8;;https://evil.example/\x1b\\Click\x1b]8;;\x1b\\"
        " \u202egnp.exe\u202c a\rOVER b\x08\x08X \x9b2J <script>alert(1)</script>\" onmouseover=\"alert(2)")
HEADLINE = MARKUP_LINK + " CEO \x1b[5m\x1b]52;c;ZXZpbA==\x07 at \u2066Evil\u2069 Corp\x1b[0m\r\x1bc"
NOTE = (MARKUP_LINK + " Hi Jana,\n\x1b[31mclick\x1b[0m my link\x07 \u202eexe.gnp\u202c now.\r\nline two\x08\x08\n"
        "\x1b]8;;https://evil.example\x07here\x1b]8;;\x07 [bold]not bold[/bold] <img src=x onerror=alert(3)>")
PLATFORM = "[blink]xing[/] \x1b[41m\u202e"  # what an old or foreign database could hold

# What must never reach a terminal: ESC, CSI in its 8-bit form, BEL, BS, CR, bidi controls.
FORBIDDEN = ["\x1b", "\x9b", "\x07", "\x08", "\r", "\u202e", "\u202c", "\u2066", "\u2069", "\x9d"]


def assert_terminal_safe(data: bytes, *, where: str, json_data: bool = False) -> None:
    text = data.decode("utf-8")  # also proves the output is valid UTF-8
    found = [repr(ch) for ch in FORBIDDEN if ch in text]
    assert not found, f"{where}: raw {', '.join(found)} in output:\n{text[:2000]!r}"
    if not json_data:  # in JSON an escaped sequence's body is data, harmless without its ESC
        assert "]52;" not in text and "]0;pwned" not in text and "]8;;" not in text, f"{where}: OSC body leaked"


def assert_terminal_safe_with_colour(data: bytes, *, where: str) -> None:
    """Forced colour: rich's own SGR codes are fine, anything else with an ESC is not."""
    text = data.decode("utf-8")
    stripped = re.sub(r"\x1b\[[0-9;]*m", "", text)
    assert_terminal_safe(stripped.encode(), where=where + " (colour)")


@pytest.fixture
def home(tmp_home, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")  # no ellipsis in tables: the literal markup must fit
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_home


@pytest.fixture
def hostile_db(home) -> Path:
    """A database holding one hostile request (asked and sent, so it is in the stats' follow-up table)."""
    db = home / "screener.db"
    with Store(db) as store:
        mail = ParsedMail(kind=MailKind.LINKEDIN_INVITATION, platform=Platform.LINKEDIN, message_id="<hostile@x>",
                          subject="I want to connect \x1b[2J", sender_name=NAME, sender_headline=HEADLINE,
                          profile_url="https://www.linkedin.com/in/eve\x1b[2J", note=NOTE,
                          received=datetime(2024, 3, 4, 9, tzinfo=timezone.utc), source="maildir:/x")
        ev = ("signal \x1b[31mred\x1b[0m", "evidence \x1b]0;t\x07 [bold]b[/bold] \u202eevil", 0.4, "click")
        from screener.models import Evidence

        screening = Screening(Verdict.BOILERPLATE, 0.9, 2, Action.ASK, "en", None, (Evidence(*ev),))
        draft = Draft(f"Hi {NAME},\n\nwhy do you want to connect?\n", Action.ASK, "en", None, "ask.en.txt")
        rid, created = store.add_request(mail, screening, draft)
        assert created and rid == 1
        store.mark_sent(rid, at="2024-03-05T10:00:00+00:00")
        other = ParsedMail(kind=MailKind.XING_REQUEST, platform=Platform.XING, message_id="<p@x>", sender_name="P",
                           note="n", received=datetime(2024, 3, 6, 9, tzinfo=timezone.utc))
        rid2, _ = store.add_request(other, screening, draft)
        store.db.execute("UPDATE requests SET platform = ? WHERE id = ?", (PLATFORM, rid2))
    return db


def run(*args: str, stdin: str | None = None, env: dict | None = None):
    res = CliRunner().invoke(cli, list(args), input=stdin, env=env, catch_exceptions=False)
    return res


def both(res) -> bytes:
    return res.stdout_bytes + res.stderr_bytes


# -- terminal output -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["list"], ["list", "--status", "sent"], ["show", "1"], ["show", "2"],
                                  ["stats"], ["review", "--status", "sent"]],
                         ids=lambda a: " ".join(a))
def test_commands_print_no_raw_escape_and_no_interpreted_markup(hostile_db, args):
    stdin = "s\ns\nq\n" if args[0] == "review" else None
    res = run(*args, stdin=stdin)
    assert res.exit_code == 0, res.output
    assert_terminal_safe(both(res), where=" ".join(args))
    out = res.output
    if args[0] in ("list", "show", "review"):
        assert MARKUP_NAME in out, f"markup in the name was interpreted or lost:\n{out}"
    if args[0] in ("show", "review") and args[-1] != "2":
        assert MARKUP_LINK in out and "[bold]not bold[/bold]" in out
        assert "<script>alert(1)</script>" in out  # shown as text, not dropped
    if args[0] == "stats":
        assert "[blink]xing[/]" in out


@pytest.mark.parametrize("args", [["list"], ["show", "1"], ["stats"]], ids=lambda a: " ".join(a))
def test_forced_colour_still_prints_only_our_own_styles(hostile_db, args):
    res = run(*args, env={"FORCE_COLOR": "1", "TERM": "xterm-256color"})
    assert res.exit_code == 0, res.output
    assert_terminal_safe_with_colour(both(res), where=" ".join(args))
    assert "\x1b]8;" not in res.output  # no hyperlink made from [link=...] in data


def test_scan_show_of_a_hostile_mail(home, tmp_path):
    md = tmp_path / "md"
    for sub in ("cur", "new", "tmp"):
        (md / sub).mkdir(parents=True)
    body = (f"Hi Jana,\n\n{NOTE}\n\n[bold red]Eve[/] Corp\n{HEADLINE}\n\n"
            "View profile: https://www.linkedin.com/comm/in/eve-corp?midToken=abc\n\n"
            "Accept: https://www.linkedin.com/comm/mynetwork/invite-accept/invitationId/1/sharedKey/x/\n")
    mail = ("From: =?utf-8?q?=5Bbold_red=5DEve=5B/=5D_=1B=5B2J=E2=80=AE_Corp?= via LinkedIn <invitations@linkedin.com>\n"
            "To: jana@example.org\nSubject: I want to connect\nMessage-ID: <hostile-scan@linkedin.example>\n"
            "Date: Mon, 04 Mar 2024 09:00:00 +0000\nX-LinkedIn-Class: INVITE-MBR\n"
            "X-LinkedIn-Template: email_m2m_invite_single_01\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body)
    (md / "cur" / "1.M1P1.x:2,S").write_bytes(mail.encode("utf-8"))
    for extra in (["--dry-run"], []):
        res = run("scan", "--maildir", str(md), "--show", *extra)
        assert res.exit_code == 0, res.output
        assert_terminal_safe(both(res), where="scan --show " + " ".join(extra))
        assert "[bold red]Eve[/]" in res.output and ("1 new" in res.output or "1 would be new" in res.output), res.output


def test_check_prints_hostile_text_harmlessly_and_jsonl_is_faithful(home, tmp_path):
    res = run("check", NOTE, "--name", NAME, "--headline", HEADLINE)
    assert res.exit_code == 0, res.output
    assert_terminal_safe(both(res), where="check TEXT")
    assert "verdict:" in res.output and "draft:" in res.output

    rec = {"id": NAME, "platform": "linkedin", "sender_name": NAME, "sender_headline": HEADLINE,
           "date": "2024-03-04T09:00:00+00:00", "message": NOTE}
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps(rec) + "\n" + json.dumps({**rec, "platform": "\x1b[2J\u202e"}) + "\n")
    res = run("check", "--jsonl", str(f))
    assert res.exit_code == 3  # the second line is bad and named
    assert_terminal_safe(res.stderr_bytes, where="check --jsonl stderr")
    assert "in.jsonl:2" in res.stderr
    [line] = res.stdout.splitlines()
    assert json.loads(line)["id"] == NAME  # faithful


def test_eval_report_prints_hostile_ids_and_notes_harmlessly(home, tmp_path):
    base = {"platform": "linkedin", "sender_name": NAME, "sender_headline": HEADLINE,
            "date": "2024-03-04T09:00:00+00:00"}
    lines = [
        {**base, "id": "\x1b]0;pwned-title\x07id1\u202e", "message": NOTE, "label": "personal"},
        {**base, "id": "[bold red]id2[/]\r", "message": "I would like to add you to my professional network.",
         "label": "personal"},
        {**base, "id": "id3", "message": "", "label": "boilerplate"},
    ]
    f = tmp_path / "corpus.jsonl"
    f.write_text("".join(json.dumps(x) + "\n" for x in lines))
    res = run("eval", str(f))
    assert res.exit_code == 0, res.output
    assert "misjudged" in res.output  # the ids are printed, so they must be clean
    assert_terminal_safe(both(res), where="eval")


def _hostile_guide(tmp_path) -> Path:
    from screener.guide import default_guide_dir

    g = tmp_path / "guide"
    shutil.copytree(default_guide_dir(), g)
    profile = (g / "profile.toml").read_text()
    hostile_name = "Jana \\u001b[2J\\u001b]0;t\\u0007\\u202e<script>alert(1)</script>\\\" onmouseover=\\\"x [bold]b[/bold]"
    profile = re.sub(r'(?m)^name = .*$', lambda m: f'name = "{hostile_name}"', profile)
    profile = re.sub(r'(?m)^guide_url = .*$',
                     lambda m: 'guide_url = "https://example.org/g\\" onmouseover=\\"alert(1)"', profile)
    (g / "profile.toml").write_text(profile)
    return g


def test_guide_render_markdown_prints_no_raw_escape(home, tmp_path):
    g = _hostile_guide(tmp_path)
    for lang in ("de", "en"):
        res = run("guide", "render", "--guide", str(g), "--lang", lang)
        assert res.exit_code == 0, res.output
        assert_terminal_safe(both(res), where=f"guide render md {lang}")
        assert "Jana" in res.output


# -- JSON: faithful ------------------------------------------------------------------------------------------


def test_json_outputs_round_trip_the_hostile_strings_exactly(hostile_db, tmp_path):
    res = run("list", "--json")
    assert res.exit_code == 0
    by_id = {r["id"]: r for r in json.loads(res.stdout)}
    assert (by_id["1"]["sender_name"], by_id["1"]["sender_headline"], by_id["1"]["message"]) == (NAME, HEADLINE, NOTE)
    assert by_id["2"]["platform"] == PLATFORM

    res = run("show", "1", "--json")
    rec = json.loads(res.stdout)
    assert (rec["sender_name"], rec["message"]) == (NAME, NOTE)
    assert rec["evidence_detail"][0]["text"].startswith("evidence \x1b]0;t\x07")

    res = run("export")
    recs = [json.loads(x) for x in res.stdout.splitlines()]
    assert recs[0]["sender_name"] == NAME and recs[0]["message"] == NOTE

    out = tmp_path / "e.csv"
    res = run("export", "--format", "csv", "-o", str(out))
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["sender_name"] == NAME and rows[0]["message"] == NOTE


@pytest.mark.parametrize("args", [["list", "--json"], ["show", "1", "--json"], ["export"]], ids=" ".join)
def test_json_on_a_terminal_carries_no_raw_control_or_bidi_character(hostile_db, args):
    """JSON escapes C0 controls itself; C1 controls, DEL and bidi overrides must be escaped too."""
    res = run(*args)
    assert res.exit_code == 0
    assert_terminal_safe(res.stdout_bytes, where=" ".join(args), json_data=True)


# -- HTML: escaped ---------------------------------------------------------------------------------------------


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)


def assert_html_safe(page: str, *, hostile_texts: list[str], where: str) -> None:
    p = _Collector()
    p.feed(page)
    tags = {t for t, _ in p.tags}
    assert "script" not in tags and "img" not in tags and "iframe" not in tags, f"{where}: {tags}"
    for tag, attrs in p.tags:
        for name, value in attrs:
            assert not name.startswith("on"), f"{where}: <{tag} {name}=...> injected"
            assert "evil.example" not in (value or "") and "javascript:" not in (value or "").lower(), where
    assert "\x1b" not in page and "\u202e" not in page and "\x07" not in page, where
    text = "".join(p.text)
    for piece in hostile_texts:
        assert piece in text, f"{where}: {piece!r} should be shown as text"


def test_stats_html_report_escapes_hostile_names(hostile_db, tmp_path):
    out = tmp_path / "r.html"
    res = run("stats", "--html", str(out))
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert_html_safe(page, hostile_texts=["<script>alert(1)</script>", '" onmouseover="alert(2)', "[blink]xing[/]"],
                     where="stats --html")


def test_guide_render_html_escapes_profile_values(home, tmp_path):
    g = _hostile_guide(tmp_path)
    res = run("guide", "render", "--guide", str(g), "--format", "html", "--lang", "en")
    assert res.exit_code == 0, res.output
    page = res.stdout
    p = _Collector()
    p.feed(page)
    assert "script" not in {t for t, _ in p.tags}
    for tag, attrs in p.tags:
        for name, value in attrs:
            assert not name.startswith("on"), f"<{tag} {name}> injected"
    assert "<script>alert(1)</script>" in "".join(p.text)
    assert "\x1b" not in page and "\u202e" not in page


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_json_helper_round_trips_any_text_and_leaves_nothing_a_terminal_acts_on(text):
    out = dumps({"k": text, "l": [text]})
    assert json.loads(out) == {"k": text, "l": [text]}
    bad = [c for c in out if ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f or c in "\u202a\u202b\u202c\u202d\u202e"
           "\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u2028\u2029"]
    assert not bad, out
