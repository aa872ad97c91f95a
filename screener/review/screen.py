"""The review's terminal: single keys in, one request drawn per screen; `show` draws a request the same way.

On a terminal it reads single keypresses and redraws the screen per request; when stdin or
stdout is not a terminal it reads one key per input line and prints plain text (no screen
clearing, no colours), so it can be scripted and tested. Every string that came from a
mail goes through sanitize.clean()/one_line() before it is printed.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path

import click
from rich.console import Console
from rich.text import Text

from screener.models import Evidence, StoredRequest
from screener.platforms import display_name
from screener.review.loop import (
    KEYS,
    Review,
    ReviewResult,
    review_items,
    template_spans,
)
from screener.sanitize import clean, one_line
from screener.store import Store

VERDICT_STYLE = {"personal": "green", "boilerplate": "yellow", "empty": "red"}


# -- rendering -------------------------------------------------------------------------------


def render_request(r: StoredRequest, console: Console | None = None, *, plain: bool | None = None) -> None:
    """Print one request for a person: who, what they wrote, why we judged it so, the draft.

    `plain` (default: no colour on this console) marks the template spans with »…« instead
    of colour, so the evidence stays visible in a log or a pipe.
    """
    console = console or Console(highlight=False, soft_wrap=True)
    if plain is None:
        plain = console.no_color or not console.is_terminal
    head = Text()
    head.append(f"#{r.id}  ", style="bold")
    head.append(one_line(r.sender_name, 80) or "(no name)", style="bold")
    head.append(f"  ·  {one_line(display_name(r.platform), 20)}  ·  {(r.received or '')[:16].replace('T', ' ')}  ·  status {r.status}")
    console.print(head)
    if r.sender_headline:
        console.print(Text(one_line(r.sender_headline, 120), style="dim"))
    if r.profile_url:
        console.print(Text(one_line(r.profile_url, 120), style="dim"))
    console.print()
    console.print(Text("Note:", style="bold"))
    console.print(highlight_note(r, plain=plain))
    console.print()
    verdict = Text("Verdict: ", style="bold")
    verdict.append(one_line(r.verdict, 20), style=VERDICT_STYLE.get(r.verdict, ""))
    verdict.append(f"  score {r.score:.2f}  ·  guide point {r.guide_point} → {one_line(r.action, 10)}  ·  "
                   f"{one_line(r.language, 5)}" + (f"/{one_line(r.register, 5)}" if r.register else ""))
    if r.user_label:
        verdict.append(f"  ·  marked {one_line(r.user_label, 20)} by you")
    console.print(verdict)
    for e in r.evidence:
        shown = Evidence(str(e.get("signal", "")), str(e.get("text", "")), float(e.get("delta") or 0.0),
                         str(e.get("span") or ""), float(e.get("weight") or 0.0))
        console.print(Text(f"  · {one_line(str(shown), 200)}", style="dim"))
    console.print()
    console.print(Text(f"Draft ({one_line(r.draft_template, 40) or '-'}):", style="bold"))
    for line in clean(r.draft, keep_newlines=True).splitlines() or [""]:
        console.print(Text("  " + line))


def highlight_note(r: StoredRequest, *, plain: bool = False) -> Text:
    note = clean(r.note, keep_newlines=True)
    if not note:
        return Text("  (no note)", style="dim")
    spans = template_spans(note, r.evidence, r.verdict)
    if plain:
        out, pos = "", 0
        for start, end in spans:
            out += note[pos:start] + "»" + note[start:end] + "«"
            pos = end
        return Text("  " + (out + note[pos:]).replace("\n", "\n  "))
    text = Text("  " + note.replace("\n", "\n  "))
    for start, end in spans:
        # two extra characters per newline before the span (the indent)
        shift = 2 + 2 * note.count("\n", 0, start)
        inner = 2 * note.count("\n", start, end)
        text.stylize("reverse yellow", start + shift, end + shift + inner)
    return text


class TerminalKeys:
    """Single keypresses from the terminal, kept in cbreak mode for the whole review.

    click.getchar() switches to raw mode per key and flushes pending input each time, so
    keys typed while a request is being drawn would be lost (and echoed). Here the
    terminal stays in cbreak mode (no echo, no line buffering, Ctrl-C still works) until
    the review ends; typed-ahead keys wait in the input queue.
    """

    def __init__(self) -> None:
        self._saved = None
        self._fd = -1

    def __enter__(self) -> "TerminalKeys":
        try:
            import termios
            import tty

            self._fd = sys.stdin.fileno()
            self._saved = termios.tcgetattr(self._fd)
            tty.setcbreak(self._fd, termios.TCSANOW)
        except (ImportError, OSError, ValueError, AttributeError):
            self._saved = None  # not a POSIX terminal: fall back to click.getchar()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._saved is not None:
            import termios

            termios.tcsetattr(self._fd, termios.TCSADRAIN, self._saved)
            self._saved = None

    @contextmanager
    def suspended(self):
        saved = self._saved
        if saved is None:
            yield
            return
        self.__exit__()
        try:
            yield
        finally:
            self.__enter__()

    def read(self) -> str:
        if self._saved is None:
            return click.getchar()
        import select

        data = os.read(self._fd, 1)
        if not data:
            raise EOFError
        if data == b"\x1b":  # an escape sequence (arrow key, ...): swallow the rest of it
            while select.select([self._fd], [], [], 0.05)[0]:
                os.read(self._fd, 16)
            return "\x1b"
        if data == b"\x04":
            raise EOFError
        while True:  # a multi-byte UTF-8 character
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                if len(data) >= 4:
                    return "?"
                data += os.read(self._fd, 1)


# -- the screen ----------------------------------------------------------------------------------


class Screen:
    """Draws each request and reads the keys for a Review."""

    def __init__(self, review_factory, *, interactive: bool | None = None, console: Console | None = None):
        if interactive is None:
            interactive = sys.stdin.isatty() and sys.stdout.isatty()
        self.interactive = interactive
        if console is None:
            console = Console(highlight=False) if interactive else Console(
                highlight=False, no_color=True, force_terminal=False, soft_wrap=True)
        self.console = console
        self.keys = TerminalKeys()
        self.review: Review = review_factory(ask=self.read_line, edit=self.edit)

    # -- input ----------------------------------------------------------------------------

    def read_key(self) -> str:
        if self.interactive:
            try:
                return self.keys.read().lower()
            except (KeyboardInterrupt, EOFError):
                return "q"
        line = sys.stdin.readline()
        if not line:
            return "q"  # end of input: stop cleanly
        return line.strip().lower()[:1]

    def read_line(self, prompt: str) -> str | None:
        self.say(prompt)
        if self.interactive:
            try:
                return self.keys.read().strip().lower()
            except (KeyboardInterrupt, EOFError):
                return None
        line = sys.stdin.readline()
        return line.strip().lower() if line else None

    def edit(self, text: str) -> str | None:
        with self.keys.suspended():  # the editor needs the terminal as it found it
            return click.edit(text, extension=".txt", require_save=True)

    def say(self, message: str, style: str = "") -> None:
        self.console.print(Text(message, style=style))

    # -- run ----------------------------------------------------------------------------------

    def run(self, items: list[StoredRequest]) -> ReviewResult:
        if not items:
            self.say("Nothing to review.")
            return self.review.result
        if not self.interactive:
            return self._run(items)
        with self.keys:
            return self._run(items)

    def _run(self, items: list[StoredRequest]) -> ReviewResult:
        store = self.review.store
        for n, r in enumerate(items, 1):
            notice, show = "", True
            while True:
                if show:
                    if self.interactive:
                        self.console.clear()
                    self.console.print(Text(f"[{n}/{len(items)}]", style="bold"))
                    render_request(r, self.console)
                    self.console.print()
                if notice:
                    self.say(notice, "bold magenta")
                self.say(KEYS, "bold cyan")
                outcome = self.review.handle(self.read_key(), r)
                if outcome == "quit":
                    self.say(self.review.result.summary())
                    return self.review.result
                if outcome == "next":
                    break
                notice = outcome or ""
                fresh = store.get(r.id) or r
                # a terminal redraws the screen; a log shows the request again only if it changed
                show = self.interactive or fresh != r
                r = fresh
        self.say(self.review.result.summary())
        return self.review.result


def run_review(store: Store, guide, *, guide_dir: Path | None = None, status: str | None = None,
               verdict: str | None = None, platform: str | None = None, source: str | None = None,
               save_draft=None, interactive: bool | None = None) -> dict[str, int]:
    """The loop over the selected requests; returns what was done, by kind."""
    items = review_items(store, status=status, verdict=verdict, platform=platform, source=source)
    screen = Screen(lambda **hooks: Review(store, guide, guide_dir, save_draft=save_draft, **hooks),
                    interactive=interactive)
    return screen.run(items).counts
