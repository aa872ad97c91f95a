"""What every command shares: exit codes, the one error handler, and the lazily opened config, store and guide."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import click

from screener import paths
from screener.errors import ScreenerError
from screener.sanitize import clean

# Exit codes (documented in README "Exit codes").
EXIT_OK = 0
EXIT_ERROR = 1  # a user-caused error, or a scan where nothing could be read
EXIT_USAGE = 2  # bad options (click)
EXIT_PARTIAL = 3  # done, but some accounts, mails or input lines failed
EXIT_LOCKED = 4  # another scan is running
EXIT_INTERRUPTED = 130  # Ctrl-C


class Fail(click.ClickException):
    """One clear line on stderr and a documented exit code."""

    def __init__(self, message: str, code: int = EXIT_ERROR):
        super().__init__(message)
        self.exit_code = code

    def show(self, file=None) -> None:
        click.echo(f"screener: {clean(self.message)}", err=True)


class Ctx:
    """What the group options resolve to; opened lazily so `--help` never touches disk."""

    def __init__(self, db: str | None, guide: str | None, config: str | None):
        self._db, self._guide, self._config = db, guide, config
        self._store = self._config_obj = None

    @property
    def config(self):
        if self._config_obj is None:
            from screener.config import load_config

            self._config_obj = load_config(Path(self._config) if self._config else None)
        return self._config_obj

    def db_path(self) -> Path:
        if self._db:
            return Path(self._db)
        cfg_db = getattr(self.config, "db", None)
        return Path(cfg_db).expanduser() if cfg_db else paths.db_path()

    @property
    def store(self):
        if self._store is None:
            from screener.store import Store

            self._store = Store(self.db_path())
        return self._store

    def use_memory_store(self) -> None:
        """A store that lives in memory only (a dry run where no database exists yet)."""
        from screener.store import Store

        self._store = Store(":memory:")

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    def guide_dir(self, override: str | None = None) -> Path:
        from screener.guide import default_guide_dir

        if override:
            return Path(override)
        if self._guide:
            return Path(self._guide)
        env = os.environ.get("SCREENER_GUIDE")
        if env:
            return Path(env)
        cfg_guide = getattr(self.config, "guide", None)
        return Path(cfg_guide).expanduser() if cfg_guide else default_guide_dir()

    def guide(self, override: str | None = None):
        from screener.guide import load_guide

        return load_guide(self.guide_dir(override))

    def request(self, rid: int):
        """The stored request with this id, or the one message every command gives when there is none."""
        r = self.store.get(rid)
        if r is None:
            raise Fail(f"no request with id {rid} (see `screener list`)")
        return r


pass_ctx = click.make_pass_decorator(Ctx)


class Group(click.Group):
    """The one place a user-caused error becomes one line and its exit code, for every command below.

    ScreenerError carries its own message and exit code; a database that cannot be written (disk
    full, read-only) or a file that cannot be opened is exit 1, not a traceback. Each write is one
    transaction, so nothing is left half-written; what was committed before stays. Ctrl-C is exit
    130 with one line; a reader that closes our output early (`| head`) ends the command quietly."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ScreenerError as exc:
            raise Fail(str(exc), exc.exit_code) from exc
        except sqlite3.Error as exc:
            obj = ctx.obj if isinstance(ctx.obj, Ctx) else None
            db = (obj._db or (obj._store.path if obj._store else None)) if obj else None
            raise Fail(f"{db or 'the database'}: {exc}") from exc
        except BrokenPipeError:
            quiet_stdout()
            raise click.exceptions.Exit(EXIT_OK) from None
        except KeyboardInterrupt:
            raise Fail("interrupted", EXIT_INTERRUPTED) from None
        except OSError as exc:
            if not exc.filename:  # not about a file the user named: a real bug, see main()
                raise
            raise Fail(f"{exc.filename}: {exc.strerror or exc}") from exc

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """click's main, with our policy for what click itself reports: a usage error is one line
        (exit 2), Ctrl-C outside a command is exit 130 ("Aborted!" is click's wording, not ours)."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as exc:
            cmd = exc.ctx.command_path if exc.ctx else "screener"
            click.echo(f"screener: {clean(exc.format_message()).rstrip('.')} (see `{cmd} --help`)", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except (click.Abort, KeyboardInterrupt, EOFError):
            click.echo("screener: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        sys.exit(rv if isinstance(rv, int) else EXIT_OK)


def console(**kwargs):
    """A rich Console for our output. rich answers a closed pipe with exit 1; ours raises
    BrokenPipeError, which Group.invoke turns into a quiet end (or the scan's Output into silence)."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError

    kwargs.setdefault("highlight", False)
    return _Console(**kwargs)


def quiet_stdout() -> None:
    """Our reader went away (`screener list | head`): what is left to print goes nowhere, and the
    interpreter's last flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (tests capture it)
        pass
