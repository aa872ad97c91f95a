"""Parser tests: every .eml/.json pair in tests/data/mail, the real LinkedIn mails, and hostile input."""

from __future__ import annotations

import testpaths  # noqa: I001 (the tests' own paths)
import hashlib
import json
import re
import socket
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screener.models import MailKind, ParsedMail, Platform, RawMail
from screener.parse import ParseError, parse_mail
from screener.parse.defaults import split_greeting
from screener.platforms import is_default_note
from screener.parse.urls import find_urls, profile_url

DATA = testpaths.DATA / "mail"
PAIRS = sorted(DATA.glob("*.eml"))


def raw(data: bytes, key: str = "k", internaldate: datetime | None = None) -> RawMail:
    return RawMail(source="test", key=key, data=data, size=len(data), internaldate=internaldate)


def parse_file(name: str) -> ParsedMail:
    path = DATA / name
    return parse_mail(raw(path.read_bytes(), key=path.name))


def parse_or_error(data: bytes) -> ParsedMail | None:
    """The contract for hostile bytes: a ParsedMail or ParseError, nothing else."""
    try:
        return parse_mail(raw(data))
    except ParseError as exc:
        assert str(exc) and len(str(exc)) < 200
        return None


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Fail any test in this module that opens a connection: the parser must never fetch a URL."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)


# --- every fixture pair ---------------------------------------------------------------------------------


def test_every_eml_has_expectations():
    assert len(PAIRS) >= 20
    missing = [p.name for p in PAIRS if not p.with_suffix(".json").exists()]
    assert not missing, f"fixtures without expected .json: {missing}"


@pytest.mark.parametrize("path", PAIRS, ids=[p.stem for p in PAIRS])
def test_fixture_matches_expected(path: Path):
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    parsed = parse_mail(raw(path.read_bytes(), key=path.name))
    actual = {}
    for key in expected:
        value = getattr(parsed, key)
        actual[key] = value.value if hasattr(value, "value") else value
    assert actual == expected
    assert parsed.source == "test" and parsed.source_key == path.name
    assert parsed.message_id.startswith("<") and parsed.message_id.endswith(">")
    if parsed.kind.is_request:
        assert parsed.sender_name, "a request always names its sender"
        assert parsed.layout


# --- the three real LinkedIn mails ------------------------------------------------------------------------


def test_real_2020_invitation():
    p = parse_file("linkedin-invite-2020.eml")
    assert p.kind is MailKind.LINKEDIN_INVITATION and p.kind.is_request
    assert p.platform is Platform.LINKEDIN
    assert (p.sender_name, p.sender_headline) == ("Chiok Han Lee", "A Computer Guy")
    assert p.profile_url == "https://www.linkedin.com/in/chiokhanlee"
    assert p.note == "I'd like to join your LinkedIn network." and p.default_note
    assert p.recipient_name == "Wan Hao"
    assert p.received == datetime(2020, 4, 12, 11, 11, 54, tzinfo=timezone.utc)


def test_real_2016_invitation():
    p = parse_file("linkedin-invite-2016.eml")
    assert p.kind is MailKind.LINKEDIN_INVITATION
    assert p.sender_name == "Steven Footle"
    assert p.sender_headline == "Principal Test Architect and Agile Leader - Certified ScrumMaster"
    # 2016 links by member id only; the id survives, every token goes.
    assert p.profile_url == "https://www.linkedin.com/profile/view?id=AAsAAAAIW1gBCVPJFcvlZjm6AtEfNiLTNya_HqA"
    assert p.default_note and p.recipient_name == "Paul"


def test_real_acceptance_is_not_a_request():
    p = parse_file("linkedin-accepted-2020.eml")
    assert p.kind is MailKind.LINKEDIN_ACCEPTANCE
    assert not p.kind.is_request and not p.kind.is_message
    assert p.note == ""
    assert p.sender_name == "Wan Hao Lee"  # " via LinkedIn" stripped


