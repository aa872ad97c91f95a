"""Language (de/en) and register (Sie/du) of a short note, from function words alone."""

from __future__ import annotations

import re

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


def detect_language(text: str, fallback: str = "de") -> str:
    """'de' or 'en'. Umlauts and German function words vote for de, English ones for en."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return fallback
    de = sum(1 for w in words if w in _DE) + 2 * len(re.findall(r"[äöüß]", text.lower()))
    en = sum(1 for w in words if w in _EN)
    if de == en:
        return fallback
    return "de" if de > en else "en"


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
