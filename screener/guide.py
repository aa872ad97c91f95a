"""Load, validate and lint the guide folder: profile, settings, reply templates, library, public guide."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .suggest import did_you_mean as _suggest

ACTIONS: tuple[str, ...] = ("accept", "ask", "follow")
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

_PROFILE_STR_KEYS = ("name", "guide_url")
_PROFILE_LIST_KEYS = ("aliases", "organisations", "topics", "works", "events")
_PROFILE_KEYS = _PROFILE_STR_KEYS + _PROFILE_LIST_KEYS

_SETTINGS_TABLES = ("screening", "drafts")
_DRAFT_DEFAULTS: dict[str, str] = {"default_language": "de", "default_register": "sie"}
_DRAFT_CHOICES: dict[str, tuple[str, ...]] = {"default_language": LANGUAGES, "default_register": ("sie", "du")}


class GuideError(Exception):
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

    def library_for(self, lang: str) -> list[LibraryEntry]:
        return [e for e in self.library if e.lang == lang]


# --------------------------------------------------------------------------- helpers


def template_filename(action: str, lang: str, register: str | None) -> str:
    """The file name of a reply template: ask.de.sie.txt, ask.en.txt."""
    action = getattr(action, "value", action)
    return f"{action}.{lang}.{register}.txt" if register else f"{action}.{lang}.txt"


def expected_templates() -> list[tuple[str, str, str | None]]:
    return [(a, lang, reg) for a in ACTIONS for lang in LANGUAGES for reg in REGISTERS[lang]]


def normalize_entry(text: str) -> str:
    """The form library entries are compared in: whitespace collapsed, case folded."""
    return " ".join(text.split()).casefold()


PLACEHOLDER_RE = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}|[{}]")


def render_template(
    text: str, values: Mapping[str, str], *, source: str = "template"
) -> str:
    """Fill `{placeholder}`s in `text` from `values`, in one pass.

    Only names present in `values` are allowed; `{{` and `}}` give literal braces.
    Values are inserted as they are and never scanned again, so a value holding
    `{guide_url}` or `{0.__class__}` stays literal. Raises GuideError naming `source`
    and the line for an unknown placeholder or a lone brace.
    """

    def line_of(pos: int) -> int:
        return text.count("\n", 0, pos) + 1

    def replace(m: re.Match[str]) -> str:
        token = m.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        key = m.group(1)
        if key is None:
            raise GuideError(
                f"{source}:{line_of(m.start())}: lone {token!r}; write {token * 2!r} for a literal brace"
            )
        if key not in values:
            raise GuideError(
                f"{source}:{line_of(m.start())}: unknown placeholder {{{key}}}{_suggest(key, list(values))}"
                f"; allowed: {', '.join('{' + k + '}' for k in sorted(values))}"
            )
        return str(values[key])

    return PLACEHOLDER_RE.sub(replace, text)


def _read_toml(path: Path, label: str) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise GuideError(f"{label}: file is missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise GuideError(f"{label}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise GuideError(f"{label}: cannot read: {exc.strerror or exc}") from None


def _read_text(path: Path, label: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise GuideError(f"{label}: not UTF-8 text") from None
    except OSError as exc:
        raise GuideError(f"{label}: cannot read: {exc.strerror or exc}") from None


# --------------------------------------------------------------------------- profile / settings


def _parse_profile(data: dict[str, Any], label: str) -> Profile:
    problems: list[str] = []
    for key in data:
        if key not in _PROFILE_KEYS:
            problems.append(f"unknown key {key!r}{_suggest(key, _PROFILE_KEYS)}")
    values: dict[str, Any] = {}
    for key in _PROFILE_STR_KEYS:
        if key not in data:
            if key == "name":
                problems.append("key 'name' is missing")
            continue
        val = data[key]
        if not isinstance(val, str):
            problems.append(f"key {key!r} must be a string, got {_toml_type(val)}")
        else:
            values[key] = val.strip()
    if "name" in values and not values["name"]:
        problems.append("key 'name' must not be empty")
    for key in _PROFILE_LIST_KEYS:
        if key not in data:
            continue
        val = data[key]
        if not isinstance(val, list):
            problems.append(f"key {key!r} must be a list of strings, got {_toml_type(val)}")
        elif bad := [i for i, v in enumerate(val) if not isinstance(v, str)]:
            problems.append(f"key {key!r} must be a list of strings; item {bad[0] + 1} is {_toml_type(val[bad[0]])}")
        else:
            values[key] = tuple(v.strip() for v in val if v.strip())
    if problems:
        raise GuideError(f"{label}: " + "; ".join(problems))
    return Profile(**values)


def _toml_type(val: Any) -> str:
    return {str: "a string", int: "an integer", float: "a number", bool: "a boolean",
            list: "a list", dict: "a table"}.get(type(val), type(val).__name__)


def _parse_settings(data: dict[str, Any], label: str) -> dict[str, Any]:
    problems: list[str] = []
    for key, val in data.items():
        if key not in _SETTINGS_TABLES:
            problems.append(f"unknown table [{key}]{_suggest(key, _SETTINGS_TABLES)}")
        elif not isinstance(val, dict):
            problems.append(f"[{key}] must be a table, got {_toml_type(val)}")
    # [screening] belongs to the detector, which validates its own keys.
    screening = dict(data.get("screening", {})) if isinstance(data.get("screening"), dict) else {}
    drafts_in = data.get("drafts", {}) if isinstance(data.get("drafts"), dict) else {}
    drafts = dict(_DRAFT_DEFAULTS)
    for key, val in drafts_in.items():
        if key not in _DRAFT_DEFAULTS:
            problems.append(f"[drafts]: unknown key {key!r}{_suggest(key, tuple(_DRAFT_DEFAULTS))}")
        elif not isinstance(val, str):
            problems.append(f"[drafts] {key} must be a string, got {_toml_type(val)}")
        elif val not in _DRAFT_CHOICES[key]:
            problems.append(f"[drafts] {key} must be one of {', '.join(_DRAFT_CHOICES[key])}, got {val!r}")
        else:
            drafts[key] = val
    if problems:
        raise GuideError(f"{label}: " + "; ".join(problems))
    return {"screening": screening, "drafts": drafts}


# --------------------------------------------------------------------------- templates


def _parse_template_name(fname: str) -> tuple[str, str, str | None] | None:
    parts = fname[: -len(".txt")].split(".")
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    if len(parts) == 2:
        return parts[0], parts[1], None
    return None


def _load_templates(root: Path) -> dict[tuple[str, str, str | None], str]:
    rdir = root / REPLIES_DIR
    if not rdir.is_dir():
        raise GuideError(f"{rdir}: folder is missing (it holds the reply templates)")
    valid = {template_filename(*k): k for k in expected_templates()}
    templates: dict[tuple[str, str, str | None], str] = {}
    problems: list[str] = []
    for path in sorted(rdir.iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue
        if path.name not in valid:
            problems.append(
                f"{REPLIES_DIR}/{path.name}: not a known template name{_suggest(path.name, list(valid))}"
            )
            continue
        text = _read_text(path, f"{REPLIES_DIR}/{path.name}")
        templates[valid[path.name]] = text.strip("\n").rstrip() + "\n"
    if problems:
        raise GuideError(f"{rdir}: " + "; ".join(problems))
    return templates


# --------------------------------------------------------------------------- library


def _library_lang(fname: str) -> str | None:
    parts = fname[: -len(".txt")].split(".")
    return parts[-1] if parts[-1] in LANGUAGES else None


def _parse_library_text(text: str) -> list[tuple[str, int]]:
    """Paragraph entries of a library file, with the line each starts on."""
    entries: list[tuple[str, int]] = []
    current: list[str] = []
    start = 0
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line.strip():
            if current:
                entries.append(("\n".join(current), start))
                current = []
            continue
        if line.startswith("#"):
            continue
        if line.startswith("\\#"):
            line = line[1:]
        if not current:
            start = lineno
        current.append(line.strip())
    if current:
        entries.append(("\n".join(current), start))
    return entries


def _library_files(root: Path) -> list[Path]:
    ldir = root / LIBRARY_DIR
    if not ldir.is_dir():
        return []
    return sorted(p for p in ldir.glob("*.txt") if p.is_file() and not p.name.startswith("."))


def _load_library(root: Path) -> tuple[LibraryEntry, ...]:
    entries: list[LibraryEntry] = []
    for path in _library_files(root):
        lang = _library_lang(path.name)
        if lang is None:
            raise GuideError(
                f"{LIBRARY_DIR}/{path.name}: cannot tell the language; name it "
                f"<name>.de.txt or <name>.en.txt"
            )
        text = _read_text(path, f"{LIBRARY_DIR}/{path.name}")
        entries.extend(LibraryEntry(t, lang, path.name, line) for t, line in _parse_library_text(text))
    return tuple(entries)


# --------------------------------------------------------------------------- load


def load_guide(path: Path | str) -> Guide:
    """Read and validate a guide folder. Raises GuideError with a message naming file and key."""
    root = Path(path)
    if not root.is_dir():
        raise GuideError(f"{root}: guide folder does not exist (create one with init_guide)")
    profile = _parse_profile(_read_toml(root / PROFILE_FILE, str(root / PROFILE_FILE)), str(root / PROFILE_FILE))
    settings_path = root / SETTINGS_FILE
    raw_settings = _read_toml(settings_path, str(settings_path)) if settings_path.exists() else {}
    settings = _parse_settings(raw_settings, str(settings_path))
    templates = _load_templates(root)
    library = _load_library(root)
    guides: dict[str, str] = {}
    for lang in LANGUAGES:
        gpath = root / f"contact-guide.{lang}.md"
        if gpath.exists():
            guides[lang] = _read_text(gpath, gpath.name)
    return Guide(path=root, profile=profile, settings=settings, templates=templates,
                 library=library, guides=guides)


def default_guide_dir() -> Path:
    """The guide shipped with screener: the repo's guide/ folder, or the packaged copy."""
    repo_guide = Path(__file__).resolve().parent.parent / "guide"
    if repo_guide.is_dir():
        return repo_guide
    # Packaging copies the repo's guide/ folder to screener/data/guide (package-data).
    return Path(__file__).resolve().parent / "data" / "guide"


