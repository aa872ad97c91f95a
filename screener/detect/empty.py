"""Is a note empty? No text of the sender's own: nothing, a greeting, a signature, or a platform default sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from screener.detect.textnorm import fold, strip_frame
from screener.platforms import DEFAULT_NOTES, is_default_note

GREETING_ONLY = re.compile(
    r"^\s*(?:hi|hey|hello|hallo|dear|liebe[rs]?|moin|servus|guten tag|sehr geehrte[rn]?)\b[^,!\n]{0,40}[,!\n]\s*",
    re.IGNORECASE,
)
_LEAD_NAME = re.compile(r"^\s*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?\s*[,!]\s*")


_SIG_WORD = re.compile(r"^(?:[A-ZÄÖÜ][\w'’.-]*|(?i:lg|vg|mfg|bg|br|cheers|thx|danke|gruß|gruss|best))[.,!]?$")
_NOT_A_NAME = frozenset("lets let's thanks danke hello hallo hi hey connect vernetzen gerne gern bitte please".split())


_SIGNOFF_START = re.compile(
    r"(?:mit )?(?:freundlichen|besten|herzlichen|lieben|vielen|viele|beste|liebe|sonnige) gr(?:ü|ue)(?:ß|ss)(?:en|e)\b|"
    r"(?:best|kind|warm)(?: regards| wishes)?\b|regards\b|cheers\b",
    re.IGNORECASE,
)


def _only_signature(text: str) -> bool:
    """True for what is left after a default sentence when it is just a name or 'LG'."""
    words = text.replace("–", " ").replace("—", " ").replace("-", " ").split()
    return len(words) <= 3 and all(_SIG_WORD.match(w) and fold(w).strip(".,!") not in _NOT_A_NAME for w in words)


def strip_default(note: str) -> str:
    """The note without the platform's default sentence, greeting-only and signature-only text.

    Returns "" when nothing of the sender's own is left (the request counts as empty).
    """
    if not note or is_default_note(note) or is_default_note(_LEAD_NAME.sub("", note, count=1)):
        return ""
    body = _LEAD_NAME.sub("", GREETING_ONLY.sub("", note, count=1), count=1)
    core = strip_frame(body).strip(" .,!-–—")
    if not core or _only_signature(core) or (_SIGNOFF_START.match(core) and len(core.split()) <= 6):
        return ""  # a greeting or a signature and nothing else
    folded = " ".join(fold(core).split())
    for prefix in _default_prefixes():
        if folded.startswith(prefix):
            # drop as many words as the default sentence has (folding changes lengths, not words)
            rest = " ".join(core.split()[len(prefix.split()):]).lstrip(" .,;:!–—-")
            return "" if not rest or _only_signature(rest) else rest
    plain = re.sub(r"[^\w' ]+", "", folded)
    if process.extractOne(plain, _default_prefixes_plain(), scorer=fuzz.ratio, score_cutoff=92) is not None:
        return ""  # a reworded default sentence
    return note


@lru_cache(maxsize=1)
def _default_prefixes_plain() -> tuple[str, ...]:
    return tuple(re.sub(r"[^\w' ]+", "", p) for p in _default_prefixes())


@lru_cache(maxsize=1)
def _default_prefixes() -> tuple[str, ...]:
    """Folded default sentences without their final full stop, longest first."""
    out = {fold(s).rstrip(".").strip() for sents in DEFAULT_NOTES.values() for s in sents}
    out |= {p.replace(" gerne ", " gern ") for p in out}
    out |= {p.replace(" auf linkedin", "") for p in out}
    return tuple(sorted(out, key=len, reverse=True))
