"""The scan lock: one scan at a time (cron overlap), recovered automatically after a crash.

fcntl.flock locks belong to the open file, so the kernel drops the lock when the
holding process dies for any reason (SIGKILL, power loss): a stale lock file is just
a file and the next scan takes it over. The PID inside is only for the message.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from screener import paths
from screener.errors import ScreenerError


class ScanLocked(ScreenerError):
    """Another scan holds the lock. The message is for the user."""

    exit_code = 4  # README "Exit codes": another scan is running

    def __init__(self, pid: int | None, path: Path):
        self.pid = pid
        self.path = path
        who = f"another scan (PID {pid}) is running" if pid else "another scan is running"
        super().__init__(f"{who}; lock file {path}. Try again when it has finished.")


class ScanLock:
    """`with ScanLock(): ...` — raises ScanLocked at once instead of waiting."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else paths.lock_path()
        self._fd: int | None = None

    def acquire(self) -> "ScanLock":
        if self._fd is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _read_pid(fd)
            os.close(fd)
            raise ScanLocked(pid, self.path) from None
        except OSError:
            os.close(fd)
            raise
        try:  # the PID only helps a user find the other run: a full disk must not stop this one here
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        except OSError:
            pass
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            # Empty it rather than unlink: unlinking would let a waiting process lock a
            # file nobody else opens any more.
            os.ftruncate(fd, 0)
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    @property
    def locked(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> "ScanLock":
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        return int(text) if text.isdigit() else None
    except OSError:
        return None


def scan_lock(path: str | Path | None = None) -> ScanLock:
    """`with scan_lock(): ...` — the lock at `path` (default: paths.lock_path())."""
    return ScanLock(path)