def test_real_html_parts_agree_with_text_parts():
    """The HTML fallback reads the same inviter as the text part (text part removed)."""
    from screener.parse import linkedin, mime

    for name, layout in (("linkedin-invite-2020.eml", "linkedin-html"), ("linkedin-invite-2016.eml", "linkedin-html-2016")):
        data = (DATA / name).read_bytes()
        mail = mime.read(data)
        from_html = linkedin.from_html(mail, MailKind.LINKEDIN_INVITATION)
        text = parse_mail(raw(data))
        assert from_html is not None and from_html.layout == layout
        assert (from_html.sender_name, from_html.sender_headline, from_html.profile_url) == (
            text.sender_name, text.sender_headline, text.profile_url)
        assert is_default_note(from_html.note)


def test_footer_recipient_and_pymk_names_are_never_the_sender():
    for path in PAIRS:
        p = parse_mail(raw(path.read_bytes()))
        assert p.sender_name not in {"Jana Albrecht", "Wan Hao Lee" if "invite-2020" in path.name else "-", "Paul Hammant"}
        assert p.sender_name not in {"Lena Vogt", "Oliver Schmitt"}
        assert "intended for" not in p.note and "recommendations" not in p.note


# --- classification ---------------------------------------------------------------------------------------


def _mail(from_: str, subject: str, body: str = "Hello", extra: str = "") -> bytes:
    return (f"From: {from_}\nTo: Jana <jana@example.org>\nSubject: {subject}\nDate: Mon, 3 Mar 2025 10:00:00 +0100\n"
            f"Message-ID: <x1@example.org>\n{extra}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


@pytest.mark.parametrize("from_,subject,extra,kind", [
    ("LinkedIn <invitations@linkedin.com>", "Anna, please add me to your LinkedIn network", "", MailKind.LINKEDIN_INVITATION),
    ("Jo Doe via LinkedIn <invitations@linkedin.com>", "I want to connect", "", MailKind.LINKEDIN_INVITATION),
    ("X <messages-noreply@linkedin.com>", "Reminder: Jo Doe invited you to connect", "", MailKind.LINKEDIN_REMINDER),
    ("X <invitations@linkedin.com>", "Jo's invitation is waiting for your response", "", MailKind.LINKEDIN_REMINDER),
    ("X <invitations@linkedin.com>", "Jo accepted your invitation, explore their network", "", MailKind.LINKEDIN_ACCEPTANCE),
    ("X <invitations@linkedin.com>", "whatever", "X-LinkedIn-Class: INVITE-ACCEPT\n", MailKind.LINKEDIN_ACCEPTANCE),
    ("X <invitations@linkedin.com>", "whatever", "X-LinkedIn-Template: email_m2m_invite_digest_02\n", MailKind.OTHER),
    ("X <messages-noreply@linkedin.com>", "You have 5 new invitations", "", MailKind.OTHER),
    ("X <messages-noreply@linkedin.com>", "Jana, do you know Lena?", "X-LinkedIn-Template: email_pymk_02\n", MailKind.OTHER),
    ("X <jobalerts-noreply@linkedin.com>", "30 new jobs for Privacy Engineer", "", MailKind.OTHER),
    ("Jo <inmail-hit-reply@linkedin.com>", "Opportunity", "", MailKind.LINKEDIN_MESSAGE),
    ("XING <mailrobot@mail.xing.com>", "Neue Kontaktanfrage von Jo Doe", "", MailKind.XING_REQUEST),
    ("XING <mailrobot@mail.xing.com>", "Jo Doe hat Deine Kontaktanfrage bestätigt", "", MailKind.OTHER),
    ("XING <mailrobot@mail.xing.com>", "Dein Wochencheck", "", MailKind.OTHER),
    ("XING <mailrobot@mail.xing.com>", "Neue Nachricht von Jo Doe", "", MailKind.XING_MESSAGE),
    ("XING <jobs@mail.xing.com>", "Kontaktanfrage? Nein: 5 neue Stellenangebote", "", MailKind.OTHER),
    ("Jo <jo@linkedin.com.evil.example>", "Jana, please add me to your LinkedIn network", "", MailKind.OTHER),
])
def test_classification(from_, subject, extra, kind):
    assert parse_mail(raw(_mail(from_, subject, extra=extra))).kind is kind


def test_unknown_xing_mail_that_reads_like_a_request_is_kept():
    body = "Hallo Jana,\n\nAnna Schulz hat Dir eine Kontaktanfrage geschickt.\n\nJetzt bestätigen:\n=> https://www.xing.com/m/abc\n"
    p = parse_mail(raw(_mail("XING <mailrobot@mail.xing.com>", "Neues aus Deinem Netzwerk", body)))
    assert p.kind is MailKind.XING_REQUEST
    assert p.sender_name == "Anna Schulz"


def test_bare_linkedin_display_name_takes_the_name_from_the_body():
    data = (DATA / "linkedin-invite-2020.eml").read_bytes().replace(b"From: Chiok Han Lee <", b"From: LinkedIn <")
    p = parse_mail(raw(data))
    assert p.sender_name == "Chiok Han Lee" and p.sender_headline == "A Computer Guy"


# --- headers: Message-ID, Date, names ---------------------------------------------------------------------


def test_missing_message_id_is_synthesised_from_the_bytes():
    data = (DATA / "linkedin-invite-no-date-no-msgid.eml").read_bytes()
    p = parse_mail(raw(data))
    assert p.message_id == f"<{hashlib.sha256(data).hexdigest()}@screener.invalid>"
    assert parse_mail(raw(data)).message_id == p.message_id
    assert p.received is None


def test_missing_date_falls_back_to_internaldate_and_naive_means_utc():
    data = (DATA / "linkedin-invite-no-date-no-msgid.eml").read_bytes()
    naive = datetime(2025, 1, 2, 3, 4, 5)
    assert parse_mail(raw(data, internaldate=naive)).received == naive.replace(tzinfo=timezone.utc)
    aware = datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=1)))
    assert parse_mail(raw(data, internaldate=aware)).received == aware


