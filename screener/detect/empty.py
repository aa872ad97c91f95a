"""Is a note empty? No text of the sender's own: nothing, a greeting, a signature, or a platform default sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from screener.detect.textnorm import fold, strip_frame
from screener.platforms import DEFAULT_NOTES, is_default_note

GREETING_ONLY = re.compile(
    r"^\s*(?:hi|hey|hello|hallo|dear|liebe[rs]?|moin|servus|guten tag|sehr geehrte[rn]?|hola|buenos d[ií]as|"
    r"buenas|bon dia|bonjour|salut|ciao|buongiorno|salve|ol[áa]|oi|bom dia|hoi|beste|goedemiddag|"
    r"cze[śs][ćc]|dzie[ńn] dobry|witam|zdravo|bok|pozdrav|ahoj|dobr[ýy] den|szia|sziasztok|merhaba|selam|hej|hei)"
    r"\b[^,!\n]{0,40}[,!\n]\s*",
    re.IGNORECASE,
)
_LEAD_NAME = re.compile(r"^\s*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?\s*[,!]\s*")


_SIG_WORD = re.compile(r"^(?:[A-ZÄÖÜ][\w'’.-]*|(?i:lg|vg|mfg|bg|br|cheers|thx|danke|gruß|gruss|best|saludos|"
                       r"gracias|merci|grazie|obrigad[oa]|groetjes|groet|pozdrawiam|pozdrav|abrazo|besos|bises))[.,!]?$")
_NOT_A_NAME = frozenset("lets let's thanks danke hello hallo hi hey connect vernetzen gerne gern bitte please".split())


_SIGNOFF_START = re.compile(
    r"(?:mit )?(?:freundlichen|besten|herzlichen|lieben|vielen|viele|beste|liebe|sonnige) gr(?:ü|ue)(?:ß|ss)(?:en|e)\b|"
    r"(?:best|kind|warm)(?: regards| wishes)?\b|regards\b|cheers\b|(?:un )?saludos?\b|cordialement\b|"
    r"(?:cordiali )?saluti\b|atentamente\b|abra[çc]os?\b|met vriendelijke groet\b|pozdrawiam\b|"
    r"s pozdravom\b|lijep pozdrav\b|[üu]dv[öo]zlettel\b|saygılarımla\b",
    re.IGNORECASE,
)


def _only_signature(text: str) -> bool:
    """True for what is left after a default sentence when it is just a name or 'LG'."""
    words = text.replace("–", " ").replace("—", " ").replace("-", " ").split()
    return len(words) <= 3 and all(_SIG_WORD.match(w) and fold(w).strip(".,!") not in _NOT_A_NAME for w in words)


def strip_default(note: str, defaults: tuple[tuple[str, str, str], ...] = ()) -> str:
    """The note without the platform's default sentence, greeting-only and signature-only text.

    `defaults` are the guide's (platform, language, sentence) triples (guide/defaults/); without them
    the sentences screener ships. Returns "" when nothing of the sender's own is left (the request
    counts as empty).
    """
    if not note:
        return ""
    if is_default_note(note) or is_default_note(_LEAD_NAME.sub("", note, count=1)):
        return ""
    if not _WORDS.search(note):
        return ""  # emoji, punctuation, nothing a person wrote in words
    body = _LEAD_NAME.sub("", GREETING_ONLY.sub("", note, count=1), count=1)
    core = strip_frame(body).strip(" .,!-–—")
    if not core or _only_signature(core) or (_SIGNOFF_START.match(core) and len(core.split()) <= 6):
        return ""  # a greeting or a signature and nothing else
    folded = " ".join(fold(core).split())
    prefixes, plain_prefixes = _prefixes(defaults)
    for prefix in prefixes:
        if folded.startswith(prefix):
            # drop as many words as the default sentence has (folding changes lengths, not words)
            rest = " ".join(core.split()[len(prefix.split()):]).lstrip(" .,;:!–—-")
            return "" if not rest or _only_signature(rest) else rest
    plain = re.sub(r"[^\w' ]+", "", folded)
    if process.extractOne(plain, plain_prefixes, scorer=fuzz.ratio, score_cutoff=92) is not None:
        return ""  # a reworded default sentence
    return note


_WORDS = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=64)
def _prefixes(defaults: tuple[tuple[str, str, str], ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Folded default sentences without their final full stop, longest first, and the same without
    punctuation; every platform's (a default sentence is no text of the sender's own, whichever
    platform's mail it comes in)."""
    sents = [s for _p, _lang, s in defaults] if defaults else [s for ss in DEFAULT_NOTES.values() for s in ss]
    out = {fold(s).rstrip(".").strip() for s in sents}
    out |= {p.replace(" gerne ", " gern ") for p in out}
    out |= {p.replace(" auf linkedin", "").replace(" on linkedin", "") for p in out}
    out = {p for p in out if p}
    ordered = tuple(sorted(out, key=len, reverse=True))
    return ordered, tuple(re.sub(r"[^\w' ]+", "", p) for p in ordered)
