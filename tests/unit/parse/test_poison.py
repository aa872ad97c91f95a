"""Poison mail never ends a scan (issue 18): Python-only codecs in RFC 2047 words and charset=
parameters carrying lone surrogates, and absurd dates, between good mails in a Maildir scanned
through the CLI. Every good mail is stored, each poison one is listed with its reason (exit 3),
every stored string is valid UTF-8 and every date storable."""

from __future__ import annotations

import re
import sqlite3
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner

from screener.cli.app import cli
from screener.models import RawMail
from screener.parse import ParseError, parse_mail
from screener.sanitize import clean_line, clean_note, storable_date


def invitation(n: int, sender: str) -> bytes:
    m = EmailMessage()
    m["From"] = f"{sender} via LinkedIn <invitations@linkedin.com>"
    m["To"] = "jana@example.org"
    m["Subject"] = "I want to connect"
    m["Message-ID"] = f"<poison{n}@linkedin.example>"
    m["Date"] = f"Mon, {n:02d} Mar 2026 09:00:00 +0000"
    m["X-LinkedIn-Class"] = "INVITE-MBR"
    m["X-LinkedIn-Template"] = "email_m2m_invite_single_01"
    vanity = sender.lower().replace(" ", "-")
    m.set_content(f"Hi Jana,\n\nGreat talk at Datenschutztag Köln, let us stay in touch about deletion concepts.\n\n"
                  f"{sender}\nConsultant at Example GmbH\n\n"
                  f"View profile: https://www.linkedin.com/comm/in/{vanity}?midToken=abc&trk=x\n\n"
                  f"Accept: https://www.linkedin.com/comm/mynetwork/invite-accept/invitationId/{n}/sharedKey/x/\n")
    return bytes(m)


def swap(data: bytes, name: str, value: bytes) -> bytes:
    return re.sub(rb"(?m)^" + name.encode() + rb":.*$", name.encode() + b": " + value, data, count=1)


def poison_body(n: int, codec: str) -> bytes:
    # \xe9 makes the bytes invalid UTF-8, so the declared codec is what would decode them
    data = invitation(n, f"Body Poison{n}").replace(b"Great talk", b"Great \xe9 \\ud800 talk")
    data = data.replace(b'charset="utf-8"', f'charset="{codec}"'.encode())
    return data.replace(b"Content-Transfer-Encoding: quoted-printable", b"Content-Transfer-Encoding: 8bit")


