"""Local mail files: Maildir folders, mbox files and single .eml files (stdlib mailbox).

`open_paths` turns what a user names on the command line (`screener scan PATH...`) into sources by
looking at it: a folder with cur/ or new/ is a Maildir; another folder holds .eml files, mbox files
or Maildirs (one level down); a file that starts with "From " is an mbox, one that starts with a
header field is a single message. A shell glob (`~/mails/*.eml`) is simply many paths."""

from __future__ import annotations

import mailbox
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from screener.models import RawMail
from screener.sources.base import SourceError


class MaildirSource:
    """A Maildir (cur/new/tmp). Read-only: messages are read as bytes, never moved or flagged."""

    def __init__(self, path: str | Path):
        self.path = Path(path).expanduser()
        self.name = f"maildir:{self.path}"
        if not (self.path / "cur").is_dir() and not (self.path / "new").is_dir():
            raise SourceError(f"{self.path}: not a Maildir (no cur/ or new/ folder)")

    def mails(self) -> Iterator[RawMail]:
        box = mailbox.Maildir(self.path, factory=None, create=False)
        for key in sorted(box.keys()):
            if key.startswith("."):  # .keep and other dotfiles are not messages
                continue
            try:
                with box.get_file(key) as fh:
                    data = fh.read()
            except (OSError, KeyError) as exc:  # vanished, a dangling link, a folder: record it and go on
                reason = getattr(exc, "strerror", None) or type(exc).__name__
                yield RawMail(source=self.name, key=key, data=b"", size=0, error=f"cannot read the file: {reason}")
                continue
            yield RawMail(source=self.name, key=key, data=data, size=len(data))

    def commit(self, key: str) -> None:
        pass


class MboxSource:
    """An mbox file. Read-only."""

    def __init__(self, path: str | Path):
        self.path = Path(path).expanduser()
        self.name = f"mbox:{self.path}"
        if not self.path.is_file():
            raise SourceError(f"{self.path}: no such mbox file")

    def mails(self) -> Iterator[RawMail]:
        box = mailbox.mbox(self.path, factory=None, create=False)
        try:
            for key in box.iterkeys():
                data = box.get_bytes(key)
                yield RawMail(source=self.name, key=str(key), data=data, size=len(data))
        finally:
            box.close()

    def commit(self, key: str) -> None:
        pass


class EmlSource:
    """One or more single-message files (.eml)."""

    def __init__(self, paths: list[str | Path], name: str | None = None):
        self.paths = [Path(p).expanduser() for p in paths]
        self.name = name or "eml:" + (str(self.paths[0]) if len(self.paths) == 1 else f"{len(self.paths)} files")
        for p in self.paths:
            if not p.is_file():
                raise SourceError(f"{p}: no such file")

    def mails(self) -> Iterator[RawMail]:
        for p in self.paths:
            try:
                data = p.read_bytes()
            except OSError as exc:  # record it and go on with the other files
                yield RawMail(source=f"eml:{p}", key=str(p), data=b"", size=0,
                              error=f"cannot read the file: {exc.strerror or type(exc).__name__}")
                continue
            yield RawMail(source=f"eml:{p}", key=str(p), data=data, size=len(data))

    def commit(self, key: str) -> None:
        pass


_HEADER_LINE = re.compile(rb"^[\x21-\x39\x3b-\x7e]+[ \t]*:")


def sniff(path: Path) -> str:
    """What a file holds, by its first bytes: "mbox", "message", or "" (not mail, or unreadable)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(2048)
    except OSError:
        return ""
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n")
    if head.startswith(b"From "):
        return "mbox"
    first = head.split(b"\n", 1)[0]
    return "message" if _HEADER_LINE.match(first) else ""


def is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() or (path / "new").is_dir()


def open_paths(paths: Iterable[str | Path]) -> list:
    """Sources for the paths a user named, recognised by content (see the module docstring).

    Loose message files are kept together in one EmlSource, in the order given. A named path that
    holds no mail is an error that says so; inside a folder, files that are not mail are passed over."""
    sources: list = []
    loose: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            found = _folder(path)
            if not found:
                raise SourceError(f"{path}: no mail found (not a Maildir, and no message or mbox files in it)")
            sources.extend(found)
        elif path.is_file():
            kind = "message" if path.suffix.lower() == ".eml" else sniff(path)
            if kind == "mbox":
                sources.append(MboxSource(path))
            elif kind == "message":
                loose.append(path)
            else:
                raise SourceError(f"{path}: not a mail file (neither a single message nor an mbox)")
        else:
            raise SourceError(f"{path}: no such file or folder")
    if loose:
        sources.append(EmlSource(loose))
    return sources


def _folder(path: Path) -> list:
    if is_maildir(path):
        return [MaildirSource(path)]
    messages: list[Path] = []
    out: list = []
    for child in sorted(path.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            if is_maildir(child):
                out.append(MaildirSource(child))
            continue
        kind = "message" if child.suffix.lower() == ".eml" else sniff(child)
        if kind == "mbox":
            out.append(MboxSource(child))
        elif kind == "message":
            messages.append(child)
    if messages:
        out.insert(0, EmlSource(messages, name=f"eml:{path}"))
    return out
