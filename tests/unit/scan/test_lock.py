"""The scan lock: overlap refused with the holder's PID, a killed holder's lock recovered."""

from __future__ import annotations

import testpaths  # noqa: I001 (the tests' own paths)
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from screener import paths
from screener.scan.lock import ScanLock, ScanLocked, scan_lock

REPO = testpaths.ROOT
HOLDER = textwrap.dedent("""
    import sys, time
    from screener.scan.lock import ScanLock
    lock = ScanLock(sys.argv[1]).acquire()
    print("locked", flush=True)
    time.sleep(60)
""")


def test_default_path_is_in_screener_home(tmp_home):
    lock = ScanLock()
    assert lock.path == paths.lock_path() and lock.path.parent == tmp_home


def test_second_lock_in_same_process_is_refused(tmp_home):
    with scan_lock() as first:
        assert first.locked
        with pytest.raises(ScanLocked, match=rf"another scan \(PID {os.getpid()}\) is running"):
            ScanLock().acquire()
    with scan_lock():  # released: free again
        pass


def test_lock_file_holds_pid_only_while_locked(tmp_home):
    lock = ScanLock().acquire()
    assert lock.path.read_text().strip() == str(os.getpid())
    assert oct(lock.path.stat().st_mode & 0o777) == "0o600"
    lock.release()
    assert lock.path.read_text() == ""
    lock.release()  # idempotent


def _start_holder(path):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True,
                            cwd=REPO)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_other_process_holding_the_lock(tmp_home):
    path = paths.lock_path()
    proc = _start_holder(path)
    try:
        with pytest.raises(ScanLocked) as ei:
            ScanLock(path).acquire()
        assert ei.value.pid == proc.pid and f"PID {proc.pid}" in str(ei.value)
    finally:
        proc.terminate()
        proc.wait(10)


def test_stale_lock_of_killed_process_is_recovered(tmp_home):
    path = paths.lock_path()
    proc = _start_holder(path)
    os.kill(proc.pid, signal.SIGKILL)  # a cron run killed by the OOM killer, a reboot, ...
    proc.wait(10)
    assert path.read_text().strip() == str(proc.pid)  # the file is still there, with the dead PID
    with scan_lock(path) as lock:
        assert lock.locked and path.read_text().strip() == str(os.getpid())
