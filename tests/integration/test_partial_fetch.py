"""The IMAP source fetches the header and plain-text part of a multipart mail, not all of it
(screener/sources/partial.py). It must read every mail exactly as the whole mail reads, fetch the
whole mail when a rule needs more, and never move the cursor past a mail it could not read whole."""

from __future__ import annotations

import testpaths  # noqa: I001 (the tests' own paths)
import email
import email.policy
import sqlite3
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from imapclient import IMAPClient

from screener.guide import default_guide_dir, load_guide
from screener.scan.accounts import EXIT_PARTIAL, scan_accounts
from screener.models import RawMail
from screener.parse import Incomplete, parse_mail
from screener.scan.pipeline import scan
from screener.config import DEFAULT_SENDERS
from screener.imap import search_criteria
from screener.sources.imap import ImapSource
from screener.sources import partial
from screener.sources.partial import join
from screener.store.store import Store

sys.path.insert(0, str(testpaths.ROOT / "benchmarks"))
from generate import mails as generated_mails  # noqa: E402  (the benchmarks' realistic mail generator)

from test_imap import FAST, account, config_for, secret_of  # noqa: E402

MAIL = testpaths.DATA / "mail"

# -- which mails, which part -------------------------------------------------------------------

@pytest.mark.parametrize("field, expected", [
    (b'Content-Type: multipart/alternative;\r\n boundary="b1"\r\n\r\n', True),
    (b"content-type: Multipart/Mixed; boundary=x\r\n\r\n", True),
    (b"Content-Type: text/plain; charset=utf-8\r\n\r\n", False),
    (b"\r\n", False),  # no Content-Type: text/plain by default
    (b"", False),
    (b"Content-Type: \xff\xfe garbage\r\n\r\n", False),
])
def test_multipart_reads_the_content_type_field(field, expected):
    assert partial.multipart(field) is expected


