"""The greeting a platform prepends to a note ("Hi Wan Hao,"): split_greeting. The default sentences are in platforms."""

from __future__ import annotations

import re

# The platform greets the recipient by first name: "Hi Wan Hao," (real 2016/2020); "Hallo Jana," / "Ciao",
# "Bonjour" are the same template in other UI languages [infer]. Titles ("Frau", "Dr.") mean the *sender*
# wrote the greeting, so those stay in the note (they carry the Sie/du register the detector needs).
_NAME_WORD = r"(?!(?:frau|herr|dr|prof|mr|mrs|ms|there|all|everyone|zusammen|allerseits)\b)[^\W\d_][\w'\-]*"
_PLATFORM_GREETING = re.compile(
    rf"^\s*(?:hi|hello|hallo|ciao|bonjour|salut)[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
    r"(?:[ \t]*[,!][ \t]*|[ \t]*(?=\n|$))",
    re.I,
)


def split_greeting(text: str) -> tuple[str, str]:
    """("Wan Hao", rest) when `text` opens with the platform's first-name greeting, else ("", text)."""
    match = _PLATFORM_GREETING.match(text or "")
    if not match:
        return "", text or ""
    return match.group("name"), text[match.end():].lstrip()
