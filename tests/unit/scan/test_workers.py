"""A long scan parses and prepares mails in worker processes (screener.workers): the result must
be the same, row for row, as a scan done entirely in the main process, and in the same order."""

from __future__ import annotations

import testpaths  # noqa: I001 (the tests' own paths)
import sqlite3
import sys
from pathlib import Path

import pytest

from screener.guide import default_guide_dir, load_guide
from screener.models import RawMail
from screener.scan.pipeline import scan
from screener.sources.local import MaildirSource
from screener.store.store import Store
from screener.scan import workers

sys.path.insert(0, str(testpaths.ROOT / "benchmarks"))
from generate import write_maildir  # noqa: E402  (the benchmarks' realistic mail generator)

COLUMNS = ("id, message_id, kind, sender_name, note, verdict, score, guide_point, action, language, register, "
           "evidence, family, draft, status")


@pytest.fixture(scope="module")
def maildir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("mail") / "md"
    write_maildir(path, 260, seed=11)
    return path


def rows(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(f"SELECT {COLUMNS} FROM requests ORDER BY id").fetchall()
    finally:
        con.close()


def run(maildir: Path, db: Path, n: int) -> object:
    guide = load_guide(default_guide_dir())
    store = Store(db)
    try:
        return scan([MaildirSource(maildir)], store, guide, workers=n, start_after=0)
    finally:
        store.close()


def test_workers_give_the_same_rows_as_the_main_process_alone(maildir, tmp_path):
    serial = run(maildir, tmp_path / "serial.db", 0)
    parallel = run(maildir, tmp_path / "parallel.db", 2)
    assert serial.requests_new > 150 and serial.ignored > 0
    assert (parallel.seen, parallel.requests_new, parallel.ignored, parallel.messages, parallel.reflagged) == \
        (serial.seen, serial.requests_new, serial.ignored, serial.messages, serial.reflagged)
    a, b = rows(tmp_path / "serial.db"), rows(tmp_path / "parallel.db")
    assert len(a) == serial.requests_new
    assert a == b


def test_the_stream_keeps_the_order_and_falls_back_for_mails_it_skips():
    guide = load_guide(default_guide_dir())
    mails = [RawMail("t", str(i), b"From: a@b.example\r\nSubject: %d\r\n\r\nhello\r\n" % i) for i in range(40)]
    out = list(workers.prepared(mails, guide, workers=1, start_after=5, window=4,
                                skip=lambda raw: raw.key == "20"))
    assert [r.raw.key for r in out] == [str(i) for i in range(40)]
    done = [r.raw.key for r in out if r.done]
    assert "20" not in done and set(done) == {str(i) for i in range(5, 40)} - {"20"}  # the pool starts after 5 mails
    assert all(r.mail is not None and r.mail.subject == r.raw.key for r in out if r.done)
    assert all(r.raw.data == b"" for r in out if r.done)  # the bytes are not kept once parsed
    assert next(r for r in out if r.raw.key == "20").raw.data  # a skipped mail keeps its bytes


def test_no_pool_for_a_small_scan_or_without_cores():
    guide = load_guide(default_guide_dir())
    mails = [RawMail("t", str(i), b"From: a@b.example\r\n\r\nx\r\n") for i in range(10)]
    assert not any(r.done for r in workers.prepared(mails, guide, workers=2, start_after=200))
    assert not any(r.done for r in workers.prepared(mails, guide, workers=0, start_after=0))
    assert workers.default_workers() >= 0
