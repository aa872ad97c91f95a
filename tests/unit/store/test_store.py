"""The SQLite store: migrations, idempotent inserts, statuses, file mode."""

import sqlite3
import stat
from datetime import datetime, timezone

import pytest

from screener.store.migrations import MIGRATIONS
from screener.models import Action, Draft, Evidence, MailKind, ParsedMail, Platform, Screening, Status, Verdict
from screener.store.store import Store


def _mail(mid="<a@x>", name="Anna Beispiel", note="Hello there", url="https://www.linkedin.com/in/anna"):
    return ParsedMail(
        kind=MailKind.LINKEDIN_INVITATION, platform=Platform.LINKEDIN, message_id=mid, sender_name=name,
        sender_headline="CTO at Beispiel GmbH", profile_url=url, note=note,
        received=datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc), source="maildir:/x", source_key="k1",
    )


SCREEN = Screening(Verdict.BOILERPLATE, 0.9, 2, Action.ASK, "en", None, (Evidence("generic", "cliché", 0.2, "x"),))
DRAFT = Draft("Hi Anna,\n...", Action.ASK, "en", None, "ask.en.txt")


def test_migrations_create_schema_and_are_recorded(tmp_path):
    s = Store(tmp_path / "s.db")
    names = [r[0] for r in s.db.execute("SELECT name FROM _migrations ORDER BY name")]
    assert names == [name for name, _ in MIGRATIONS]
    cols = {r[1] for r in s.db.execute("PRAGMA table_info(requests)")}
    assert {"message_id", "verdict", "score", "draft", "status", "user_label"} <= cols
    s.close()
    # reopening applies nothing twice
    s2 = Store(tmp_path / "s.db")
    assert s2.db.execute("SELECT COUNT(*) FROM _migrations").fetchone()[0] == len(MIGRATIONS)


def test_database_file_is_private(tmp_path):
    Store(tmp_path / "p.db").close()
    assert stat.S_IMODE((tmp_path / "p.db").stat().st_mode) == 0o600


def test_same_message_id_is_stored_once(tmp_path):
    s = Store(tmp_path / "s.db")
    rid, created = s.add_request(_mail(), SCREEN, DRAFT)
    rid2, created2 = s.add_request(_mail(), SCREEN, DRAFT)
    assert created and not created2 and rid == rid2
    assert s.count() == 1
    assert s.has_message("<a@x>")


def test_round_trip_and_statuses(tmp_path):
    s = Store(tmp_path / "s.db")
    rid, _ = s.add_request(_mail(), SCREEN, DRAFT)
    r = s.get(rid)
    assert (r.sender_name, r.verdict, r.status, r.language) == ("Anna Beispiel", "boilerplate", "drafted", "en")
    assert r.evidence[0]["text"] == "cliché"
    assert r.received.startswith("2026-03-01T09:30")
    s.set_status(rid, Status.APPROVED)
    assert s.get(rid).status == "approved"
    assert [h["what"] for h in s.history(rid)] == ["stored", "approved"]
    with pytest.raises(KeyError):
        s.set_status(999, Status.SENT)


def test_message_from_a_replied_sender_marks_request_answered(tmp_path):
    s = Store(tmp_path / "s.db")
    rid, _ = s.add_request(_mail(), SCREEN, DRAFT)
    s.set_status(rid, Status.SENT)
    msg = ParsedMail(kind=MailKind.LINKEDIN_MESSAGE, platform=Platform.LINKEDIN, message_id="<m@x>",
                     sender_name="Anna Beispiel", profile_url="https://www.linkedin.com/in/anna", note="Sure: ...")
    linked, answered = s.add_message(msg)
    assert linked == rid and answered
    assert s.get(rid).status == "answered"


def test_cursor_upsert(tmp_path):
    s = Store(tmp_path / "s.db")
    assert s.get_cursor("work", "INBOX") is None
    s.set_cursor("work", "INBOX", 7, 10)
    s.set_cursor("work", "INBOX", 7, 12)
    assert s.get_cursor("work", "INBOX") == (7, 12)


def on_disk_cursor(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT uidvalidity, last_uid FROM cursors").fetchall()
    finally:
        con.close()


def test_cursor_steps_in_bulk_are_written_with_the_batch(tmp_path):
    """In a scan the cursor moves after every mail but is written once, with the batch's commit,
    together with the requests it follows."""
    s = Store(tmp_path / "s.db")
    with s.bulk(every=3600):
        s.add_request(_mail("<1@x>"), SCREEN, DRAFT)
        s.set_cursor("work", "INBOX", 7, 1)
        s.add_request(_mail("<2@x>"), SCREEN, DRAFT)
        s.set_cursor("work", "INBOX", 7, 2)
        assert s.get_cursor("work", "INBOX") == (7, 2)  # the scan sees its own step
        assert on_disk_cursor(tmp_path / "s.db") == []  # another reader sees nothing yet
        s._batch_started -= 3600
        s.checkpoint()  # the batch is old enough: requests and cursor land together
        assert on_disk_cursor(tmp_path / "s.db") == [(7, 2)]
        s.set_cursor("work", "INBOX", 7, 3)
    assert on_disk_cursor(tmp_path / "s.db") == [(7, 3)]
    assert s.count() == 2


def test_a_batch_that_cannot_commit_loses_its_cursor_steps_too(tmp_path):
    s = Store(tmp_path / "s.db")
    s.set_cursor("work", "INBOX", 7, 1)
    with pytest.raises(RuntimeError):
        with s.bulk(every=3600):
            s.set_cursor("work", "INBOX", 7, 5)
            s.db.execute("ROLLBACK")  # as when the disk is full: the batch is gone
            raise RuntimeError("scan died")
    assert on_disk_cursor(tmp_path / "s.db") == [(7, 1)]
    assert s.get_cursor("work", "INBOX") == (7, 1)


def test_list_filters_and_order(tmp_path):
    s = Store(tmp_path / "s.db")
    s.add_request(_mail("<1@x>"), SCREEN, DRAFT)
    later = ParsedMail(**{**_mail("<2@x>").__dict__, "received": datetime(2026, 4, 1, tzinfo=timezone.utc),
                          "platform": Platform.XING})
    s.add_request(later, SCREEN, DRAFT)
    assert [r.message_id for r in s.list()] == ["<2@x>", "<1@x>"]
    assert [r.message_id for r in s.list(platform="linkedin")] == ["<1@x>"]


def test_unusable_database_is_a_clear_error(tmp_path):
    from screener.store.store import StoreError

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="bad.db"):
        Store(bad)
