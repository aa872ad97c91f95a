"""Read and validate a guide folder into a Guide: profile, settings, templates, library, public guide text."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

from screener.guide.model import (
    DEFAULTS_DIR,
    LANGUAGES,
    LIBRARY_DIR,
    PROFILE_FILE,
    REPLIES_DIR,
    SETTINGS_FILE,
    Guide,
    GuideError,
    LibraryEntry,
    Profile,
    expected_templates,
    template_filename,
)
from screener.suggest import did_you_mean as _suggest
from screener.tomllines import TomlLines

_LANG_CODE = re.compile(r"^[a-z]{2}$")  # a language in a file name: ISO 639-1
_PROFILE_STR_KEYS = ("name", "guide_url")
_PROFILE_LIST_KEYS = ("aliases", "organisations", "topics", "works", "events")
_PROFILE_KEYS = _PROFILE_STR_KEYS + _PROFILE_LIST_KEYS

SETTINGS_TABLES = ("screening", "drafts")
_DRAFT_DEFAULTS: dict[str, str] = {"default_language": "de", "default_register": "sie"}
_DRAFT_CHOICES: dict[str, tuple[str, ...]] = {"default_language": LANGUAGES, "default_register": ("sie", "du")}



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


def read_text(path: Path, label: str) -> str:
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


# [screening]: the detector's thresholds, each a number in its range; [screening.weights] overrides the
# weight of a signal group by name (screener/detect/weights.json lists them).
SCREENING_RANGES: dict[str, tuple[float, float]] = {
    "boilerplate_threshold": (0.0, 1.0), "library_match": (0.0, 100.0), "repeat_match": (0.0, 100.0),
}


def _number(val: Any) -> bool:
    return isinstance(val, (int, float)) and not isinstance(val, bool)


def _parse_settings(data: dict[str, Any], path: Path, text: str) -> dict[str, Any]:
    """Validate settings.toml; every problem as `file:line: …` with a suggestion where one is close."""
    from screener.detect.weights import load_weights

    where = TomlLines(text)
    problems: list[str] = []

    def problem(msg: str, key: str | None, table: str | None) -> None:
        line = where.line_of(key, table)
        problems.append(f"{path}:{line}: {msg}" if line else f"{path}: {msg}")

    for key, val in data.items():
        if key not in SETTINGS_TABLES:
            problem(f"unknown table [{key}]{_suggest(key, SETTINGS_TABLES)}", None, key)
        elif not isinstance(val, dict):
            problem(f"[{key}] must be a table, got {_toml_type(val)}", key, None)
    screening_in = data.get("screening", {}) if isinstance(data.get("screening"), dict) else {}
    screening: dict[str, Any] = {}
    for key, val in screening_in.items():
        if key == "weights":
            if not isinstance(val, dict):
                problem(f"[screening] weights must be a table, got {_toml_type(val)}", key, "screening")
                continue
            names = tuple(load_weights()[0])
            weights = {}
            for name, w in val.items():
                if name not in names:
                    problem(f"[screening.weights] unknown signal {name!r}{_suggest(name, names)}", name,
                            "screening.weights")
                elif not _number(w):
                    problem(f"[screening.weights] {name} must be a number, got {_toml_type(w)}", name,
                            "screening.weights")
                else:
                    weights[name] = float(w)
            screening["weights"] = weights
        elif key not in SCREENING_RANGES:
            problem(f"[screening] unknown key {key!r}{_suggest(key, (*SCREENING_RANGES, 'weights'))}", key,
                    "screening")
        elif not _number(val):
            problem(f"[screening] {key} must be a number, got {_toml_type(val)}", key, "screening")
        elif not SCREENING_RANGES[key][0] <= val <= SCREENING_RANGES[key][1]:
            lo, hi = SCREENING_RANGES[key]
            problem(f"[screening] {key} must be between {lo:g} and {hi:g}, got {val!r}", key, "screening")
        else:
            screening[key] = val
    drafts_in = data.get("drafts", {}) if isinstance(data.get("drafts"), dict) else {}
    drafts = dict(_DRAFT_DEFAULTS)
    for key, val in drafts_in.items():
        if key not in _DRAFT_DEFAULTS:
            problem(f"[drafts]: unknown key {key!r}{_suggest(key, tuple(_DRAFT_DEFAULTS))}", key, "drafts")
        elif not isinstance(val, str):
            problem(f"[drafts] {key} must be a string, got {_toml_type(val)}", key, "drafts")
        elif val not in _DRAFT_CHOICES[key]:
            problem(f"[drafts] {key} must be one of {', '.join(_DRAFT_CHOICES[key])}, got {val!r}", key, "drafts")
        else:
            drafts[key] = val
    if problems:
        raise GuideError("; ".join(problems))
    return {"screening": screening, "drafts": drafts}


# --------------------------------------------------------------------------- templates


def _parse_template_name(fname: str) -> tuple[str, str, str | None] | None:
    parts = fname[: -len(".txt")].split(".")
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    if len(parts) == 2:
        return parts[0], parts[1], None
    return None


_EXTRA_TEMPLATE = re.compile(r"^(accept|ask|follow)\.([a-z]{2})\.txt$")


def _load_templates(root: Path) -> dict[tuple[str, str, str | None], str]:
    rdir = root / REPLIES_DIR
    if not rdir.is_dir():
        raise GuideError(f"{rdir}: folder is missing (it holds the reply templates)")
    valid = {template_filename(*k): k for k in expected_templates()}
    # another language: <action>.<code>.txt (no register; German is the only language with Sie/du here)
    for path in rdir.glob("*.txt"):
        m = _EXTRA_TEMPLATE.match(path.name)
        if m and m.group(2) not in LANGUAGES:
            valid[path.name] = (m.group(1), m.group(2), None)
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
        text = read_text(path, f"{REPLIES_DIR}/{path.name}")
        templates[valid[path.name]] = text.strip("\n").rstrip() + "\n"
    if problems:
        raise GuideError(f"{rdir}: " + "; ".join(problems))
    return templates


# --------------------------------------------------------------------------- library


def _library_lang(fname: str) -> str | None:
    parts = fname[: -len(".txt")].split(".")
    return parts[-1] if _LANG_CODE.match(parts[-1]) else None


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


def library_files(root: Path) -> list[Path]:
    ldir = root / LIBRARY_DIR
    if not ldir.is_dir():
        return []
    return sorted(p for p in ldir.glob("*.txt") if p.is_file() and not p.name.startswith("."))


def load_library(root: Path) -> tuple[LibraryEntry, ...]:
    entries: list[LibraryEntry] = []
    for path in library_files(root):
        lang = _library_lang(path.name)
        if lang is None:
            raise GuideError(
                f"{LIBRARY_DIR}/{path.name}: cannot tell the language; name it "
                f"<name>.<language>.txt, e.g. <name>.de.txt or <name>.en.txt"
            )
        text = read_text(path, f"{LIBRARY_DIR}/{path.name}")
        entries.extend(LibraryEntry(t, lang, path.name, line) for t, line in _parse_library_text(text))
    return tuple(entries)


# --------------------------------------------------------------------------- platform defaults

def read_defaults_text(text: str, label: str) -> list[str]:
    """The sentences of one defaults file (one a line, # comments); problems as `label:line: ...`."""
    out: list[str] = []
    seen: dict[str, int] = {}
    problems: list[str] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = " ".join(raw.split())
        if not line or line.startswith("#"):
            continue
        if len(line.split()) < 2:
            problems.append(f"{label}:{lineno}: a default sentence has at least two words, got {line!r}")
        elif len(line) > 300:
            problems.append(f"{label}:{lineno}: longer than a platform's default sentence (300 characters)")
        elif line.casefold() in seen:
            problems.append(f"{label}:{lineno}: the same sentence as line {seen[line.casefold()]}")
        else:
            seen[line.casefold()] = lineno
            out.append(line)
    if problems:
        raise GuideError("; ".join(problems))
    return out


def load_defaults(root: Path) -> tuple[tuple[str, str, str], ...]:
    """(platform, language, sentence) from defaults/<platform>.<language>.txt (validated)."""
    from screener.platforms import DISPLAY_NAMES

    ddir = root / DEFAULTS_DIR
    if not ddir.is_dir():
        return ()
    out: list[tuple[str, str, str]] = []
    for path in sorted(p for p in ddir.glob("*") if p.is_file() and not p.name.startswith(".")):
        label = f"{DEFAULTS_DIR}/{path.name}"
        parts = path.name.split(".")
        if len(parts) != 3 or parts[2] != "txt" or parts[0] not in DISPLAY_NAMES or not _LANG_CODE.match(parts[1]):
            raise GuideError(f"{label}: name it <platform>.<language>.txt, e.g. linkedin.en.txt "
                             f"(platforms: {', '.join(DISPLAY_NAMES)}; language: a two-letter code)")
        for sentence in read_defaults_text(read_text(path, label), label):
            out.append((parts[0], parts[1], sentence))
    return tuple(out)


# --------------------------------------------------------------------------- load


def load_guide(path: Path | str) -> Guide:
    """Read and validate a guide folder. Raises GuideError with a message naming file and key."""
    root = Path(path)
    if not root.is_dir():
        raise GuideError(f"{root}: guide folder does not exist (create one with `screener guide init {root}`)")
    profile = _parse_profile(_read_toml(root / PROFILE_FILE, str(root / PROFILE_FILE)), str(root / PROFILE_FILE))
    settings_path = root / SETTINGS_FILE
    settings_text = read_text(settings_path, str(settings_path)) if settings_path.exists() else ""
    try:
        raw_settings = tomllib.loads(settings_text)
    except tomllib.TOMLDecodeError as exc:
        raise GuideError(f"{settings_path}: not valid TOML: {exc}") from None
    settings = _parse_settings(raw_settings, settings_path, settings_text)
    templates = _load_templates(root)
    library = load_library(root)
    guides: dict[str, str] = {}
    for gpath in sorted(root.glob("contact-guide.*.md")):
        lang = gpath.name.split(".")[1]
        if _LANG_CODE.match(lang):
            guides[lang] = read_text(gpath, gpath.name)
    return Guide(path=root, profile=profile, settings=settings, templates=templates,
                 library=library, guides=guides, defaults=load_defaults(root))


def load_profile(path: Path | str) -> Profile:
    """A profile.toml on its own (e.g. a corpus persona's, for `screener eval --profile`)."""
    path = Path(path)
    return _parse_profile(_read_toml(path, str(path)), str(path))


def default_guide_dir() -> Path:
    """The guide shipped with screener: the repo's guide/ folder, or the packaged copy."""
    package = Path(__file__).resolve().parents[1]  # screener/
    repo_guide = package.parent / "guide"
    if repo_guide.is_dir():
        return repo_guide
    # Packaging copies the repo's guide/ folder to screener/data/guide (package-data).
    return package / "data" / "guide"


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
