"""Strangers' text made harmless, the one sanitiser: for storing (clean_line, clean_note) and for output
(clean, one_line, dumps) — no escape sequences, controls, bidi tricks or invisible characters; length caps."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timezone

NAME_MAX = 200
HEADLINE_MAX = 300
SUBJECT_MAX = 500
NOTE_MAX = 5000

# ECMA-48 escape sequences: CSI (7- and 8-bit), OSC, the DCS/SOS/PM/APC strings, two-character escapes
# and a lone ESC. A name must not be able to repaint a terminal, set its title or write its clipboard.
ESCAPE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[ -/]*[0-~]?"
)

# C0 except \t \n, DEL, C1.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidi embeddings/overrides/isolates and marks: they can make "gnp.exe" read as "exe.png".
_BIDI = re.compile(r"[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Invisible characters that break matching; LinkedIn pads preheaders with U+034F.
_INVISIBLE_NOTE = re.compile(r"[\u00ad\u034f\u180e\u200b\u2060-\u2064\ufeff]")
# In names even joiners go: there is no legitimate use for them in a display name we compare.
_INVISIBLE_NAME = re.compile(r"[\u00ad\u034f\u180e\u200b-\u200d\u2060-\u2064\ufeff]")


_SURROGATE = re.compile("[\udc80-\udcff]")
_ANY_SURROGATE = re.compile("[\ud800-\udfff]")
_LONE = re.compile("[\ud800-\udc7f\udd00-\udfff]")  # surrogates that are not escaped bytes


def unsurrogate(text: str) -> str:
    """Turn surrogate-escaped raw bytes (8-bit headers) back into text, assuming UTF-8; any other lone
    surrogate (which no UTF-8 encoder, SQLite or JSON accepts) becomes U+FFFD. The result is valid UTF-8."""
    if not _ANY_SURROGATE.search(text):
        return text
    if not _LONE.search(text):  # only escaped bytes
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return _ANY_SURROGATE.sub("\ufffd", text)


# Dates a mail may claim that the store, ISO strings and date arithmetic (a year either way) can hold.
DATE_MIN = datetime(1970, 1, 1, tzinfo=timezone.utc)
DATE_MAX = datetime(9998, 12, 31, tzinfo=timezone.utc)


def storable_date(when: datetime) -> datetime:
    """An aware UTC datetime within [DATE_MIN, DATE_MAX] (naive means UTC); never raises on any datetime."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    try:
        when = when.astimezone(timezone.utc)
    except (OverflowError, ValueError):  # e.g. 31 Dec 9999 23:59:59 -2359 is in the year 10000 in UTC
        return DATE_MAX if when.year > 5000 else DATE_MIN
    return min(max(when, DATE_MIN), DATE_MAX)


def _strip_common(text: str) -> str:
    text = unsurrogate(text)
    text = ESCAPE.sub("", text)
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


# -- output: spreadsheets ---------------------------------------------------------------------

# A cell starting with one of these is read as a formula (or a DDE call) by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A CSV cell a spreadsheet shows as text: strings that would start a formula get a leading
    apostrophe (nothing is stripped: "\t=1+1" becomes "'\t=1+1"). Other values pass unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


# -- output: terminals, JSON --------------------------------------------------------------------

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u180e"), None)


def clean(text: str | None, *, keep_newlines: bool = False) -> str:
    """Printable text only: escape sequences and control characters removed, bidi overrides dropped.

    With keep_newlines, "\\n" survives (for multi-line notes); "\\r" never does, since it lets
    a line overwrite what came before it.
    """
    if not text:
        return ""
    text = ESCAPE.sub("", str(text))
    text = _BIDI.sub("", text).translate(_ZERO_WIDTH)
    out = []
    for ch in text:
        if ch == "\n":
            out.append(ch if keep_newlines else " ")
        elif ch == "\t":
            out.append(" ")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co"):
            continue
        else:
            out.append(ch)
    return "".join(out)


def one_line(text: str | None, limit: int | None = None) -> str:
    s = " ".join(clean(text).split())
    if limit and len(s) > limit:
        s = s[: limit - 1] + "…"
    return s


# What json.dumps(ensure_ascii=False) leaves raw but a terminal still acts on: DEL, the C1 controls
# (0x9b is CSI), bidi controls and line/paragraph separators.
_JSON_RAW = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def dumps(obj, **kwargs) -> str:
    """JSON with readable umlauts that is still safe on a terminal; json.loads gives back the exact data.

    Those characters can only occur inside JSON strings, where \\uXXXX means the same character.
    """
    text = json.dumps(obj, ensure_ascii=False, **kwargs)
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
