"""What a note shows whatever its language: links, numbers and money, named events, people, quoted
titles, the greeting's name. Pure functions of the note (and the request's names); the detector
turns them into signals.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from screener.detect.textnorm import fold, sentences

# -- commercial structure, language-independent -------------------------------------------------------
_LINK = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.]+\b|"
    r"\b[a-z0-9][a-z0-9-]{1,40}\.(?:com|net|org|io|ai|co|app|shop|store|link|ly|me|biz|info|eu|de|at|ch|es|fr|it|nl|pl|pt|uk)(?:/\S*)?\b|"
    r"(?:\+|\b00)\d{2}[\s\d/()-]{7,}\d|\b(?:calendly|wa\.me|t\.me|linktr\.ee|bit\.ly|tinyurl)\b",
    re.IGNORECASE,
)
_NUMBERS = re.compile(
    r"\d+(?:[.,]\d+)?\s?%|"  # 30 %, 12,5%
    r"[$€£¥]\s?\d|\d\s?(?:[$€£¥]|k€|eur\b|usd\b|chf\b|gbp\b|pln\b)|"  # money
    r"\b\d+(?:[.,]\d+)?\s?(?:k|m|mio|mrd|bn|million|millionen|billion|milliarden|millones|millions|milioni)\b|"
    r"\b\d+(?:[.,]\d+)?x\b|\bx\d+\b|\b\d{1,3}(?:[.,]\d{3}){1,3}\b",  # 3x, 10.000 / 25,000
    re.IGNORECASE,
)
_PROMO_EMOJI = re.compile("[\U0001F680\U0001F4B0\U0001F4B8\U0001F4C8\U0001F4CA\U0001F525\U0001F4AF\U0001F449\u2705\u27A1\U0001F4DE\U0001F4C5\U0001F381\U0001F48E\u26A1\U0001F3AF]")


def link(note: str) -> str:
    """A link, an e-mail address, a phone number or a booking service in the note ('' when none)."""
    m = _LINK.search(note)
    return m.group(0) if m else ""


def numbers(note: str) -> str:
    """A percentage, an amount of money, a multiplier or a big figure ('' when none)."""
    m = _NUMBERS.search(note)
    return m.group(0) if m else ""


def promo_emoji(note: str) -> int:
    """How many marketing emoji (rocket, money bag, chart, pointing hand, check mark ...) the note has."""
    return len(_PROMO_EMOJI.findall(note))


# -- what names something: events, people, titles ----------------------------------------------------
_EVENT_WORDS = (
    r"(Conference|Konferenz|Summit|Meetup|Meet-up|Tagung|Messe|Forum|Kongress|Congress|Festival|Barcamp|"
    r"BarCamp|Days|Day|Week|Woche|Camp|Con|Expo|Fair|Symposium|Stammtisch|Hackathon|Jahrestagung|Fachtagung|"
    r"Convention|Workshop|Academy|Akademie|Session|Sessions|Gipfel|Tage|Tag|Night|Roundtable|Lab|Talks|"
    r"Congreso|Jornada|Jornadas|Conferencia|Feria|Encuentro|Congrès|Colloque|Salon|Rencontres|Convegno|"
    r"Congresso|Fiera|Congres|Beurs|Konferencja|Kongres|Targi)"
)
_CAP = r"A-ZÄÖÜÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ"
_EVENT = re.compile(
    rf"\b([{_CAP}][\w&.-]+(?:\s+[{_CAP}0-9][\w&.-]*){{0,4}})[ -]{_EVENT_WORDS}\b|"
    rf"\b{_EVENT_WORDS}\s+(?:in|im|of|der|des|de|del|di|van|w)\s+[{_CAP}]\w+|"
    rf"\b[{_CAP}][A-Za-zÄÖÜäöü]*[{_CAP}][\w-]*\s?'?(?:20\d\d|\d\d)\b"
)
_NAME_PAIR = re.compile(r"\b(?=([A-ZÄÖÜ][a-zäöüßáéíóúàèìòùçñãõł]+)\s+([A-ZÄÖÜ][a-zäöüßáéíóúàèìòùçñãõł]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b)")
_NAME_AFTER = re.compile(
    r"\b(?:with|from|and|by|via|mit|von|und|bei|über|ueber|like|wie|con|avec|par|com|met|z|por|da|de)\s+"
    r"([A-ZÄÖÜ][a-zäöüßáéíóúàèìòùçñãõł]+)\b"
)
_FROM_GROUP = re.compile(
    r"\b[A-ZÄÖÜ][a-zäöüß]+,? (?:vom|von der|aus dem|aus der|aus deinem|aus deiner|aus Ihrem|aus Ihrer|"
    r"aus eurem|from the|from your|from our)\s"
)
QUOTE = re.compile(r"(?<!\w)[„“\"«»‚'][^„“\"«»]{6,80}[“”\"«»‘'](?!\w)")
GREETING_NAME = re.compile(
    r"^\s*(?:hi|hey|hello|hallo|dear|liebe[rs]?|moin|servus|guten tag|sehr geehrte[rn]?|hola|bonjour|salut|"
    r"ciao|buongiorno|ol[áa]|oi|hoi|beste|cze[śs][ćc]|dzie[ńn] dobry|bon dia)\s+"
    r"(?:(?:frau|herr|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?|sr\.?|sra\.?|mme|m\.|pan|pani)\s+)*([A-ZÄÖÜ][\w-]+)",
    re.IGNORECASE,
)
_NOT_SOMEONE = frozenset({"there", "all", "zusammen", "team", "everyone", "friend", "ihr", "du", "sie", "todos",
                          "tous", "tutti", "allemaal", "wszystkim"})


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    text = resources.files("screener").joinpath("data/first_names.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def wrong_name(note: str, my_tokens: set[str], recipient_name: str) -> str:
    """The first name in the greeting when it is a known first name and not the recipient's ('' else)."""
    m = GREETING_NAME.match(note)
    if not m:
        return ""
    word = m.group(1)
    f = fold(word)
    if f in my_tokens or f in _NOT_SOMEONE:
        return ""
    if recipient_name and f in {fold(t) for t in recipient_name.split()}:
        return ""
    return word if f in first_names() else ""


