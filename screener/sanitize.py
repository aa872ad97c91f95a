"""Make strangers' text harmless before it reaches a terminal: no escapes, no bidi tricks, no markup."""

from __future__ import annotations

import json
import re
import unicodedata

# ESC-introduced sequences (CSI, OSC, DCS, ...), then any remaining C0/C1 control character.
_ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)?|[P^_][^\x1b]*(\x1b\\)?|.)?|\x9b[0-?]*[ -/]*[@-~]")
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"), None)
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u180e"), None)


def clean(text: str | None, *, keep_newlines: bool = False) -> str:
    """Printable text only: escape sequences and control characters removed, bidi overrides dropped.

    With keep_newlines, "\\n" survives (for multi-line notes); "\\r" never does, since it lets
    a line overwrite what came before it.
    """
    if not text:
        return ""
    text = _ANSI.sub("", str(text))
    text = text.translate(_BIDI).translate(_ZERO_WIDTH)
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