def test_date_header_is_timezone_aware():
    p = parse_mail(raw(_mail("a <b@example.org>", "x")))
    assert p.received == datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)
    naive = _mail("a <b@example.org>", "x").replace(b"+0100", b"-0000")
    assert parse_mail(raw(naive)).received.tzinfo is not None
    bad = _mail("a <b@example.org>", "x").replace(b"Mon, 3 Mar 2025 10:00:00 +0100", b"yesterday-ish")
    assert parse_mail(raw(bad)).received is None


def test_message_id_keeps_angle_brackets():
    assert parse_mail(raw(_mail("a <b@example.org>", "x"))).message_id == "<x1@example.org>"
    bare = _mail("a <b@example.org>", "x").replace(b"<x1@example.org>", b"x1@example.org")
    assert parse_mail(raw(bare)).message_id == "<x1@example.org>"


def test_rfc2047_umlaut_name():
    data = (DATA / "linkedin-invite-umlaut.eml").read_bytes()
    assert b"=?utf-8?" in data.split(b"\n\n")[0].lower()
    assert parse_mail(raw(data)).sender_name == "Jürgen Müller-Lüdenscheidt"


def test_raw_8bit_utf8_header_name():
    data = _mail("Jürgen Müller via LinkedIn <invitations@linkedin.com>", "Jana, please add me to your LinkedIn network",
                 "Hi Jana,\n\nHallo!\n\nJürgen Müller\nCTO\n\nView profile: https://www.linkedin.com/comm/in/jm?x=1\n")
    p = parse_mail(raw(data))
    assert p.sender_name == "Jürgen Müller" and p.note == "Hallo!" and p.profile_url == "https://www.linkedin.com/in/jm"


def test_hostile_name_headline_and_note_are_sanitised():
    p = parse_file("linkedin-invite-hostile.eml")
    for field in (p.sender_name, p.sender_headline, p.note):
        assert not any(ord(c) < 32 and c not in "\n" for c in field)
        assert not any(c in field for c in "\x1b\u202e\u202c\u2066\u2069\u200b\x07\x7f")


def test_absurd_lengths_are_capped():
    name = "A" * 5000
    note = "word " * 3000
    body = f"Hi Jana,\n\n{note}\n\n{name}\nHeadline\n\nView profile: https://www.linkedin.com/in/x1\n"
    p = parse_mail(raw(_mail(f"{name} <invitations@linkedin.com>", "I want to connect", body)))
    assert p.kind is MailKind.LINKEDIN_INVITATION
    assert len(p.sender_name) <= 200 and len(p.note) <= 5000 and p.note


