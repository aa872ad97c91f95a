"""The platforms' own default invitation sentences, the greeting they prepend, and `is_default_note`."""

from __future__ import annotations

import re
import unicodedata

# Each sentence with its source in /work/shared/research/mail-formats.md (section 1.8).
DEFAULT_NOTES: dict[str, tuple[str, ...]] = {
    "en": (
        "I'd like to join your LinkedIn network.",  # 2016-2020 [real] imapdigester, manuka-listener
        "I'd like to add you to my professional network on LinkedIn.",  # <=2013 [real] ompi-www 16605
        "I'd like to add you to my professional network.",  # shortened variant quoted by blogs [desc]
        "I'm still waiting for your response. Accept my invitation to connect on LinkedIn.",  # reminder [real-ish]
        "Accept my invitation to connect on LinkedIn.",  # second half of the reminder on its own [infer]
        "I'd like to connect with you on LinkedIn.",  # paraphrase of the 2016-2020 default [infer]
    ),
    "de": (
        "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",  # [desc] checked4you.de
        "Ich möchte Sie zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",  # without "gerne" [infer]
        "Ich möchte dich gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",  # du-form [infer]
        "Ich möchte dich zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",  # du-form [infer]
        "Ich möchte Ihrem LinkedIn-Netzwerk beitreten.",  # DE of "I'd like to join your LinkedIn network." [infer]
        "Ich möchte deinem LinkedIn-Netzwerk beitreten.",  # du-form of the line above [infer]
        "Ich möchte mich gerne mit Ihnen auf LinkedIn vernetzen.",  # paraphrase seen in corpora [infer]
        "Ich möchte mich gerne mit dir auf LinkedIn vernetzen.",  # du-form of the line above [infer]
    ),
    "it": (
        "Un contatto LinkedIn è in attesa della tua risposta.",  # [real-ish] public code ("e" without accent)
        "Un contatto LinkedIn e in attesa della tua risposta.",
        "Vorrei aggiungerti alla mia rete professionale su LinkedIn.",  # [infer]
    ),
    "fr": (
        "J'aimerais vous inviter à rejoindre mon réseau professionnel en ligne, sur le site LinkedIn.",  # [infer]
        "Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.",  # [infer]
    ),
}
# XING: no default sentence is known (section 2.1); basic members simply cannot add text since 2016.

# The platform greets the recipient by first name: "Hi Wan Hao," (real 2016/2020); "Hallo Jana," / "Ciao",
# "Bonjour" are the same template in other UI languages [infer]. Titles ("Frau", "Dr.") mean the *sender*
# wrote the greeting, so those stay in the note (they carry the Sie/du register the detector needs).
_NAME_WORD = r"(?!(?:frau|herr|dr|prof|mr|mrs|ms|there|all|everyone|zusammen|allerseits)\b)[^\W\d_][\w'\-]*"
_PLATFORM_GREETING = re.compile(
    rf"^\s*(?:hi|hello|hallo|ciao|bonjour|salut)[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
    r"(?:[ \t]*[,!][ \t]*|[ \t]*(?=\n|$))",
    re.I,
)
# Any greeting at all, for comparing against the defaults: "hallo jana", "Hi there!", "Dear Dr. Albrecht,".
_ANY_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear|hallo|liebe|lieber|moin|servus|guten\s+tag|sehr\s+geehrte[rs]?|ciao|salve"
    r"|gentile|bonjour|salut)\b[^,!:\n]{0,60}[,!:]*",
    re.I,
)
_SIGNATURE = re.compile(r"\n\s*[-–—]\s*[^\W\d_][^\n]{0,60}$")  # "- Chiok" under a 2011 default note
_QUOTES = str.maketrans({"‘": "'", "’": "'", "ʼ": "'", "´": "'", "`": "'", "“": '"', "”": '"', "„": '"',
                         "«": '"', "»": '"', "‚": "'", "‹": "'", "›": "'"})
_NOT_WORD = re.compile(r"[^\w']+")


def split_greeting(text: str) -> tuple[str, str]:
    """("Wan Hao", rest) when `text` opens with the platform's first-name greeting, else ("", text)."""
    match = _PLATFORM_GREETING.match(text or "")
    if not match:
        return "", text or ""
    return match.group("name"), text[match.end():].lstrip()


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(_NOT_WORD.sub(" ", text).split())


_KNOWN = frozenset(_normalise(s) for sentences in DEFAULT_NOTES.values() for s in sentences)


def is_default_note(text: str) -> bool:
    """True when `text` is only a platform default sentence (greeting, signature, case, quotes ignored)."""
    if not text or not text.strip():
        return False
    body = _ANY_GREETING.sub("", text.strip(), count=1).lstrip()
    body = _SIGNATURE.sub("", body)
    normalised = _normalise(body)
    if normalised in _KNOWN:
        return True
    # The 2011 default came as "<First>,\n<sentence>\n- <Name>": drop a bare leading name line too.
    first, _, rest = body.partition("\n")
    return bool(rest) and len(first) <= 40 and first.rstrip().endswith(",") and _normalise(rest) in _KNOWN
