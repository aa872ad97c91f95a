"""The repetition index's tables (migration m004): notes, their posting keys and document frequencies.

Only SQL lives here; what a key is, and how candidates are scored, is detect/repetition.py's business.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from screener.store.migrations import transaction

NoteRow = tuple[int, str, str]  # (rid, sender, norm)


class RepetitionTables:
    """rep_notes, rep_postings, rep_df and rep_meta of one store."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def transaction(self):
        return transaction(self.db)

    # -- bookkeeping ------------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM rep_meta").fetchall())

    def set_meta(self, items: Iterable[tuple[str, str]]) -> None:
        self.db.executemany("INSERT INTO rep_meta (key, value) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", list(items))

    def clear(self) -> None:
        for table in ("rep_notes", "rep_postings", "rep_df"):
            self.db.execute(f"DELETE FROM {table}")

    def requests_top(self) -> int:
        """The highest request id stored."""
        return self.db.execute("SELECT COALESCE(MAX(id), 0) FROM requests").fetchone()[0]

    def notes_top(self) -> int:
        """The highest request id indexed."""
        return self.db.execute("SELECT COALESCE(MAX(rid), 0) FROM rep_notes").fetchone()[0]

    def unindexed(self, upto: int, top: int) -> list[NoteRow]:
        """Requests with a note, id in (upto, top], not indexed yet: (id, sender, note)."""
        return self.db.execute(
            "SELECT id, sender_name, note FROM requests WHERE id > ? AND id <= ? AND note != '' "
            "AND id NOT IN (SELECT rid FROM rep_notes WHERE rid > ?) ORDER BY id", (upto, top, upto)).fetchall()

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM rep_notes WHERE norm != ''").fetchone()[0]

    def family(self, rid: int) -> str | None:
        row = self.db.execute("SELECT family FROM requests WHERE id = ?", (rid,)).fetchone()
        return row[0] if row else None

    # -- writing ------------------------------------------------------------------------------

    def write(self, rows: Iterable[tuple[int, str, str, int | None, Sequence[int]]], cap: int) -> None:
        """Post notes (rid, sender, norm, norm hash, keys) inside the caller's transaction; a note already
        indexed is skipped; a key's postings stop at `cap` notes."""
        db = self.db
        for rid, sender, norm, nhash, ks in rows:
            cur = db.execute("INSERT OR IGNORE INTO rep_notes (rid, sender, norm, nhash, nkeys) VALUES (?,?,?,?,?)",
                             (rid, sender, norm, nhash, len(ks)))
            if cur.rowcount == 0 or not ks:
                continue
            params = [(h,) for h in ks]
            db.executemany("INSERT INTO rep_df (hash, n) VALUES (?, 1) ON CONFLICT(hash) DO UPDATE SET n = n + 1",
                           params)
            db.executemany(f"INSERT OR IGNORE INTO rep_postings (hash, rid) SELECT ?1, {int(rid)} "
                           f"WHERE (SELECT n FROM rep_df WHERE hash = ?1) <= {int(cap)}", params)

    # -- reading ------------------------------------------------------------------------------

    def exact(self, nhash: int, upto: int) -> Iterator[NoteRow]:
        """Indexed notes with this hash and rid <= upto, oldest first."""
        return self.db.execute("SELECT rid, sender, norm FROM rep_notes WHERE nhash = ? AND rid <= ? ORDER BY rid",
                               (nhash, upto))

    def candidates(self, keys: Sequence[int], upto: int, limit: int) -> list[NoteRow]:
        """The `limit` notes (rid <= upto) sharing the highest share of keys with a note of these keys
        (shared / union; ties: the earliest)."""
        marks = ",".join("?" * len(keys))
        return self.db.execute(
            f"SELECT n.rid, n.sender, n.norm FROM (SELECT rid, COUNT(*) AS c FROM rep_postings WHERE hash IN ({marks})"
            f" AND rid <= ? GROUP BY rid) AS t JOIN rep_notes n ON n.rid = t.rid"
            f" ORDER BY CAST(t.c AS REAL) / (? + n.nkeys - t.c) DESC, t.rid LIMIT ?",
            (*keys, upto, len(keys), limit)).fetchall()
