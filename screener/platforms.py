"""LinkedIn and XING facts in one place: names, mail domains, request pages, default invitation sentences.

Each default sentence carries its source in research/mail-formats.md (section 1.8) as a comment:
[real] seen in a real mail, [desc] described by a third party, [infer] our inference.
"""

from __future__ import annotations

import re
import unicodedata

DISPLAY_NAMES: dict[str, str] = {"linkedin": "LinkedIn", "xing": "XING"}
# The domains their notification mails come from (the IMAP search asks for these senders).
MAIL_DOMAINS: tuple[str, ...] = ("linkedin.com", "xing.com")
# Where the user answers a request: a page of the platform, never a link taken from a mail.
REQUEST_PAGES: dict[str, str] = {
    "linkedin": "https://www.linkedin.com/mynetwork/invitation-manager/",
    "xing": "https://www.xing.com/contacts/requests",
}


def display_name(platform: str | None, fallback: str = "") -> str:
    """"LinkedIn" for "linkedin"; an unknown platform as given (or `fallback` when empty)."""
    return DISPLAY_NAMES.get(platform or "", platform or fallback)


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
