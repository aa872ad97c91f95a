"""IMAP source: one account, all its folders, read-only by construction and incremental.

Read-only means: every folder is opened with EXAMINE (select_folder(readonly=True)) and
bodies are fetched with BODY.PEEK[...] (never BODY[...]), so no flag changes; the scan path
sends no STORE, EXPUNGE, APPEND, COPY or MOVE at all.

Incremental means: per folder the store keeps (UIDVALIDITY, highest UID handled). A scan
asks the server (SEARCH) only for mails from the notification senders above that UID and
fetches them in batches: first RFC822.SIZE and the Content-Type field, then, for the mails under
the size cap, the header and plain-text part of a multipart mail (sources/partial.py; the whole
mail is fetched later only if the parser needs more, `full()`) or the whole of a single-part one.
A mail over the cap is yielded with `size` set and empty `data`; the pipeline records it
as skipped (and commits it), so it is not looked at again. A changed UIDVALIDITY means
the server renumbered the folder: it is scanned again from the start, and the pipeline
drops what it already has by Message-ID.
"""

from __future__ import annotations

import imaplib
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any

from screener import imap
from screener.config import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_MAX_SIZE,
    DEFAULT_SENDERS,
    Account,
)
from screener.imap import (
    RETRYABLE,
    ImapError,
    SecretProvider,
    describe,
    plain_tz,
    search_criteria,
    server_text,
)
from screener.models import RawMail
from screener.secrets import get_secret
from screener.sources import partial

log = logging.getLogger(__name__)

Progress = Callable[[str, str, int, int], None]  # (account, folder, done, total)

DEFAULT_BACKOFF = imap.DEFAULT_BACKOFF


