"""Numbered schema migrations for the SQLite store, applied in order on every open."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

MIGRATIONS: list[tuple[str, Callable[[sqlite3.Connection], None]]] = []


def migration(fn: Callable[[sqlite3.Connection], None]) -> Callable[[sqlite3.Connection], None]:
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@migration
def m001_initial(db: sqlite3.Connection) -> None:
    run_script(
        db,
        """
        CREATE TABLE requests (
            id INTEGER PRIMARY KEY,
            message_id TEXT NOT NULL UNIQUE,
            platform TEXT NOT NULL,
            kind TEXT NOT NULL,
            sender_name TEXT NOT NULL DEFAULT '',
            sender_headline TEXT NOT NULL DEFAULT '',
            profile_url TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            default_note INTEGER NOT NULL DEFAULT 0,
            subject TEXT NOT NULL DEFAULT '',
            received TEXT,
            source TEXT NOT NULL DEFAULT '',
            source_key TEXT NOT NULL DEFAULT '',
            verdict TEXT NOT NULL,
            score REAL NOT NULL,
            guide_point INTEGER NOT NULL,
            action TEXT NOT NULL,
            language TEXT NOT NULL,
            register TEXT,
            evidence TEXT NOT NULL DEFAULT '[]',
            family TEXT,
            draft TEXT NOT NULL DEFAULT '',
            draft_template TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'new',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX requests_status ON requests(status);
        CREATE INDEX requests_received ON requests(received);
        CREATE INDEX requests_profile ON requests(platform, profile_url);

        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            message_id TEXT NOT NULL UNIQUE,
            platform TEXT NOT NULL,
            sender_name TEXT NOT NULL DEFAULT '',
            profile_url TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            received TEXT,
            request_id INTEGER REFERENCES requests(id),
            created_at TEXT NOT NULL
        );

        CREATE TABLE skipped (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            source_key TEXT NOT NULL,
            reason TEXT NOT NULL,
            size INTEGER,
            at TEXT NOT NULL,
            UNIQUE (source, source_key, reason)
        );

        CREATE TABLE cursors (
            account TEXT NOT NULL,
            folder TEXT NOT NULL,
            uidvalidity INTEGER NOT NULL,
            last_uid INTEGER NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (account, folder)
        );

        CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            request_id INTEGER NOT NULL REFERENCES requests(id),
            at TEXT NOT NULL,
            what TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX history_request ON history(request_id);
        """
    )


def run_script(db: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction (executescript() would commit)."""
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            db.execute(buf)
            buf = ""
    if buf.strip():
        raise ValueError(f"incomplete SQL statement in migration: {buf.strip()[:60]}")


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT on an autocommit connection; ROLLBACK on any error.

    Inside an open transaction (Store.bulk's batch) it is a SAVEPOINT instead: all or nothing
    of this unit, committed with the batch."""
    nested = db.in_transaction
    db.execute("SAVEPOINT unit" if nested else "BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.in_transaction:  # SQLite may have rolled back already (e.g. a full disk)
            db.execute("ROLLBACK TO unit" if nested else "ROLLBACK")
            if nested:
                db.execute("RELEASE unit")
        raise
    db.execute("RELEASE unit" if nested else "COMMIT")


def apply_migrations(db: sqlite3.Connection) -> list[str]:
    """Apply every migration not yet recorded; each commits together with its bookkeeping row.

    `db` must be in autocommit mode (isolation_level=None) so BEGIN/COMMIT are ours.
    """
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
    applied = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        with transaction(db):  # one transaction: the schema change and its row land together or not at all
            fn(db)
            db.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, datetime('now'))", (name,))
        applied.append(name)
    return applied


@migration
def m002_user_label(db: sqlite3.Connection) -> None:
    # what the user taught us with `mark`; a re-screen never overrides it
    db.execute("ALTER TABLE requests ADD COLUMN user_label TEXT")


@migration
def m003_sent_at(db: sqlite3.Connection) -> None:
    # when the reply went out (`mark sent`): the follow-up report measures answers from here
    db.execute("ALTER TABLE requests ADD COLUMN sent_at TEXT")
    db.execute(
        """UPDATE requests SET sent_at = (SELECT MIN(at) FROM history
               WHERE history.request_id = requests.id AND history.what = 'sent')
           WHERE status IN ('sent', 'answered')"""
    )


@migration
def m004_repetition_index(db: sqlite3.Connection) -> None:
    # the repetition signal's shingle index (screener/index.py StoredIndex): derived data, rebuilt
    # from the requests table whenever it is missing or stale
    run_script(
        db,
        """
        CREATE TABLE rep_notes (
            rid INTEGER PRIMARY KEY,  -- requests.id
            sender TEXT NOT NULL,
            norm TEXT NOT NULL,       -- textnorm.normalise(note, [sender, *my names])
            nhash INTEGER,            -- crc32 of norm, for exact matches
            nkeys INTEGER NOT NULL DEFAULT 0 -- how many posting keys (word bigrams) it has
        );
        CREATE INDEX rep_notes_nhash ON rep_notes(nhash);
        CREATE TABLE rep_postings (
            hash INTEGER NOT NULL,    -- crc32 of a word bigram of the note
            rid INTEGER NOT NULL,
            PRIMARY KEY (hash, rid)
        ) WITHOUT ROWID;
        CREATE TABLE rep_df (
            hash INTEGER PRIMARY KEY, -- document frequency; postings stop at the cap
            n INTEGER NOT NULL
        );
        CREATE TABLE rep_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    )


@migration
def m005_recipient_name(db: sqlite3.Connection) -> None:
    # the name the platform greeted the recipient with ("Hi Jana,"): the detector reads it (a greeting
    # with the user's own name is not a wrong name), so a re-screen needs it as the scan had it
    db.execute("ALTER TABLE requests ADD COLUMN recipient_name TEXT NOT NULL DEFAULT ''")
