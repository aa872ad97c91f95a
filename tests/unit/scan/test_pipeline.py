"""A scan end to end on local mail: sample inbox, mbox, .eml; idempotence; re-flagging; learning."""

import testpaths  # noqa: I001 (the tests' own paths)
import json
import mailbox
import shutil
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner

from screener.cli.app import cli
from screener.store.store import Store

SAMPLE = testpaths.ROOT / "screener" / "data" / "sample-inbox"
MAIL = testpaths.DATA / "mail"


@pytest.fixture
def home(tmp_home):
    return tmp_home


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def invitation(n, note, sender="Max Muster", vanity=None):
    m = EmailMessage()
    m["From"] = f"{sender} via LinkedIn <invitations@linkedin.com>"
    m["To"] = "jana@example.org"
    m["Subject"] = "I want to connect"
    m["Message-ID"] = f"<inv{n}@linkedin.example>"
    m["Date"] = f"Mon, {n:02d} Mar 2026 09:00:00 +0000"
    m["X-LinkedIn-Class"] = "INVITE-MBR"
    m["X-LinkedIn-Template"] = "email_m2m_invite_single_01"
    vanity = vanity or sender.lower().replace(" ", "-")
    m.set_content(f"Hi Jana,\n\n{note}\n\n{sender}\nConsultant at Example GmbH\n\n"
                  f"View profile: https://www.linkedin.com/comm/in/{vanity}?midToken=abc&trk=x\n\n"
                  f"Accept: https://www.linkedin.com/comm/mynetwork/invite-accept/invitationId/{n}/sharedKey/x/\n")
    return m


def test_sample_inbox_scan_stores_requests_once(home):
    first = run("scan", "--maildir", str(SAMPLE))
    assert first.exit_code == 0, first.output
    store = Store(home / "screener.db")
    n = store.count()
    assert n >= 8
    verdicts = {r.verdict for r in store.list()}
    assert verdicts == {"empty", "boilerplate", "personal"}
    assert all(r.draft.strip() and r.status == "drafted" for r in store.list())
    again = run("scan", "--maildir", str(SAMPLE))
    assert again.exit_code == 0
    assert "nothing new" in again.stdout
    assert Store(home / "screener.db").count() == n


def test_dry_run_stores_nothing_and_prints_drafts(home):
    res = run("scan", "--maildir", str(SAMPLE), "--dry-run")
    assert res.exit_code == 0
    assert "would be new" in res.stdout and "draft:" in res.stdout
    assert Store(home / "screener.db").count() == 0


def test_mbox_and_eml_sources(home, tmp_path):
    box = mailbox.mbox(tmp_path / "in.mbox")
    box.add(invitation(1, "Hi Jana, great talk at Datenschutztag Köln yesterday, thanks for the slides!"))
    box.add(invitation(2, "I'd like to join your LinkedIn network.", sender="Erika Beispiel"))
    box.flush()
    eml = tmp_path / "one.eml"
    eml.write_bytes(bytes(invitation(3, "Let's connect and grow our networks together!", sender="Tim Test")))
    res = run("scan", "--mbox", str(tmp_path / "in.mbox"), "--eml", str(eml))
    assert res.exit_code == 0, res.output
    rows = {r.sender_name: r for r in Store(home / "screener.db").list()}
    assert rows["Max Muster"].verdict == "personal"
    assert rows["Erika Beispiel"].verdict == "empty"
    assert rows["Tim Test"].verdict == "boilerplate"
    assert rows["Max Muster"].profile_url == "https://www.linkedin.com/in/max-muster"


def test_missing_source_is_one_line(home, tmp_path):
    res = run("scan", "--maildir", str(tmp_path / "nope"))
    assert res.exit_code == 1
    assert "not a Maildir" in res.output and "Traceback" not in res.output


def test_unreadable_mail_is_skipped_and_reported(home, tmp_path):
    md = tmp_path / "md"
    shutil.copytree(SAMPLE, md)
    (md / "cur" / "9999999999.M1P1.bad:2,S").write_bytes(b"")
    res = run("scan", "--maildir", str(md))
    assert res.exit_code == 3
    assert "1 skipped" in res.output
    assert Store(home / "screener.db").skipped()[0]["reason"].startswith("unreadable")


