"""The guide as data: its files, placeholders, languages and registers, and the frozen Guide they load into."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from screener.errors import ScreenerError

ACTIONS: tuple[str, ...] = ("accept", "ask", "follow")
# The languages every guide has; a guide may add more (replies/<action>.<code>.txt for all three actions,
# contact-guide.<code>.md): drafts then use them for notes in that language, English otherwise.
LANGUAGES: tuple[str, ...] = ("de", "en")
# English has no Sie/du distinction, so its templates carry no register.
REGISTERS: dict[str, tuple[str | None, ...]] = {"de": ("sie", "du"), "en": (None,)}

# The only names a reply template may use. Everything else is an error, so a typo
# in a template is caught by `lint_guide` instead of showing up in a sent reply.
REPLY_PLACEHOLDERS: frozenset[str] = frozenset(
    {"first_name", "name", "my_name", "my_first_name", "guide_url", "platform"}
)
# The public contact guide speaks about the guide's owner only.
GUIDE_PLACEHOLDERS: frozenset[str] = frozenset({"name", "my_name", "my_first_name", "guide_url"})

PROFILE_FILE = "profile.toml"
SETTINGS_FILE = "settings.toml"
REPLIES_DIR = "replies"
LIBRARY_DIR = "library"
DEFAULTS_DIR = "defaults"  # <platform>.<language>.txt: the platform's default sentences

class GuideError(ScreenerError):
    """The guide folder is missing something or holds something invalid. The message is for the user."""


@dataclass(frozen=True)
class Profile:
    """Who the guide belongs to, from profile.toml."""

    name: str
    aliases: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    works: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    guide_url: str = ""


@dataclass(frozen=True)
class LibraryEntry:
    """One known copy-paste request text. `origin` is the library file name, `line` where it starts."""

    text: str
    lang: str
    origin: str
    line: int = 0


@dataclass(frozen=True)
class Guide:
    """A loaded guide folder.

    `templates` is keyed by plain strings: (action, lang, register), register None for English.
    `guides` holds the raw Markdown of the public contact guide per language.
    """

    path: Path
    profile: Profile
    settings: dict[str, Any]
    templates: dict[tuple[str, str, str | None], str]
    library: tuple[LibraryEntry, ...]
    guides: dict[str, str] = field(default_factory=dict)
    # (platform, language, sentence): what a platform writes when the sender wrote nothing
    defaults: tuple[tuple[str, str, str], ...] = ()

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages drafts can be written in (all three reply templates present)."""
        return guide_languages(self.templates)

    def library_for(self, lang: str) -> list[LibraryEntry]:
        return [e for e in self.library if e.lang == lang]


def template_filename(action: str, lang: str, register: str | None) -> str:
    """The file name of a reply template: ask.de.sie.txt, ask.en.txt."""
    action = getattr(action, "value", action)
    return f"{action}.{lang}.{register}.txt" if register else f"{action}.{lang}.txt"


def expected_templates(languages: tuple[str, ...] = LANGUAGES) -> list[tuple[str, str, str | None]]:
    return [(a, lang, reg) for a in ACTIONS for lang in languages for reg in REGISTERS.get(lang, (None,))]


def guide_languages(templates: dict[tuple[str, str, str | None], str]) -> tuple[str, ...]:
    """The languages a guide can draft in: LANGUAGES, then every other one with all its templates."""
    extra = sorted({lang for _a, lang, _r in templates} - set(LANGUAGES))
    complete = [lang for lang in extra if all(k in templates for k in expected_templates((lang,)))]
    return (*LANGUAGES, *complete)


def normalize_entry(text: str) -> str:
    """The form library entries are compared in: whitespace collapsed, case folded."""
    return " ".join(text.split()).casefold()
