"""The stored requests: list, show, export, mark, review, draft-to-imap."""

from __future__ import annotations

import csv
import sys

import click

from screener.cli.context import Ctx, Fail, pass_ctx
from screener.cli.options import (
    json_option,
    platform_option,
    status_option,
    verdict_option,
)
from screener.sanitize import dumps, one_line


@click.command("list")
@status_option()
@verdict_option()
@platform_option()
@json_option("JSON array instead of a table.")
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


@click.command()
@click.argument("request_id", type=int)
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

    render_request(r)


@click.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@status_option()
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


@click.command()
@click.argument("request_id", type=int)
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


def imap_saver(c: Ctx, account_name: str | None):
    """The review's [i] key: save one request's draft to the Drafts folder of the right account."""
    from screener.delivery import account_for, save_to_drafts

    def save(r) -> str:
        account = account_for(c.config, r, account_name)
        [saved] = save_to_drafts(account, [r])
        c.store.log_event(r.id, "imap-draft", f"{saved.account}/{saved.folder}")
        return f"saved to {saved.folder} of account {saved.account} (nothing was sent)"

    return save


@click.command()
@status_option("Only this status (default: new, drafted and approved).")
@verdict_option()
@platform_option()
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
    from screener.review.screen import run_review

    run_review(c.store, c.guide(), guide_dir=c.guide_dir(), status=status, verdict=verdict, platform=platform,
               source=account, save_draft=imap_saver(c, drafts_account))


@click.command("draft-to-imap")
@click.argument("request_ids", nargs=-1, type=int, required=True)
@click.option("--account", help="IMAP account from the config (default: the one the request came from, "
                                "or the only one).")
@pass_ctx
def draft_to_imap(c: Ctx, request_ids: tuple[int, ...], account: str | None) -> None:
    """Save the drafts of requests to your IMAP Drafts folder. Nothing is sent.

    The Drafts folder is the one with the \\Drafts special-use flag (else one named
    Drafts). Each draft becomes a message with the \\Draft flag and no recipient: your
    own copy to paste into the platform's message box.

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
        c.store.log_event(s.request_id, "imap-draft", f"{s.account}/{s.folder}")
        click.echo(f"#{s.request_id} saved to {s.folder} ({s.account})")
    how = "special-use \\Drafts" if saved and saved[0].found_by == "special-use" else "its name"
    click.echo(f"{len(saved)} draft(s) saved; folder found by {how}; nothing was sent", err=True)


COMMANDS = (list_cmd, show, export, mark, review, draft_to_imap)
