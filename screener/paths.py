"""Where screener keeps its files: $SCREENER_HOME or the platform's user directories."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "screener"


def home() -> Path:
    """The data folder (database, lock file). $SCREENER_HOME wins over the platform default."""
    env = os.environ.get("SCREENER_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP))


def db_path() -> Path:
    return home() / "screener.db"


def lock_path() -> Path:
    return home() / "scan.lock"


def config_path() -> Path:
    """$SCREENER_CONFIG, else config.toml in the platform config dir."""
    env = os.environ.get("SCREENER_CONFIG")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP)) / "config.toml"


def ensure_private_dir(path: Path) -> Path:
    """Create a folder readable only by the user (it will hold mail excerpts)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def state_dir() -> Path:
    """Where logs belong (the cron recipe's scan.log): the platform state folder, e.g. ~/.local/state/screener."""
    return Path(platformdirs.user_state_dir(APP))


def crash_log() -> Path:
    return home() / "crash.log"
