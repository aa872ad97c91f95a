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

from screener.models import StoredRequest
from screener.review.layout import View, first_screen, full_view, key_lines, pages, plain as plain_text
from screener.review.loop import ACCEPT_NOW, KEY_LABELS, Review, ReviewResult, review_items
from screener.store import Store


# -- rendering -------------------------------------------------------------------------------


def to_text(line) -> Text:
    """A layout line, (text, style) pieces, as rich Text (never read as markup)."""
    text = Text()
    for piece, style in line:
        text.append(piece, style=style or None)
    return text


def render_request(r: StoredRequest, console: Console | None = None, *, plain: bool | None = None,
                   history: list[dict] | None = None, answers: list[dict] | None = None) -> None:
    """Print one request for a person: who, what they wrote, why we judged it so, their answer, the draft,
    and (for `show`) its history. Lines wrap at the console's width between words.

    `plain` (default: no colour on this console) marks the template spans with »…« instead
    of colour, so the evidence stays visible in a log or a pipe.
    """
    console = console or Console(highlight=False, soft_wrap=True)
    if plain is None:
        plain = console.no_color or not console.is_terminal
    width = console.width if console.is_terminal else None
    for line in full_view(View(r, answers or [], history, marks=plain), width):
        console.print(to_text(line))


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
    """Draws each request and reads the keys for a Review.

    On a terminal the first screen of a request fits the window (layout.first_screen); space pages
    through the whole of it. Without a terminal the whole request is printed, one key per input line.
    Ctrl-C ends the review with its summary and exit status 130 (the caller's error handler)."""

    def __init__(self, review_factory, *, interactive: bool | None = None, console: Console | None = None):
        if interactive is None:
            interactive = sys.stdin.isatty() and sys.stdout.isatty()
        self.interactive = interactive
        if console is None:
            console = Console(highlight=False) if interactive else Console(
                highlight=False, no_color=True, force_terminal=False, soft_wrap=True)
        self.console = console
        self.keys = TerminalKeys()
        self.review: Review = review_factory(ask=self.read_line, edit=self.edit, copy=self.copy)
        self.notice = ""  # shown with the first request (the sample-persona warning)
        self._current: tuple[StoredRequest, str] | None = None  # the request on the screen, its counter

    # -- input ----------------------------------------------------------------------------

    def read_key(self) -> str:
        if self.interactive:
            try:
                key = self.keys.read()
            except EOFError:
                return "q"
            return " " if key == " " else key.strip().lower()
        line = sys.stdin.readline()
        if not line:
            return "q"  # end of input: stop cleanly
        return line.strip().lower()[:1]

    def read_line(self, prompt: str) -> str | None:
        if self.interactive and self._current is not None:
            self._draw(*self._current, notice=prompt, page=0)  # the question where the notice goes
        else:
            self.say(prompt, "bold")
        if self.interactive:
            try:
                return self.keys.read().strip().lower()
            except EOFError:
                return None
        line = sys.stdin.readline()
        return line.strip().lower() if line else None

    def edit(self, text: str) -> str | None:
        with self.keys.suspended():  # the editor needs the terminal as it found it
            return click.edit(text, extension=".txt", require_save=True)

    def copy(self, text: str) -> str:
        """The system clipboard; else tmux's buffer; else, on a terminal, the terminal's clipboard (OSC 52,
        which also works over SSH)."""
        from screener.delivery import DeliveryError, copy_to_clipboard, copy_via_tmux, osc52

        try:
            copy_to_clipboard(text)
            return "draft copied to the clipboard"
        except DeliveryError:
            if copy_via_tmux(text):
                return "draft copied to tmux's paste buffer (and your terminal's clipboard, if it allows OSC 52)"
            if not self.interactive:
                raise
        self.console.file.write(osc52(text))
        self.console.file.flush()
        return ("draft sent to your terminal's clipboard (OSC 52, works over SSH); "
                "if nothing arrives there, your terminal does not allow it: use [i]")

    def say(self, message: str, style: str = "") -> None:
        if self.interactive:
            for line in key_lines([message], self.console.width):
                self.console.print(to_text([(plain_text(line), style)]))
        else:
            self.console.print(Text(message, style=style))

    # -- run ----------------------------------------------------------------------------------

    def run(self, items: list[StoredRequest]) -> ReviewResult:
        if not items:
            self.say("Nothing to review.")
            return self.review.result
        try:
            if not self.interactive:
                return self._run(items)
            with self.keys:
                return self._run(items)
        except KeyboardInterrupt:
            self.say(self.review.result.summary())
            raise

    def _view(self, r: StoredRequest, *, history: bool = False) -> View:
        store = self.review.store
        answers = store.messages_for(r.id) if r.status == "answered" else []
        return View(r, answers, store.history(r.id) if history else None, marks=not self.interactive)

    def _keys(self, r: StoredRequest) -> list[str]:
        labels = list(KEY_LABELS)
        if r.status == "answered":
            labels.insert(0, ACCEPT_NOW)
        if not self.interactive:
            labels.remove("[space] more")
        return labels

    def _draw(self, r: StoredRequest, counter: str, notice: str, page: int) -> int:
        """Draw request `r` (page 0: the first screen, then pages of the whole); returns the page count."""
        width, height = self.console.width, self.console.height
        keys = key_lines(self._keys(r), width)
        notice_lines = key_lines([notice], width) if notice else []
        room = max(6, height - 1 - len(keys) - len(notice_lines))
        self.console.clear()
        if page == 0:
            lines, more = first_screen(self._view(r), width, room, counter)
            total = 1 + (len(pages(full_view(self._view(r, history=True), width), room - 1)) if more else 0)
        else:
            chunks = pages(full_view(self._view(r, history=True), width, counter), room - 1)
            total = 1 + len(chunks)
            lines = chunks[min(page, len(chunks)) - 1] + [[(f"— page {page} of {len(chunks)} — space: next, "
                                                            f"any other key acts —", "dim")]]
        for line in lines:
            self.console.print(to_text(line), overflow="fold", no_wrap=True, crop=True)
        for line in notice_lines:
            self.console.print(to_text([(plain_text(line), "bold magenta")]), crop=True)
        for line in keys:
            self.console.print(to_text(line), crop=True)
        return total

    def _run(self, items: list[StoredRequest]) -> ReviewResult:
        store = self.review.store
        n = 0
        while n < len(items):
            r = store.get(items[n].id) or items[n]
            counter = f"[{n + 1}/{len(items)}]"
            notice, show, page = self.notice, True, 0
            self.notice = ""
            while True:
                if self.interactive:
                    self._current = (r, counter)
                    pages_total = self._draw(r, counter, notice, page)
                else:
                    if show:
                        self.console.print(Text(counter, style="bold"))
                        render_request(r, self.console, answers=self._view(r).answers)
                        self.console.print()
                    if notice:
                        self.say(notice, "bold magenta")
                    self.say(" ".join(self._keys(r)), "bold cyan")
                key = self.read_key()
                if key == " " and self.interactive:
                    page = (page + 1) % pages_total if pages_total > 1 else 0
                    notice = "" if page else notice
                    continue
                outcome = self.review.handle(key, r)
                if outcome == "quit":
                    self.say(self.review.result.summary())
                    return self.review.result
                if outcome == "next":
                    break
                focus, self.review.focus = self.review.focus, None
                if focus is not None and focus != r.id:  # an undo on an earlier request: go back to it
                    n = next((i for i, it in enumerate(items) if it.id == focus), n)
                    r = store.get(items[n].id) or items[n]
                    counter = f"[{n + 1}/{len(items)}]"
                notice, page = outcome or "", 0
                fresh = store.get(r.id) or r
                # a terminal redraws the screen; a log shows the request again only if it changed
                show = fresh != r or focus is not None
                r = fresh
            n += 1
        self.say(self.review.result.summary())
        return self.review.result


def run_review(store: Store, guide, *, guide_dir: Path | None = None, status: str | None = None,
               verdict: str | None = None, platform: str | None = None, source: str | None = None,
               save_draft=None, interactive: bool | None = None, warning: str = "", **filters) -> dict[str, int]:
    """The loop over the selected requests; returns what was done, by kind. `filters`: since/search/untouched."""
    items = review_items(store, status=status, verdict=verdict, platform=platform, source=source, **filters)
    screen = Screen(lambda **hooks: Review(store, guide, guide_dir, save_draft=save_draft, **hooks),
                    interactive=interactive)
    screen.notice = warning
    return screen.run(items).counts
