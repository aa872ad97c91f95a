"""Faults: a stalled IMAP server, SIGKILL in the middle of store writes, a full disk, a read-only database.

The promises: the scan fails cleanly with one clear line and a documented exit code; the
database opens consistent afterwards (PRAGMA integrity_check, no duplicate Message-ID, every
stored request complete with its history row); the next scan completes the work and every
request is stored exactly once. (A server *killed* mid-scan is covered in test_imap.py::
test_server_killed_mid_scan_then_rerun_stores_each_once; it is not repeated here.)
"""

from __future__ import annotations

import testpaths  # noqa: I001 (the tests' own paths)
import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import mailfactory
import pytest
from click.testing import CliRunner

from screener.cli.app import cli
from screener.store.store import Store

ROOT = testpaths.ROOT


# -- mail and database helpers ----------------------------------------------------------------------------------

FIRST = ["Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hannes", "Ida", "Jonas", "Karla", "Lars"]
LAST = ["Adler", "Brandt", "Cordes", "Dietz", "Engel", "Fuchs", "Graf", "Hahn", "Imhof", "Jung", "Kolb", "Lenz"]
TOPICS = ["privacy engineering", "your DSGVO talk", "the Cologne meetup", "anonymisation", "deletion concepts",
          "the workshop in Berlin", "your article on consent", "data protection audits"]


def person(n: int) -> str:
    return f"{FIRST[n % 12]} {LAST[(n // 12) % 12]}{n}"


def invite(n: int) -> bytes:
    return mailfactory.linkedin_invite(
        name=person(n), to="jana@example.org", message_id=f"<fault-{n}@linkedin.example>",
        date=f"Mon, {1 + n % 28:02d} Mar 2026 {n % 24:02d}:{n % 60:02d}:00 +0000",
        note=f"We talked about {TOPICS[n % 8]} (ticket {n * 7919 % 10007}); I would like to ask you about point {n}.",
        headline=f"Engineer at Example {n}", profile_url=f"https://www.linkedin.com/comm/in/p-{n}?midToken=x")


def make_maildir(root: Path, numbers) -> Path:
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (root / "cur" / f"{1_700_000_000 + n}.M{n}P1.fault:2,S").write_bytes(invite(n))
    return root


