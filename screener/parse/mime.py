"""Reading one RFC 822 message defensively: headers, sender address, date, Message-ID and body text."""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from email import policy
from email.header import decode_header
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

from .clean import SUBJECT_MAX, clean_line, unsurrogate

# A mail larger than this is not a notification; parsing it only costs memory.
MAX_BYTES = 25 * 1024 * 1024
# Notification bodies are a few kB; cap what the regexes and the HTML parser see so a hostile body cannot stall a scan.
MAX_BODY_CHARS = 1_000_000
_MSGID = re.compile(r"<([^<>\s]{1,900})>")


class MimeError(Exception):
    """The bytes are not a readable mail (the message is the user-facing reason)."""


@dataclass
class Mail:
    """The parts of a message the platform rules look at, already decoded and sanitised."""

    msg: EmailMessage
    from_name: str
    from_addr: str
    subject: str
    text: str
    html: str

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


def header_text(msg: EmailMessage, name: str) -> str:
    """A header as text, RFC 2047 decoded; "" when missing or unreadable."""
    try:
        value = msg.get(name)
        return "" if value is None else unsurrogate(str(value))
    except Exception:  # the header registry raises IndexError/ValueError/... on hostile input
        pass
    for key, raw in msg.raw_items():
        if key.lower() == name.lower():
            try:
                return _decode_words(str(raw))
            except Exception:
                return unsurrogate(str(raw))
    return ""


def sender(msg: EmailMessage) -> tuple[str, str]:
    """(display name, lower-cased address) of the first From address."""
    try:
        value = msg.get("From")
        if value is not None and getattr(value, "addresses", None):
            addr = value.addresses[0]
            return unsurrogate(addr.display_name or ""), unsurrogate(addr.addr_spec or "").lower()
    except Exception:
        pass
    raw = header_text(msg, "From")
    try:
        pairs = getaddresses([raw])
    except Exception:
        pairs = []
    if pairs:
        return pairs[0][0], pairs[0][1].lower()
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


def _body(msg: EmailMessage, subtype: str) -> str:
    try:
        part = msg.get_body((subtype,))
    except Exception:
        part = None
    if part is None:
        # get_body skips parts it considers attachments; LinkedIn's Content-ID parts confused other libraries,
        # so also walk the tree for the first part of that type.
        try:
            for candidate in msg.walk():
                if candidate.get_content_type() == f"text/{subtype}" and not candidate.is_multipart():
                    part = candidate
                    break
        except Exception:
            part = None
    return _part_text(part) if part is not None else ""


def read(data: bytes) -> Mail:
    """Parse bytes into a Mail; MimeError when they are not a mail at all."""
    if not data or not data.strip():
        raise MimeError("empty mail")
    if len(data) > MAX_BYTES:
        raise MimeError(f"mail too large ({len(data)} bytes)")
    msg = BytesParser(policy=policy.default).parsebytes(data)
    if not msg.keys():
        raise MimeError("not a mail: no headers")
    name, addr = sender(msg)
    subject = clean_line(header_text(msg, "Subject"), SUBJECT_MAX)
    text = _body(msg, "plain")[:MAX_BODY_CHARS].replace("\r\n", "\n")
    html = _body(msg, "html")[:MAX_BODY_CHARS]
    return Mail(msg=msg, from_name=name, from_addr=addr, subject=subject, text=text, html=html)


def message_id(msg: EmailMessage, data: bytes) -> str:
    """The Message-ID in <angle> form; a stable hash-based one when missing or unusable."""
    raw = clean_line(header_text(msg, "Message-ID"), 1000)
    found = _MSGID.search(raw)
    if found:
        return f"<{found.group(1)}>"
    bare = raw.strip("<> ")
    if bare and " " not in bare and len(bare) <= 900:
        return f"<{bare}>"
    return f"<{hashlib.sha256(data).hexdigest()}@screener.invalid>"


def received(msg: EmailMessage, fallback: datetime | None) -> datetime | None:
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
