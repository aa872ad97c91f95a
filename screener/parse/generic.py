"""Fallback for platform mails whose layout no rule knows: keep a likely contact request instead of dropping it."""

from __future__ import annotations

import re

from screener.models import MailKind
from screener.parse.common import (
    ARROW,
    LABELLED,
    Extract,
    cut_footer,
    first_match,
    paragraphs,
)
from screener.parse.defaults import split_greeting
from screener.parse.html import html_to_text
from screener.parse.mime import Mail
from screener.parse.urls import find_urls, first_profile

_I = re.I
# Words that make a platform mail look like a person asking to connect, EN and DE (sections 1.4, 2.2).
_REQUEST_CUES = re.compile(
    r"\b(?:wants? to connect|would like to connect|want to connect|invit(?:ed|ation) (?:you )?to connect"
    r"|add (?:me|you) to (?:your|my) (?:linkedin |professional )?network|contact request|kontaktanfrage"
    r"|vernetzen|einladung|beruflichen netzwerk|als kontakt)",
    _I,
)
# "<Name> wants to connect …", "Kontaktanfrage von <Name>", "<Name> möchte sich mit Dir vernetzen".
_NAME_PATTERNS = [
    re.compile(r"^(?P<name>[^\W\d_][^:,\n]{1,80}?)\s+(?:wants|would like|möchte|hat (?:dir|dich|ihnen))\b", _I),
    re.compile(r"(?:kontaktanfrage|contact request|invitation|einladung)\s+(?:von|from)\s+"
               r"(?P<name>[^\W\d_][^:,\n]{1,80})", _I),
    re.compile(r"^reminder:\s*(?P<name>[^\W\d_][^:,\n]{1,80}?)\s+invited you", _I),
]
# A quoted block is the most likely place for a note in an unknown layout.
_QUOTED = re.compile(r"[„“\"«](?P<note>[^„“”\"«»]{10,2000})[“”\"»]", re.S)


def html_text(mail: Mail) -> str:
    return html_to_text(mail.html) if mail.html else ""


def looks_like_request(mail: Mail) -> bool:
    return bool(_REQUEST_CUES.search(mail.subject) or _REQUEST_CUES.search(cut_footer(mail.text or html_text(mail))))


def name_from(text: str) -> str:
    """A sender name from a subject or intro line, "" when none of the patterns fits."""
    for line in (text or "").split("\n"):
        found = first_match(_NAME_PATTERNS, line.strip())
        if found:
            return found.group("name").strip()
    return ""


def extract(mail: Mail, kind: MailKind, header_name: str = "") -> Extract:
    """Best effort: name from header/subject/body, first profile link, a quoted note if there is one."""
    text = mail.text if mail.text.strip() else html_text(mail)
    body = cut_footer(text)
    lines = [line for line in body.split("\n") if not (ARROW.match(line) or LABELLED.match(line))]
    paras = paragraphs(lines)
    recipient = split_greeting(paras[0][0])[0] if paras else ""
    quoted = _QUOTED.search(body)
    return Extract(
        kind=kind,
        layout="generic",
        sender_name=header_name or name_from(mail.subject) or name_from(body),
        profile_url=first_profile(find_urls(body), skip=("header",)),
        note=quoted.group("note").strip() if quoted else "",
        recipient_name=recipient,
    )
