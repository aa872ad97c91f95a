"""Where a first scan's CPU goes: each step of the pipeline timed on its own, in one process.

    .venv/bin/python benchmarks/stages.py            # 3 000 generated mails from a throw-away Dovecot
    .venv/bin/python benchmarks/stages.py --count 10000 --profile prepare

The mails are fetched the way `screener scan` fetches them (ImapSource: sizes and Content-Type,
then header + plain-text part or the whole mail), all of them first; then every mail goes
through parse -> prepare -> finish -> draft -> store -> index, serially, each step timed. The
table says what each step costs per mail (or per request) and its share of the total; the bare
FETCH of the same mails is timed too, by `make bench`'s baseline script (its FETCH loop alone, without
the interpreter's start-up). `--profile STEP` prints the
cProfile of that step alone. (`make bench` measures the real CLI; this is for finding what to
make cheaper.)
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

STEPS = ("fetch", "parse", "prepare", "finish", "draft", "store", "index")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--profile", choices=STEPS[1:], help="print the cProfile of this step")
    args = ap.parse_args(argv)

    from generate import seed_dovecot
    from imapserver import Dovecot, find_dovecot
    from run import FETCH_BASELINE, check, run_child

    from screener.config import Account
    from screener.draft import make_draft
    from screener.guide import default_guide_dir, load_guide
    from screener.parse import Incomplete, ParseError, parse_mail
    from screener.scan.pipeline import store_detector
    from screener.sources.imap import ImapSource
    from screener.store.store import Store

    srv = Dovecot.create(find_dovecot() or sys.exit("dovecot is not installed: make system-deps"))
    work = Path(tempfile.mkdtemp(prefix="screener-stages-"))
    try:
        user, password = srv.add_user()
        seed_dovecot(srv, user, args.count)
        baseline = [sys.executable, "-c", FETCH_BASELINE, "127.0.0.1", str(srv.port), user, password]
        check(run_child(baseline), "baseline fetch")  # warm-up: Dovecot's index and the page cache
        bare = float(check(run_child(baseline), "baseline fetch")["out"].split()[2])  # the FETCH loop alone

        acc = Account(name="stages", host="127.0.0.1", username=user, port=srv.port, tls="none",
                      password_env="UNUSED", timeout=30.0)
        store = Store(work / "s.db")
        source = ImapSource(acc, store, lambda a: password)
        spent: dict[str, float] = defaultdict(float)
        count: dict[str, int] = defaultdict(int)
        prof = cProfile.Profile()

        def timed(step, fn, *a):
            if step == args.profile:
                prof.enable()
            t0 = time.perf_counter()
            try:
                return fn(*a)
            finally:
                spent[step] += time.perf_counter() - t0
                count[step] += 1
                if step == args.profile:
                    prof.disable()

        t0 = time.perf_counter()
        raws = list(source.mails())
        spent["fetch"], count["fetch"] = time.perf_counter() - t0, len(raws)
        guide = load_guide(default_guide_dir())
        det = store_detector(guide, store)
        with store.bulk():
            for raw in raws:
                try:
                    mail = timed("parse", parse_mail, raw)
                except Incomplete:
                    mail = timed("parse", parse_mail, source.full(raw))
                except ParseError:
                    continue
                if not mail.kind.is_request:
                    continue
                req = mail.to_request()
                prepared = timed("prepare", det.prepare, req)
                screening = timed("finish", det.finish, req, prepared)
                draft = timed("draft", make_draft, req, screening, guide)
                rid, _ = timed("store", store.add_request, mail, screening, draft)
                timed("index", det.remember, req, screening, rid, prepared.norm)
                store.checkpoint()
            t0 = time.perf_counter()
            det.index.flush()  # the last batch of index rows
            spent["index"] += time.perf_counter() - t0
        store.close()
    finally:
        srv.cleanup()

    total = sum(spent.values())
    print(f"{count['fetch']} mails fetched, {count['prepare']} requests; bare FETCH BODY.PEEK[] of the same: "
          f"{bare:.2f} s ({bare / count['fetch'] * 1e3:.3f} ms a mail)")
    print(f"{'step':<9} {'total s':>8} {'ms each':>8} {'per':<8} {'share':>6}")
    for step in STEPS:
        per = "mail" if step in ("fetch", "parse") else "request"
        each = spent[step] / max(1, count[step]) * 1e3
        print(f"{step:<9} {spent[step]:>8.2f} {each:>8.3f} {per:<8} {spent[step] / total:>6.0%}")
    print(f"{'all':<9} {total:>8.2f}   serial, one process: {total / bare:.1f}x the bare FETCH")
    if args.profile:
        print()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
