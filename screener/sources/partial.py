"""Fetch less over IMAP: the header and the plain-text part of a multipart mail, not all of it.

A LinkedIn invitation is ~20 KB, about 90 % of it the HTML alternative, which the parser reads
only when the plain text lacks what it needs (parse/linkedin.py: text first). So the IMAP source
first asks for each mail's size and Content-Type field; for a multipart mail it then fetches
`BODY.PEEK[HEADER]`, `BODY.PEEK[1.MIME]` and `BODY.PEEK[1]`, and when part 1 is a plain-text part
(`plain_text`: the part email's walk() would find first, so the one parse.mime reads), it hands on
a single-part message made of those (`join`): the mail's own header fields, with its Content-*
fields replaced by the part's, and the part's body. That is a tenth of the bytes to transfer and
to parse. (BODYSTRUCTURE would say the same, but imapclient's pure-Python lexer reads its nested
lists character by character, ~0.3 ms a mail; the header fields come as plain literals.)

Such a mail comes with `RawMail.partial` set. When a rule does need more (the HTML, or a content
hash for a mail without Message-ID), the parser raises `parse.Incomplete` and the pipeline asks
the source for the whole mail (`ImapSource.full`). A single-part mail, or a multipart one whose
first part is anything but plain text, is fetched whole as before.
"""

from __future__ import annotations

import re
from email.parser import BytesHeaderParser
from email.policy import compat32

_FIELD_START = re.compile(rb"^[^ \t\r\n]")
_HEADERS = BytesHeaderParser(policy=compat32)


def multipart(content_type: bytes) -> bool:
    """The mail's Content-Type field (as `BODY[HEADER.FIELDS (CONTENT-TYPE)]` returns it) is multipart/*."""
    try:
        return _HEADERS.parsebytes(content_type).get_content_maintype() == "multipart"
    except Exception:  # an unreadable field: fetch the whole mail
        return False


def plain_text(part_header: bytes) -> bool:
    """A part's MIME header (`BODY[1.MIME]`) names it text/plain, explicitly, and not an attachment."""
    try:
        msg = _HEADERS.parsebytes(part_header)
        if msg.get("Content-Type") is None or msg.get_content_type() != "text/plain":
            return False
        return str(msg.get("Content-Disposition", "")).split(";")[0].strip().lower() != "attachment"
    except Exception:
        return False


def _fields(header: bytes) -> list[bytes]:
    """A header block as its fields, each with its continuation lines; the blank line that ends it dropped."""
    fields: list[bytes] = []
    for line in header.splitlines(keepends=True):
        if not line.strip():
            if fields:
                break  # the end of the header
            continue
        if _FIELD_START.match(line) or not fields:
            fields.append(line)
        else:
            fields[-1] += line
    return [f if f.endswith(b"\n") else f + b"\r\n" for f in fields]


def join(header: bytes, part_header: bytes, body: bytes) -> bytes:
    """One single-part message: the mail's header fields minus its Content-* ones, the part's header
    fields (its Content-Type and transfer encoding), a blank line, the part's body."""
    own = [f for f in _fields(header) if not f.lower().startswith(b"content-")]
    return b"".join(own) + b"".join(_fields(part_header)) + b"\r\n" + body
