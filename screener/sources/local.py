"""Local mail files: Maildir folders, mbox files and single .eml files (stdlib mailbox)."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
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

    def __init__(self, paths: list[str | Path]):
        self.paths = [Path(p).expanduser() for p in paths]
        self.name = "eml:" + (str(self.paths[0]) if len(self.paths) == 1 else f"{len(self.paths)} files")
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
