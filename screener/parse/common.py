"""Shared pieces of the platform rules: the Extract record, footer cutting, paragraphs, labelled links, names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from screener.models import MailKind

_FOOTER = re.compile(
    r"^\s*(?:\.{5,}\s*$|here are some recommendations|people you may know|you are receiving|this email was intended"
    r"|learn why we included this|diese e-mail (?:war|ist) für|sie erhalten diese|du erhältst diese|unsubscribe:"
    r"|abmelden:|abbestellen:|help:|hilfe:|©|\(c\) \d{4})",
    re.I,
)
_RULE = re.compile(r"^\s*[-_=*]{10,}\s*$")
# "View profile: https://…", "Accept: https://…", "Unsubscribe:: https://…" (real LinkedIn text parts).
LABELLED = re.compile(r"^\s*(?P<label>[^:\n]{1,80}?)\s*:{1,2}\s*(?P<url>https?://\S+)\s*$")
# XING writes links on their own line as "=> https://www.xing.com/m/<token>" (real-derived, job-triage).
ARROW = re.compile(r"^\s*=>\s*(?P<url>https?://\S+)\s*$")
_VIA = re.compile(r"\s*(?:\(\s*(?:via|über)\s+(?:linkedin|xing)\s*\)|(?:via|über)\s+(?:linkedin|xing))\s*$", re.I)
_NO_NAME = {"linkedin", "xing", "linkedin notifications", "linkedin benachrichtigungen", "xing team", "xing news"}


@dataclass
class Extract:
    """What one platform rule read out of a mail, before sanitising."""

    kind: MailKind
    layout: str
    sender_name: str = ""
    sender_headline: str = ""
    profile_url: str = ""
    note: str = ""
    recipient_name: str = ""


def display_name(name: str) -> str:
    """The person behind a From display name: " via LinkedIn" dropped, bare platform names mean nobody."""
    name = _VIA.sub("", (name or "").strip().strip('"').strip())
    return "" if name.casefold() in _NO_NAME else name


def cut_footer(text: str) -> str:
    """Text above the first footer line (PYMK block, "This email was intended for …", unsubscribe links)."""
    out = []
    for line in (text or "").split("\n"):
        if _FOOTER.match(line):
            break
        out.append(line)
    while out and (not out[-1].strip() or _RULE.match(out[-1])):
        out.pop()
    return "\n".join(out)


def paragraphs(lines: list[str]) -> list[list[str]]:
    """Blank lines and ruler lines (-----) split paragraphs; lines are stripped."""
    paras: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if not line.strip() or _RULE.match(line):
            if current:
                paras.append(current)
                current = []
        else:
            current.append(line.strip())
    if current:
        paras.append(current)
    return paras


def join(paras: list[list[str]]) -> str:
    return "\n\n".join("\n".join(p) for p in paras)


def same_name(a: str, b: str) -> bool:
    return bool(a) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def first_match(patterns: list[re.Pattern[str]], text: str) -> re.Match[str] | None:
    for pattern in patterns:
        found = pattern.search(text or "")
        if found:
            return found
    return None
