"""Reading one RFC 822 message defensively: headers, sender address, date, Message-ID and body text."""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from email import policy
from email.header import decode_header
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from functools import cached_property

from screener.sanitize import SUBJECT_MAX, clean_line, storable_date, unsurrogate

# A mail larger than this is not a notification; parsing it only costs memory.
MAX_BYTES = 25 * 1024 * 1024
# Notification bodies are a few kB; cap what the regexes and the HTML parser see so a hostile body cannot stall a scan.
MAX_BODY_CHARS = 1_000_000
_MSGID = re.compile(r"<([^<>\s]{1,900})>")
# Notifications nest a handful of parts; the stdlib parser is quadratic in nested boundaries
# (900 levels take seconds, ~1000 overflow the stack), so absurd nesting is refused up front.
# The parser splits lines at \n, \r\n and a bare \r alike, so these structural limits count header lines
# after any of the three (a guard that knew only \n let a 900-level mail with \r endings stall a scan).
MAX_MULTIPARTS = 64
MAX_PARTS = 500
MAX_HEADER_BYTES = 512 * 1024
MAX_HTML_TAGS = 2000
_MULTIPART = re.compile(rb"(?i)(?:^|[\r\n])content-type:[ \t]*(?:\r\n|\r|\n)?[ \t]*multipart/")
_PART = re.compile(rb"(?i)(?:^|[\r\n])content-type:")
_HEADER_END = re.compile(rb"\r\n\r\n|\n\r?\n|\r\r")


class MimeError(Exception):
    """The bytes are not a readable mail (the message is the user-facing reason)."""


class Incomplete(Exception):
    """A rule needs a part of the mail that a partial fetch left out (sources/partial.py)."""


@dataclass
class Mail:
    """The parts of a message the platform rules look at, already decoded and sanitised."""

    msg: Message
    from_name: str
    from_addr: str
    subject: str
    text: str
    partial: bool = False  # only the header and the plain-text part were fetched

    @cached_property
    def html(self) -> str:
        """The HTML body, decoded only when a rule asks (text/plain first: most mails never need it)."""
        if self.partial:
            raise Incomplete("the HTML part was not fetched")
        return _cap_tags(_body(self.msg, "html")[:MAX_BODY_CHARS])

    @property
    def from_domain(self) -> str:
        return self.from_addr.rpartition("@")[2]

    @property
    def from_local(self) -> str:
        return self.from_addr.partition("@")[0]

    def header(self, name: str) -> str:
        return header_text(self.msg, name)

    def notes(self) -> list[str]:
        """What could not be read as declared: charsets that are not mail charsets (decoded with replacement)."""
        found: list[str] = []
        try:
            for _key, raw in self.msg.raw_items():
                found += _WORD_CHARSET.findall(str(raw))
            for part in self.msg.walk():
                found.append(part.get_param("charset"))
        except Exception:
            pass
        odd = sorted({clean_line(str(c), 40) for c in found if foreign_charset(c)})
        return [f"not a mail charset, decoded with replacement: {c}" for c in odd]


