"""The review loop's logic: which request comes next and what each key does to it, with no terminal code.

The screen (review/screen.py) reads keys and draws; everything a key changes goes through
`Review.handle`, which talks to the store, the drafts and the delivery hooks. The hooks are passed
in so the loop never touches IMAP, the clipboard, an editor or the terminal itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from screener.draft import leftover_placeholders, make_draft
from screener.errors import ScreenerError
from screener.models import Action, Draft, Screening, Status, StoredRequest, Verdict
from screener.sanitize import clean, one_line
from screener.store import Store

KEYS = ("[a]pprove [e]dit [r]egenerate [c]opy [o]pen [i]map draft [m]ark sent [d]ismiss "
        "[b]oilerplate [p]ersonal [s]kip [q]uit")
ACTION_KEYS = {"1": "accept", "2": "ask", "3": "follow"}
REGENERATE_PROMPT = "Regenerate as: [1] accept  [2] ask  [3] follow  (anything else: cancel)"


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
    """What the keys act on. `handle(key, r)` returns "next", "quit", or a message for the same request.

    Hooks, each may raise an exception with a user-readable message:
    `ask(prompt) -> str | None` a short answer (None: cancelled); `edit(text) -> str | None` the
    text after the user's editor (None: unchanged); `save_draft(r) -> str`; `copy(text)`;
    `open_url(url) -> bool`.
    """

    def __init__(
        self,
        store: Store,
        guide,
        guide_dir: Path | None = None,
        *,
        ask: Callable[[str], str | None] = lambda prompt: None,
        edit: Callable[[str], str | None] = lambda text: None,
        save_draft: Callable[[StoredRequest], str] | None = None,
        copy: Callable[[str], None] | None = None,
        open_url: Callable[[str], bool] | None = None,
    ):
        self.store = store
        self.guide = guide
        self.guide_dir = Path(guide_dir) if guide_dir else getattr(guide, "path", None)
        self.ask = ask
        self.edit_text = edit
        self.save_draft = save_draft
        self.copy = copy
        self.open_url = open_url
        self.result = ReviewResult()

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
        edited = self.edit_text(r.draft)
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
        answer = self.ask(REGENERATE_PROMPT)
        action = ACTION_KEYS.get(answer or "") or next(
            (a for a in ACTION_KEYS.values() if answer and len(answer) >= 2 and a.startswith(answer)), None)
        if action is None:
            return "regenerate cancelled"
        screening = Screening(Verdict(r.verdict), r.score, r.guide_point, Action(action), r.language, r.register)
        try:
            draft = make_draft(r.to_request(), screening, self.guide)
        except ScreenerError as exc:
            return f"cannot draft: {one_line(str(exc), 200)}"
        self.store.update_draft(r.id, draft)
        self.result.counts["regenerated"] += 1
        return f"draft regenerated with action {action}"

    def relabel(self, r: StoredRequest, label: str) -> str:
        from screener.guide import load_guide
        from screener.review.learn import mark_request

        if self.guide_dir is None:
            return "no guide folder to learn into"
        try:
            msg = mark_request(self.store, self.guide_dir, r, label)
            self.guide = load_guide(self.guide_dir)
        except (ScreenerError, OSError) as exc:
            return f"not marked: {one_line(str(exc), 200)}"
        self.result.counts["marked"] += 1
        return one_line(msg, 300)

    def _deliver(self, fn: Callable[[], str]) -> str:
        try:
            return fn()
        except Exception as exc:  # noqa: BLE001 - delivery hooks report user-readable messages
            return one_line(str(exc), 300) or type(exc).__name__

    def _copy(self, r: StoredRequest) -> str:
        from screener.delivery import copy_to_clipboard

        (self.copy or copy_to_clipboard)(clean(r.draft, keep_newlines=True))
        return "draft copied to the clipboard"

    def _open(self, r: StoredRequest) -> str:
        from screener.delivery import browser_url, open_in_browser

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
