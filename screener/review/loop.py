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

KEY_LABELS = ("[a]pprove", "[e]dit", "[r]egenerate", "[c]opy", "[o]pen", "[i]map draft", "[m]ark sent",
              "[d]ismiss", "[b]oilerplate", "[p]ersonal", "[s]kip", "[u]ndo", "[space] more", "[q]uit")
ACCEPT_NOW = "[y] accept now"  # offered when the sender answered your question
KEYS = " ".join(KEY_LABELS)
HELP = ("a approve the draft · e edit it in $EDITOR · r regenerate (accept/ask/follow) · c copy it · "
        "o open the profile · i save to IMAP Drafts · m mark it sent · d dismiss (asks first) · "
        "b/p mark the note boilerplate/personal · s skip · u undo the last change · "
        "y accept now (after their answer) · space the whole request · q quit")
ACTION_KEYS = {"1": "accept", "2": "ask", "3": "follow"}
REGENERATE_PROMPT = "Regenerate as: [1] accept  [2] ask  [3] follow  (anything else: cancel)"
YES = ("y", "yes", "j", "ja")


@dataclass(frozen=True)
class Undo:
    """What `u` puts back: the request as it was before `what`, and for a relabel the library change."""

    before: StoredRequest
    what: str
    label: str | None = None  # b/p: the label given
    had_entry: bool = False  # b/p: the note was in the library before


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
        self.undo_stack: list[Undo] = []
        self.focus: int | None = None  # after an undo: the request the screen goes back to

    def confirm(self, question: str) -> bool:
        return (self.ask(question + " [y/N]") or "").strip().lower() in YES

    def handle(self, key: str, r: StoredRequest) -> str | None:
        """Act on one key. Returns "next", "quit", or a message to show with the same request."""
        c = self.result.counts
        if key == "q":
            return "quit"
        if key in ("s", ""):
            c["skipped"] += 1
            return "next"
        if key == "a":
            self._push(r, "approve")
            self.store.set_status(r.id, Status.APPROVED)
            c["approved"] += 1
            return "next"
        if key == "d":
            if not self.confirm(f"Dismiss #{r.id} ({one_line(r.sender_name, 40) or 'no name'})?"):
                return "not dismissed"
            self._push(r, "dismiss")
            self.store.set_status(r.id, Status.DISMISSED)
            c["dismissed"] += 1
            return "next"
        if key == "m":
            self._push(r, "mark sent")
            self.store.mark_sent(r.id)
            c["sent"] += 1
            return "next"
        if key == "u":
            return self.undo(r)
        if key == "y":
            return self.accept_now(r)
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
            return HELP
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
        self._push(r, "edit")
        self.store.update_draft(r.id, Draft(edited + "\n", Action(r.action), r.language, r.register, "edited"))
        self.result.counts["edited"] += 1
        return "draft saved"

    def regenerate(self, r: StoredRequest) -> str:
        if r.draft_template == "edited" and not self.confirm(
                "The draft has your edits; regenerating replaces them (u undoes it). Go on?"):
            return "regenerate cancelled; your edited draft is kept"
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
        self._push(r, "regenerate")
        self.store.update_draft(r.id, draft)
        self.result.counts["regenerated"] += 1
        return f"draft regenerated with action {action}"

    def accept_now(self, r: StoredRequest) -> str:
        """They answered our question: an acceptance replaces the draft. The request keeps its status
        and its action (ask), so the answer rate still counts it; the history says what happened."""
        if r.status != Status.ANSWERED.value:
            return "accept now is for requests whose sender answered your question; r then 1 drafts an acceptance"
        screening = Screening(Verdict(r.verdict), r.score, r.guide_point, Action.ACCEPT, r.language, r.register)
        try:
            draft = make_draft(r.to_request(), screening, self.guide)
        except ScreenerError as exc:
            return f"cannot draft: {one_line(str(exc), 200)}"
        self._push(r, "accept now")
        self.store.update_draft(r.id, Draft(draft.text, Action(r.action), draft.language, draft.register,
                                            draft.template))
        self.store.log_event(r.id, "accept-now", draft.template)
        self.result.counts["regenerated"] += 1
        return "acceptance drafted: copy it (c), accept the request on the platform (o opens it)"

    # -- undo ------------------------------------------------------------------------------------

    def _push(self, r: StoredRequest, what: str, **extra) -> None:
        self.undo_stack.append(Undo(self.store.get(r.id) or r, what, **extra))

    def undo(self, r: StoredRequest) -> str:
        """Put back what the last key changed (approve, dismiss, mark sent, edit, regenerate, b/p)."""
        if not self.undo_stack:
            return "nothing to undo"
        u = self.undo_stack.pop()
        c = self.result.counts
        if u.label is not None:
            from screener.guide import add_library_entry, load_guide, remove_library_entry
            from screener.review.learn import rescreen_open

            if self.guide_dir is None:
                return "no guide folder to undo the library change in"
            if u.label == "boilerplate" and not u.had_entry:
                remove_library_entry(self.guide_dir, u.before.note)
            elif u.label == "personal" and u.had_entry:
                add_library_entry(self.guide_dir, u.before.note, u.before.language)
            self.guide = load_guide(self.guide_dir)
            self.store.restore(u.before)
            rescreen_open(self.store, self.guide, exclude=u.before.id)
            c["marked"] -= 1
        else:
            self.store.restore(u.before)
            counter = {"approve": "approved", "dismiss": "dismissed", "mark sent": "sent", "edit": "edited",
                       "regenerate": "regenerated", "accept now": "regenerated"}[u.what]
            c[counter] -= 1
        self.focus = u.before.id
        return f"undone: {u.what} of #{u.before.id} (status {u.before.status} again)"


    def relabel(self, r: StoredRequest, label: str) -> str:
        from screener.guide import load_guide
        from screener.review.learn import mark_request

        from screener.guide import normalize_entry

        if self.guide_dir is None:
            return "no guide folder to learn into"
        had = any(normalize_entry(e.text) == normalize_entry(r.note) for e in self.guide.library)
        before = self.store.get(r.id) or r
        try:
            msg = mark_request(self.store, self.guide_dir, r, label)
            self.guide = load_guide(self.guide_dir)
        except (ScreenerError, OSError) as exc:
            return f"not marked: {one_line(str(exc), 200)}"
        self.undo_stack.append(Undo(before, f"mark {label}", label, had))
        self.result.counts["marked"] += 1
        return one_line(msg, 300)

    def _deliver(self, fn: Callable[[], str]) -> str:
        try:
            return fn()
        except Exception as exc:  # noqa: BLE001 - delivery hooks report user-readable messages
            return one_line(str(exc), 300) or type(exc).__name__

    def _copy(self, r: StoredRequest) -> str:
        """The copy hook may say where the draft went (the terminal's clipboard through OSC 52, tmux)."""
        from screener.delivery import copy_to_clipboard

        said = (self.copy or copy_to_clipboard)(clean(r.draft, keep_newlines=True))
        return said if isinstance(said, str) and said else "draft copied to the clipboard"

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
                 platform: str | None = None, source: str | None = None, **filters) -> list[StoredRequest]:
    """Newest first: pending requests (new, drafted, approved), or those with `status`.
    `filters`: the store's since/search/untouched."""
    if status:
        return store.list(status=status, verdict=verdict, platform=platform, source=source, **filters)
    return store.pending(verdict=verdict, platform=platform, source=source, **filters)


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
