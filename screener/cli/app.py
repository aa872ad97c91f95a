"""The `screener` group: global options, the commands of every module, and the last-resort error handler."""

from __future__ import annotations

import os
import sys

import click

from screener import __version__, paths
from screener.cli import accounts, check, guide, requests, review, scan, setup, stats
from screener.cli.context import EXIT_ERROR, EXIT_INTERRUPTED, Ctx, Group
from screener.sanitize import clean, one_line


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="screener")
@click.option("--db", type=click.Path(dir_okay=False), help="Database file (default: $SCREENER_HOME/screener.db).")
@click.option("--guide", "guide_dir", type=click.Path(file_okay=False), help="Guide folder (default: config, else the bundled guide).")
@click.option("--config", type=click.Path(dir_okay=False), help="Config file (default: $SCREENER_CONFIG, else the platform config dir).")
@click.pass_context
def cli(ctx: click.Context, db: str | None, guide_dir: str | None, config: str | None) -> None:
    """Screen XING and LinkedIn contact requests in your mail and draft calm replies.

    \b
    Daily use:
      screener scan                 # all configured IMAP accounts (e.g. from cron)
      screener scan --maildir ~/Mail/INBOX
      screener review               # go through today's requests and their drafts
      screener guide lint           # check your contact guide
    """
    ctx.obj = Ctx(db, guide_dir, config)
    ctx.call_on_close(ctx.obj.close)


for command in (scan.scan, *requests.COMMANDS, *review.COMMANDS, *check.COMMANDS, stats.stats, guide.guide, accounts.accounts,
                *setup.COMMANDS):
    cli.add_command(command)


def main() -> None:
    """Entry point: any error we did not foresee still ends in one line, with the details in a log file."""
    try:
        cli(prog_name="screener", standalone_mode=True)  # also under `python -m screener`
    except SystemExit:
        raise
    except KeyboardInterrupt:
        click.echo("screener: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except Exception as exc:  # noqa: BLE001 - last resort, see docstring
        import traceback

        log = paths.home() / "crash.log"
        try:
            paths.ensure_private_dir(log.parent)
            fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)  # tracebacks may quote mail text
            with os.fdopen(fd, "a", encoding="utf-8") as fh:
                fh.write(traceback.format_exc())
            where = f"; details in {log}"
        except OSError:
            where = ""
        click.echo(f"screener: internal error: {clean(type(exc).__name__)}: {one_line(str(exc), 200)}{where}", err=True)
        sys.exit(EXIT_ERROR)
