"""Language and register (Sie/du) of a short note.

The language: German and English by their function words when these leave no doubt (most notes, and
the cheapest test), every other case by lingua (lingua-language-detector, its models ship in its
wheel), built once per process for the languages in DETECTED, in its low-accuracy mode (~0.1 ms a
note). A note too short to tell takes the caller's fallback.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[a-zäöüß']+", re.IGNORECASE)

# Function words only: they appear in every note whatever its topic.
_DE = set(
    """und ich sie ihr ihre ihnen ihrem ihren du dich dir dein deine deinem deinen deiner wir uns unser
    mit auf für fur ist bin sind habe haben hat hatte würde würden wurde gerne gern sehr nicht auch
    noch schon aber oder wenn dass weil mich mein meine meinem meinen meiner einen einem einer eine ein
    der die das dem den des zu zum zur im am vom beim bei über uber nach aus von wie was wo warum
    hallo liebe lieber guten tag grüße gruesse grüßen viele beste freundliche herzliche sehr geehrte
    geehrter mal doch ja nein kennen kennengelernt vernetzen netzwerk kontakt freue freuen würde
    danke vielen dank beim letzte letzten letzter gestern heute morgen woche""".split()
)
_EN = set(
    """and i you your yours we us our with on for is am are have has had would could should will
    very not also still already but or if that because me my mine an a the of to in at from by about
    after how what where why hi hello dear thanks thank best regards kind looking forward love like
    connect network meet met great it this there their they be been was were do did just really
    would love glad happy see saw came across""".split()
)
_DU = re.compile(
    r"\b(du|dich|dir|dein|deine|deinem|deinen|deiner|deines|euch|euer|eure|eurer|eurem|euren|hast du|bist du|kannst du)\b",
    re.IGNORECASE,
)
_SIE = re.compile(r"(?<![.!?]\s)(?<!^)\b(Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)\b")
_SIE_ANY = re.compile(r"\b(Sie|Ihnen|Ihre|Ihrem|Ihren|Ihrer|Ihres)\b")
_FORMAL_GREETING = re.compile(r"\b(sehr geehrte[rn]?|guten tag|mit freundlichen grüßen|mfg)\b", re.IGNORECASE)
_INFORMAL_GREETING = re.compile(r"^\s*(hallo|hi|hey|huhu|moin|servus|liebe[r]?|na)\b", re.IGNORECASE)


# ISO 639-1 codes lingua tells apart here: the languages of Europe's business networks. Each one more
# costs a little on every note that is not clearly German or English; one not in the list is read as
# its closest neighbour (and gets the language-independent judgement and English drafts all the same).
DETECTED = (
    "de", "en", "es", "ca", "fr", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "hu", "ro", "tr",
    "sv", "da", "nb", "fi", "el", "ru", "uk", "bg",
)
_ANY_WORD = re.compile(r"[^\W\d_]{2,}")
_NOISE = re.compile(r"(https?://|www\.)\S+|\S+@\S+|[@#]\w+", re.IGNORECASE)


def detect_language(text: str, fallback: str = "de") -> str:
    """The note's language as an ISO 639-1 code ('de', 'en', 'es', ...); `fallback` when it is too short."""
    return _detect(text, fallback)


@lru_cache(maxsize=8192)
def _detect(text: str, fallback: str) -> str:
    text = _NOISE.sub(" ", text)
    words = [w.lower() for w in _ANY_WORD.findall(text)]
    if not words:
        return fallback
    de = sum(1 for w in words if w in _DE) + 2 * len(re.findall(r"[äöüß]", text.lower()))
    en = sum(1 for w in words if w in _EN)
    # clearly German or English: most function words are one of the two, and one of them by far
    if max(de, en) >= 3 and max(de, en) >= 0.3 * len(words) and max(de, en) >= 2 * min(de, en) + 2:
        return "de" if de > en else "en"
    if len(words) <= 4 and min(de, en) == 0 and max(de, en) >= 1:  # "Hallo Herr Brandstetter,"
        return "de" if de > en else "en"
    if len(words) < 3 and len("".join(words)) < 12:
        return fallback if de == en else ("de" if de > en else "en")
    found = _lingua().detect_language_of(text)
    if found is None:
        return fallback if de == en else ("de" if de > en else "en")
    return found.iso_code_639_1.name.lower()


