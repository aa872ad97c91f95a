"""`screener config init`: the commented example config, shipped inside the package, written for the user.

The example (screener/data/config.example.toml) documents every key with two sample accounts. The
file `config init` writes is that example with its [[accounts]] tables commented out, so it loads as
it is (no account yet: `screener scan` says so instead of connecting to imap.example.org) and the
user uncomments and edits one account. It is created 0600 and never overwrites an existing file.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from screener import paths
from screener.errors import ScreenerError

EXAMPLE = Path(__file__).resolve().parent / "data" / "config.example.toml"
HINT = "run `screener config init` for a commented config file"


def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


def starter_text(today: date | None = None) -> str:
    """The example with every line from the first [[accounts]] table on commented out."""
    out: list[str] = [f"# Written by `screener config init` on {(today or date.today()).isoformat()}.",
                      "# Uncomment one [[accounts]] table below and fill in your server; then run",
                      "# `screener accounts test` to check it and `screener scan` to scan.", "#"]
    in_accounts = False
    for line in example_text().splitlines():
        if line.startswith("[[accounts]]"):
            in_accounts = True
        if in_accounts and line.strip() and not line.lstrip().startswith("#"):
            line = "# " + line
        out.append(line)
    return "\n".join(out) + "\n"


def write_config(path: Path | None = None) -> Path:
    """Write the starter config to `path` (default: the platform config file), private; refuse to overwrite."""
    target = Path(path).expanduser() if path else paths.config_path()
    if target.exists() or target.is_symlink():
        raise ScreenerError(f"{target}: exists; refusing to overwrite it (edit it, or remove it first)")
    paths.ensure_private_dir(target.parent)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ScreenerError(f"{target}: exists; refusing to overwrite it (edit it, or remove it first)") from None
    except OSError as exc:
        raise ScreenerError(f"{target}: {exc.strerror or exc}") from None
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(starter_text())
    return target