# The charsets real mail is written in, by Python codec name. Everything else Python can decode
# (unicode_escape, raw_unicode_escape, punycode, rot_13, the bytes-to-bytes codecs …) is not a mail
# charset: it can turn plain bytes into lone surrogates or run arbitrary transformations, so a mail
# declaring one is decoded as UTF-8 with replacement characters instead (and the mail says so: notes()).
MAIL_CHARSETS = frozenset(
    ["ascii", "utf-8", "utf-7", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
    + [f"iso8859-{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16)]
    + [f"cp{n}" for n in (1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258, 874, 437, 850, 852, 866, 932, 949, 950)]
    + ["koi8-r", "koi8-u", "mac-roman", "tis-620", "big5", "big5hkscs", "gb2312", "gbk", "gb18030", "hz",
       "euc_jp", "shift_jis", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "euc_kr", "iso2022_kr", "johab"]
)
_WORD_CHARSET = re.compile(r"=\?([^?*\s]{1,80})(?:\*[^?]*)?\?[bBqQ]\?")


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode body bytes whatever the declared charset claims; never raises. Only MAIL_CHARSETS are used."""
    declared = _codec(charset)
    # Valid UTF-8 beats a declared 8-bit charset: mailers mislabel UTF-8 as latin-1/ascii far more often than
    # latin-1 text happens to be valid UTF-8. UTF-16/32 are the exception (NUL bytes are valid UTF-8).
    wide = declared is not None and declared.startswith(("utf-16", "utf-32"))
    order = [declared, "utf-8"] if wide else ["utf-8", declared]
    for name in order:
        if name:
            try:
                return data.decode(name)
            except (UnicodeDecodeError, LookupError):
                continue
    return data.decode(declared or ("utf-8" if charset else "cp1252"), "replace")


def _codec(charset: str | None) -> str | None:
    """The Python codec of a declared charset when it is a real mail charset, else None."""
    if not charset or not isinstance(charset, str):
        return None
    try:
        name = codecs.lookup(charset.strip().strip('"').lower()).name
    except (LookupError, ValueError, TypeError):
        return None
    return name if name in MAIL_CHARSETS else None


def foreign_charset(charset: object) -> str | None:
    """The declared charset when it is not a mail charset we decode with (for notes()), else None."""
    if not charset or not isinstance(charset, str) or _codec(charset):
        return None
    return charset


def _decode_words(raw: str) -> str:
    """RFC 2047 decoding without trusting the declared charsets."""
    out = []
    for chunk, charset in decode_header(raw):
        out.append(decode_bytes(chunk, charset) if isinstance(chunk, bytes) else chunk)
    return unsurrogate("".join(out))


def header_text(msg: Message, name: str) -> str:
    """A header as text, RFC 2047 decoded without trusting its charsets; "" when missing or unreadable."""
    for key, raw in msg.raw_items():
        if key.lower() == name.lower():
            try:
                return _decode_words(_unfold(str(raw)))
            except Exception:
                return unsurrogate(str(raw))
    return ""


def _unfold(value: str) -> str:
    return re.sub(r"\r?\n[ \t]+", " ", value)


def sender(msg: Message) -> tuple[str, str]:
    """(display name, lower-cased address) of the first From address."""
    raw = ""
    for key, value in msg.raw_items():
        if key.lower() == "from":
            raw = _unfold(str(value))
            break
    try:
        pairs = getaddresses([raw])
    except Exception:
        pairs = []
    if pairs and (pairs[0][0] or pairs[0][1]):
        # decode encoded words in the display name only after splitting, so a comma inside one can't split it
        try:
            display = _decode_words(pairs[0][0])
        except Exception:
            display = unsurrogate(pairs[0][0])
        return display, unsurrogate(pairs[0][1]).lower()
    return "", ""


def _part_text(part) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    return decode_bytes(payload, charset)


def _body(msg: Message, subtype: str) -> str:
    """The first text/<subtype> part that is not an attachment (what get_body() would pick for a notification)."""
    part = None
    try:
        for candidate in msg.walk():
            if candidate.is_multipart() or candidate.get_content_type() != f"text/{subtype}":
                continue
            disposition = str(candidate.get("Content-Disposition", "")).split(";")[0].strip().lower()
            if disposition == "attachment":
                continue
            part = candidate
            break
    except Exception:
        part = None
    return _part_text(part) if part is not None else ""


def _cap_tags(html: str) -> str:
    """The HTML up to its MAX_HTML_TAGS-th tag: the HTML parser needs about a millisecond per tag, more when
    they nest (100 kB of nested <div> took 30 s); real notifications have fewer than 400 tags."""
    pos = -1
    for _ in range(MAX_HTML_TAGS):
        pos = html.find("<", pos + 1)
        if pos < 0:
            return html
    return html[:pos]


def _check_structure(data: bytes) -> None:
    """Refuse, before the email parser runs, what would make it slow: deep nesting, too many parts, a
    huge header block. Linear in the bytes and independent of the line endings used."""
    end = _HEADER_END.search(data, 0, MAX_HEADER_BYTES + 4)
    if end is None and len(data) > MAX_HEADER_BYTES:
        raise MimeError(f"header too large (over {MAX_HEADER_BYTES} bytes)")
    window = MAX_BODY_CHARS * 4
    multiparts = 0
    for _ in _MULTIPART.finditer(data, 0, window):
        multiparts += 1
        if multiparts > MAX_MULTIPARTS:
            raise MimeError("mail nested too deeply")
    parts = 0
    for _ in _PART.finditer(data, 0, window):
        parts += 1
        if parts > MAX_PARTS:
            raise MimeError(f"too many parts (over {MAX_PARTS})")


def read(data: bytes, partial: bool = False) -> Mail:
    """Parse bytes into a Mail; MimeError when they are not a mail at all. `partial`: the bytes are
    the header and plain-text part of a longer mail; asking for its HTML raises Incomplete."""
    if not data or not data.strip():
        raise MimeError("empty mail")
    if len(data) > MAX_BYTES:
        raise MimeError(f"mail too large ({len(data)} bytes)")
    _check_structure(data)
    # compat32: the modern policy parses every header through the header registry when it is read,
    # which was ~60 % of a scan's time; we decode the few headers we need ourselves (header_text).
    msg = BytesParser(policy=policy.compat32).parsebytes(data)
    if not msg.keys():
        raise MimeError("not a mail: no headers")
    name, addr = sender(msg)
    subject = clean_line(header_text(msg, "Subject"), SUBJECT_MAX)
    text = _body(msg, "plain")[:MAX_BODY_CHARS].replace("\r\n", "\n")
    return Mail(msg=msg, from_name=name, from_addr=addr, subject=subject, text=text, partial=partial)


def message_id(msg: Message, data: bytes, partial: bool = False) -> str:
    """The Message-ID in <angle> form; a stable hash-based one when missing or unusable (a hash of the
    whole mail: of a partial one, Incomplete is raised, as its hash would differ from the whole's)."""
    raw = clean_line(header_text(msg, "Message-ID"), 1000)
    found = _MSGID.search(raw)
    if found:
        return f"<{found.group(1)}>"
    bare = raw.strip("<> ")
    if bare and " " not in bare and len(bare) <= 900:
        return f"<{bare}>"
    if partial:
        raise Incomplete("no Message-ID: the whole mail is needed for its content hash")
    return f"<{hashlib.sha256(data).hexdigest()}@screener.invalid>"


def received(msg: Message, fallback: datetime | None, notes: list[str] | None = None) -> datetime | None:
    """Date header as an aware UTC datetime (UTC when naive), clamped to storable_date()'s range; else the
    source's internal date. A clamped date is noted in `notes`."""
    raw = header_text(msg, "Date").strip()
    when = None
    if raw:
        try:
            when = parsedate_to_datetime(raw)
        except Exception:
            when = None
    if when is None:
        when = fallback
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    clamped = storable_date(when)
    if notes is not None and clamped != when:
        notes.append(f"date out of range, clamped: {clean_line(raw, 60) or 'internal date'}")
    return clamped
