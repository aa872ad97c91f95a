"""The click layer: parse options, call one core function, render. No business logic here."""

from __future__ import annotations

import csv
import json
from contextlib import contextmanager
import os
import sys
from pathlib import Path

import click

from . import __version__
from . import paths
from .safe import clean, dumps, one_line

# Exit codes (documented in README "Exit codes").
EXIT_OK = 0
EXIT_ERROR = 1  # a user-caused error, or a scan where nothing could be read
EXIT_USAGE = 2  # bad options (click)
EXIT_PARTIAL = 3  # done, but some accounts, mails or input lines failed
EXIT_LOCKED = 4  # another scan is running


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
        self._store = self._guide_obj = self._config_obj = None

    @property
    def config(self):
        if self._config_obj is None:
            from .config import ConfigError, load_config

            try:
                self._config_obj = load_config(Path(self._config) if self._config else None)
            except ConfigError as exc:
                raise Fail(str(exc)) from exc
        return self._config_obj

    def db_path(self) -> Path:
        if self._db:
            return Path(self._db)
        cfg_db = getattr(self.config, "db", None)
        return Path(cfg_db).expanduser() if cfg_db else paths.db_path()

    @property
    def store(self):
        if self._store is None:
            from .store import Store, StoreError

            try:
                self._store = Store(self.db_path())
            except StoreError as exc:
                raise Fail(str(exc)) from exc
        return self._store

    def guide_dir(self, override: str | None = None) -> Path:
        from .guide import default_guide_dir

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
        from .guide import GuideError, load_guide

        try:
            return load_guide(self.guide_dir(override))
        except GuideError as exc:
            raise Fail(str(exc)) from exc


pass_ctx = click.make_pass_decorator(Ctx)


