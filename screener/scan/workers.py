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

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from screener.models import ParsedMail, RawMail

if TYPE_CHECKING:  # multiprocessing is imported only when a pool starts (a rescan's start-up stays short)
    from concurrent.futures import Future, ProcessPoolExecutor

    from screener.detect.detector import Detector, Prepared
    from screener.guide import Guide

START_AFTER = 200  # mails seen in this scan before a pool is worth its start-up (~0.3 s)
WINDOW = 64  # mails in flight


@dataclass
class Ready:
    """One mail after the parallel step: parsed (or why not) and, for a request, prepared."""

    raw: RawMail  # data dropped once parsed
    mail: ParsedMail | None = None
    error: str | None = None  # ParseError's message
    prepared: Prepared | None = None

    @property
    def done(self) -> bool:
        """False: the main process has to parse (and prepare) this mail itself."""
        return self.mail is not None or self.error is not None


def default_workers() -> int:
    """One worker per core beyond the main process's own (the main process has its share of the work)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(0, min(cores - 1, 4)) if cores >= 2 else 0


def _start_pool(workers: int, guide: Guide) -> ProcessPoolExecutor | None:
    """A pool whose workers each hold a Detector for the guide; None where forkserver is missing."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return None
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("forkserver"),
                               initializer=_init, initargs=(guide,))


# -- in the worker -----------------------------------------------------------------------------

_detector: Detector | None = None


def _init(guide: Guide) -> None:
    global _detector
    import signal

    from screener.detect.detector import Detector

    # Ctrl-C reaches the whole process group: the main process ends the scan (exit 130) and shuts
    # the pool down; a worker that took the signal too would only print a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    _detector = Detector(guide)


def work(raw: RawMail, detector: Detector) -> tuple[ParsedMail | None, str | None, Prepared | None]:
    """Parse one mail and, for a request, prepare its screening (the part with no history)."""
    from screener.parse import Incomplete, ParseError, parse_mail

    try:
        mail = parse_mail(raw)
    except Incomplete:  # partially fetched and more is needed: the main process fetches the rest
        return None, None, None
    except ParseError as exc:
        return None, str(exc), None
    prepared = detector.prepare(mail.to_request()) if mail.kind.is_request else None
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
    start_after: int | None = None,
    window: int = WINDOW,
    skip: Callable[[RawMail], bool] = lambda raw: False,
) -> Iterator[Ready]:
    """The mails in their order, parsed and prepared by worker processes once more than
    `start_after` (default START_AFTER) came in. `skip(raw)` marks mails not to parse at all
    (too large): they come back not done, as does any mail a worker failed on."""
    workers = default_workers() if workers is None else workers
    start_after = START_AFTER if start_after is None else start_after
    pool: ProcessPoolExecutor | None = None
    usable = workers > 0  # False once the pool broke or could not start
    pending: deque[tuple[RawMail, Future | None]] = deque()

    def settle(raw: RawMail, fut: Future | None) -> Ready:
        nonlocal usable
        if fut is None:
            return Ready(raw)
        try:
            mail, error, prep = fut.result()
        except Exception as exc:  # a bug in a worker, or the pool broke: the main process does it
            from concurrent.futures.process import BrokenProcessPool

            usable = usable and not isinstance(exc, BrokenProcessPool)
            return Ready(raw)
        if mail is None and error is None:  # not done (a partial mail that needs its whole text)
            return Ready(raw)
        return Ready(replace(raw, data=b""), mail, error, prep)

    try:
        for seen, raw in enumerate(mails, 1):
            if pool is None and usable and seen > start_after:
                pool = _start_pool(workers, guide)
                usable = pool is not None
            fut = None
            if pool is not None and usable and not skip(raw):
                try:
                    fut = pool.submit(_work, raw)
                except RuntimeError:  # BrokenProcessPool is one
                    usable = False
            pending.append((raw, fut))
            while len(pending) > (window if usable and pool is not None else 0):
                yield settle(*pending.popleft())
        while pending:
            yield settle(*pending.popleft())
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
