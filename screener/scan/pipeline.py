"""A scan: source -> parse -> detect -> draft -> store, one mail at a time.

Streaming: a source hands over one mail at a time (IMAP: one FETCH batch at a time) and nothing
of a mail is kept once it is stored. Lazy: the detector and its repetition index (StoredIndex,
kept in the store's SQLite file) are set up only when the first new request needs judging, so a
scan that finds nothing new never touches them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from screener.models import Draft, ParsedMail, RawMail, Request, ScanReport, Screening

if TYPE_CHECKING:  # the parser and the detector are imported on the first mail (start-up time of a rescan)
    from screener.detect.detector import Detector
    from screener.guide import Guide
    from screener.sources.base import Source
    from screener.store.store import Store


@dataclass(frozen=True)
class Screened:
    """One request as the scan judged it (what --dry-run prints, what the store receives)."""

    mail: ParsedMail
    screening: Screening
    draft: Draft
    stored_id: int | None = None


def reflag_family(store: Store, guide: Guide, screening: Screening, new_id: int, sender: str) -> int:
    """A new request repeats an earlier note: that earlier request, if still open and judged
    personal (and not labelled by the user), is a template after all. Returns how many changed."""
    from screener.draft import make_draft
    from screener.models import Action, Evidence, Verdict

    earlier = store.get(screening.repeats) if isinstance(screening.repeats, int) else None
    if earlier is None:
        return 0
    if earlier.family != screening.family:
        store.set_family(earlier.id, screening.family)
    if earlier.status not in ("new", "drafted") or earlier.user_label or earlier.verdict != "personal":
        return 0
    ev = Evidence("repeat", f"the same note came later from {sender} (#{new_id})", 0.0, "")
    s = Screening(Verdict.BOILERPLATE, max(screening.score, 0.9), 2, Action.ASK, earlier.language,
                  earlier.register, (ev, *earlier.stored_evidence()), screening.family, new_id)
    store.update_screening(earlier.id, s, make_draft(earlier.to_request(), s, guide))
    return 1


def scan(
    sources: Iterable[Source],
    store: Store,
    guide: Guide,
    *,
    dry_run: bool = False,
    max_size: int | None = None,
    on_mail: Callable[[RawMail], None] | None = None,
    on_request: Callable[[Screened], None] | None = None,
    detector: Detector | None = None,
    workers: int | None = None,
    start_after: int | None = None,
) -> ScanReport:
    """Scan every source into the store. One bad mail is recorded and skipped, never fatal.

    With dry_run nothing is written: the requests are judged and handed to on_request.
    A long scan parses and prepares mails in `workers` processes (default: one per extra core)
    once `start_after` mails have been seen (screener.workers); a given detector means no workers.
    """
    from screener.scan import workers as parallel

    report = ScanReport()
    lazy = detector is None
    detector = detector or LazyDetector(guide, store)
    if not lazy:
        workers = 0

    def too_large(raw: RawMail) -> bool:
        return max_size is not None and (raw.size if raw.size is not None else len(raw.data)) > max_size

    # a dry run stores nothing, so what the store would know by now is remembered here: the same
    # mail in two folders, or an invitation and its reminder, count once, as a real scan counts them
    dry_seen: set[object] | None = set() if dry_run else None
    with store.bulk():
        try:
            for source in sources:
                for ready in parallel.prepared(source.mails(), guide, workers=workers, start_after=start_after,
                                               skip=too_large):
                    raw = ready.raw
                    report.seen += 1
                    report.bump(source.name, "seen")
                    if on_mail:
                        on_mail(raw)
                    _one(ready, source, store, guide, detector, report, dry_run, max_size, on_request, dry_seen)
                    store.checkpoint()
        finally:
            if lazy:
                detector.flush()
    return report


def store_detector(guide: Guide, store: Store) -> Detector:
    """A Detector whose repetition index lives in the store (no history loaded into memory)."""
    from screener.detect.detector import Detector

    return Detector.from_store(guide, store)


class LazyDetector:
    """Stands in for the Detector; builds it (store_detector) on the first judge() or remember()."""

    def __init__(self, guide: Guide, store: Store):
        self.guide = guide
        self.store = store
        self._detector: Detector | None = None

    @property
    def built(self) -> bool:
        return self._detector is not None

    def get(self) -> Detector:
        if self._detector is None:
            self._detector = store_detector(self.guide, self.store)
        return self._detector

    def judge(self, request: Request) -> Screening:
        return self.get().judge(request)

    def remember(self, request: Request, screening: Screening, rid: object, norm: str | None = None) -> None:
        self.get().remember(request, screening, rid, norm)

    def flush(self) -> None:
        """Write the index rows still buffered (a no-op when the detector was never needed)."""
        if self._detector is not None:
            flush = getattr(self._detector.index, "flush", None)
            if flush:
                flush()

    def __getattr__(self, name: str):
        return getattr(self.get(), name)


def _one(ready, source, store, guide, detector, report, dry_run, max_size, on_request, dry_seen=None) -> None:
    from screener.draft import make_draft
    from screener.parse import Incomplete, ParseError, parse_mail

    raw = ready.raw
    size = raw.size if raw.size is not None else len(raw.data)
    if not ready.done and max_size is not None and size > max_size:
        report.skipped += 1
        report.bump(source.name, "skipped")
        if not dry_run:
            store.add_skipped(raw.source, raw.key, f"larger than {max_size} bytes", size)
            source.commit(raw.key)
        return
    try:
        if not ready.done:
            try:
                mail = parse_mail(raw)
            except Incomplete:  # a partial fetch (sources/partial.py) was not enough: read the whole mail
                if not hasattr(source, "full"):  # only a source that fetches partially has it
                    raise
                whole = source.full(raw)
                if whole is None:  # the source keeps it for the next scan and reports why
                    return
                mail = parse_mail(whole)
        elif ready.error is not None:
            raise ParseError(ready.error)
        else:
            mail = ready.mail
    except ParseError as exc:
        report.skipped += 1
        report.bump(source.name, "skipped")
        report.errors.append(f"{raw.source} {raw.key}: {exc}")
        if not dry_run:
            store.add_skipped(raw.source, raw.key, f"unreadable: {exc}", size)
            source.commit(raw.key)
        return
    # a foreign charset or a clamped date: the mail is read, and listed (exit 3) with what was odd
    report.errors.extend(f"{raw.source} {raw.key}: {note}" for note in mail.notes)

    if mail.kind.is_message:
        report.messages += 1
        if not dry_run:
            _rid, answered = store.add_message(mail)
            report.answered += int(answered)
            source.commit(raw.key)
        return
    if not mail.kind.is_request:
        report.ignored += 1
        report.bump(source.name, "ignored")
        if not dry_run:
            source.commit(raw.key)
        return

    person = (mail.platform.value if mail.platform else "", mail.profile_url or mail.sender_name)
    if store.has_message(mail.message_id) or (
        mail.kind.value == "linkedin_reminder"
        and store.find_open_request(mail.platform.value, mail.profile_url, mail.sender_name)
    ) or (dry_seen is not None and (mail.message_id in dry_seen
                                    or (mail.kind.value == "linkedin_reminder" and person in dry_seen))):
        report.requests_known += 1
        report.bump(source.name, "known")
        if not dry_run:
            source.commit(raw.key)
        return

    request = mail.to_request()
    prepared = ready.prepared or detector.prepare(request)
    screening = detector.finish(request, prepared)
    draft = make_draft(request, screening, guide)
    stored_id = None
    if not dry_run:
        stored_id, created = store.add_request(mail, screening, draft)
        for note in mail.notes if created else ():
            store.log_event(stored_id, "note", note)
        if created:
            detector.remember(request, screening, stored_id, prepared.norm)
            if screening.repeats is not None and screening.verdict.value == "boilerplate":
                report.reflagged += reflag_family(store, guide, screening, stored_id, request.sender_name)
        source.commit(raw.key)
    else:
        detector.remember(request, screening, None, prepared.norm)
        dry_seen.update((mail.message_id, person))
    report.requests_new += 1
    report.bump(source.name, "new")
    if on_request:
        on_request(Screened(mail, screening, draft, stored_id))