class _Group(click.Group):
    """Any command: a database that cannot be written (disk full, read-only) or a mail source that
    fails mid-way is one line and exit 1, not a traceback. Each write is one transaction, so
    nothing is left half-written; what was committed before stays."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except Exception as exc:
            import sqlite3

            from .sources.base import SourceError
            from .store import StoreError

            if isinstance(exc, (StoreError, SourceError)):
                raise Fail(str(exc)) from exc
            if isinstance(exc, sqlite3.Error):
                obj = ctx.obj if isinstance(ctx.obj, Ctx) else None
                db = obj._db or (obj._store.path if obj and obj._store else None) if obj else None
                raise Fail(f"{db or 'the database'}: {exc}") from exc
            if isinstance(exc, OSError) and exc.filename:  # e.g. the lock file on a read-only filesystem
                raise Fail(f"{exc.filename}: {exc.strerror or exc}") from exc
            raise


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
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
    ctx.call_on_close(lambda: ctx.obj._store.close() if ctx.obj._store else None)


# -- scan ---------------------------------------------------------------------------------


def _local_sources(maildir, mbox, eml):
    from .sources import EmlSource, MaildirSource, MboxSource, SourceError

    try:
        sources = [MaildirSource(p) for p in maildir] + [MboxSource(p) for p in mbox]
        if eml:
            sources.append(EmlSource(list(eml)))
    except SourceError as exc:
        raise Fail(str(exc)) from exc
    return sources


def _print_screened(item, console) -> None:
    from rich.text import Text

    m, s, d = item.mail, item.screening, item.draft
    head = Text()
    head.append(f"{'#' + str(item.stored_id) if item.stored_id else '-'} ", style="bold")
    head.append(one_line(m.sender_name, 60) or "(no name)", style="bold")
    head.append(f"  {m.platform.value if m.platform else ''}  ")
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


@cli.command()
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

    from .lock import ScanLocked, scan_lock
    from .pipeline import scan as run_scan

    console = Console(stderr=False, highlight=False, soft_wrap=True)
    errc = Console(stderr=True, highlight=False, soft_wrap=True)
    show = dry_run if show is None else show
    guide = c.guide()
    local = bool(maildir or mbox or eml)
    printer = (lambda item: _print_screened(item, console)) if show and not quiet else None
    try:
        with scan_lock(c.db_path().parent / "scan.lock"):
            if local:
                sources = _local_sources(maildir, mbox, eml)
                report = run_scan(sources, c.store, guide, dry_run=dry_run, on_request=printer,
                                  workers=c.config.scan.workers)
                failures, total = (len(report.errors), 1)
                code = EXIT_PARTIAL if report.errors else EXIT_OK
                lines = []
            else:
                from .config import ConfigError
                from .imap_scan import scan_accounts

                cfg = c.config
                if not cfg.accounts:
                    raise Fail(
                        f"no IMAP accounts configured in {c._config or paths.config_path()}; "
                        "add [[accounts]] (see config.example.toml) or use --maildir/--mbox/--eml"
                    )
                try:
                    with _progress_bar(errc, enabled=not quiet) as progress:
                        result = scan_accounts(cfg, c.store, guide, account=account, dry_run=dry_run,
                                               on_request=printer, progress=progress)
                except ConfigError as exc:
                    raise Fail(str(exc)) from exc
                report = result.report
                code = result.exit_code
                lines = [f"{name}: {status}" for name, status in result.status.items()]
    except ScanLocked as exc:
        raise Fail(str(exc), EXIT_LOCKED) from exc
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


# -- list / show / export ---------------------------------------------------------------------

STATUSES = ["new", "drafted", "approved", "sent", "dismissed", "answered"]


@cli.command("list")
@click.option("--status", type=click.Choice(STATUSES), help="Only requests with this status.")
@click.option("--verdict", type=click.Choice(["empty", "boilerplate", "personal"]), help="Only this verdict.")
@click.option("--platform", type=click.Choice(["xing", "linkedin"]), help="Only this platform.")
@click.option("--json", "as_json", is_flag=True, help="JSON array instead of a table.")
@click.option("--limit", type=int, help="At most this many rows.")
@pass_ctx
def list_cmd(c: Ctx, status, verdict, platform, as_json, limit) -> None:
    """List stored requests, newest first.

    \b
    Example:
      screener list --status drafted --verdict boilerplate
    """
    rows = c.store.list(status=status, verdict=verdict, platform=platform, limit=limit)
    if as_json:
        click.echo(dumps([r.as_record() for r in rows], indent=2))
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, header_style="bold")
    for col in ("id", "date", "platform", "sender", "verdict", "score", "action", "status", "note"):
        table.add_column(col, overflow="ellipsis", no_wrap=col != "note")
    for r in rows:
        # Text cells: a plain str cell would be read as rich markup ("[link=...]" in a note)
        table.add_row(*(Text(one_line(v, n)) for v, n in (
            (str(r.id), 12), ((r.received or "")[:10], 10), (r.platform, 20), (r.sender_name, 30), (r.verdict, 20),
            (f"{r.score:.2f}", 6), (r.action, 10), (r.status, 12), (r.note, 60))))
    Console(highlight=False).print(table)
    if not rows:
        click.echo("no requests stored yet (run `screener scan`)", err=True)


def _get(c: Ctx, rid: int):
    r = c.store.get(rid)
    if r is None:
        raise Fail(f"no request with id {rid} (see `screener list`)")
    return r


@cli.command()
@click.argument("request_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="The stored record as JSON.")
@pass_ctx
def show(c: Ctx, request_id: int, as_json: bool) -> None:
    """Show one request: the note, the verdict with its evidence, and the draft.

    \b
    Example:
      screener show 12
    """
    r = _get(c, request_id)
    if as_json:
        rec = r.as_record()
        rec["evidence_detail"] = r.evidence
        rec["history"] = c.store.history(r.id)
        click.echo(dumps(rec, indent=2))
        return
    from .review import render_request

    render_request(r)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@click.option("--status", type=click.Choice(STATUSES), help="Only requests with this status.")
@pass_ctx
def export(c: Ctx, fmt: str, output: str | None, status: str | None) -> None:
    """Export stored requests (same field names as `check --jsonl`).

    \b
    Example:
      screener export --format csv -o requests.csv
    """
    rows = [r.as_record() for r in c.store.list(status=status, newest_first=False)]
    out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "jsonl":
            for rec in rows:
                out.write(dumps(rec) + "\n")
        else:
            fields = list(rows[0].keys()) if rows else ["id"]
            w = csv.DictWriter(out, fieldnames=fields)
            w.writeheader()
            for rec in rows:
                rec = dict(rec, evidence="; ".join(rec["evidence"]))
                w.writerow(rec)
    finally:
        if output:
            out.close()


# -- check / eval ------------------------------------------------------------------------------


@cli.command()
@click.argument("text", required=False)
@click.option("--jsonl", "jsonl", type=click.Path(dir_okay=False, allow_dash=True), help="Batch: one request per line ('-' for stdin).")
@click.option("--platform", type=click.Choice(["xing", "linkedin"]), default="linkedin", show_default=True, help="For TEXT.")
@click.option("--name", "sender_name", default="", help="Sender name, for TEXT.")
@click.option("--headline", default="", help="Sender headline, for TEXT.")
@click.option("--strict", is_flag=True, help="Stop at the first bad input line (exit 1) instead of skipping it.")
@click.option("--guide", "guide_opt", type=click.Path(file_okay=False), help="Guide folder for this check.")
@pass_ctx
def check(c: Ctx, text, jsonl, platform, sender_name, headline, strict, guide_opt) -> None:
    """Judge a note (TEXT) or a batch of requests (--jsonl) without storing anything.

    The batch reads one JSON object per line with id, platform, sender_name,
    sender_headline, date (ISO 8601) and message; it judges them in date order, each
    against the guide and the requests dated before it, and writes one JSON object per
    input line (id, verdict, score, guide_point, action, language, register, evidence,
    draft). A bad line is reported on stderr with its number and skipped (exit 3), or
    stops the run with --strict (exit 1).

    \b
    Examples:
      screener check "Hi, I'd love to expand my network with like-minded professionals."
      screener check --jsonl requests.jsonl --guide ./my-guide > verdicts.jsonl
    """
    from .batch import BadLine, check_records, read_jsonl

    if bool(text) == bool(jsonl):
        raise Fail("give either TEXT or --jsonl FILE", EXIT_USAGE)
    guide = c.guide(guide_opt)
    if text is not None:
        rec = {"id": "1", "platform": platform, "sender_name": sender_name, "sender_headline": headline,
               "date": "1970-01-01T00:00:00+00:00", "message": text}
        lines = [json.dumps(rec)]
    else:
        try:
            fh = sys.stdin if jsonl == "-" else open(jsonl, encoding="utf-8")
            lines = fh.read().splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise Fail(f"{jsonl}: {getattr(exc, 'strerror', None) or exc}") from exc
    records, bad = [], 0
    for item in read_jsonl(lines):
        if isinstance(item, BadLine):
            bad += 1
            if strict:
                raise Fail(f"{jsonl}:{item.lineno}: {item.reason}")
            click.echo(f"screener: {jsonl}:{item.lineno}: {item.reason} (skipped)", err=True)
            continue
        records.append(item[1])
    results = check_records(records, guide)
    if text is not None:
        _print_check(results[0])
        return
    for res in results:
        click.echo(dumps(res))
    if bad:
        sys.exit(EXIT_PARTIAL)


def _print_check(res: dict) -> None:
    click.echo(f"verdict: {res['verdict']}  score: {res['score']:.2f}  guide point {res['guide_point']} → {res['action']}"
               f"  [{res['language']}/{res['register'] or '-'}]")
    for e in res["evidence"]:
        click.echo(f"  · {one_line(e, 160)}")
    click.echo("draft:")
    for line in clean(res["draft"], keep_newlines=True).splitlines():
        click.echo("  " + line)


@cli.command("eval")
@click.argument("jsonl_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--guide", "guide_opt", type=click.Path(file_okay=False), help="Guide folder (e.g. one with the corpus persona's profile.toml).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--max-errors", type=int, default=50, show_default=True, help="How many misjudged requests to list.")
@pass_ctx
def eval_cmd(c: Ctx, jsonl_file, guide_opt, as_json, max_errors) -> None:
    """Measure screening on a labelled corpus: precision, recall, F1, confusion, misjudged requests.

    The file has the `check --jsonl` fields plus `label` (empty|boilerplate|personal) and
    optionally `language` and `register`. Requests are judged online, as `check --jsonl` does.

    \b
    Example:
      screener eval tests/data/corpus/requests.jsonl --guide tests/data/corpus/guide
    """
    from .evaluate import evaluate, format_report

    guide = c.guide(guide_opt)
    try:
        report = evaluate(Path(jsonl_file), guide)
    except ValueError as exc:
        raise Fail(str(exc)) from exc
    if as_json:
        click.echo(dumps(report.as_dict(), indent=2))
    else:
        click.echo(format_report(report, max_errors=max_errors))


# -- mark (learning) ------------------------------------------------------------------------------


@cli.command()
@click.argument("request_id", type=int)
@click.argument("label", type=click.Choice(["boilerplate", "personal"]))
@pass_ctx
def mark(c: Ctx, request_id: int, label: str) -> None:
    """Teach the screener: this request's note is boilerplate, or personal.

    boilerplate adds the note to the guide's library (later notes like it are flagged,
    and open requests of the same family are re-screened); personal removes it again.

    \b
    Example:
      screener mark 17 boilerplate
    """
    from .learn import mark_request

    r = _get(c, request_id)
    try:
        msg = mark_request(c.store, c.guide_dir(), r, label)
    except ValueError as exc:
        raise Fail(str(exc)) from exc
    click.echo(msg)


# -- review ------------------------------------------------------------------------------------------


@cli.command()
@click.option("--status", type=click.Choice(STATUSES), help="Only this status (default: new, drafted and approved).")
@click.option("--verdict", type=click.Choice(["empty", "boilerplate", "personal"]), help="Only this verdict.")
@click.option("--platform", type=click.Choice(["xing", "linkedin"]), help="Only this platform.")
@click.option("--account", help="Only requests scanned from this account/source (e.g. work, maildir:).")
@click.option("--drafts-account", help="IMAP account for [i] (default: the request's own, or the only one).")
@pass_ctx
def review(c: Ctx, status, verdict, platform, account, drafts_account) -> None:
    """Go through pending requests, newest first: check the verdict, fix the draft, deliver it.

    Each request shows the sender, the note with the template-like parts highlighted,
    the verdict with its evidence, and the draft. Nothing is ever sent by screener:
    copy the draft or save it to your Drafts folder, send it on the platform, then
    mark it sent. Without a terminal it reads one key per input line.

    \b
    Keys:
      a approve         e edit in $EDITOR     r regenerate (accept/ask/follow)
      c copy draft      o open profile        i save to IMAP Drafts
      m mark sent       d dismiss             b/p mark boilerplate/personal
      s skip            q quit
    """
    from .cli_daily import imap_saver
    from .review import run_review

    run_review(c.store, c.guide(), guide_dir=c.guide_dir(), status=status, verdict=verdict, platform=platform,
               source=account, save_draft=imap_saver(c, drafts_account))


# -- guide ----------------------------------------------------------------------------------------------


@cli.group()
def guide() -> None:
    """Maintain the contact guide: profile, public guide text, reply templates, library."""


@guide.command("path")
@pass_ctx
def guide_path(c: Ctx) -> None:
    """Print the folder of the guide in use."""
    click.echo(str(c.guide_dir()))


@guide.command("init")
@click.argument("dest", type=click.Path(file_okay=False))
def guide_init(dest: str) -> None:
    """Copy the bundled guide to DEST so you can make it your own.

    \b
    Example:
      screener guide init ~/screener-guide && $EDITOR ~/screener-guide/profile.toml
    """
    from .guide import GuideError, init_guide

    try:
        path = init_guide(Path(dest))
    except GuideError as exc:
        raise Fail(str(exc)) from exc
    click.echo(f"guide copied to {path}; edit profile.toml, then run `screener --guide {path} guide lint`")


@guide.command("lint")
@click.option("--guide", "guide_opt", type=click.Path(file_okay=False), help="Guide folder to check.")
@pass_ctx
def guide_lint(c: Ctx, guide_opt) -> None:
    """Check the guide: schema, every template in every language and register, library, link."""
    from .guide import lint_guide

    g = c.guide(guide_opt)
    problems = lint_guide(g)
    for p in problems:
        click.echo(f"{one_line(p, 300)}", err=True)
    if problems:
        raise Fail(f"{len(problems)} problem(s) in {g.path}")
    click.echo(f"{g.path}: ok")


@guide.command("render")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True)
@click.option("--lang", type=click.Choice(["de", "en"]), default="de", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@click.option("--guide", "guide_opt", type=click.Path(file_okay=False), help="Guide folder.")
@pass_ctx
def guide_render(c: Ctx, fmt, lang, output, guide_opt) -> None:
    """Render the public contact guide, ready to publish.

    \b
    Example:
      screener guide render --format html --lang en -o contact-guide.html
    """
    from .guide_render import render_public_guide

    text = render_public_guide(c.guide(guide_opt), fmt, lang)
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise Fail(f"{output}: {exc.strerror}") from exc
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text)


from .cli_accounts import accounts  # noqa: E402
from .cli_daily import register as _register_daily  # noqa: E402

cli.add_command(accounts)
_register_daily(cli)


def main() -> None:
    """Entry point: any error we did not foresee still ends in one line, with the details in a log file."""
    try:
        cli(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        click.echo("screener: interrupted", err=True)
        sys.exit(130)
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
