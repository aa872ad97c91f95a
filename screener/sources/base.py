"""The Source protocol: anything that yields RawMail one at a time."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol, runtime_checkable

from screener.errors import ScreenerError
from screener.models import RawMail


class SourceError(ScreenerError):
    """A source could not be read (missing path, refused login, ...). The message is for the user."""


@runtime_checkable
class Source(Protocol):
    """A mailbox the pipeline can scan.

    `name` identifies it in reports ("maildir:/home/me/Mail", "imap:work").
    `mails()` yields mails lazily so a scan never holds a whole mailbox in memory.
    `commit(key)` is called by the pipeline after the mail with that key was stored,
    so incremental sources (IMAP) can advance their cursor only past stored work.
    """

    name: str

    def mails(self) -> Iterator[RawMail]: ...

    def commit(self, key: str) -> None: ...
