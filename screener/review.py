"""The review loop: one pending request at a time, with its evidence and draft; keys decide."""

from __future__ import annotations

import re
import sys

import click
from rich.console import Console
from rich.text import Text

from .models import Draft, Status
from .safe import clean, one_line
from .store import Store, StoredRequest

VERDICT_STYLE = {"personal": "green", "boilerplate": "yellow", "empty": "red"}
KEYS = "[a]pprove  [e]dit  [s]kip  [d]ismiss  [q]uit"
_LEFTOVER = re.compile(r"\{[^{}\n]{0,40}\}|\[(name|vorname|first ?name)\]|%[A-Z_]+%|<(vorname|name)>", re.IGNORECASE)


def leftover_placeholders(text: str) -> list[str]:
    """Template syntax still in an edited draft (it must never be sent)."""
    return [m.group(0) for m in _LEFTOVER.finditer(text)]


def render_request(r: StoredRequest, console: Console | None = None) -> None:
    """Print one request for a person: who, what they wrote, why we judged it so, the draft."""
    console = console or Console(highlight=False)
    head = Text()
    head.append(f"#{r.id}  ", style="bold")
    head.append(one_line(r.sender_name, 80) or "(no name)", style="bold")
    head.append(f"  ·  {r.platform}  ·  {(r.received or '')[:16].replace('T', ' ')}  ·  status {r.status}")
    console.print(head)
    if r.sender_headline:
        console.print(Text(one_line(r.sender_headline, 120), style="dim"))
    if r.profile_url:
        console.print(Text(one_line(r.profile_url, 120), style="dim"))
    console.print()
    console.print(Text("Note:", style="bold"))
    console.print(_highlight_note(r))
    console.print()
    verdict = Text("Verdict: ", style="bold")
    verdict.append(r.verdict, style=VERDICT_STYLE.get(r.verdict, ""))
    verdict.append(f"  score {r.score:.2f}  ·  guide point {r.guide_point} → {r.action}  ·  {r.language}"
                   + (f"/{r.register}" if r.register else ""))
    console.print(verdict)
    for e in r.evidence:
        delta = f" ({e.get('delta', 0):+.2f})" if e.get("delta") else ""
        console.print(Text(f"  · {one_line(e.get('text'), 140)}{delta}", style="dim"))
    console.print()
    console.print(Text("Draft:", style="bold"))
    for line in clean(r.draft, keep_newlines=True).splitlines() or [""]:
        console.print(Text("  " + line))


def _highlight_note(r: StoredRequest) -> Text:
    note = clean(r.note, keep_newlines=True)
    text = Text("  " + (note or "(no note)"))
    for e in r.evidence:
        span = clean(e.get("span") or "")
        if len(span) < 4 or e.get("delta", 0) <= 0:
            continue
        idx = note.lower().find(span.lower())
        if idx >= 0:
            text.stylize("reverse yellow", 2 + idx, 2 + idx + len(span))
    return text


def _read_key(interactive: bool) -> str:
    if interactive:
        return click.getchar().lower()
    line = sys.stdin.readline()
    return line.strip().lower()[:1] if line else "q"


def run_review(store: Store, guide, *, status: str = "drafted", verdict=None, platform=None, source=None) -> dict[str, int]:
    """The loop. Works with a terminal (single keys) and without (one key per input line)."""
    items = store.list(status=status, verdict=verdict, platform=platform, source=source)
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    console = Console(highlight=False)
    counts = {"approved": 0, "dismissed": 0, "edited": 0, "skipped": 0}
    if not items:
        console.print("Nothing to review.", markup=False)
        return counts
    for n, r in enumerate(items, 1):
        while True:
            if interactive:
                console.clear()
            console.print(Text(f"[{n}/{len(items)}]", style="bold"))
            render_request(r, console)
            console.print()
            console.print(Text(KEYS, style="bold cyan"))
            key = _read_key(interactive)
            if key == "a":
                store.set_status(r.id, Status.APPROVED)
                counts["approved"] += 1
                break
            if key == "d":
                store.set_status(r.id, Status.DISMISSED)
                counts["dismissed"] += 1
                break
            if key == "s" or key == "":
                counts["skipped"] += 1
                break
            if key == "q":
                _summary(console, counts)
                return counts
            if key == "e":
                edited = click.edit(r.draft, extension=".txt", require_save=True)
                if edited is None:
                    console.print("(draft unchanged)", markup=False)
                    continue
                edited = edited.strip() + "\n"
                left = leftover_placeholders(edited)
                if left:
                    console.print(Text("The draft still contains template syntax: " + ", ".join(left) +
                                       " — edit again.", style="red"))
                    continue
                store.update_draft(r.id, Draft(edited, _action(r), r.language, r.register, "edited"))
                counts["edited"] += 1
                r = store.get(r.id)
                continue
            console.print(Text(f"unknown key {key!r}; {KEYS}", style="red"))
    _summary(console, counts)
    return counts


def _action(r: StoredRequest):
    from .models import Action

    return Action(r.action)


def _summary(console: Console, counts: dict[str, int]) -> None:
    console.print(
        f"approved {counts['approved']}, edited {counts['edited']}, dismissed {counts['dismissed']}, "
        f"skipped {counts['skipped']}",
        markup=False,
    )