@pytest.mark.parametrize("part_header, expected", [
    (b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n", True),
    (b"Content-Type: TEXT/PLAIN\r\n\r\n", True),
    (b"Content-Type: text/plain\r\nContent-Disposition: attachment; filename=a.txt\r\n\r\n", False),
    (b"Content-Type: text/html; charset=utf-8\r\n\r\n", False),
    (b'Content-Type: multipart/alternative; boundary="in"\r\n\r\n', False),  # nested: the whole mail
    (b"Content-Transfer-Encoding: 7bit\r\n\r\n", False),  # no explicit type: not sure, the whole mail
    (b"", False),
])
def test_plain_text_accepts_only_an_explicit_plain_text_part(part_header, expected):
    assert partial.plain_text(part_header) is expected


def test_join_makes_a_single_part_message_of_header_and_part():
    header = (b"From: Max <invitations@linkedin.com>\r\nSubject: =?utf-8?q?Hallo?=\r\n"
              b"Content-Type: multipart/alternative;\r\n boundary=\"b1\"\r\nX-Folded: one\r\n two\r\n"
              b"MIME-Version: 1.0\r\n\r\n")
    part = b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    msg = email.message_from_bytes(join(header, part, b"Gr=C3=BC=C3=9Fe\r\n"), policy=email.policy.compat32)
    assert msg.get_content_type() == "text/plain" and msg.get_all("Content-Type") == ["text/plain; charset=utf-8"]
    assert msg.get_payload(decode=True).decode() == "Grüße\r\n"
    assert msg["X-Folded"] == "one\r\n two" and msg["MIME-Version"] == "1.0" and "boundary" not in str(msg)


# -- against a real Dovecot -------------------------------------------------------------------------

def needs_html() -> bytes:
    """A multipart invitation whose plain-text part is empty: only its HTML says who sent it."""
    html_only = email.message_from_bytes((MAIL / "linkedin-invite-html-only.eml").read_bytes(),
                                         policy=email.policy.compat32)
    html = html_only.get_payload(decode=True).decode()
    msg = email.message.EmailMessage()
    for key in ("From", "To", "Subject", "Date", "X-LinkedIn-Class", "X-LinkedIn-Template"):
        msg[key] = str(html_only[key])
    msg["Message-ID"] = "<needs-html@linkedin.example>"
    msg.set_content("\n")
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def fixtures() -> list[bytes]:
    out = [p.read_bytes() for p in sorted(MAIL.glob("*.eml"))]
    out += list(generated_mails(40, seed=3))  # both platforms, long multipart LinkedIn mails
    return out + [needs_html()]


def whole_mails(srv, user: str) -> dict[int, bytes]:
    """UID -> the whole mail, for the mails the scan's SEARCH finds, fetched the plain way over a
    separate connection."""
    c = IMAPClient("127.0.0.1", port=srv.port, ssl=False, timeout=10)
    try:
        c.login(user, srv.users[user])
        c.select_folder("INBOX", readonly=True)
        uids = c.search(search_criteria(DEFAULT_SENDERS))
        return {uid: item[b"BODY[]"] for uid, item in c.fetch(uids, ["BODY.PEEK[]"]).items()}
    finally:
        c.logout()


def expunge(srv, user: str, uid: int) -> None:
    c = IMAPClient("127.0.0.1", port=srv.port, ssl=False, timeout=10)
    try:
        c.login(user, srv.users[user])
        c.select_folder("INBOX")
        c.delete_messages([uid])
        c.expunge()
    finally:
        c.logout()


def fields(parsed) -> tuple:
    return (parsed.kind, parsed.platform, parsed.message_id, parsed.subject, parsed.received, parsed.layout,
            parsed.sender_name, parsed.sender_headline, parsed.profile_url, parsed.note, parsed.default_note,
            parsed.recipient_name)


@pytest.mark.imap
def test_every_mail_reads_the_same_from_its_parts_as_whole(dovecot, imap_user, tmp_path):
    user, _ = imap_user
    dovecot.seed(user, fixtures())
    whole = whole_mails(dovecot, user)
    store = Store(tmp_path / "s.db")
    src = ImapSource(account(dovecot, user), store, secret_of(dovecot))
    partial = refetched = 0
    part_bytes = whole_bytes = 0
    seen = []
    for raw in src.mails():
        uid = int(raw.key.rpartition(":")[2])
        reference = parse_mail(RawMail("ref", raw.key, whole[uid], internaldate=raw.internaldate))
        if raw.partial:
            partial += 1
            part_bytes += len(raw.data)
            whole_bytes += len(whole[uid])
            try:
                got = parse_mail(raw)
            except Incomplete:
                refetched += 1
                full = src.full(raw)
                assert full is not None and not full.partial and full.data == whole[uid]
                got = parse_mail(full)
        else:
            assert raw.data == whole[uid]
            got = parse_mail(raw)
        assert fields(got) == fields(reference), raw.key
        seen.append(uid)
        src.commit(raw.key)
    assert sorted(seen) == sorted(whole) and len(seen) > 60
    assert partial >= 30 and refetched == 2  # needs_html(), and linkedin-invite-no-date-no-msgid (hash)
    assert part_bytes < 0.3 * whole_bytes  # the point of it
    assert store.get_cursor(src.account.name, "INBOX")[1] == max(seen)
    assert not src.errors
    store.close()


@pytest.mark.imap
def test_a_mail_that_cannot_be_read_whole_stops_the_cursor(dovecot, imap_user, tmp_path):
    """The whole mail was expunged between the partial FETCH and full(): it is reported, and the
    folder's cursor stays below it, so the next scan looks there again."""
    user, _ = imap_user
    dovecot.seed(user, list(generated_mails(2, seed=4)) + [needs_html()] + list(generated_mails(6, seed=5)))
    store = Store(tmp_path / "s.db")
    candidates = len(whole_mails(dovecot, user))
    src = ImapSource(account(dovecot, user), store, secret_of(dovecot), batch_size=2, backoff=FAST)
    mails = src.mails()
    before = 0
    for first in mails:
        if b"needs-html@" in first.data:
            break
        src.commit(first.key)
        before += 1
    assert first.partial and first.key == "INBOX:3"
    with pytest.raises(Incomplete):
        parse_mail(first)
    expunge(dovecot, user, int(first.key.rpartition(":")[2]))
    assert src.full(first) is None
    assert "could not fetch the whole of mail" in src.errors[-1]
    rest = list(mails)  # the scan goes on with the others
    assert len(rest) == candidates - 1 - before >= 4
    assert src.reconnects == 0  # a missing mail is no connection problem
    for raw in rest:
        src.commit(raw.key)
    assert store.get_cursor(src.account.name, "INBOX")[1] == 2  # just below the mail it could not read
    store.close()


@pytest.mark.imap
def test_scan_with_workers_refetches_in_the_main_process(dovecot, imap_user, tmp_path):
    """The worker sees a partial mail it cannot finish; the main process fetches it whole. Same rows
    as a scan without workers, a clean exit code, and the cursor at the end."""
    user, _ = imap_user
    dovecot.seed(user, list(generated_mails(30, seed=9)) + [needs_html()] + list(generated_mails(30, seed=10)))
    guide = load_guide(default_guide_dir())
    results = []
    for n in (0, 1):
        store = Store(tmp_path / f"w{n}.db")
        src = ImapSource(account(dovecot, user, name=f"w{n}"), store, secret_of(dovecot))
        report = scan([src], store, guide, workers=n, start_after=0)
        results.append((report.requests_new, store.db.execute(
            "SELECT message_id, sender_name, note, verdict, score, draft FROM requests ORDER BY id").fetchall()))
        assert not src.errors
        store.close()
    assert results[0] == results[1]
    assert any(mid == "<needs-html@linkedin.example>" for mid, *_ in results[0][1])
    con = sqlite3.connect(tmp_path / "w1.db")
    assert con.execute("SELECT sender_name FROM requests WHERE message_id = '<needs-html@linkedin.example>'"
                       ).fetchone()[0] == "Grace O'Neill"


@pytest.mark.imap
def test_full_after_the_scan_moved_to_the_next_folder(dovecot, imap_user, tmp_path):
    """With workers the pipeline runs behind the source: full() may be asked for an INBOX mail while
    the scan reads the next folder. It selects INBOX, fetches, and selects the other folder again."""
    user, _ = imap_user
    dovecot.seed(user, [needs_html()])
    later = list(generated_mails(8, seed=21))
    dovecot.seed(user, later, folder="Social")
    store = Store(tmp_path / "s.db")
    src = ImapSource(account(dovecot, user, folders=("INBOX", "Social")), store, secret_of(dovecot), batch_size=2)
    mails = src.mails()
    first = next(mails)
    second = next(mails)
    assert first.key == "INBOX:1" and second.key.startswith("Social:")
    whole = src.full(first)
    assert whole is not None and parse_mail(whole).sender_name == "Grace O'Neill"
    rest = [second, *mails]
    want = {m.split(b"Message-ID: ")[1].split(b"\n")[0].strip() for m in later if b"Message-ID: " in m}
    got = {parse_mail(r).message_id.encode() for r in rest}
    assert got and got <= want and len(rest) == len(got)  # Social's own mails, none from INBOX
    assert src.reconnects == 0 and not src.errors
    store.close()


@pytest.mark.imap
def test_full_on_a_dropped_connection_leaves_a_hole_and_the_scan_reconnects(dovecot, imap_user, tmp_path):
    user, _ = imap_user
    dovecot.seed(user, [needs_html()] + list(generated_mails(8, seed=22)))
    store = Store(tmp_path / "s.db")
    src = ImapSource(account(dovecot, user), store, secret_of(dovecot), batch_size=2, backoff=FAST)
    mails = src.mails()
    first = next(mails)
    src._client.shutdown()  # the network drops the connection under us
    assert src.full(first) is None and "could not fetch the whole of mail 1" in src.errors[-1]
    rest = list(mails)
    assert rest and src.reconnects == 1
    for raw in rest:
        src.commit(raw.key)
    assert store.get_cursor(src.account.name, "INBOX") is None  # never past mail 1
    store.close()


@pytest.mark.imap
def test_scan_accounts_reports_a_mail_it_could_not_read_whole(dovecot, imap_user, tmp_path):
    """The same through the whole scan: the mail vanishes after its partial FETCH (on_mail runs just
    before the pipeline parses it); the scan reports it, exits 3 and keeps the cursor below it."""
    user, _ = imap_user
    dovecot.seed(user, list(generated_mails(3, seed=12)) + [needs_html()] + list(generated_mails(3, seed=13)))
    store = Store(tmp_path / "s.db")
    gone = []

    def on_mail(raw):
        if raw.partial and b"needs-html@" in raw.data:
            gone.append(int(raw.key.rpartition(":")[2]))
            expunge(dovecot, user, gone[-1])

    result = scan_accounts(config_for(account(dovecot, user)), store, load_guide(default_guide_dir()),
                           secret_provider=secret_of(dovecot), on_mail=on_mail)
    assert gone and result.exit_code == EXIT_PARTIAL
    assert any("could not fetch the whole of mail" in e for e in result.report.errors)
    candidates = result.report.seen
    assert candidates >= 5 and result.report.requests_new + result.report.ignored + \
        result.report.messages == candidates - 1
    assert store.get_cursor(user, "INBOX")[1] == gone[0] - 1
    store.close()


# -- join() on many shapes of mail, without a server --------------------------------------------------

def imap_sections(whole: bytes) -> tuple[bytes, bytes, bytes]:
    """BODY[HEADER], BODY[1.MIME] and BODY[1] of a multipart mail, cut the way RFC 3501 defines them
    (the part's body ends before the CRLF that precedes the next boundary line)."""
    msg = email.message_from_bytes(whole, policy=email.policy.compat32)
    boundary = msg.get_boundary().encode()
    head_end = whole.index(b"\r\n\r\n") + 4
    start = whole.index(b"--" + boundary + b"\r\n", head_end) + len(boundary) + 4
    mime_end = whole.index(b"\r\n\r\n", start) + 4
    body_end = whole.index(b"\r\n--" + boundary, mime_end)
    return whole[:head_end], whole[start:mime_end], whole[mime_end:body_end]


words = st.text(alphabet=st.sampled_from("abcdefghijklmnop äöüßéè–“”😀 "), min_size=1, max_size=30)


@settings(max_examples=150, deadline=None)
@given(name=words, note=words, subject=words, charset=st.sampled_from(["utf-8", "iso-8859-1"]),
       cte=st.sampled_from(["quoted-printable", "base64", "8bit"]), folded=st.booleans(),
       platform=st.sampled_from(["linkedin", "xing", "other"]))
def test_a_joined_part_reads_like_the_whole_mail(name, note, subject, charset, cte, folded, platform):
    msg = email.message.EmailMessage()
    msg["From"] = {"linkedin": f"{name.strip() or 'X'} via LinkedIn <invitations@linkedin.com>",
                   "xing": "XING <mailrobot@mail.xing.com>", "other": "Shop <news@shop.example>"}[platform]
    msg["To"] = "Jana Doe <jana@example.org>"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 09 Sep 2024 12:00:00 +0000"
    msg["Message-ID"] = "<m-1@example.org>"
    msg["X-LinkedIn-Class"] = "INVITE-MBR"
    text = f"Hi Jana,\n\n{note}\n\n{name}\nHead of Things\n\nView profile: https://www.linkedin.com/in/x-1\n"
    try:
        msg.set_content(text, charset=charset, cte=cte)
    except (UnicodeEncodeError, ValueError):  # a latin-1 part cannot hold the emoji
        msg.set_content(text, charset="utf-8", cte=cte)
    msg.add_alternative(f"<html><body><p>{note}</p></body></html>", subtype="html")
    whole = msg.as_bytes(policy=email.policy.SMTP)
    if folded:  # a folded top-level Content-Type, as many mailers write it
        whole = whole.replace(b'Content-Type: multipart/alternative; boundary=',
                              b'Content-Type: multipart/alternative;\r\n boundary=', 1)
    head, mime, body = imap_sections(whole)
    assert partial.multipart(b"".join(f for f in head.split(b"\r\n") if f.lower().startswith(b"content-type")))
    assert partial.plain_text(mime)
    reference = parse_mail(RawMail("ref", "1", whole))
    try:
        got = parse_mail(RawMail("ref", "1", join(head, mime, body), partial=True))
    except Incomplete:
        return  # the scan fetches the whole mail: the reference itself
    assert fields(got) == fields(reference)
