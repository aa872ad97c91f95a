"""Learning from the user: `mark` adds a note to the library or takes it out, then re-screens."""

from __future__ import annotations

from pathlib import Path

from .detect import Detector
from .draft import make_draft
from .guide import add_library_entry, load_guide, remove_library_entry
from .models import Action, Evidence, Request, Screening, Verdict
from .store import Store, StoredRequest

OPEN = ("new", "drafted")


def as_request(r: StoredRequest) -> Request:
    from .batch import parse_date

    return Request(
        id=str(r.id), platform=r.platform, sender_name=r.sender_name, sender_headline=r.sender_headline,
        message=r.note, date=parse_date(r.received) if r.received else None,
    )


def rescreen_open(store: Store, guide, exclude: int | None = None) -> list[int]:
    """Judge every open request again with the current guide; returns the ids whose verdict changed."""
    detector = Detector.from_store(guide, store)
    changed = []
    for r in store.list(newest_first=False):
        if r.status not in OPEN or r.id == exclude or r.user_label:
            continue
        req = as_request(r)
        s = detector.judge(req)
        if s.verdict.value != r.verdict:
            store.update_screening(r.id, s, make_draft(req, s, guide))
            changed.append(r.id)
    return changed


def mark_request(store: Store, guide_dir: Path, r: StoredRequest, label: str) -> str:
    if not r.note.strip():
        raise ValueError(f"request #{r.id} has no note to learn from")
    if label == "boilerplate":
        added = add_library_entry(guide_dir, r.note, r.language)
        guide = load_guide(guide_dir)
        s = Screening(Verdict.BOILERPLATE, 1.0, 2, Action.ASK, r.language, r.register,
                      (Evidence("marked", "marked as boilerplate by you", 0.0),), r.family)
        req = as_request(r)
        store.update_screening(r.id, s, make_draft(req, s, guide) if r.status in OPEN else None)
        store.set_user_label(r.id, label)
        changed = rescreen_open(store, guide, exclude=r.id)
        what = "added to the library" if added else "already in the library"
        return f"#{r.id} marked boilerplate ({what}); {len(changed)} open request(s) re-screened" + (
            ": " + ", ".join(f"#{i}" for i in changed) if changed else "")
    removed = remove_library_entry(guide_dir, r.note)
    guide = load_guide(guide_dir)
    s = Screening(Verdict.PERSONAL, 0.0, 1, Action.ACCEPT, r.language, r.register,
                  (Evidence("marked", "marked as personal by you", 0.0),), None)
    req = as_request(r)
    store.update_screening(r.id, s, make_draft(req, s, guide) if r.status in OPEN else None)
    store.set_user_label(r.id, label)
    changed = rescreen_open(store, guide, exclude=r.id)
    return f"#{r.id} marked personal ({removed} library entr{'y' if removed == 1 else 'ies'} removed); " \
           f"{len(changed)} open request(s) re-screened"