def third_person(note: str, sender_name: str, my_tokens: set[str]) -> str:
    """A named person other than sender and recipient: "Thomas Berger", "Anna from the BVL group"."""
    own = {fold(t) for t in sender_name.split()} | my_tokens
    names = first_names()
    body = note
    gm = GREETING_NAME.match(note)
    if gm:
        body = note[gm.end():]
    for m in _NAME_PAIR.finditer(body):
        first, last = fold(m.group(1)), fold(m.group(2))
        if first in names and first not in own and last not in own:
            return f"{m.group(1)} {m.group(2)}"
    m = _FROM_GROUP.search(body)
    if m and fold(m.group(0).split()[0].strip(",")) not in own:
        return m.group(0).strip()
    for m in _NAME_AFTER.finditer(body):
        f = fold(m.group(1))
        if f in names and f not in own:
            return m.group(1)
    return ""


def event(note: str, sender_name: str) -> str:
    """A named event ("LogiMAT 2025", "Jornadas de Enfermería in Graz"); '' when none."""
    for m in _EVENT.finditer(note):
        span = m.group(0)
        if re.match(r"(?i)guten tag|good day", span):
            continue
        if any(fold(t) in fold(span) for t in sender_name.split() if len(t) > 2):
            continue
        return span.strip()
    return ""


# -- a shared past: past tense, the two of them, and an anchor (a year, a place, a named occasion) ------
_YEAR = re.compile(r"(?<![\d.,/-])(19[5-9]\d|20[0-4]\d)(?![\d.,/-]\d)")
_PAST = re.compile(
    r"\b(we|you|i|wir|sie|du|ich)\b[^.!?]{0,30}\b(met|were|was|had|did|worked|studied|shared|sat|rotated|spoke|"
    r"talked|played|trained|went|stood|used to|taught|treated|represented|organi[sz]ed|waren|war|warst|hatten|"
    r"hattest|haben|habt|hast|sassen|sass|gearbeitet|studiert|getroffen|gesehen|gesprochen|kennengelernt|"
    r"unterrichtet|betreut|vertreten|verhandelt|organisiert|begleitet)\b",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"\b(?:in|at|im|bei|auf|nach|aus|from|vom|beim|zum|zur|am|an der|an dem)\s+(?:der |dem |den |the )?"
    r"((?!(?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|XING|Xing|LinkedIn|Linkedin|I)\b)[A-ZÄÖÜ][\w-]{2,})"
)
_PLATFORMS = frozenset({"xing", "linkedin"})


def past_year(note: str, this_year: int) -> str:
    """A year before the note's own ("in 2014", "seit 2019"); '' when none."""
    for m in _YEAR.finditer(note):
        if int(m.group(1)) < this_year:
            return m.group(1)
    return ""


def shared_past(note: str, this_year: int) -> str:
    """A sentence in the past tense about the two of them with an anchor: a year, a place or a named
    occasion ("we rotated together in Göttingen in 2014", "Sie haben mich 2021 ... vertreten")."""
    for s in sentences(note):
        if not _PAST.search(s):
            continue
        if past_year(s, this_year) or _PLACE.search(s) or _EVENT.search(s):
            return s
    return ""