def consistency(db: Path) -> int:
    """Open the file as a stranger would: integrity ok, no duplicate, every request complete. Returns the count."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        dups = con.execute("SELECT message_id, COUNT(*) FROM requests GROUP BY message_id HAVING COUNT(*) > 1"
                           ).fetchall()
        assert dups == [], f"duplicated requests: {dups}"
        # a request and its 'stored' history row are written in one transaction: never one without the other
        orphans = con.execute("SELECT id FROM requests WHERE id NOT IN "
                              "(SELECT request_id FROM history WHERE what = 'stored')").fetchall()
        assert orphans == [], f"requests without their history row: {orphans}"
        assert con.execute("SELECT COUNT(*) FROM requests WHERE draft = '' OR verdict = ''").fetchone()[0] == 0
        return con.execute("SELECT COUNT(*) FROM requests").fetchone()[0]
    finally:
        con.close()


def stored_ids(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in con.execute("SELECT message_id FROM requests"))
    finally:
        con.close()


def expected_ids(numbers) -> list[str]:
    return sorted(f"<fault-{n}@linkedin.example>" for n in numbers)


@pytest.fixture
def home(tmp_home):
    return tmp_home


def one_clear_line(res) -> str:
    err = res.stderr.strip().splitlines()
    text = res.output
    assert "Traceback" not in text and "internal error" not in text, text
    errors = [line for line in err if line.startswith("screener: ")]
    assert len(errors) == 1, text
    return errors[0]


# -- (b) SIGKILL during store writes ----------------------------------------------------------------------------

N_KILL = 240


def test_sigkill_during_store_writes_leaves_a_consistent_database_and_the_rerun_completes(tmp_path):
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    md = make_maildir(tmp_path / "md", range(N_KILL))
    home = tmp_path / "home"
    env = dict(os.environ, SCREENER_HOME=str(home), PYTHONUNBUFFERED="1", XDG_CONFIG_HOME=str(tmp_path / "xdg"),
               COLUMNS="200")
    env.pop("SCREENER_CONFIG", None)
    cmd = [sys.executable, "-m", "screener", "scan", "--maildir", str(md), "--show"]
    db = home / "screener.db"
    kills, before = 0, 0
    for round_ in range(4):
        target = rng.randint(3, 40)  # requests stored in this run before the kill
        jitter = rng.random() * 0.02  # then somewhere inside the next mail's parse/judge/store
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        try:
            shown = 0
            for line in proc.stdout:
                if line.startswith(b"#"):
                    shown += 1
                    if shown >= target:
                        time.sleep(jitter)
                        proc.send_signal(signal.SIGKILL)
                        kills += 1
                        break
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait(30)
            proc.stdout.close()
        count = consistency(db)
        assert count >= before, f"seed {seed}: committed requests were lost ({before} -> {count})"
        assert count < N_KILL, f"seed {seed}: the scan finished before the kill in round {round_}"
        before = count
    assert kills == 4

    done = subprocess.run(cmd[:-1] + ["-q"], cwd=ROOT, env=env, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    assert consistency(db) == N_KILL
    assert stored_ids(db) == expected_ids(range(N_KILL)), f"seed {seed}"
    again = subprocess.run(cmd[:-1] + ["-q"], cwd=ROOT, env=env, capture_output=True, timeout=120)
    assert again.returncode == 0 and b"nothing new" in again.stdout
    assert consistency(db) == N_KILL


# -- (c) disk full ------------------------------------------------------------------------------------------------


def _mount_tmpfs(path: Path, size: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return False
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)],
                       capture_output=True)
    return r.returncode == 0


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


def _remount(path: Path, opts: str) -> None:
    r = subprocess.run(["mount", "-o", f"remount,{opts}", str(path)], capture_output=True)
    assert r.returncode == 0, r.stderr


def test_disk_full_on_a_real_small_filesystem(tmp_path, home):
    mnt = tmp_path / "small"
    if not _mount_tmpfs(mnt, "384k"):
        pytest.skip("needs root to mount a small tmpfs (the PRAGMA max_page_count test covers the rest)")
    try:
        md = make_maildir(tmp_path / "md", range(200))
        db = mnt / "screener.db"
        first = CliRunner().invoke(cli, ["--db", str(db), "scan", "--maildir", str(make_maildir(tmp_path / "md0", range(20)))])
        assert first.exit_code == 0, first.output
        res = CliRunner().invoke(cli, ["--db", str(db), "scan", "--maildir", str(md)])
        assert res.exit_code == 1, res.output
        line = one_clear_line(res)
        assert "full" in line and str(db) in line, line
        assert not (home / "crash.log").exists()
        count = consistency(db)
        # what was committed before the disk filled up is kept, complete; a scan commits in batches
        # (Store.bulk), so the batch that hit the full disk is lost as a whole and the rerun redoes it
        assert 20 <= count < 200

        _remount(mnt, "size=16m")
        res = CliRunner().invoke(cli, ["--db", str(db), "scan", "--maildir", str(md)])
        assert res.exit_code == 0, res.output
        assert consistency(db) == 200 and stored_ids(db) == expected_ids(range(200))
    finally:
        _umount(mnt)


def test_disk_full_simulated_with_max_page_count(tmp_path, home, monkeypatch):
    md = make_maildir(tmp_path / "md", range(120))
    db = home / "screener.db"
    res = CliRunner().invoke(cli, ["scan", "--maildir", str(make_maildir(tmp_path / "md0", range(1000, 1005)))])
    assert res.exit_code == 0, res.output

    original = Store.__init__

    def limited(self, path):
        original(self, path)
        pages = self.db.execute("PRAGMA page_count").fetchone()[0]
        self.db.execute(f"PRAGMA max_page_count = {pages + 12}")  # ~48 kB more, then SQLITE_FULL

    monkeypatch.setattr(Store, "__init__", limited)
    res = CliRunner().invoke(cli, ["scan", "--maildir", str(md)])
    assert res.exit_code == 1, res.output
    line = one_clear_line(res)
    assert "full" in line, line
    count = consistency(db)
    assert 5 <= count < 125

    monkeypatch.setattr(Store, "__init__", original)
    res = CliRunner().invoke(cli, ["scan", "--maildir", str(md)])
    assert res.exit_code == 0, res.output
    assert consistency(db) == 125
    assert stored_ids(db) == sorted(expected_ids(range(120)) + expected_ids(range(1000, 1005)))


# -- (c) read-only database -------------------------------------------------------------------------------------


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def readonly_db(tmp_path, home):
    """A database with 5 requests on a read-only filesystem (root) or in a read-only folder (others)."""
    folder = tmp_path / "ro"
    mounted = _mount_tmpfs(folder, "8m")
    if not mounted:
        folder.mkdir(exist_ok=True)
    db = folder / "screener.db"
    res = CliRunner().invoke(cli, ["--db", str(db), "scan", "--maildir",
                                   str(make_maildir(tmp_path / "md0", range(5)))])
    assert res.exit_code == 0, res.output
    try:
        if mounted:
            _remount(folder, "ro")
        else:
            db.chmod(0o400)
            folder.chmod(0o500)
        yield db
    finally:
        if mounted:
            _umount(folder)
        else:
            folder.chmod(0o700)
            db.chmod(0o600)


def test_read_only_database_is_one_clear_error_and_nothing_is_written(tmp_path, readonly_db):
    if os.geteuid() == 0 and not os.path.ismount(readonly_db.parent):
        pytest.skip("root ignores file modes and mounting failed")
    before = _digest(readonly_db.parent)
    md = make_maildir(tmp_path / "md", range(100, 110))
    import shutil

    from screener.guide import default_guide_dir

    guide = tmp_path / "guide"
    shutil.copytree(default_guide_dir(), guide)  # `mark` must never touch the bundled guide
    for args in (["scan", "--maildir", str(md)], ["mark", "1", "personal"]):
        res = CliRunner().invoke(cli, ["--db", str(readonly_db), "--guide", str(guide), *args])
        assert res.exit_code == 1, res.output
        line = one_clear_line(res)
        assert "read" in line.lower() or "unable to open" in line.lower(), line
        assert _digest(readonly_db.parent) == before, "the read-only database was changed"
    # reading still works, or fails with one clear line (never a traceback)
    res = CliRunner().invoke(cli, ["--db", str(readonly_db), "list"])
    assert res.exit_code in (0, 1), res.output
    if res.exit_code:
        one_clear_line(res)


# -- (a) the IMAP server stalls mid-scan --------------------------------------------------------------------------


@pytest.mark.imap
def test_stalled_server_times_out_cleanly_and_the_rerun_resumes(dovecot, imap_user, tmp_path):
    from test_imap import account, config_for, linkedin_invite, newsletter, secret_of

    from screener.guide import default_guide_dir, load_guide
    from screener.scan.accounts import EXIT_OK, EXIT_TOTAL_FAILURE, scan_accounts

    user, _ = imap_user
    names = [f"Stall Test{i}" for i in range(8)]
    dovecot.seed(user, [linkedin_invite(300 + i, name=n) for i, n in enumerate(names)] + [newsletter(399)])
    cfg = config_for(account(dovecot, user, timeout=0.5), batch_size=2)
    guide = load_guide(default_guide_dir())
    store = Store(tmp_path / "s.db")
    pgid = dovecot.proc.pid
    watchdog = threading.Timer(30, lambda: os.killpg(pgid, signal.SIGCONT))  # never leave the server stopped
    watchdog.start()
    seen = []

    def stall_after_three(mail):
        seen.append(mail.key)
        if len(seen) == 3:
            os.killpg(pgid, signal.SIGSTOP)  # master, login, auth and imap processes all freeze

    try:
        result = scan_accounts(cfg, store, guide, secret_provider=secret_of(dovecot), on_mail=stall_after_three,
                               backoff=(0.05, 0.1))
    finally:
        os.killpg(pgid, signal.SIGCONT)
        watchdog.cancel()
    assert result.exit_code == EXIT_TOTAL_FAILURE
    status = result.status[user]
    assert "timed out" in status and "gave up after 3 tries" in status and "\n" not in status, status
    assert 3 <= store.count() < 8
    assert store.get_cursor(user, "INBOX")[1] >= 3
    assert consistency(tmp_path / "s.db") == store.count()

    rerun = scan_accounts(cfg, store, guide, secret_provider=secret_of(dovecot), backoff=(0.05, 0.1))
    assert rerun.exit_code == EXIT_OK, rerun.report.errors
    assert sorted(r.sender_name for r in store.list()) == sorted(names)  # every request exactly once
    assert rerun.report.requests_known == 0  # resumed from the cursor: nothing fetched twice
    store.close()