def init_guide(dest: Path | str, source: Path | str | None = None) -> Path:
    """Copy the default guide (or `source`) to `dest`. Refuses to overwrite a non-empty folder."""
    dest = Path(dest)
    src = Path(source) if source is not None else default_guide_dir()
    if not src.is_dir():
        raise GuideError(f"{src}: guide folder to copy from does not exist")
    if dest.exists():
        if not dest.is_dir():
            raise GuideError(f"{dest}: exists and is not a folder")
        if any(dest.iterdir()):
            raise GuideError(f"{dest}: folder is not empty; refusing to overwrite it")
    shutil.copytree(src, dest, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__", ".*", "*.pyc"))
    return dest


# --------------------------------------------------------------------------- lint

SAMPLE_VALUES: dict[str, str] = {
    "first_name": "Anna",
    "name": "Anna Beispiel",
    "my_name": "Jana Beispiel",
    "my_first_name": "Jana",
    "guide_url": "https://example.org/guide",
    "platform": "XING",
}

_LEFTOVER_RE = re.compile(r"\{[A-Za-z_][A-Za-z0-9_.]*\}")
_SECTION_RE = re.compile(r"^#{1,6}\s+([123])[.)]\s", re.MULTILINE)
# Whole-word forms that betray the wrong German register.
_SIE_WORDS = re.compile(r"\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")
_DU_WORDS = re.compile(r"\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b", re.IGNORECASE)


def lint_guide(guide: Guide) -> list[str]:
    """Everything that would make a draft or the public guide wrong, one readable line each."""
    problems: list[str] = []
    for key in expected_templates():
        fname = f"{REPLIES_DIR}/{template_filename(*key)}"
        text = guide.templates.get(key)
        if text is None:
            problems.append(f"{fname}: template is missing")
            continue
        if not text.strip():
            problems.append(f"{fname}: template is empty")
            continue
        try:
            out = render_template(text, {k: SAMPLE_VALUES[k] for k in REPLY_PLACEHOLDERS}, source=fname)
        except GuideError as exc:
            problems.append(str(exc))
            continue
        if m := _LEFTOVER_RE.search(out):
            problems.append(f"{fname}: {m.group(0)} is left in the rendered text (escaped braces?)")
        action, lang, reg = key
        if action in ("ask", "follow") and "{guide_url}" not in text:
            problems.append(f"{fname}: should link the guide with {{guide_url}}")
        body = out
        if reg == "du" and (m := _SIE_WORDS.search(body)):
            problems.append(f"{fname}: du template uses the Sie form {m.group(0)!r}")
        if reg == "sie" and (m := _DU_WORDS.search(body)):
            problems.append(f"{fname}: Sie template uses the du form {m.group(0)!r}")

    seen: dict[tuple[str, str], LibraryEntry] = {}
    for entry in guide.library:
        norm = (entry.lang, normalize_entry(entry.text))
        if norm in seen:
            first = seen[norm]
            problems.append(
                f"{LIBRARY_DIR}/{entry.origin}:{entry.line}: duplicate of "
                f"{LIBRARY_DIR}/{first.origin}:{first.line}"
            )
        else:
            seen[norm] = entry
    for lang in LANGUAGES:
        if not guide.library_for(lang):
            problems.append(f"{LIBRARY_DIR}/: no entries for language {lang!r}")

    url = guide.profile.guide_url
    if not url:
        problems.append(f"{PROFILE_FILE}: guide_url is not set")
    elif not re.match(r"https?://[^\s/]+", url):
        problems.append(f"{PROFILE_FILE}: guide_url must start with http:// or https://, got {url!r}")

    for lang in LANGUAGES:
        gname = f"contact-guide.{lang}.md"
        text = guide.guides.get(lang)
        if text is None:
            problems.append(f"{gname}: file is missing")
            continue
        found = set(_SECTION_RE.findall(text))
        for n in ("1", "2", "3"):
            if n not in found:
                problems.append(f"{gname}: section {n} is missing (a heading like '## {n}. ...')")
        try:
            render_template(text, {k: "x" for k in GUIDE_PLACEHOLDERS}, source=gname)
        except GuideError as exc:
            problems.append(str(exc))
    return problems


# --------------------------------------------------------------------------- learning


def _atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _entry_lines(text: str) -> list[str]:
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    lines = [line for line in lines if line]
    # A line starting with # would read back as a comment.
    return ["\\" + line if line.startswith("#") else line for line in lines]


def add_library_entry(guide_dir: Path | str, text: str, lang: str) -> bool:
    """Append `text` to library/learned.<lang>.txt. False if the library already holds it."""
    root = Path(guide_dir)
    if lang not in LANGUAGES:
        raise GuideError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    lines = _entry_lines(text)
    if not lines:
        raise GuideError("cannot add an empty text to the library")
    norm = normalize_entry(text)
    if any(e.lang == lang and normalize_entry(e.text) == norm for e in _load_library(root)):
        return False
    ldir = root / LIBRARY_DIR
    ldir.mkdir(parents=True, exist_ok=True)
    path = ldir / f"learned.{lang}.txt"
    old = _read_text(path, f"{LIBRARY_DIR}/{path.name}") if path.exists() else (
        "# Entries learned from your reviews. Edit or delete freely.\n"
    )
    new = old.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n"
    _atomic_write(path, new)
    return True


def remove_library_entry(guide_dir: Path | str, text: str) -> int:
    """Remove every entry matching `text` (whitespace/case-insensitive) from all library files."""
    root = Path(guide_dir)
    norm = normalize_entry(text)
    if not norm:
        return 0
    removed = 0
    for path in _library_files(root):
        original = _read_text(path, f"{LIBRARY_DIR}/{path.name}")
        out: list[str] = []
        block: list[str] = []
        file_removed = 0

        def flush() -> None:
            nonlocal file_removed
            entry = [ln for ln in block if not ln.startswith("#")]
            joined = "\n".join(ln[1:] if ln.startswith("\\#") else ln for ln in entry)
            if entry and normalize_entry(joined) == norm:
                file_removed += 1
                # Comments in the same paragraph may head a section: keep them.
                out.extend(ln for ln in block if ln.startswith("#"))
            else:
                out.extend(block)
            block.clear()

        for raw in original.splitlines():
            if raw.strip():
                block.append(raw)
            else:
                flush()
                out.append(raw)
        flush()
        if file_removed:
            cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"
            _atomic_write(path, cleaned)
            removed += file_removed
    return removed