# Letters that belong to one language's spelling (in a name or headline): a hint, when nothing else is.
_LETTERS = (("ñ", "es"), ("ł", "pl"), ("ś", "pl"), ("ż", "pl"), ("ź", "pl"), ("ą", "pl"), ("ę", "pl"),
            ("ř", "cs"), ("ů", "cs"), ("ě", "cs"), ("ő", "hu"), ("ű", "hu"), ("ş", "tr"), ("ğ", "tr"),
            ("ı", "tr"), ("ã", "pt"), ("õ", "pt"), ("ß", "de"), ("ä", "de"), ("ö", "de"), ("ü", "de"),
            ("đ", "hr"), ("ț", "ro"), ("ș", "ro"), ("ă", "ro"), ("ø", "nb"), ("å", "sv"))


def guess_language(headline: str, name: str, fallback: str) -> str:
    """The language of a request without a note: its headline when it is clearly German or English
    (job titles are mostly English whatever the sender speaks, so nothing less counts), else letters
    of one language's spelling in the name or headline ("Peña", "Łukasz"), else `fallback`
    (the platform's or the guide's language)."""
    words = [w.lower() for w in _ANY_WORD.findall(headline or "")]
    de = sum(1 for w in words if w in _DE) + 2 * len(re.findall(r"[äöüß]", (headline or "").lower()))
    en = sum(1 for w in words if w in _EN)
    if max(de, en) >= 2 and min(de, en) == 0:
        return "de" if de else "en"
    text = f"{name} {headline}".lower()
    for letter, lang in _LETTERS:
        if letter in text:
            return lang
    return fallback


@lru_cache(maxsize=1)
def _lingua():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in DETECTED]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


_TITLE_ADDRESS = re.compile(r"\b(frau|herr|herrn|dr\.|prof\.)\s+[A-ZÄÖÜ]", re.IGNORECASE)


def detect_register(text: str, language: str, first_names: tuple[str, ...] | list[str] = ()) -> str | None:
    """'du' or 'sie' for German, None for English. Unclear German defaults to the polite 'sie'.

    Pronouns decide first. Without them: "Frau/Herr <Name>" means Sie; the recipient's
    first name, or an informal greeting, means du.
    """
    if language != "de":
        return None
    du = len(_DU.findall(text))
    sie = len(_SIE.findall(text))
    if du == 0 and sie == 0:
        sie = len(_SIE_ANY.findall(text))
    if _FORMAL_GREETING.search(text):
        sie += 1
    if du > sie:
        return "du"
    if sie > du:
        return "sie"
    if _TITLE_ADDRESS.search(text):
        return "sie"
    if first_names and re.search(r"\b(" + "|".join(re.escape(n) for n in first_names if n) + r")\b", text):
        return "du"
    if _INFORMAL_GREETING.search(text):
        return "du"
    return "sie"


def _fold(word: str) -> str:
    return word.translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))


# Function words in folded spelling (ä -> ae), for telling content words from glue.
STOPWORDS = frozenset(
    _fold(w)
    for w in _DE
    | _EN
    | set(
        """der die das ein eine einer eines einem einen ich du er sie es wir ihr mich dich sich uns euch mir dir
        ihm ihn ihnen ihre ihren ihrem ihrer ihres dein deine deinen deinem deiner deines mein meine meinen meinem
        meiner meines unser unsere unseren unserem sein seine seinen seinem war waren bin bist ist sind sei seid
        wäre wären hab habe hast hat haben hatte hatten hätte hätten kann kannst können könnte könnten muss
        müssen soll sollte will wollte wollen möchte möchten mag dann denn doch noch nur schon sehr so auch gern
        gerne mal hier dort da jetzt heute immer wieder etwas was wer wie wo wann warum weil dass ob als um bis
        durch gegen ohne unter vor hinter neben zwischen seit während wegen trotz ganz gut viel viele mehr
        einfach natürlich vielleicht eigentlich gerade bereits diese dieser dieses diesen diesem jede jeder
        jedes alle allen man kein keine keinen nichts oder aber sondern also zwar sowie bzw usw ca etc
        the a an of to in on at by for with from about as into onto over under than then there here this that
        these those it its i you he she we they me him her us them my your his our their mine yours ours theirs
        am is are was were be been being have has had having do does did doing will would shall should can could
        may might must not no nor so too very just also only even still yet all any some each every both few
        more most other such own same what which who whom whose when where why how if because while though
        although until since after before again further once ok okay yes hey hi hello dear thanks thank please
        name num url email""".split()
    )
)