def test_a_repeated_note_reflags_the_earlier_open_request(home, tmp_path):
    # on its own this reads as personal (a shared past with a year and a place); a second sender makes it a template
    note = "Wir haben uns 2019 in Stuttgart auf der Messe getroffen, wäre schön wenn wir uns vernetzen."
    md = tmp_path / "md"
    for sub in ("cur", "new", "tmp"):
        (md / sub).mkdir(parents=True)
    (md / "cur" / "1.M1P1.x:2,S").write_bytes(bytes(invitation(1, note, sender="Anna First")))
    run("scan", "--maildir", str(md))
    store = Store(home / "screener.db")
    first = store.list()[0]
    assert first.verdict == "personal"
    (md / "cur" / "2.M2P2.x:2,S").write_bytes(bytes(invitation(2, note.replace("Anna", "Ben"), sender="Ben Second")))
    res = run("scan", "--maildir", str(md))
    assert "re-flagged" in res.output
    again = Store(home / "screener.db").get(first.id)
    assert again.verdict == "boilerplate" and again.family
    assert any("came later from Ben Second" in e["text"] for e in again.evidence)


def test_mark_teaches_the_library_and_rescreens(home, tmp_path):
    guide = tmp_path / "guide"
    assert run("guide", "init", str(guide)).exit_code == 0
    note = "Servus Jana, schau dir gern mal unser Portfolio an, vielleicht passt es ja."
    md = tmp_path / "md"
    for sub in ("cur", "new", "tmp"):
        (md / sub).mkdir(parents=True)
    (md / "cur" / "1.M1P1.x:2,S").write_bytes(bytes(invitation(1, note, sender="Olaf Erst")))
    assert run("--guide", str(guide), "scan", "--maildir", str(md)).exit_code == 0
    rid = Store(home / "screener.db").list()[0].id
    res = run("--guide", str(guide), "mark", str(rid), "boilerplate")
    assert res.exit_code == 0 and "marked boilerplate" in res.output
    assert note in (guide / "library" / "learned.de.txt").read_text(encoding="utf-8")
    # a later copy from someone else is caught by the library now
    out = run("--guide", str(guide), "check", "--name", "Zora Zweit", note.replace("Jana", "Jana!"))
    assert "verdict: boilerplate" in out.output
    assert "matches the boilerplate library" in out.output
    res = run("--guide", str(guide), "mark", str(rid), "personal")
    assert res.exit_code == 0 and "1 library entry removed" in res.output
    assert Store(home / "screener.db").get(rid).user_label == "personal"


def test_show_and_export(home):
    run("scan", "--maildir", str(SAMPLE))
    rid = Store(home / "screener.db").list()[0].id
    stored = Store(home / "screener.db").get(rid)
    res = run("show", str(rid))
    assert res.exit_code == 0
    assert stored.sender_name in res.output and stored.verdict in res.output
    assert stored.draft.strip().splitlines()[-1] in res.output
    data = json.loads(run("show", str(rid), "--json").output)
    assert data["id"] == str(rid) and data["history"][0]["what"] == "stored"
    lines = run("export", "--format", "jsonl").output.splitlines()
    rec = json.loads(lines[0])
    assert {"id", "verdict", "score", "guide_point", "action", "language", "register", "evidence", "draft"} <= set(rec)
    csv_out = run("export", "--format", "csv").output
    assert csv_out.splitlines()[0].startswith("id,")
    assert run("show", "99999").exit_code == 1


def test_mark_empty_teaches_a_default_sentence_and_rescreens(home, tmp_path):
    guide = tmp_path / "guide"
    assert run("guide", "init", str(guide)).exit_code == 0
    note = "Ich würde Sie gerne zu meinen Kontakten auf XING hinzufügen."
    md = tmp_path / "md"
    for sub in ("cur", "new", "tmp"):
        (md / sub).mkdir(parents=True)
    (md / "cur" / "1.M1P1.x:2,S").write_bytes(bytes(invitation(1, note, sender="Olaf Erst")))
    (md / "cur" / "2.M2P2.x:2,S").write_bytes(bytes(invitation(2, "Hallo, " + note, sender="Zora Zweit")))
    assert run("--guide", str(guide), "scan", "--maildir", str(md)).exit_code == 0
    store = Store(home / "screener.db")
    first, second = sorted(store.list(), key=lambda r: r.id)
    assert first.verdict != "empty"
    res = run("--guide", str(guide), "mark", str(first.id), "empty")
    assert res.exit_code == 0 and "marked empty" in res.output, res.output
    learned = (guide / "defaults" / f"{first.platform}.de.txt").read_text(encoding="utf-8")
    assert note in learned
    store = Store(home / "screener.db")
    assert store.get(first.id).verdict == "empty" and store.get(first.id).user_label == "empty"
    assert store.get(second.id).verdict == "empty"  # re-screened: the same default sentence after a greeting
    assert run("--guide", str(guide), "guide", "lint").exit_code == 0