# --- hostile bytes: ParseError or a parse, never anything else ------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n", b"\x00\xff\xfe" * 100, b"no headers here at all\n"])
def test_empty_or_headerless_bytes_raise_parse_error(data):
    with pytest.raises(ParseError):
        parse_mail(raw(data))


def test_not_bytes_at_all_raises_parse_error():
    with pytest.raises(ParseError):
        parse_mail(RawMail(source="t", key="k", data=None))  # type: ignore[arg-type]


@pytest.mark.parametrize("content_type", [
    'text/plain; charset="x-no-such-charset"',
    "text/plain; charset=us-ascii",  # lying: the body is UTF-8
    "text/plain; charset=utf-16",  # lying the other way
    "text/plain; charset=",
    'text/plain; charset="utf-8\x00evil"',
])
def test_broken_or_lying_charsets(content_type):
    body = "Hi Jana,\n\nGrüße aus Köln – schön!\n\nJürgen Müller\nCTO\n\nView profile: https://www.linkedin.com/in/jm\n"
    data = (f"From: Jürgen Müller <invitations@linkedin.com>\nSubject: I want to connect\nContent-Type: {content_type}\n"
            f"Content-Transfer-Encoding: 8bit\n\n{body}").encode()
    p = parse_or_error(data)
    assert p is not None and p.kind is MailKind.LINKEDIN_INVITATION
    if "x-no-such" in content_type or "us-ascii" in content_type:
        assert p.note == "Grüße aus Köln – schön!"


@pytest.mark.parametrize("data", [
    b"From: a@linkedin.com\nContent-Type: multipart/alternative\n\n--x\nContent-Type: text/plain\n\nhi\n",  # no boundary
    b"From: a@linkedin.com\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nnever closed",
    b"From: a@linkedin.com\nContent-Transfer-Encoding: base64\n\n!!!not base64!!!",
    b"From: a@linkedin.com\nContent-Transfer-Encoding: quoted-printable\n\n=ZZ=\n=",
    b"From: <<<>>>@@@,,,\"\nSubject: =?utf-8?B?////?=\n\nx",
    b"From: =?x-unknown?Q?J=FCrgen?= <invitations@linkedin.com>\nSubject: =?bogus?q?x?=\n\nx",
    b"From: a@linkedin.com\nContent-Type: text/html; charset=utf-8\n\n<html><body><a href='javascript:x'><h3>",
    b"From: a@linkedin.com\nSubject: I want to connect\nContent-Type: multipart/mixed; boundary=a\n\n"
    + b"--a\nContent-Type: multipart/mixed; boundary=a\n\n" * 3000,
])
def test_broken_mime_does_not_escape_as_anything_but_parse_error(data):
    p = parse_or_error(data)
    assert p is None or p.message_id.startswith("<")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000))
def test_random_bytes(data):
    parse_or_error(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(PAIRS), st.integers(min_value=0), st.integers(min_value=0, max_value=255), st.integers(0, 4000))
def test_mutated_fixtures(path, position, byte, cut):
    data = bytearray(path.read_bytes())
    data[position % len(data)] = byte
    parse_or_error(bytes(data[: max(1, len(data) - cut)]))


def test_no_url_is_fetched_while_parsing_every_fixture():
    # The autouse no_network fixture turns any connect into a failure; parse everything once more to be sure.
    parsed = [parse_mail(raw(path.read_bytes())) for path in PAIRS]
    assert len(parsed) == len(PAIRS) and all(p.message_id for p in parsed)


def test_only_html_module_imports_bs4():
    package = testpaths.ROOT / "screener" / "parse"
    imports_bs4 = re.compile(r"^\s*(?:from|import)\s+bs4\b", re.M)
    importers = sorted(p.name for p in package.glob("*.py") if imports_bs4.search(p.read_text(encoding="utf-8")))
    assert importers == ["html.py"]


# --- defaults and URLs ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "I'd like to join your LinkedIn network.",
    "Hi Wan Hao,\n\nI'd like to join your LinkedIn network.",
    "hi jana!  i’d like to JOIN your linkedin network",
    "I'd like to add you to my professional network on LinkedIn.\n- Chiok",
    "Hallo Jana,\nIch möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
    "Hallo Frau Albrecht, ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen",
    "Hi Jana, I'm still waiting for your response. Accept my invitation to connect on LinkedIn.",
    "Un contatto LinkedIn è in attesa della tua risposta.",
])
def test_default_notes_are_recognised(text):
    assert is_default_note(text)


