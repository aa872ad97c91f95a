"""The stored requests: list, show, export, mark, review, draft-to-imap."""

from __future__ import annotations

import csv
import sys

import click

from screener.cli.complete import account_names, request_ids
from screener.cli.context import Ctx, Fail, pass_ctx
from screener.cli.listing import list_cmd
from screener.cli.options import (
    json_option,
    status_option,
)
from screener.sanitize import csv_cell, dumps
from screener.wording import plural


@click.command()
@click.argument("request_id", type=int, shell_complete=request_ids)
@json_option("The stored record as JSON.")
@pass_ctx
def show(c: Ctx, request_id: int, as_json: bool) -> None:
    """Show one request: the note, the verdict with its evidence, and the draft.

    \b
    Example:
      screener show 12
    """
    r = c.request(request_id)
    if as_json:
        rec = r.as_record()
        rec["evidence_detail"] = r.evidence
        rec["history"] = c.store.history(r.id)
        click.echo(dumps(rec, indent=2))
        return
    from screener.review.screen import render_request

    render_request(r, history=c.store.history(r.id), answers=c.store.messages_for(r.id))


def private_file(path: str):
    """A file only you can read (0600, as the database): the export holds strangers' notes and your drafts.
    An existing file is truncated and made private too."""
    import os

    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    return os.fdopen(fd, "w", encoding="utf-8", newline="")


@click.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@status_option()
@pass_ctx
def export(c: Ctx, fmt: str, output: str | None, status: str | None) -> None:
    """Export stored requests (same field names as `check --jsonl`); -o FILE is readable by you only.

    \b
    Example:
      screener export --format csv -o requests.csv
    """
    rows = [r.as_record() for r in c.store.list(status=status, newest_first=False)]
    out = private_file(output) if output else sys.stdout
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
                w.writerow({k: csv_cell(v) for k, v in rec.items()})  # no formulas in a spreadsheet
    finally:
        if output:
            out.close()


@click.command()
@click.argument("request_id", type=int, shell_complete=request_ids)
@click.argument("label", type=click.Choice(["boilerplate", "personal", "empty"]))
@pass_ctx
def mark(c: Ctx, request_id: int, label: str) -> None:
    """Teach the screener: this request's note is boilerplate, personal, or empty.

    boilerplate adds the note to the guide's library (later notes like it are flagged,
    and open requests of the same family are re-screened); personal removes it again;
    empty says the note is the platform's default sentence (the sender wrote nothing):
    it goes to the guide's defaults/<platform>.<language>.txt.

    \b
    Examples:
      screener mark 17 boilerplate
      screener mark 18 empty
    """
    from screener.review.learn import mark_request

    r = c.request(request_id)
    click.echo(mark_request(c.store, c.guide_dir(), r, label))


@click.command()
@click.argument("request_ids", nargs=-1, type=int, required=True, shell_complete=request_ids)
@pass_ctx
def reopen(c: Ctx, request_ids: tuple[int, ...]) -> None:
    """Put dismissed (or approved, or sent) requests back into the review, as drafted.

    The draft stays as it was. A request whose sender answered is left alone (see
    `screener review --status answered`).

    \b
    Example:
      screener reopen 17
    """
    from screener.models import Status

    requests = [c.request(rid) for rid in request_ids]
    for r in requests:
        if r.status == Status.ANSWERED.value:
            raise Fail(f"#{r.id} was answered by its sender; review it with `screener review --status answered`")
    for r in requests:
        if r.status in ("new", "drafted"):
            click.echo(f"#{r.id} is open already ({r.status})")
            continue
        c.store.set_status(r.id, Status.DRAFTED, f"reopened (was {r.status})")
        click.echo(f"#{r.id} reopened (was {r.status}); `screener review` shows it again")


@click.command("draft-to-imap")
@click.argument("request_ids", nargs=-1, type=int, required=True, shell_complete=request_ids)
@click.option("--account", help="IMAP account from the config (default: the one the request came from, "
                                "or the only one).", shell_complete=account_names)
@pass_ctx
def draft_to_imap(c: Ctx, request_ids: tuple[int, ...], account: str | None) -> None:
    """Save the drafts of requests to your IMAP Drafts folder. Nothing is sent.

    The Drafts folder is the one with the \\Drafts special-use flag (else one named
    Drafts). Each draft becomes a message with the \\Draft flag and no recipient: your
    own copy to paste into the platform's message box. Saving the same draft again adds
    nothing; a changed draft is added next to the older copy (screener never deletes mail).

    \b
    Example:
      screener draft-to-imap 12 13 --account work
    """
    from screener.delivery import account_for, save_to_drafts

    requests = [c.request(rid) for rid in request_ids]
    acc = account_for(c.config, requests[0], account)
    others = {account_for(c.config, r, account).name for r in requests[1:]}
    if others - {acc.name}:
        raise Fail("the requests came from different accounts; choose one with --account")
    saved = save_to_drafts(acc, requests)
    for s in saved:
        if s.unchanged:
            click.echo(f"#{s.request_id} is in {s.folder} already, unchanged ({s.account})")
            continue
        c.store.log_event(s.request_id, "imap-draft", f"{s.account}/{s.folder}")
        click.echo(f"#{s.request_id} saved to {s.folder} ({s.account})"
                   + (f"; {s.older} older cop{'y' if s.older == 1 else 'ies'} of it still there: delete "
                      f"{'it' if s.older == 1 else 'them'} in your mail client" if s.older else ""))
    how = "special-use \\Drafts" if saved and saved[0].found_by == "special-use" else "its name"
    click.echo(f"{plural(len(saved), 'draft')} saved; folder found by {how}; nothing was sent", err=True)


COMMANDS = (list_cmd, show, export, mark, reopen, draft_to_imap)
