"""The review loop: one pending request at a time, with its evidence and draft; single keys decide.

On a terminal it reads single keypresses and redraws the screen per request; when stdin or
stdout is not a terminal it reads one key per input line and prints plain text (no screen
clearing, no colours), so it can be scripted and tested. Every string that came from a
mail goes through safe.clean()/one_line() before it is printed.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import click
from rich.console import Console
from rich.text import Text

from .models import Action, Draft, Evidence, Screening, Status, Verdict
from .safe import clean, one_line
from .store import Store, StoredRequest

VERDICT_STYLE = {"personal": "green", "boilerplate": "yellow", "empty": "red"}
KEYS = ("[a]pprove [e]dit [r]egenerate [c]opy [o]pen [i]map draft [m]ark sent [d]ismiss "
        "[b]oilerplate [p]ersonal [s]kip [q]uit")
ACTION_KEYS = {"1": "accept", "2": "ask", "3": "follow"}
_LEFTOVER = re.compile(r"\{[^{}\n]{0,40}\}|\[(name|vorname|first ?name)\]|%[A-Z_]+%|<(vorname|name)>", re.IGNORECASE)


def leftover_placeholders(text: str) -> list[str]:
    """Template syntax still in an edited draft (it must never be sent)."""
    return [m.group(0) for m in _LEFTOVER.finditer(text)]


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
    head.append(f"  ·  {_platform(r.platform)}  ·  {(r.received or '')[:16].replace('T', ' ')}  ·  status {r.status}")
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


def _platform(p: str) -> str:
    return {"linkedin": "LinkedIn", "xing": "XING"}.get(p, one_line(p, 20))


def template_spans(note: str, evidence: list[dict], verdict: str = "") -> list[tuple[int, int]]:
    """Where the evidence that pushed towards 'template' (positive delta) matched in the note.

    The detector's deltas saturate: once the score is near 1, a later template signal (a
    library match, say) moves it by 0.00. So for a note judged a template, evidence with a
    zero delta is shown too; for a personal note only what really pushed towards template.
    """
    spans = []
    low = note.lower()
    for e in evidence:
        span = clean(e.get("span") or "")
        delta = e.get("delta") or 0
        if len(span) < 4 or delta < 0 or (delta == 0 and verdict in ("personal", "")):
            continue
        idx = low.find(span.lower())
        if idx >= 0:
            spans.append((idx, idx + len(span)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


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


# -- the loop ----------------------------------------------------------------------------------


@dataclass
class ReviewResult:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("approved", "edited", "regenerated", "sent", "dismissed", "marked", "saved", "skipped"), 0))

    def summary(self) -> str:
        c = self.counts
        return (f"approved {c['approved']}, edited {c['edited']}, regenerated {c['regenerated']}, "
                f"marked sent {c['sent']}, dismissed {c['dismissed']}, relabelled {c['marked']}, "
                f"saved to Drafts {c['saved']}, skipped {c['skipped']}")


class Review:
    """Holds what the keys act on; `run()` walks the requests.

    The delivery hooks are passed in so the loop never touches IMAP or the system itself:
    `save_draft(r) -> str` (a message for the user), `copy(text)`, `open_url(url) -> bool`.
    Each may raise an exception with a user-readable message.
    """

    def __init__(
        self,
        store: Store,
        guide,
        guide_dir: Path | None = None,
        *,
        save_draft: Callable[[StoredRequest], str] | None = None,
        copy: Callable[[str], None] | None = None,
        open_url: Callable[[str], bool] | None = None,
        interactive: bool | None = None,
        console: Console | None = None,
    ):
        self.store = store
        self.guide = guide
        self.guide_dir = Path(guide_dir) if guide_dir else getattr(guide, "path", None)
        self.save_draft = save_draft
        self.copy = copy
        self.open_url = open_url
        if interactive is None:
            interactive = sys.stdin.isatty() and sys.stdout.isatty()
        self.interactive = interactive
        if console is None:
            console = Console(highlight=False) if interactive else Console(
                highlight=False, no_color=True, force_terminal=False, soft_wrap=True)
        self.console = console
        self.keys = TerminalKeys()
        self.result = ReviewResult()

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

    def say(self, message: str, style: str = "") -> None:
        self.console.print(Text(message, style=style))

    # -- run ----------------------------------------------------------------------------------

    def run(self, items: list[StoredRequest]) -> ReviewResult:
        if not items:
            self.say("Nothing to review.")
            return self.result
        if not self.interactive:
            return self._run(items)
        with self.keys:
            return self._run(items)

    def _run(self, items: list[StoredRequest]) -> ReviewResult:
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
                key = self.read_key()
                outcome = self.handle(key, r)
                if outcome == "quit":
                    self.say(self.result.summary())
                    return self.result
                if outcome == "next":
                    break
                notice = outcome or ""
                fresh = self.store.get(r.id) or r
                # a terminal redraws the screen; a log shows the request again only if it changed
                show = self.interactive or fresh != r
                r = fresh
        self.say(self.result.summary())
        return self.result

    def handle(self, key: str, r: StoredRequest) -> str | None:
        """Act on one key. Returns "next", "quit", or a message to show with the same request."""
        c = self.result.counts
        if key == "q":
            return "quit"
        if key in ("s", ""):
            c["skipped"] += 1
            return "next"
        if key == "a":
            self.store.set_status(r.id, Status.APPROVED)
            c["approved"] += 1
            return "next"
        if key == "d":
            self.store.set_status(r.id, Status.DISMISSED)
            c["dismissed"] += 1
            return "next"
        if key == "m":
            self.store.mark_sent(r.id)
            c["sent"] += 1
            return "next"
        if key == "e":
            return self.edit(r)
        if key == "r":
            return self.regenerate(r)
        if key == "c":
            return self._deliver(lambda: self._copy(r))
        if key == "o":
            return self._deliver(lambda: self._open(r))
        if key == "i":
            return self._deliver(lambda: self._save(r))
        if key in ("b", "p"):
            return self.relabel(r, "boilerplate" if key == "b" else "personal")
        if key in ("?", "h"):
            return KEYS
        return f"unknown key {one_line(key, 4)!r}"

    # -- the actions -----------------------------------------------------------------------------

    def edit(self, r: StoredRequest) -> str:
        with self.keys.suspended():  # the editor needs the terminal as it found it
            edited = click.edit(r.draft, extension=".txt", require_save=True)
        if edited is None:
            return "draft unchanged"
        edited = edited.strip()
        if not edited:
            return "the edited draft is empty; kept the previous one"
        left = leftover_placeholders(edited)
        if left:
            return ("not saved: the draft still contains template syntax: " + ", ".join(one_line(x, 40) for x in left)
                    + " — press e to edit again")
        self.store.update_draft(r.id, Draft(edited + "\n", Action(r.action), r.language, r.register, "edited"))
        self.result.counts["edited"] += 1
        return "draft saved"

    def regenerate(self, r: StoredRequest) -> str:
        from .batch import parse_date
        from .draft import make_draft
        from .guide import GuideError
        from .models import Request

        answer = self.read_line("Regenerate as: [1] accept  [2] ask  [3] follow  (anything else: cancel)")
        action = ACTION_KEYS.get(answer or "") or next(
            (a for a in ACTION_KEYS.values() if answer and len(answer) >= 2 and a.startswith(answer)), None)
        if action is None:
            return "regenerate cancelled"
        req = Request(id=str(r.id), platform=r.platform, sender_name=r.sender_name,
                      sender_headline=r.sender_headline, message=r.note,
                      date=parse_date(r.received) if r.received else None)
        screening = Screening(Verdict(r.verdict), r.score, r.guide_point, Action(action), r.language, r.register)
        try:
            draft = make_draft(req, screening, self.guide)
        except GuideError as exc:
            return f"cannot draft: {one_line(str(exc), 200)}"
        self.store.update_draft(r.id, draft)
        self.result.counts["regenerated"] += 1
        return f"draft regenerated with action {action}"

    def relabel(self, r: StoredRequest, label: str) -> str:
        from .guide import GuideError, load_guide
        from .learn import mark_request

        if self.guide_dir is None:
            return "no guide folder to learn into"
        try:
            msg = mark_request(self.store, self.guide_dir, r, label)
            self.guide = load_guide(self.guide_dir)
        except (ValueError, GuideError, OSError) as exc:
            return f"not marked: {one_line(str(exc), 200)}"
        self.result.counts["marked"] += 1
        return one_line(msg, 300)

    def _deliver(self, fn: Callable[[], str]) -> str:
        try:
            return fn()
        except Exception as exc:  # noqa: BLE001 - delivery hooks report user-readable messages
            return one_line(str(exc), 300) or type(exc).__name__

    def _copy(self, r: StoredRequest) -> str:
        from .delivery import copy_to_clipboard

        (self.copy or copy_to_clipboard)(clean(r.draft, keep_newlines=True))
        return "draft copied to the clipboard"

    def _open(self, r: StoredRequest) -> str:
        from .delivery import browser_url, open_in_browser

        url = browser_url(r)
        if not url:
            return "no profile or request page known for this request"
        ok = open_in_browser(url, self.open_url)
        return f"opened {url}" if ok else f"no browser found; open {url} yourself"

    def _save(self, r: StoredRequest) -> str:
        if self.save_draft is None:
            return "no IMAP account configured for Drafts; use [c]opy instead"
        msg = self.save_draft(r)
        self.result.counts["saved"] += 1
        return msg


def review_items(store: Store, *, status: str | None = None, verdict: str | None = None,
                 platform: str | None = None, source: str | None = None) -> list[StoredRequest]:
    """Newest first: pending requests (new, drafted, approved), or those with `status`."""
    if status:
        return store.list(status=status, verdict=verdict, platform=platform, source=source)
    return store.pending(verdict=verdict, platform=platform, source=source)


def run_review(store: Store, guide, *, guide_dir: Path | None = None, status: str | None = None,
               verdict: str | None = None, platform: str | None = None, source: str | None = None,
               save_draft=None, interactive: bool | None = None) -> dict[str, int]:
    """The loop over the selected requests; returns what was done, by kind."""
    items = review_items(store, status=status, verdict=verdict, platform=platform, source=source)
    review = Review(store, guide, guide_dir, save_draft=save_draft, interactive=interactive)
    return review.run(items).counts
