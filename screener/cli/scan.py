"""`screener scan`: local mailboxes or every configured IMAP account, with a progress bar and a summary."""

from __future__ import annotations

import sys
from contextlib import contextmanager, nullcontext

import click

from screener import paths as paths_mod
from screener.cli.complete import account_names
from screener.cli.context import EXIT_OK, EXIT_PARTIAL, Ctx, Fail, pass_ctx
from screener.sanitize import clean, one_line


def _local_sources(paths, maildir, mbox, eml):
    """PATHs recognised by content; --maildir and --mbox as they say; --eml files or folders of them."""
    from screener.sources import MaildirSource, MboxSource, open_paths

    return [*open_paths(paths), *(MaildirSource(p) for p in maildir), *(MboxSource(p) for p in mbox),
            *open_paths(eml)]


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


class Output:
    """Where the scan writes for a person: requests (--show) and the summary on stdout, problems on stderr.

    When a stream is not a terminal (cron, a log file) each line the scan writes to it starts with
    the time. When the reader of stdout goes away (`scan --show | head`) printing stops, quietly, and
    the scan goes on: what it finds is still stored."""

    def __init__(self) -> None:
        from screener.cli.context import console

        self.out = console(soft_wrap=True)
        self.err = console(stderr=True, soft_wrap=True)
        self.closed = False

    def _line(self, console, text: str) -> None:
        from screener.scan.summary import stamp

        if console is self.out and self.closed:
            return
        prefix = "" if console.is_terminal else stamp() + " "
        try:
            console.print(prefix + text, markup=False)
        except BrokenPipeError:
            self._close()

    def _close(self) -> None:
        from screener.cli.context import quiet_stdout

        self.closed = True
        quiet_stdout()

    def request(self, item) -> None:
        if self.closed:
            return
        try:
            _print_screened(item, self.out)
        except BrokenPipeError:
            self._close()

    def problem(self, text: str) -> None:
        self._line(self.err, one_line(text, 300))

    def summary(self, text: str) -> None:
        self._line(self.out, text)
        if not self.closed:
            try:
                self.out.file.flush()
            except BrokenPipeError:
                self._close()


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--maildir", multiple=True, type=click.Path(), help="Scan a Maildir folder (repeatable).")
@click.option("--mbox", multiple=True, type=click.Path(), help="Scan an mbox file (repeatable).")
@click.option("--eml", multiple=True, type=click.Path(), help="Scan .eml files, or a folder of them (repeatable).")
@click.option("--account", help="Only this IMAP account (default: all configured accounts).",
              shell_complete=account_names)
@click.option("--dry-run", is_flag=True, help="Fetch and screen, store nothing, print what would be stored.")
@click.option("--show/--no-show", "show", default=None, help="Print each new request with its draft.")
@click.option("--quiet", "-q", is_flag=True, help="Only errors and the summary line.")
@pass_ctx
def scan(c: Ctx, paths, maildir, mbox, eml, account, dry_run, show, quiet) -> None:
    """Find contact requests in mail, screen them and draft a reply for each.

    PATH is a Maildir, a folder of .eml files, an mbox file or single mails, recognised
    by their content (a shell glob such as ~/mails/*.eml is fine). Without a PATH (or
    --maildir/--mbox/--eml) it scans every IMAP account in the config file (read-only:
    nothing is marked read, moved or sent). A second scan stores nothing new.

    The last line says what is new; on stdout, with the time in front when stdout is
    not a terminal (a cron log). Problems go to stderr, each once.

    \b
    Examples:
      screener scan ~/Maildir/INBOX --show
      screener scan ~/Downloads/*.eml
      screener scan --account work --dry-run
    """
    from collections import Counter

    from screener.guide import sample_warning
    from screener.scan.lock import scan_lock
    from screener.scan.pipeline import scan as run_scan
    from screener.scan.summary import summary_line

    out = Output()
    show = dry_run if show is None else show
    guide = c.guide()
    local = bool(paths or maildir or mbox or eml)
    verdicts: Counter = Counter()

    def on_request(item) -> None:
        verdicts[item.screening.verdict.value] += 1
        if show and not quiet:
            out.request(item)

    if dry_run and not c.db_path().exists():
        c.use_memory_store()  # a dry run on a fresh home creates nothing
        lock = nullcontext()
    else:
        lock = scan_lock(c.db_path().parent / "scan.lock")
    statuses = None
    with lock:
        if local:
            sources = _local_sources(paths, maildir, mbox, eml)
            report = run_scan(sources, c.store, guide, dry_run=dry_run, on_request=on_request,
                              workers=c.config.scan.workers)
            code = EXIT_PARTIAL if report.errors else EXIT_OK
        else:
            from screener.scan.accounts import scan_accounts

            cfg = c.config
            if not cfg.accounts:
                raise Fail(
                    f"no IMAP accounts configured in {c._config or paths_mod.config_path()}; add an [[accounts]] "
                    "table (`screener config init` writes a commented config) or name a mailbox: screener scan PATH"
                )
            with _progress_bar(out.err, enabled=not quiet) as progress:
                result = scan_accounts(cfg, c.store, guide, account=account, dry_run=dry_run,
                                       on_request=on_request, progress=progress, warn=out.problem)
            report = result.report
            code = result.exit_code
            statuses = result.status
    shown = list(dict.fromkeys(report.errors))  # each problem once
    for err in shown[:20]:
        out.problem(f"screener: {one_line(err, 200)}")
    if len(shown) > 20:
        out.problem(f"screener: … and {len(shown) - 20} more problems")
    warning = sample_warning(guide) if report.requests_new and not quiet else ""
    if warning:
        out.problem(warning)
    out.summary(summary_line(report, verdicts, dry_run=dry_run, accounts=statuses))
    if code:
        sys.exit(code)
