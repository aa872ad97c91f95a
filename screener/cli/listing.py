"""`screener list`: the stored requests as a table that never cuts an id, a date or a status, as TSV, or JSON.

The table fits the terminal (or 80 columns in a pipe) by wrapping the sender and the note; when
the terminal is too narrow for the note beside the other columns, the note goes on its own
indented lines under its row. Every value went through sanitize before it reaches the screen.
"""

from __future__ import annotations

import shutil

import click

from screener.cli.context import Ctx, pass_ctx
from screener.cli.options import json_option, platform_option, status_option, verdict_option, when_filters, when_options
from screener.sanitize import dumps, one_line

FIXED = ("id", "date", "status", "platform", "verdict", "score", "action")
GAP = 2
NOTE_CAP = 200  # characters of the note a table row shows (TSV and JSON have all of it)


def cells(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def wrap(text: str, width: int) -> list[str]:
    """Word-wrapped lines of at most `width` terminal cells; a word longer than that is split."""
    width = max(1, width)
    lines: list[str] = []
    line = ""
    for word in text.split():
        while cells(word) > width:  # a URL or a very long name
            room = width - cells(line) - (1 if line else 0)
            if room < 4:
                lines.append(line)
                line, room = "", width
            cut = _fit(word, room)
            lines.append((line + " " if line else "") + word[:cut])
            line, word = "", word[cut:]
        if not line:
            line = word
        elif cells(line) + 1 + cells(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line or not lines:
        lines.append(line)
    return lines


def _fit(word: str, room: int) -> int:
    n = 0
    while n < len(word) and cells(word[:n + 1]) <= room:
        n += 1
    return max(1, n)


def pad(text: str, width: int, right: bool = False) -> str:
    space = " " * max(0, width - cells(text))
    return space + text if right else text + space


def short_note(note: str) -> str:
    text = one_line(note)
    if len(text) <= NOTE_CAP:
        return text
    cut = text[:NOTE_CAP].rsplit(" ", 1)[0]
    return cut + " …"


def row_values(r) -> dict[str, str]:
    from screener.platforms import display_name

    return {"id": str(r.id), "date": (r.received or r.created_at or "")[:10], "status": one_line(r.status),
            "platform": one_line(display_name(r.platform)), "verdict": one_line(r.verdict),
            "score": f"{r.score:.2f}", "action": one_line(r.action),
            "sender": one_line(r.sender_name) or "(no name)", "note": short_note(r.note) or "(no note)"}


def table_lines(rows, width: int) -> list[str]:
    """The table, `width` cells wide at most where it can be: the fixed columns are never cut."""
    values = [row_values(r) for r in rows]
    widths = {col: max([cells(col)] + [cells(v[col]) for v in values]) for col in FIXED}
    fixed = sum(widths.values()) + GAP * len(FIXED)
    rest = width - fixed
    sender_max = max([cells("sender")] + [cells(v["sender"]) for v in values])
    beside = rest >= 40  # room for sender and note next to the fixed columns
    if beside:
        sender_w = min(sender_max, max(12, int(rest * 0.35)))
        note_w = rest - sender_w - GAP
    else:  # the note under the row; the sender beside it when it fits, else under the row too
        sender_w = max(rest, cells("sender"))
        note_w = 0
    gap = " " * GAP

    def line(parts: list[str]) -> str:
        return gap.join(parts).rstrip()

    head = [pad(col, widths[col], right=col == "score") for col in FIXED] + [pad("sender", sender_w)]
    out = [line(head + (["note"] if beside else []))]
    blank = [" " * widths[col] for col in FIXED]
    for v in values:
        first = [pad(v[col], widths[col], right=col == "score") for col in FIXED]
        if beside:
            sender = wrap(v["sender"], sender_w)
            note = wrap(v["note"], note_w)
            for i in range(max(len(sender), len(note))):
                s = sender[i] if i < len(sender) else ""
                n = note[i] if i < len(note) else ""
                out.append(line((first if i == 0 else blank) + [pad(s, sender_w), n]))
        else:
            fits = cells(v["sender"]) <= sender_w
            out.append(line(first + [v["sender"] if fits else ""]))
            if not fits:
                out.extend("    " + s for s in wrap(v["sender"], max(20, width - 4)))
            out.extend("    " + n for n in wrap(v["note"], max(20, width - 4)))
    return out


TSV_FIELDS = ("id", "date", "status", "platform", "verdict", "score", "action", "sender", "headline", "note")


def tsv_lines(rows) -> list[str]:
    out = ["\t".join(TSV_FIELDS)]
    for r in rows:
        out.append("\t".join((str(r.id), r.received or r.created_at or "", one_line(r.status), one_line(r.platform),
                              one_line(r.verdict), f"{r.score:.4f}", one_line(r.action), one_line(r.sender_name),
                              one_line(r.sender_headline), one_line(r.note))))
    return out


def terminal_width() -> int:
    """The terminal's width, or $COLUMNS, or 80 in a pipe (what a reader of the pipe most likely has)."""
    return shutil.get_terminal_size((80, 24)).columns


@click.command("list")
@status_option()
@verdict_option()
@platform_option()
@when_options
@click.option("--format", "fmt", type=click.Choice(["table", "tsv", "json"]), default="table", show_default=True,
              help="table for you, tsv for cut/awk (one line per request, nothing shortened), json.")
@json_option("Same as --format json.")
@click.option("--limit", type=int, help="At most this many rows.")
@pass_ctx
def list_cmd(c: Ctx, status, verdict, platform, since, today, untouched, search, fmt, as_json, limit) -> None:
    """List stored requests, newest first.

    The table never shortens an id, a date or a status: on a narrow terminal the
    sender and the note wrap (the note goes under its row).

    \b
    Examples:
      screener list --status drafted --verdict boilerplate
      screener list --today
      screener list --search "PyCon" --format tsv | cut -f1,8
    """
    filters = when_filters(since, today, untouched, search)
    rows = c.store.list(status=status, verdict=verdict, platform=platform, limit=limit, **filters)
    if as_json or fmt == "json":
        click.echo(dumps([r.as_record() for r in rows], indent=2))
        return
    if not rows:
        chosen = [f"{k} {v}" for k, v in (("status", status), ("verdict", verdict), ("platform", platform),
                                         ("since", filters["since"] and filters["since"][:10]),
                                         ("search", search and repr(search))) if v]
        if untouched:
            chosen.append("new")
        if chosen or c.store.count():
            click.echo("no requests match" + (f" ({', '.join(chosen)})" if chosen else ""), err=True)
        else:
            click.echo("no requests stored yet (run `screener scan`)", err=True)
        if fmt == "tsv":
            click.echo("\t".join(TSV_FIELDS))
        return
    lines = tsv_lines(rows) if fmt == "tsv" else table_lines(rows, terminal_width())
    for text in lines:
        click.echo(text)
