"""Sanitising of hostile header and body text: control, escape, bidi and zero-width characters; length caps."""

from __future__ import annotations

import re
import unicodedata

NAME_MAX = 200
HEADLINE_MAX = 300
SUBJECT_MAX = 500
NOTE_MAX = 5000

# ANSI/VT escape sequences (CSI, OSC, two-char ESC forms): a name must not be able to repaint a terminal.
_ESC_SEQ = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
# C0 except \t \n, DEL, C1.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidi embeddings/overrides/isolates and marks: they can make "gnp.exe" read as "exe.png".
_BIDI = re.compile(r"[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Invisible characters that break matching; LinkedIn pads preheaders with U+034F.
_INVISIBLE_NOTE = re.compile(r"[\u00ad\u034f\u180e\u200b\u2060-\u2064\ufeff]")
# In names even joiners go: there is no legitimate use for them in a display name we compare.
_INVISIBLE_NAME = re.compile(r"[\u00ad\u034f\u180e\u200b-\u200d\u2060-\u2064\ufeff]")


_SURROGATE = re.compile("[\udc80-\udcff]")


def unsurrogate(text: str) -> str:
    """Turn surrogate-escaped raw bytes (8-bit headers) back into text, assuming UTF-8."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _strip_common(text: str) -> str:
    text = unsurrogate(text)
    text = _ESC_SEQ.sub("", text)
    text = _BIDI.sub("", text)
    return unicodedata.normalize("NFC", text)


def clean_line(text: str | None, cap: int = NAME_MAX) -> str:
    """One-line field (name, headline, subject): no controls, no invisibles, whitespace collapsed, capped."""
    if not text:
        return ""
    text = _strip_common(str(text))
    text = _INVISIBLE_NAME.sub("", text)
    text = _CONTROL.sub(" ", text.replace("\n", " ").replace("\t", " "))
    text = " ".join(text.split())
    return text[:cap].rstrip()


def clean_note(text: str | None, cap: int = NOTE_MAX) -> str:
    """Multi-line free text: newlines kept, other controls dropped, blank runs squeezed, capped."""
    if not text:
        return ""
    text = _strip_common(str(text)).replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE_NOTE.sub("", text)
    text = _CONTROL.sub("", text.replace("\t", " "))
    text = text.replace("\u00a0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text[:cap].rstrip()