class ImapSource:
    """The Source for one IMAP account. Keys are "folder:uid"; the cursor moves on commit()."""

    def __init__(
        self,
        account: Account,
        store: Any,
        secret_provider: SecretProvider = get_secret,
        senders: Sequence[str] = DEFAULT_SENDERS,
        batch_size: int = DEFAULT_BATCH_SIZE,
        max_size: int = DEFAULT_MAX_SIZE,
        *,
        backoff: Sequence[float] = DEFAULT_BACKOFF,
        progress: Progress | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.account = account
        self.store = store
        self.secret_provider = secret_provider
        self.senders = tuple(senders)
        self.batch_size = max(1, batch_size)
        self.max_size = max_size
        self.backoff = tuple(backoff)
        self.progress = progress
        self.sleep = sleep
        self.name = f"imap:{account.name}"
        self.errors: list[str] = []  # folder-level problems; the other folders were still scanned
        self.reconnects = 0
        self.rescanned: list[str] = []  # folders whose UIDVALIDITY changed
        self._client: Any = None
        self._uidvalidity: dict[str, int] = {}
        self._selected: str | None = None
        self._finished = False  # mails() has ended (full() then closes the connection it opens)
        self._holes: dict[str, int] = {}  # folder -> lowest UID whose whole mail could not be fetched
        self._connected_once = False  # a refused first connect is a wrong host or port: no retries

    # -- Source protocol ----------------------------------------------------------

    def mails(self) -> Iterator[RawMail]:
        self._finished = False
        try:
            for folder in self.account.folders:
                yield from self._folder(folder)
        finally:
            self._finished = True
            self.close()

    def commit(self, key: str) -> None:
        folder, _, uid_text = key.rpartition(":")
        uid = int(uid_text)
        if folder in self._holes:  # never past a mail that could not be read whole (full())
            uid = min(uid, self._holes[folder] - 1)
            if uid < 1:
                return
        uidvalidity = self._uidvalidity[folder]
        cur = self.store.get_cursor(self.account.name, folder)
        if cur is not None and cur[0] == uidvalidity and cur[1] >= uid:
            return
        self.store.set_cursor(self.account.name, folder, uidvalidity, uid)

    def close(self) -> None:
        client, self._client = self._client, None
        self._selected = None
        imap.close(client)

    # -- internals ------------------------------------------------------------------

    def _source(self, folder: str) -> str:
        return f"imap:{self.account.name}/{folder}"

    def _ensure_client(self) -> Any:
        if self._client is None:
            self._client = imap.connect(self.account, self.secret_provider)
            self._connected_once = True
        return self._client

    def _drop(self) -> None:
        client, self._client = self._client, None
        self._selected = None
        if client is not None:
            try:
                client.shutdown()
            except Exception:
                pass

    def _select(self, folder: str) -> int:
        client = self._ensure_client()
        try:
            resp = client.select_folder(folder, readonly=True)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            raise _FolderError(f"account {self.account.name!r}: cannot open folder {folder!r}: "
                               f"{server_text(exc)}") from None
        if b"READ-ONLY" not in resp:  # never work on a folder we could change by accident
            raise _FolderError(f"account {self.account.name!r}: the server did not open {folder!r} read-only")
        self._selected = folder
        return int(resp[b"UIDVALIDITY"])

    def _folder(self, folder: str) -> Iterator[RawMail]:
        pos: int | None = None  # highest UID already handed out in this run
        known_uv: int | None = None
        failures = 0
        total = done = 0
        while True:
            try:
                uv = self._select(folder)
                if known_uv is not None and uv != known_uv:
                    pos = None  # renumbered while we were away
                if pos is None:
                    cursor = self.store.get_cursor(self.account.name, folder)
                    if cursor is not None and cursor[0] == uv:
                        pos = cursor[1]
                    else:
                        if cursor is not None:
                            self.rescanned.append(folder)
                            log.info("%s/%s: UIDVALIDITY changed (%s -> %s), rescanning",
                                     self.account.name, folder, cursor[0], uv)
                        pos = 0
                known_uv = uv
                self._uidvalidity[folder] = uv
                uids = sorted(u for u in self._client.search(search_criteria(self.senders, pos)) if u > pos)
                if done == 0:
                    total = len(uids)
                    if self.progress:
                        self.progress(self.account.name, folder, 0, total)
                for start in range(0, len(uids), self.batch_size):
                    batch = uids[start:start + self.batch_size]
                    for mail in self._fetch(folder, batch):
                        yield mail
                        pos = int(mail.key.rpartition(":")[2])
                        failures = 0  # progress was made: a later drop gets fresh retries
                        done += 1
                        if self.progress:
                            self.progress(self.account.name, folder, done, max(total, done))
                return
            except _FolderError as exc:
                self.errors.append(str(exc))
                return
            except ImapError:
                self._drop()
                raise
            except RETRYABLE as exc:
                self._drop()
                if not self._connected_once and imap.unreachable(exc):
                    raise ImapError(imap.unreachable_message(self.account, exc)) from None
                if failures >= len(self.backoff):
                    raise ImapError(
                        f"account {self.account.name!r}: connection to {self.account.host}:{self.account.port} "
                        f"failed ({describe(exc)}); gave up after {failures + 1} tries"
                        + (f" while reading {folder!r}" if pos else "")
                    ) from None
                delay = self.backoff[failures]
                failures += 1
                self.reconnects += 1
                log.warning("%s: %s; reconnecting in %gs (try %d of %d)", self.account.name, describe(exc),
                            delay, failures, len(self.backoff))
                self.sleep(delay)

    def _fetch(self, folder: str, uids: list[int]) -> Iterator[RawMail]:
        """The mails of one batch in UID order: first their sizes and Content-Type fields, then, for
        those under the size cap, the header and plain-text part of a multipart mail
        (sources/partial.py) or the whole of any other."""
        client = self._client
        if client is None or self._selected != folder:  # full() dropped it: the folder loop reconnects
            raise OSError("connection reset")
        info = client.fetch(uids, ["RFC822.SIZE", _CTYPE_ITEM])
        sizes = {uid: int(item.get(b"RFC822.SIZE", 0)) for uid, item in info.items()}
        wanted = [u for u in uids if u in sizes and sizes[u] <= self.max_size]
        multi = [u for u in wanted if partial.multipart(_field(info[u]))]
        got: dict[int, RawMail] = {}
        source = self._source(folder)
        if multi:
            for uid, item in client.fetch(multi, ["BODY.PEEK[HEADER]", "BODY.PEEK[1.MIME]", "BODY.PEEK[1]",
                                                  "INTERNALDATE"]).items():
                head, mime, body = (item.get(k) for k in (b"BODY[HEADER]", b"BODY[1.MIME]", b"BODY[1]"))
                complete = all(isinstance(x, bytes) for x in (head, mime, body))
                if uid in sizes and complete and partial.plain_text(mime):
                    got[uid] = _raw(source, f"{folder}:{uid}", partial.join(head, mime, body), sizes[uid], item,
                                    is_partial=True)
        whole = [u for u in wanted if u not in got]  # single-part mails, and multipart ones not led by plain text
        if whole:
            for uid, item in client.fetch(whole, ["BODY.PEEK[]", "INTERNALDATE"]).items():
                if uid in sizes and isinstance(item.get(b"BODY[]"), bytes):
                    got[uid] = _raw(source, f"{folder}:{uid}", item[b"BODY[]"], sizes[uid], item)
        for uid in uids:
            if uid not in sizes:  # expunged meanwhile
                continue
            if uid in got:
                yield got[uid]
            elif sizes[uid] > self.max_size:
                yield RawMail(source=source, key=f"{folder}:{uid}", data=b"", size=sizes[uid])
            # else: expunged between the FETCHes

    def full(self, raw: RawMail) -> RawMail | None:
        """The whole of a partially fetched mail (the parser asked for more than its plain text); None
        when it cannot be fetched now: the mail is then a hole the folder's cursor will not pass, so
        the next scan reads it again, and the account's errors say so.

        Called between two mails of the scan, while mails() is paused (or already finished: the
        scan's worker window runs behind the source). It uses the scan's connection, selecting the
        mail's folder if the scan has moved on and back again afterwards; on any trouble it drops
        the connection, and mails() reconnects and reselects before its next FETCH."""
        folder, _, uid_text = raw.key.rpartition(":")
        uid = int(uid_text)
        item = None
        why = "the server did not return it"
        try:
            client = self._ensure_client()
            current = self._selected
            if current != folder and self._select(folder) != self._uidvalidity.get(folder):
                raise _FolderError("the folder was renumbered meanwhile")
            item = client.fetch([uid], ["BODY.PEEK[]", "INTERNALDATE"]).get(uid)
            if current is not None and current != folder:
                self._select(current)
        except (ImapError, _FolderError, imaplib.IMAP4.error, *RETRYABLE) as exc:
            why = str(exc) if isinstance(exc, (ImapError, _FolderError)) else describe(exc)
            item = None
            self._drop()
        finally:
            if self._finished:
                self.close()
        if item is None or not isinstance(item.get(b"BODY[]"), bytes):
            self._holes[folder] = min(uid, self._holes.get(folder, uid))
            self.errors.append(f"account {self.account.name!r}: could not fetch the whole of mail {uid} in "
                               f"{folder!r} ({why}); the next scan reads it again")
            return None
        return _raw(raw.source, raw.key, item[b"BODY[]"], raw.size, item, date=raw.internaldate)


class _FolderError(Exception):
    """One folder cannot be read (missing, no permission); the other folders go on."""


_CTYPE_ITEM = "BODY.PEEK[HEADER.FIELDS (CONTENT-TYPE)]"


def _field(item: dict) -> bytes:
    """The Content-Type field from a FETCH of _CTYPE_ITEM (the server may echo the item name in its own case)."""
    for key, value in item.items():
        if isinstance(key, bytes) and key.upper().startswith(b"BODY[HEADER.FIELDS") and isinstance(value, bytes):
            return value
    return b""


def _raw(source: str, key: str, data: bytes, size: int | None, item: dict, is_partial: bool = False,
         date: datetime | None = None) -> RawMail:
    """A fetched mail; its INTERNALDATE from the FETCH `item` (else `date`)."""
    when = item.get(b"INTERNALDATE")
    return RawMail(source=source, key=key, data=bytes(data), size=size,
                   internaldate=plain_tz(when) if isinstance(when, datetime) else date, partial=is_partial)


