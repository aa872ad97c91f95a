"""LinkedIn and XING facts in one place: names, mail domains, request pages, default invitation sentences.

The default sentences are guide data (guide/defaults/<platform>.<language>.txt, each with its source:
[real] seen in a real mail, [desc] described by a third party, [infer] our inference); the ones
screener ships are read from the packaged default guide.
"""

from __future__ import annotations

import re
import unicodedata
from importlib import resources

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


def shipped_defaults() -> dict[str, tuple[str, ...]]:
    """language -> the default sentences screener ships (every platform), read from the default guide's
    defaults/<platform>.<language>.txt (one sentence a line, # comments; the source of each sentence is
    noted there). A user's guide folder can add more; the detector uses the guide's."""
    out: dict[str, list[str]] = {}
    folder = resources.files("screener").joinpath("data/guide/defaults")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        parts = entry.name.split(".")
        if len(parts) != 3 or parts[2] != "txt":
            continue
        for line in entry.read_text(encoding="utf-8").splitlines():
            line = " ".join(line.split())
            if line and not line.startswith("#"):
                out.setdefault(parts[1], []).append(line)
    return {lang: tuple(sents) for lang, sents in out.items()}


DEFAULT_NOTES: dict[str, tuple[str, ...]] = shipped_defaults()
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
