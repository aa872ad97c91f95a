"""Parse and prepare mails in worker processes while the main process judges, stores and commits.

A first scan of a large mailbox is CPU work per mail (parsing ~1 ms, the detector's features
~1.5 ms); the repetition index, the store and the source cursor are sequential and stay in the
main process. `prepared()` hands mails to a pool of `workers` processes and yields the results
in the order the mails came in, at most `window` mails ahead, so memory stays bounded and the
source is committed in order (an IMAP cursor never passes a mail that was not stored).

Each worker runs `parse_mail` and `Detector.prepare` (pure functions of the mail and the guide).
Anything unexpected in a worker (an exception, a killed worker) is not fatal: that mail, and after
a broken pool every later one, is done in the main process instead, the same way a small scan is.

The pool starts only once a scan has seen `start_after` mails, so a daily scan of a handful of new
mails never pays for it (nor does a rescan that finds nothing). Processes start with
"forkserver" (no fork of a process whose progress-bar thread may hold a lock); where that is not
available, everything runs in the main process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .models import ParsedMail, RawMail

if TYPE_CHECKING:
    from .detect import Detector, Prepared
    from .guide import Guide

START_AFTER = 200  # mails seen in this scan before a pool is worth its start-up (~0.3 s)
WINDOW = 64  # mails in flight


@dataclass
class Ready:
    """One mail after the parallel step: parsed (or why not) and, for a request, prepared."""

    raw: RawMail  # data dropped once parsed
    mail: ParsedMail | None = None
    error: str | None = None  # ParseError's message
    prepared: Prepared | None = None
    done: bool = False  # False: the main process has to parse (and prepare) it itself


def default_workers() -> int:
    """One worker per core beyond the main process's own (the main process has its share of the work)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(0, min(cores - 1, 4)) if cores >= 2 else 0


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver") if "forkserver" in methods else None


# -- in the worker -----------------------------------------------------------------------------

_detector: Detector | None = None


def _init(guide: Guide) -> None:
    global _detector
    from .detect import Detector

    _detector = Detector(guide)


def work(raw: RawMail, detector: Detector) -> tuple[ParsedMail | None, str | None, Prepared | None]:
    """Parse one mail and, for a request, prepare its screening (the part with no history)."""
    from .parse import ParseError, parse_mail
    from .pipeline import to_request

    try:
        mail = parse_mail(raw)
    except ParseError as exc:
        return None, str(exc), None
    prepared = detector.prepare(to_request(mail)) if mail.kind.is_request else None
    return mail, None, prepared


def _work(raw: RawMail):
    assert _detector is not None
    return work(raw, _detector)


# -- in the main process -----------------------------------------------------------------------

def prepared(
    mails: Iterable[RawMail],
    guide: Guide,
    *,
    workers: int | None = None,
    start_after: int = START_AFTER,
    window: int = WINDOW,
    skip: Callable[[RawMail], bool] = lambda raw: False,
) -> Iterator[Ready]:
    """The mails in their order, parsed and prepared by worker processes once there are enough of
    them. `skip(raw)` marks mails not to parse at all (too large): they come back with done=False."""
    workers = default_workers() if workers is None else workers
    pool: ProcessPoolExecutor | None = None
    pending: deque[tuple[RawMail, Future | None]] = deque()
    seen = 0
    broken = workers <= 0 or _context() is None

    def settle(raw: RawMail, fut: Future | None) -> Ready:
        nonlocal broken
        if fut is None:
            return Ready(raw)
        try:
            mail, error, prep = fut.result()
        except BrokenProcessPool:
            broken = True
            return Ready(raw)
        except Exception:  # a bug in a worker: the main process tries this mail itself
            return Ready(raw)
        return Ready(replace(raw, data=b""), mail, error, prep, True)

    try:
        for raw in mails:
            seen += 1
            if pool is None and not broken and seen > start_after:
                pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_init,
                                           initargs=(guide,))
            fut = None
            if pool is not None and not broken and not skip(raw):
                try:
                    fut = pool.submit(_work, raw)
                except (BrokenProcessPool, RuntimeError):
                    broken = True
            pending.append((raw, fut))
            while len(pending) > (window if pool is not None and not broken else 0):
                yield settle(*pending.popleft())
        while pending:
            yield settle(*pending.popleft())
    finally:
        if pool is not None:
            for _, fut in pending:
                if fut is not None:
                    fut.cancel()
            pool.shutdown(wait=True, cancel_futures=True)