POISON = {
    "subject": lambda n: swap(invitation(n, f"Subject Poison{n}"), "Subject", b"=?unicode_escape?q?hi=E9=5Cud800?="),
    "from": lambda n: swap(invitation(n, "x"), "From",
                           b"=?raw_unicode_escape?q?Max=E9=5Cud800?= via LinkedIn <invitations@linkedin.com>"),
    "body-unicode_escape": lambda n: poison_body(n, "unicode_escape"),
    "body-raw_unicode_escape": lambda n: poison_body(n, "raw_unicode_escape"),
    "date": lambda n: swap(invitation(n, f"Date Poison{n}"), "Date", b"Fri, 31 Dec 9999 23:59:59 -2359"),
}


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("SCREENER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("SCREENER_CONFIG", raising=False)
    monkeypatch.delenv("SCREENER_GUIDE", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return tmp_path / "home"


def test_poison_mails_between_good_ones_are_listed_and_the_scan_stores_every_good_one(home, tmp_path):
    md = tmp_path / "md"
    for sub in ("cur", "new", "tmp"):
        (md / sub).mkdir(parents=True)
    good = {}
    n = 1
    for kind, make in POISON.items():
        for _ in range(2):
            good[n] = f"Good Sender{n}"
            (md / "cur" / f"{1700000000 + n}.M{n}P1.good:2,S").write_bytes(invitation(n, good[n]))
            n += 1
        (md / "cur" / f"{1700000000 + n}.M{n}P1.{kind}:2,S").write_bytes(make(n))
        n += 1
    res = CliRunner().invoke(cli, ["scan", "--maildir", str(md)], catch_exceptions=False)
    out = res.output
    assert "internal error" not in out and "Traceback" not in out, out
    assert res.exit_code == 3, out
    for kind in ("subject", "from", "body-unicode_escape", "body-raw_unicode_escape"):
        assert re.search(rf"\.{kind}: not a mail charset, decoded with replacement: (raw_)?unicode_escape", out), out
    assert re.search(r"\.date: date out of range, clamped: Fri, 31 Dec 9999", out), out

    db = sqlite3.connect(home / "screener.db")
    db.text_factory = bytes  # read what SQLite holds, not what Python would make of it
    rows = db.execute("SELECT * FROM requests").fetchall()
    for row in rows:
        for value in row:
            if isinstance(value, bytes):
                value.decode("utf-8")  # strict: no surrogates, no invalid bytes
    names = {r[0].decode() for r in db.execute("SELECT sender_name FROM requests")}
    assert set(good.values()) <= names
    assert len(rows) == len(good) + len(POISON)  # the poison ones are read too, with replacement characters
    notes = [r[0].decode() for r in db.execute("SELECT detail FROM history WHERE what = 'note'")]
    assert len(notes) == len(POISON)
    dates = [r[0].decode() for r in db.execute("SELECT received FROM requests WHERE sender_name LIKE 'Date Poison%'")]
    assert dates == ["9998-12-31T00:00:00+00:00"]


@pytest.mark.parametrize("kind", sorted(POISON))
def test_each_poison_mail_parses_into_valid_utf8(kind):
    mail = parse_mail(RawMail(source="t", key=kind, data=POISON[kind](7)))
    for value in (mail.subject, mail.sender_name, mail.note, mail.sender_headline):
        value.encode("utf-8")
    assert mail.notes
    assert mail.received is None or storable_date(mail.received) == mail.received


def test_clean_line_and_clean_note_never_return_a_surrogate():
    for text in ("a\ud800b", "\udfff", "x\udce9y", "\ud83d\ude00", "mixed \udcff and \ud800"):
        clean_line(text).encode("utf-8")
        clean_note(text).encode("utf-8")
    assert clean_line("x\udcc3\udca9y") == "xéy"  # escaped UTF-8 bytes still come back as text


# -- structural limits before the parser, whatever the line endings (issue 18, point 3) ----------

def deep_mail(depth: int, eol: bytes, size: int = 1_000_000) -> bytes:
    lines = [b"From: Max <invitations@linkedin.com>", b"Subject: I want to connect", b"Message-ID: <deep@x>"]
    for i in range(depth):
        lines += [b'Content-Type: multipart/mixed; boundary="b%d"' % i, b"", b"--b%d" % i]
    lines += [b"Content-Type: text/plain", b"", b"Hi Jana,", b"x" * max(0, size - depth * 50)]
    return eol.join(lines) + eol


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"], ids=["LF", "CRLF", "CR"])
def test_deep_nesting_is_refused_before_parsing_with_any_line_ending(eol, monkeypatch):
    import screener.parse.mime as mime

    def parser_must_not_run(*_a, **_k):
        raise AssertionError("the email parser ran on a mail the structural limits refuse")

    monkeypatch.setattr(mime.BytesParser, "parsebytes", parser_must_not_run)
    with pytest.raises(ParseError, match="nested too deeply"):
        parse_mail(RawMail(source="t", key="deep", data=deep_mail(900, eol)))


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"], ids=["LF", "CRLF", "CR"])
def test_too_many_parts_and_a_huge_header_are_refused_with_any_line_ending(eol):
    head = eol.join([b"From: Max <invitations@linkedin.com>", b'Content-Type: multipart/mixed; boundary="x"', b""])
    parts = (b"--x" + eol + b"Content-Type: text/plain" + eol + eol + b"hi" + eol) * 600
    with pytest.raises(ParseError, match="too many parts"):
        parse_mail(RawMail(source="t", key="parts", data=head + eol + parts))
    huge = eol.join([b"From: Max <invitations@linkedin.com>"] + [b"X-Pad: " + b"y" * 990] * 700) + eol
    with pytest.raises(ParseError, match="header too large"):
        parse_mail(RawMail(source="t", key="header", data=huge))


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"], ids=["LF", "CRLF", "CR"])
def test_a_normal_mail_passes_the_limits_with_any_line_ending(eol):
    data = invitation(3, "Line Ending").replace(b"\n", eol)
    assert parse_mail(RawMail(source="t", key="ok", data=data)).sender_name == "Line Ending"
