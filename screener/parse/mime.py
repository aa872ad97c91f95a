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

from screener.sanitize import SUBJECT_MAX, clean_line, unsurrogate

# A mail larger than this is not a notification; parsing it only costs memory.
MAX_BYTES = 25 * 1024 * 1024
# Notification bodies are a few kB; cap what the regexes and the HTML parser see so a hostile body cannot stall a scan.
MAX_BODY_CHARS = 1_000_000
_MSGID = re.compile(r"<([^<>\s]{1,900})>")
# Notifications nest a handful of parts; the stdlib parser is quadratic in nested boundaries
# (900 levels take seconds, ~1000 overflow the stack), so absurd nesting is refused up front.
MAX_MULTIPARTS = 64
MAX_HTML_TAGS = 2000
_MULTIPART = re.compile(rb"(?im)^content-type:\s*multipart/")


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


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode body bytes whatever the declared charset claims; never raises."""
    declared = _codec(charset)
    # Valid UTF-8 beats a declared 8-bit charset: mailers mislabel UTF-8 as latin-1/ascii far more often than
    # latin-1 text happens to be valid UTF-8. UTF-16/32 are the exception (NUL bytes are valid UTF-8).
    wide = declared is not None and declared.startswith(("utf_16", "utf_32"))
    order = [declared, "utf-8"] if wide else ["utf-8", declared]
    for name in order:
        if name:
            try:
                return data.decode(name)
            except (UnicodeDecodeError, LookupError):
                continue
    return data.decode(declared or "cp1252", "replace")


def _codec(charset: str | None) -> str | None:
    if not charset or not isinstance(charset, str):
        return None
    try:
        return codecs.lookup(charset.strip().strip('"').lower()).name
    except (LookupError, ValueError):
        return None


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


def read(data: bytes, partial: bool = False) -> Mail:
    """Parse bytes into a Mail; MimeError when they are not a mail at all. `partial`: the bytes are
    the header and plain-text part of a longer mail; asking for its HTML raises Incomplete."""
    if not data or not data.strip():
        raise MimeError("empty mail")
    if len(data) > MAX_BYTES:
        raise MimeError(f"mail too large ({len(data)} bytes)")
    if len(_MULTIPART.findall(data, 0, MAX_BODY_CHARS * 4)) > MAX_MULTIPARTS:
        raise MimeError("mail nested too deeply")
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


def received(msg: Message, fallback: datetime | None) -> datetime | None:
    """Date header as an aware datetime (UTC when naive); else the source's internal date."""
    raw = header_text(msg, "Date").strip()
    when = None
    if raw:
        try:
            when = parsedate_to_datetime(raw)
        except Exception:
            when = None
    if when is None:
        when = fallback
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when
