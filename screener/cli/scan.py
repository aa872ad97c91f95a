"""`screener scan`: local mailboxes or every configured IMAP account, with a progress bar and a summary."""

from __future__ import annotations

import sys
from contextlib import contextmanager

import click

from screener import paths
from screener.cli.context import EXIT_OK, EXIT_PARTIAL, Ctx, Fail, pass_ctx
from screener.sanitize import clean, one_line


def _local_sources(maildir, mbox, eml):
    from screener.sources import EmlSource, MaildirSource, MboxSource

    sources = [MaildirSource(p) for p in maildir] + [MboxSource(p) for p in mbox]
    if eml:
        sources.append(EmlSource(list(eml)))
    return sources


def _print_screened(item, console) -> None:
    from rich.text import Text

    from screener.platforms import display_name

    m, s, d = item.mail, item.screening, item.draft
    head = Text()
    head.append(f"{'#' + str(item.stored_id) if item.stored_id else '-'} ", style="bold")
    head.append(one_line(m.sender_name, 60) or "(no name)", style="bold")
    head.append(f"  {display_name(m.platform.value if m.platform else '')}  ")
    head.append(s.verdict.value, style={"personal": "green", "boilerplate": "yellow", "empty": "red"}[s.verdict.value])
    head.append(f" {s.score:.2f}  point {s.guide_point} → {s.action.value}  [{s.language}/{s.register or '-'}]")
    console.print(head)
    if m.sender_headline:
        console.print(Text("  " + one_line(m.sender_headline, 100), style="dim"))
    console.print(Text("  note: " + (one_line(m.note, 300) or "(none)")))
    for e in s.evidence[:4]:
        console.print(Text("   · " + one_line(str(e), 120), style="dim"))
    console.print(Text("  draft:", style="bold"))
    for line in clean(d.text, keep_newlines=True).splitlines():
        console.print(Text("    " + line))
    console.print()


@contextmanager
def _progress_bar(console, enabled: bool):
    """A rich progress bar per folder on a terminal; nothing under cron (not a terminal)."""
    if not enabled or not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    tasks: dict[tuple[str, str], int] = {}
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=console,
                  transient=True) as bar:
        def update(account: str, folder: str, done: int, total: int) -> None:
            key = (account, folder)
            if key not in tasks:
                tasks[key] = bar.add_task(one_line(f"{account}/{folder}", 40), total=total or None)
            bar.update(tasks[key], completed=done, total=total or None)

        yield update


@click.command()
@click.option("--maildir", multiple=True, type=click.Path(), help="Scan a Maildir folder (repeatable).")
@click.option("--mbox", multiple=True, type=click.Path(), help="Scan an mbox file (repeatable).")
@click.option("--eml", multiple=True, type=click.Path(), help="Scan single .eml files (repeatable).")
@click.option("--account", help="Only this IMAP account (default: all configured accounts).")
@click.option("--dry-run", is_flag=True, help="Fetch and screen, store nothing, print what would be stored.")
@click.option("--show/--no-show", "show", default=None, help="Print each new request with its draft.")
@click.option("--quiet", "-q", is_flag=True, help="Only errors and the summary line.")
@pass_ctx
def scan(c: Ctx, maildir, mbox, eml, account, dry_run, show, quiet) -> None:
    """Find contact requests in mail, screen them and draft a reply for each.

    Without --maildir/--mbox/--eml it scans every IMAP account in the config file
    (read-only: nothing is marked read, moved or sent). A second scan stores nothing new.

    \b
    Examples:
      screener scan --maildir ~/Maildir/INBOX --show
      screener scan --account work --dry-run
    """
    from rich.console import Console

    from screener.scan.lock import scan_lock
    from screener.scan.pipeline import scan as run_scan

    console = Console(stderr=False, highlight=False, soft_wrap=True)
    errc = Console(stderr=True, highlight=False, soft_wrap=True)
    show = dry_run if show is None else show
    guide = c.guide()
    local = bool(maildir or mbox or eml)
    printer = (lambda item: _print_screened(item, console)) if show and not quiet else None
    with scan_lock(c.db_path().parent / "scan.lock"):
        if local:
            sources = _local_sources(maildir, mbox, eml)
            report = run_scan(sources, c.store, guide, dry_run=dry_run, on_request=printer,
                              workers=c.config.scan.workers)
            code = EXIT_PARTIAL if report.errors else EXIT_OK
            lines = []
        else:
            from screener.scan.accounts import scan_accounts

            cfg = c.config
            if not cfg.accounts:
                raise Fail(
                    f"no IMAP accounts configured in {c._config or paths.config_path()}; "
                    "add [[accounts]] (see config.example.toml) or use --maildir/--mbox/--eml"
                )
            with _progress_bar(errc, enabled=not quiet) as progress:
                result = scan_accounts(cfg, c.store, guide, account=account, dry_run=dry_run,
                                       on_request=printer, progress=progress,
                                       warn=lambda text: errc.print(f"screener: {one_line(text, 300)}",
                                                                    markup=False))
            report = result.report
            code = result.exit_code
            lines = [f"{name}: {status}" for name, status in result.status.items()]
    for err in report.errors[:20]:
        errc.print(f"screener: {one_line(err, 200)}", markup=False)
    for line in lines:
        errc.print(one_line(line, 200), markup=False)
    verb = "would store" if dry_run else "new"
    summary = (
        f"{report.seen} mails: {report.requests_new} {verb} requests, {report.requests_known} known, "
        f"{report.messages} messages ({report.answered} answers), {report.ignored} other, "
        f"{report.skipped} skipped, {len(report.errors)} errors"
        + (f", {report.reflagged} earlier request(s) re-flagged as template" if report.reflagged else "")
    )
    errc.print(summary, markup=False)
    if code:
        sys.exit(code)
