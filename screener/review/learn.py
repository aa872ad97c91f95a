"""Learning from the user: `mark` adds a note to the library or takes it out, then re-screens."""

from __future__ import annotations

from pathlib import Path

from screener.detect.detector import Detector
from screener.detect.textnorm import strip_frame
from screener.draft import make_draft
from screener.errors import ScreenerError
from screener.guide import add_library_entry, load_guide, remove_library_entry
from screener.guide.library import add_default_sentence
from screener.models import Action, Evidence, Screening, StoredRequest, Verdict
from screener.store import Store
from screener.wording import plural

OPEN = ("new", "drafted")


def rescreen_open(store: Store, guide, exclude: int | None = None) -> list[int]:
    """Judge every open request again with the current guide; returns the ids whose verdict changed."""
    detector = Detector.from_store(guide, store)
    changed = []
    for r in store.list(newest_first=False):
        if r.status not in OPEN or r.id == exclude or r.user_label:
            continue
        req = r.to_request()
        s = detector.judge(req)
        if s.verdict.value != r.verdict:
            store.update_screening(r.id, s, make_draft(req, s, guide))
            changed.append(r.id)
    return changed


def mark_request(store: Store, guide_dir: Path, r: StoredRequest, label: str) -> str:
    if not r.note.strip():
        raise ScreenerError(f"request #{r.id} has no note to learn from")
    if label == "empty":
        return _mark_empty(store, guide_dir, r)
    if label == "boilerplate":
        added = add_library_entry(guide_dir, r.note, r.language)
        guide = load_guide(guide_dir)
        s = Screening(Verdict.BOILERPLATE, 1.0, 2, Action.ASK, r.language, r.register,
                      (Evidence("marked", "marked as boilerplate by you", 0.0),), r.family)
        req = r.to_request()
        store.update_screening(r.id, s, make_draft(req, s, guide) if r.status in OPEN else None)
        store.set_user_label(r.id, label)
        changed = rescreen_open(store, guide, exclude=r.id)
        what = "added to the library" if added else "already in the library"
        return f"#{r.id} marked boilerplate ({what}); {plural(len(changed), 'open request')} re-screened" + (
            ": " + ", ".join(f"#{i}" for i in changed) if changed else "")
    removed = remove_library_entry(guide_dir, r.note)
    guide = load_guide(guide_dir)
    s = Screening(Verdict.PERSONAL, 0.0, 1, Action.ACCEPT, r.language, r.register,
                  (Evidence("marked", "marked as personal by you", 0.0),), None)
    req = r.to_request()
    store.update_screening(r.id, s, make_draft(req, s, guide) if r.status in OPEN else None)
    store.set_user_label(r.id, label)
    changed = rescreen_open(store, guide, exclude=r.id)
    return (f"#{r.id} marked personal ({plural(removed, 'library entry', 'library entries')} removed); "
            f"{plural(len(changed), 'open request')} re-screened")


def _mark_empty(store: Store, guide_dir: Path, r: StoredRequest) -> str:
    """The note is the platform's default sentence: add it to defaults/<platform>.<lang>.txt (greeting and
    sign-off dropped, they carry names), take it out of the library, re-screen the open requests."""
    sentence = strip_frame(r.note) or r.note
    added = add_default_sentence(guide_dir, sentence, r.platform, r.language or "en")
    removed = remove_library_entry(guide_dir, r.note)
    guide = load_guide(guide_dir)
    s = Screening(Verdict.EMPTY, 1.0, 2, Action.ASK, r.language, r.register,
                  (Evidence("marked", "marked as the platform's default sentence by you", 0.0),), None)
    req = r.to_request()
    store.update_screening(r.id, s, make_draft(req, s, guide) if r.status in OPEN else None)
    store.set_user_label(r.id, "empty")
    changed = rescreen_open(store, guide, exclude=r.id)
    what = f"added to defaults/{r.platform}.{r.language or 'en'}.txt" if added else "already a default sentence"
    lib = f", {plural(removed, 'library entry', 'library entries')} removed" if removed else ""
    return f"#{r.id} marked empty ({what}{lib}); {plural(len(changed), 'open request')} re-screened" + (
        ": " + ", ".join(f"#{i}" for i in changed) if changed else "")
