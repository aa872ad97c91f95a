"""The SQLite store: requests with their verdicts and drafts, messages, cursors, skipped mail."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from screener.errors import ScreenerError
from screener.models import Draft, ParsedMail, Screening, Status, StoredRequest
from screener.sanitize import storable_date
from screener.store.migrations import apply_migrations, transaction
from screener.store.repetition import RepetitionTables


class StoreError(ScreenerError):
    """The database cannot be used (unreadable, read-only, corrupt, disk full). Message is for the user."""


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _iso(dt: datetime | None) -> str | None:
    """UTC ISO text of a date clamped to a storable range (a mail's Date can be anything)."""
    if dt is None:
        return None
    return storable_date(dt).isoformat(timespec="seconds")


class Store:
    """A screener database. Opening it creates the file (mode 0600) and runs the migrations."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        memory = str(path) == ":memory:"  # a dry run on a fresh home: nothing on disk
        try:
            if not memory:
                self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not memory and not self.path.exists():
                # create it private before sqlite does: it holds strangers' notes and our drafts
                fd = os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600)
                os.close(fd)
            self._batch_every: float | None = None  # bulk(): seconds a batch may stay open
            self._batch_started = 0.0
            self._cursors: dict[tuple[str, str], tuple[int, int]] = {}  # bulk(): written when the batch commits
            self.db = sqlite3.connect(":memory:" if memory else self.path, isolation_level=None, timeout=10)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = FULL")
            apply_migrations(self.db)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the database: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{self.path}: {exc.strerror or exc}") from exc

    def close(self) -> None:
        self.db.close()

    @property
    def repetition(self) -> RepetitionTables:
        """The repetition index's tables in this database (detect/repetition.py's StoredIndex uses them)."""
        return RepetitionTables(self.db)

    @contextmanager
    def bulk(self, every: float = 0.5) -> Iterator["Store"]:
        """Many small units of work in a row (a scan): commit them in batches, without waiting for the disk.

        Each unit (a stored request, an IMAP cursor step) is a savepoint in a transaction that is
        committed when checkpoint() finds it `every` seconds old, and at the end: a kill loses at
        most the last batch, whole units only, and the cursor steps with the requests they follow,
        so a rerun fetches exactly what was lost. WAL with synchronous=NORMAL: a power cut can lose
        the last commits but never corrupts the file. One WAL checkpoint at the end.
        """
        self.db.execute("PRAGMA synchronous = NORMAL")
        self._batch_every = every
        ok = False
        try:
            yield self
            ok = True
        finally:
            self._batch_every = None
            try:
                self._end_batch()
            except StoreError:
                if ok:  # don't mask the error that is already on its way
                    raise
            finally:
                self.db.execute("PRAGMA synchronous = FULL")
                try:
                    self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
                except sqlite3.DatabaseError:
                    pass

    def checkpoint(self) -> None:
        """In bulk(): commit the batch once it is `every` seconds old (call between units of work)."""
        if self._batch_every is not None and self.db.in_transaction \
                and time.monotonic() - self._batch_started >= self._batch_every:
            self._end_batch()

    def _end_batch(self) -> None:
        if not self.db.in_transaction:
            self._cursors = {}  # their batch was rolled back
            return
        try:
            self._write_cursors()
            self.db.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise StoreError(f"{self.path}: cannot write: {exc}") from exc

    def _tx(self):
        """A unit of work: its own transaction, or in bulk() a savepoint in the current batch."""
        self._open_batch()
        return transaction(self.db)

    def _open_batch(self) -> None:
        if self._batch_every is not None and not self.db.in_transaction:
            self.db.execute("BEGIN IMMEDIATE")
            self._batch_started = time.monotonic()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- requests -------------------------------------------------------------

    def has_message(self, message_id: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM requests WHERE message_id = ? UNION ALL SELECT 1 FROM messages WHERE message_id = ?",
            (message_id, message_id),
        ).fetchone()
        return row is not None

    def find_open_request(self, platform: str, profile_url: str, sender_name: str) -> int | None:
        """An earlier request of the same person (a reminder must not become a second request)."""
        if profile_url:
            row = self.db.execute(
                "SELECT id FROM requests WHERE platform = ? AND profile_url = ? ORDER BY id DESC LIMIT 1",
                (platform, profile_url),
            ).fetchone()
        elif sender_name:
            row = self.db.execute(
                "SELECT id FROM requests WHERE platform = ? AND sender_name = ? ORDER BY id DESC LIMIT 1",
                (platform, sender_name),
            ).fetchone()
        else:
            row = None
        return row[0] if row else None

    def add_request(self, mail: ParsedMail, screening: Screening, draft: Draft) -> tuple[int, bool]:
        """Store a screened request; returns (id, created). The same Message-ID is stored once."""
        ts = now_iso()
        evidence = json.dumps(
            [{"signal": e.signal, "text": e.text, "delta": e.delta, "span": e.span, "weight": e.weight}
             for e in screening.evidence],
            ensure_ascii=False,
        )
        try:
            with self._tx():
                cur = self.db.execute(
                    """INSERT INTO requests (message_id, platform, kind, sender_name, sender_headline,
                        profile_url, note, default_note, subject, received, source, source_key,
                        verdict, score, guide_point, action, language, register, evidence, family,
                        draft, draft_template, status, created_at, updated_at, recipient_name)
                       VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                       ON CONFLICT(message_id) DO NOTHING""",
                    (
                        mail.message_id, mail.platform.value if mail.platform else "", mail.kind.value,
                        mail.sender_name, mail.sender_headline, mail.profile_url, mail.note,
                        int(mail.default_note), mail.subject, _iso(mail.received), mail.source,
                        mail.source_key, screening.verdict.value, screening.score, screening.guide_point,
                        screening.action.value, screening.language, screening.register, evidence,
                        screening.family, draft.text, draft.template, Status.DRAFTED.value, ts, ts,
                        mail.recipient_name,
                    ),
                )
                if cur.rowcount == 0:
                    row = self.db.execute("SELECT id FROM requests WHERE message_id = ?", (mail.message_id,)).fetchone()
                    return row[0], False
                rid = cur.lastrowid
                self._log(rid, "stored", f"{screening.verdict.value} {screening.score:.2f}")
                return rid, True
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: cannot write: {exc}") from exc

    def get(self, rid: int) -> StoredRequest | None:
        row = self.db.execute("SELECT * FROM requests WHERE id = ?", (rid,)).fetchone()
        return StoredRequest.from_row(row) if row else None

    def list(
        self,
        status: str | None = None,
        verdict: str | None = None,
        platform: str | None = None,
        source: str | None = None,
        newest_first: bool = True,
        limit: int | None = None,
        since: str | None = None,
        search: str | None = None,
        untouched: bool = False,
    ) -> list[StoredRequest]:
        """Requests by date. `since`: dated on or after this ISO time; `search`: in the name, headline or
        note; `untouched`: nothing done to it by the user yet (only the scan's own history lines)."""
        sql, args = "SELECT * FROM requests WHERE 1=1", []
        for col, val in (("status", status), ("verdict", verdict), ("platform", platform)):
            if val:
                sql += f" AND {col} = ?"
                args.append(val)
        if source:
            sql += " AND source LIKE ?"
            args.append(f"%{source}%")
        if since:
            sql += " AND COALESCE(received, created_at) >= ?"
            args.append(since)
        if search:
            like = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            cols = ("sender_name", "sender_headline", "note")
            sql += " AND (" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in cols) + ")"
            args += [like] * 3
        if untouched:
            sql += (" AND NOT EXISTS (SELECT 1 FROM history h WHERE h.request_id = requests.id"
                    f" AND h.what NOT IN ({', '.join('?' * len(self.AUTOMATIC))}))")
            args += list(self.AUTOMATIC)
        sql += " ORDER BY COALESCE(received, created_at) " + ("DESC" if newest_first else "ASC") + ", id"
        if limit:
            sql += " LIMIT ?"
            args.append(limit)
        return [StoredRequest.from_row(r) for r in self.db.execute(sql, args)]

    def complete_ids(self, prefix: str = "", limit: int = 50) -> list[tuple[int, str, str]]:
        """(id, sender, status) of the newest requests whose id starts with `prefix` (shell completion)."""
        if prefix and not prefix.isdigit():
            return []
        return [tuple(r) for r in self.db.execute(
            "SELECT id, sender_name, status FROM requests WHERE CAST(id AS TEXT) LIKE ? ORDER BY id DESC LIMIT ?",
            (f"{prefix}%", limit))]

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM requests").fetchone()[0]

    def set_status(self, rid: int, status: Status, detail: str = "") -> None:
        with self._tx():
            cur = self.db.execute(
                "UPDATE requests SET status = ?, updated_at = ? WHERE id = ?", (status.value, now_iso(), rid)
            )
            if cur.rowcount == 0:
                raise KeyError(rid)
            self._log(rid, status.value, detail)

    def update_draft(self, rid: int, draft: Draft) -> None:
        with self._tx():
            cur = self.db.execute(
                "UPDATE requests SET draft = ?, draft_template = ?, action = ?, updated_at = ? WHERE id = ?",
                (draft.text, draft.template, draft.action.value, now_iso(), rid),
            )
            if cur.rowcount == 0:
                raise KeyError(rid)
            self._log(rid, "draft", draft.template)

    def update_screening(self, rid: int, screening: Screening, draft: Draft | None = None) -> None:
        evidence = json.dumps(
            [{"signal": e.signal, "text": e.text, "delta": e.delta, "span": e.span, "weight": e.weight}
             for e in screening.evidence],
            ensure_ascii=False,
        )
        with self._tx():
            self.db.execute(
                """UPDATE requests SET verdict=?, score=?, guide_point=?, action=?, language=?, register=?,
                   evidence=?, family=?, updated_at=? WHERE id=?""",
                (screening.verdict.value, screening.score, screening.guide_point, screening.action.value,
                 screening.language, screening.register, evidence, screening.family, now_iso(), rid),
            )
            if draft is not None:
                self.db.execute(
                    "UPDATE requests SET draft=?, draft_template=? WHERE id=?", (draft.text, draft.template, rid)
                )
            self._log(rid, "rescreened", f"{screening.verdict.value} {screening.score:.2f}")

    def set_family(self, rid: int, family: str | None) -> None:
        with self._tx():
            self.db.execute("UPDATE requests SET family = ? WHERE id = ?", (family, rid))

    def set_user_label(self, rid: int, label: str | None) -> None:
        with self._tx():
            self.db.execute("UPDATE requests SET user_label = ?, updated_at = ? WHERE id = ?", (label, now_iso(), rid))
            self._log(rid, "marked", label or "")

    def history(self, rid: int) -> list[dict[str, str]]:
        return [dict(r) for r in self.db.execute(
            "SELECT at, what, detail FROM history WHERE request_id = ? ORDER BY id", (rid,))]

    def _log(self, rid: int, what: str, detail: str = "") -> None:
        self.db.execute(
            "INSERT INTO history (request_id, at, what, detail) VALUES (?,?,?,?)", (rid, now_iso(), what, detail)
        )

    # -- platform messages (answers) -----------------------------------------

    def add_message(self, mail: ParsedMail) -> tuple[int | None, bool]:
        """Store a platform message; link it to that sender's request. Returns (request_id, answered)."""
        platform = mail.platform.value if mail.platform else ""
        rid = self.find_open_request(platform, mail.profile_url, mail.sender_name)
        with self._tx():
            cur = self.db.execute(
                """INSERT INTO messages (message_id, platform, sender_name, profile_url, text, received,
                   request_id, created_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(message_id) DO NOTHING""",
                (mail.message_id, platform, mail.sender_name, mail.profile_url, mail.note,
                 _iso(mail.received), rid, now_iso()),
            )
            if cur.rowcount == 0 or rid is None:
                return rid, False
            status = self.db.execute("SELECT status FROM requests WHERE id = ?", (rid,)).fetchone()[0]
            if status in (Status.SENT.value,):
                self.db.execute(
                    "UPDATE requests SET status = ?, updated_at = ? WHERE id = ?",
                    (Status.ANSWERED.value, now_iso(), rid),
                )
                self._log(rid, Status.ANSWERED.value, mail.message_id)
                return rid, True
            self._log(rid, "message", mail.message_id)
            return rid, False

    # -- skipped mail, cursors --------------------------------------------------

    def add_skipped(self, source: str, key: str, reason: str, size: int | None = None) -> None:
        with self._tx():
            self.db.execute(
                "INSERT OR IGNORE INTO skipped (source, source_key, reason, size, at) VALUES (?,?,?,?,?)",
                (source, key, reason, size, now_iso()),
            )

    def skipped(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute("SELECT * FROM skipped ORDER BY id")]

    def get_cursor(self, account: str, folder: str) -> tuple[int, int] | None:
        if (account, folder) in self._cursors:
            return self._cursors[(account, folder)]
        row = self.db.execute(
            "SELECT uidvalidity, last_uid FROM cursors WHERE account = ? AND folder = ?", (account, folder)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def set_cursor(self, account: str, folder: str, uidvalidity: int, last_uid: int) -> None:
        """Where an IMAP folder's scan got to. In bulk() it is kept in memory and written with the
        batch's commit (one row per folder and batch instead of one per mail): the cursor never
        gets ahead of, or behind, the requests it follows."""
        if self._batch_every is not None:
            self._open_batch()  # the batch this step belongs to
            self._cursors[(account, folder)] = (uidvalidity, last_uid)
            return
        with self._tx():
            self._put_cursor(account, folder, uidvalidity, last_uid)

    def _put_cursor(self, account: str, folder: str, uidvalidity: int, last_uid: int) -> None:
        self.db.execute(
            """INSERT INTO cursors (account, folder, uidvalidity, last_uid, updated_at) VALUES (?,?,?,?,?)
               ON CONFLICT(account, folder) DO UPDATE SET uidvalidity = excluded.uidvalidity,
               last_uid = excluded.last_uid, updated_at = excluded.updated_at""",
            (account, folder, uidvalidity, last_uid, now_iso()),
        )

    def _write_cursors(self) -> None:
        cursors, self._cursors = self._cursors, {}
        for (account, folder), (uidvalidity, last_uid) in cursors.items():
            self._put_cursor(account, folder, uidvalidity, last_uid)

    # -- review, delivery and follow-up (issue 5) --------------------------------

    PENDING = ("new", "drafted", "approved")
    AUTOMATIC = ("stored", "rescreened", "message")  # history lines the scan writes, not the user

    def pending(self, verdict: str | None = None, platform: str | None = None,
                source: str | None = None, **filters: Any) -> list[StoredRequest]:
        """Requests still waiting for the user (new, drafted, approved), newest first."""
        return [r for r in self.list(verdict=verdict, platform=platform, source=source, **filters)
                if r.status in self.PENDING]

    def mark_sent(self, rid: int, at: str | None = None) -> None:
        """Status `sent` and when: the answer-rate report counts answers from this moment."""
        at = at or now_iso()
        with self._tx():
            cur = self.db.execute(
                "UPDATE requests SET status = ?, sent_at = ?, updated_at = ? WHERE id = ?",
                (Status.SENT.value, at, now_iso(), rid),
            )
            if cur.rowcount == 0:
                raise KeyError(rid)
            self._log(rid, Status.SENT.value, at)

    def restore(self, r: StoredRequest, why: str = "undo") -> None:
        """Put a request back as `r` shows it (the review's undo): status, verdict, draft, label."""
        evidence = json.dumps(r.evidence, ensure_ascii=False)
        with self._tx():
            cur = self.db.execute(
                """UPDATE requests SET status=?, sent_at=?, verdict=?, score=?, guide_point=?, action=?, language=?,
                   register=?, evidence=?, family=?, draft=?, draft_template=?, user_label=?, updated_at=?
                   WHERE id=?""",
                (r.status, r.sent_at, r.verdict, r.score, r.guide_point, r.action, r.language, r.register, evidence,
                 r.family, r.draft, r.draft_template, r.user_label, now_iso(), r.id),
            )
            if cur.rowcount == 0:
                raise KeyError(r.id)
            self._log(r.id, why, r.status)

    def messages_for(self, rid: int) -> list[dict[str, Any]]:
        """The platform messages linked to a request (their answers), oldest first."""
        return [dict(row) for row in self.db.execute(
            "SELECT COALESCE(received, created_at) AS date, sender_name, text FROM messages WHERE request_id = ? "
            "ORDER BY date, id", (rid,))]

    def log_event(self, rid: int, what: str, detail: str = "") -> None:
        """A history line that changes nothing else (e.g. a copy saved to the Drafts folder)."""
        with self._tx():
            self._log(rid, what, detail)

    def stats_rows(self, since: str | None = None) -> list[dict[str, Any]]:
        """The fields the stats need, one dict per request dated on or after `since` (ISO date)."""
        sql = ("SELECT id, platform, verdict, action, status, sender_name, sent_at, "
               "COALESCE(received, created_at) AS date FROM requests")
        args: list[Any] = []
        if since:
            sql += " WHERE COALESCE(received, created_at) >= ?"
            args.append(since)
        return [dict(r) for r in self.db.execute(sql + " ORDER BY date, id", args)]

    def answer_dates(self) -> dict[int, list[str]]:
        """request id -> dates of the platform messages linked to it, oldest first."""
        out: dict[int, list[str]] = {}
        for rid, date in self.db.execute(
            "SELECT request_id, COALESCE(received, created_at) AS d FROM messages "
            "WHERE request_id IS NOT NULL ORDER BY d"):
            out.setdefault(rid, []).append(date)
        return out