@pytest.mark.parametrize("text", [
    "", "Hi Jana,", "I'd like to join your LinkedIn network because of your Datenschutztag talk.",
    "Hallo Jana, ich möchte dich gerne kennenlernen.",
])
def test_personal_or_empty_notes_are_not_default(text):
    assert not is_default_note(text)


def test_split_greeting_only_takes_the_platform_first_name_greeting():
    assert split_greeting("Hi Wan Hao,\n\nText") == ("Wan Hao", "Text")
    assert split_greeting("Hallo Jana, Text") == ("Jana", "Text")
    assert split_greeting("Hallo Frau Albrecht, Text") == ("", "Hallo Frau Albrecht, Text")
    assert split_greeting("Hi there, Text") == ("", "Hi there, Text")


@pytest.mark.parametrize("url,expected", [
    ("https://www.linkedin.com/comm/in/chiokhanlee?midToken=x&trk=y", "https://www.linkedin.com/in/chiokhanlee"),
    ("https://de.linkedin.com/in/jana-albrecht/", "https://www.linkedin.com/in/jana-albrecht"),
    ("https://www.linkedin.com/in/arvin?otpToken=1&midSig=2", "https://www.linkedin.com/in/arvin"),
    ("https://www.linkedin.com/comm/profile/view?id=AAsAAA123&authToken=F&invAcpt=9", "https://www.linkedin.com/profile/view?id=AAsAAA123"),
    ("https://www.xing.com/profile/Markus_Staedler5/cv?sc_o=x", "https://www.xing.com/profile/Markus_Staedler5"),
    ("https://www.xing.com/m/AbCdEf", ""),
    ("https://www.linkedin.com/comm/mynetwork/invite-accept/invitationId/1/sharedKey/x/", ""),
    ("https://linkedin.com.evil.example/in/x", ""),
])
def test_profile_url_normalisation(url, expected):
    assert profile_url(url) == expected


def test_urls_are_cut_at_markup_and_whitespace():
    text = 'Accept: https://www.linkedin.com/a?b=1<div itemscope>x</div> "https://x.example/q"and https://y.example/z.'
    assert find_urls(text) == ["https://www.linkedin.com/a?b=1", "https://x.example/q", "https://y.example/z"]


def test_a_link_in_the_note_does_not_end_the_note():
    body = ("Hi Jana,\n\nLoved your talk. My slides on the same topic:\nSlides: https://example.org/slides\n\n"
            "Ada Lovelace\nEngineer\n\nView profile: https://www.linkedin.com/comm/in/ada?trk=x\n")
    p = parse_mail(raw(_mail("Ada Lovelace <invitations@linkedin.com>", "I want to connect", body)))
    assert p.note == "Loved your talk. My slides on the same topic:\nSlides: https://example.org/slides"
    assert (p.sender_name, p.sender_headline, p.profile_url) == ("Ada Lovelace", "Engineer", "https://www.linkedin.com/in/ada")


# --- the demo inbox ---------------------------------------------------------------------------------------


def test_sample_inbox_parses_into_the_demo_mix():
    inbox = testpaths.ROOT / "screener" / "data" / "sample-inbox"
    assert (inbox / "new" / ".keep").exists() and (inbox / "tmp" / ".keep").exists()
    parsed = [parse_mail(raw(p.read_bytes(), key=p.name)) for p in sorted((inbox / "cur").iterdir())]
    kinds = [p.kind for p in parsed]
    assert len(parsed) >= 14
    assert kinds.count(MailKind.OTHER) == 2
    assert MailKind.LINKEDIN_ACCEPTANCE in kinds and MailKind.XING_MESSAGE in kinds
    requests = [p for p in parsed if p.kind.is_request]
    assert all(p.sender_name and p.sender_headline for p in requests)
    assert sum(p.default_note for p in requests) >= 1
    assert sum(p.kind is MailKind.XING_REQUEST and not p.note for p in requests) == 1
    assert any("Datenschutztag Köln" in p.note for p in requests)
