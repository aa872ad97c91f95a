"""Shared fixtures: a temporary SCREENER_HOME, and a real Dovecot for the IMAP tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# helpers (imapserver, mailfactory, testpaths, reviewseed) and test modules that share builders import each
# other by name, from any folder of tests/
for _folder in sorted({p.parent for p in Path(__file__).parent.rglob('test_*.py')} | {Path(__file__).parent}):
    sys.path.insert(0, str(_folder))

from imapserver import APT_PACKAGES, Dovecot, find_dovecot  # noqa: E402


@pytest.fixture(autouse=True)
def tmp_home(tmp_path, monkeypatch) -> Path:
    """Every test's own SCREENER_HOME (database, lock) in a fresh temp dir; no config file unless a test
    writes one, so no test can touch the user's real data folder or config.

    $SCREENER_CONFIG is unset and XDG_CONFIG_HOME points into the temp dir, so the
    platform default config path (screener.paths.config_path()) is inside it too.
    """
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("SCREENER_HOME", str(home))
    monkeypatch.delenv("SCREENER_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return home


@pytest.fixture(scope="session")
def dovecot():
    """A Dovecot 2.3 on 127.0.0.1 for the whole session (tests isolate by user)."""
    binary = find_dovecot()
    if not binary:
        msg = f"dovecot is not installed: apt-get install -y {APT_PACKAGES}"
        if os.environ.get("CI") == "true":
            pytest.fail(msg + " (CI=true: the IMAP tests must not be skipped)", pytrace=False)
        pytest.skip(msg)
    srv = Dovecot.create(binary)
    try:
        yield srv
    finally:
        srv.cleanup()


@pytest.fixture
def imap_user(dovecot) -> tuple[str, str]:
    """A fresh user (name, password) with an empty mailbox."""
    return dovecot.add_user()
