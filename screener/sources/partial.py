"""Fetch less over IMAP: the header and the plain-text part of a multipart mail, not all of it.

A LinkedIn invitation is ~20 KB, about 90 % of it the HTML alternative, which the parser reads
only when the plain text lacks what it needs (parse/linkedin.py: text first). So for a multipart
mail the IMAP source asks the server for the structure (BODYSTRUCTURE, with the size), then for
`BODY.PEEK[HEADER]`, `BODY.PEEK[n.MIME]` and `BODY.PEEK[n]` of the part the parser would read
(`text_part`), and hands on a single-part message made of those (`join`): the mail's own header
fields, with its Content-* fields replaced by the part's, and the part's body. That is a tenth of
the bytes to transfer and to parse.

Such a mail comes with `RawMail.partial` set. When a rule does need more (the HTML, or a content
hash for a mail without Message-ID), the parser raises `parse.Incomplete` and the pipeline asks
the source for the whole mail (`ImapSource.full`). Anything unusual in the structure (no plain-text
part, an attached message before it, a single-part mail) means: fetch the whole mail as before.
"""

from __future__ import annotations

import re
from typing import Any

_FIELD_START = re.compile(rb"^[^ \t\r\n]")


def text_part(structure: Any) -> str | None:
    """The section number ("1", "2.1") of the first text/plain part that is not an attachment, in the
    order email's Message.walk() visits parts (what parse.mime reads as the text); None when the mail
    is not multipart, has no such part, or has an attached message before it (walk() would descend
    into that one, BODYSTRUCTURE numbers it differently)."""
    if not getattr(structure, "is_multipart", False):
        return None
    try:
        return _walk(structure, "")
    except (TypeError, IndexError, AttributeError, ValueError, _Unsure):
        return None


class _Unsure(Exception):
    pass


def _walk(node: Any, prefix: str) -> str | None:
    for i, part in enumerate(node[0], 1):
        section = f"{prefix}{i}"
        if getattr(part, "is_multipart", False):
            found = _walk(part, section + ".")
            if found:
                return found
            continue
        ctype = (_text(part[0]), _text(part[1]))
        if ctype[0] == "message":
            raise _Unsure  # an attached mail: walk() reads its parts, in an order BODYSTRUCTURE numbers apart
        if ctype == ("text", "plain") and not _attachment(part):
            return section
    return None


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("ascii", "replace").lower()
    return str(value or "").lower()


def _attachment(part: Any) -> bool:
    """The part's Content-Disposition is "attachment" (text parts: extension field 9; others: 7)."""
    for ext in part[7:]:
        if isinstance(ext, tuple) and ext and isinstance(ext[0], bytes):
            return ext[0].lower() == b"attachment"
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
