"""Normalise a note for comparison: fold case and umlauts, mask names, URLs, numbers, greetings."""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable
from functools import lru_cache

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "’": "'", "‘": "'", "`": "'", "´": "'"})
_URL = re.compile(r"(https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_MERGE = re.compile(
    r"\{\{[^{}]{0,40}\}\}|\{[A-Za-z_ ]{1,30}\}|\[[A-Za-zÄÖÜäöü_ ]{1,30}\]|%[A-Z_]{2,30}%|<[A-Za-zÄÖÜäöü_ ]{2,30}>"
)
_NUM = re.compile(r"\d+([.,:/]\d+)*")
_NONWORD = re.compile(r"[^a-z0-9' ]+")
_SPACES = re.compile(r"\s+")
_SENT_SPLIT = re.compile(r"(?<=[.!?…])\s+|\n+|(?<=[.!?])(?=[A-ZÄÖÜ])")

GREETING = re.compile(
    r"^\s*(hi|hey|hello|hallo|dear|liebe[rs]?|moin|servus|guten (tag|morgen|abend)|good (morning|afternoon|evening)|"
    r"sehr geehrte[rn]?( frau| herr| damen und herren)?|hej|hallöchen|gruezi|grüezi|grüß gott|hola|buenos d[ií]as|"
    r"buenas|bon dia|bonjour|salut|ciao|buongiorno|salve|ol[áa]|oi|bom dia|hoi|beste|goedemiddag|cze[śs][ćc]|"
    r"dzie[ńn] dobry|witam|zdravo|bok|ahoj|szia|merhaba|hei)\b[^,.!\n]{0,40}[,.!\n]?",
    re.IGNORECASE,
)
SIGNOFF = re.compile(
    r"(\n|^|[.!]\s*)\s*(best( regards| wishes)?|kind regards|regards|cheers|thanks|thank you|many thanks|"
    r"(mit )?(freundlichen|besten|herzlichen|lieben|vielen|sonnigen) gr(ü|ue)(ß|ss)en|viele gr(ü|ue)(ß|ss)e|"
    r"beste gr(ü|ue)(ß|ss)e|liebe gr(ü|ue)(ß|ss)e|lg|vg|mfg|gruss|gruß|bg|br|(un )?saludos?|cordialement|"
    r"(cordiali )?saluti|atentamente|abra[çc]os?|met vriendelijke groet|groetjes|pozdrawiam|s pozdravom|"
    r"lijep pozdrav)\b[,!.]?[^\n.!?]{0,50}$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case, umlauts spelled out (ä -> ae), accents dropped, typographic quotes plain.
    (Cached: a note, its sentences and names are folded several times while it is judged.)"""
    text = text.lower().translate(_FOLD)
    if text.isascii():  # the common case: nothing left to decompose
        return text
    return _NON_ASCII.sub(_drop_combining, unicodedata.normalize("NFKD", text))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")  # only these can be combining marks


def _drop_combining(m: re.Match[str]) -> str:
    return "" if unicodedata.combining(m.group()) else m.group()


def name_tokens(names: Iterable[str]) -> frozenset[str]:
    """Folded name parts worth masking (skips titles and one-letter initials)."""
    return _name_tokens(tuple(names))


@lru_cache(maxsize=256)
def _name_tokens(names: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for name in names:
        for part in re.split(r"[\s,.\-]+", fold(name or "")):
            if len(part) >= 2 and part not in {"dr", "prof", "von", "van", "de", "der", "mba", "phd", "ing", "dipl"}:
                out.add(part)
    return frozenset(out)


def strip_frame(text: str) -> str:
    """Drop the greeting line and the sign-off: they carry names, not content."""
    text = text.strip()
    text = GREETING.sub("", text, count=1).strip()
    for _ in range(2):
        text = SIGNOFF.sub("", text).strip()
    return text


def normalise(text: str, names: Iterable[str] = ()) -> str:
    """The comparable core of a note: no greeting, sign-off, names, URLs, numbers, emoji, case."""
    text = strip_frame(text)
    text = _URL.sub(" url ", text)
    text = _EMAIL.sub(" email ", text)
    text = _MERGE.sub(" name ", text)
    text = _NUM.sub(" num ", fold(text))
    text = _NONWORD.sub(" ", text)
    masked = name_tokens(names)
    words = ["name" if w in masked else w for w in text.split()]
    return _SPACES.sub(" ", " ".join(words)).strip()


def sentences(text: str) -> list[str]:
    """Split a note into sentences (good enough for 300-character notes)."""
    parts = [p.strip() for p in _SENT_SPLIT.split(text) if p and p.strip()]
    return [p for p in parts if len(p) > 1]


def shingles(norm: str, k: int = 3) -> set[int]:
    """Stable hashes of the word k-grams of a normalised text (whole text when shorter)."""
    words = norm.split()
    if len(words) < k:
        return {zlib.crc32(norm.encode())} if norm else set()
    return {zlib.crc32(" ".join(words[i : i + k]).encode()) for i in range(len(words) - k + 1)}
