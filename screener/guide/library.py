"""The user's library of known templates on disk: add an entry to learned.<lang>.txt, remove one everywhere;
and the platform default sentences: add one to defaults/<platform>.<lang>.txt."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from screener.guide.load import library_files, load_defaults, load_library, read_defaults_text, read_text
from screener.guide.model import DEFAULTS_DIR, LIBRARY_DIR, GuideError, normalize_entry

_LANG = re.compile(r"^[a-z]{2}$")


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
    if not _LANG.match(lang or ""):
        raise GuideError(f"unknown language {lang!r}; use a two-letter code such as de or en")
    lines = _entry_lines(text)
    if not lines:
        raise GuideError("cannot add an empty text to the library")
    norm = normalize_entry(text)
    if any(e.lang == lang and normalize_entry(e.text) == norm for e in load_library(root)):
        return False
    ldir = root / LIBRARY_DIR
    ldir.mkdir(parents=True, exist_ok=True)
    path = ldir / f"learned.{lang}.txt"
    old = read_text(path, f"{LIBRARY_DIR}/{path.name}") if path.exists() else (
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
    for path in library_files(root):
        original = read_text(path, f"{LIBRARY_DIR}/{path.name}")
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


def add_default_sentence(guide_dir: Path | str, sentence: str, platform: str, lang: str) -> bool:
    """Append a platform default sentence to defaults/<platform>.<lang>.txt. False if the guide has it."""
    root = Path(guide_dir)
    line = " ".join(sentence.split())
    if not _LANG.match(lang or ""):
        raise GuideError(f"unknown language {lang!r}; use a two-letter code such as de or en")
    if len(line.split()) < 2:
        raise GuideError("a default sentence has at least two words")
    if any(p == platform and s.casefold() == line.casefold() for p, _l, s in load_defaults(root)):
        return False
    ddir = root / DEFAULTS_DIR
    ddir.mkdir(parents=True, exist_ok=True)
    path = ddir / f"{platform}.{lang}.txt"
    label = f"{DEFAULTS_DIR}/{path.name}"
    old = read_text(path, label) if path.exists() else (
        f"# {platform} default sentences ({lang}), one a line; learned with `screener mark ID empty`.\n")
    new = old.rstrip("\n") + "\n" + line + "\n# [learned] marked empty by you\n"
    read_defaults_text(new, label)  # still a valid file
    _atomic_write(path, new)
    return True
