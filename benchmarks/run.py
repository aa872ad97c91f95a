"""One command for the performance figures of issue 6: `make bench` (or `python benchmarks/run.py`).

Every figure is a ratio against a baseline measured in the same run (absolute times drift on
shared machines):

  (a) first `screener scan` (the real CLI, a subprocess, fresh SCREENER_HOME) of N mails from a
      throw-away Dovecot (tests/imapserver.py)  vs  a bare imapclient FETCH BODY.PEEK[] of the
      same mails (same SEARCH, same batch size), also a subprocess; over loopback, and again
      through an emulated 50 Mbit/s link with 20 ms round trip (benchmarks/link.py);
  (b) a rescan with nothing new (wall, interpreter start-up included)  vs  (a);
  (c) screening one new request against S stored requests with the stored index (median, p95
      over Q new requests, judge() as the scan calls it)  vs  the all-pairs rapidfuzz method over
      the same stored notes;
  (d) peak RSS of the process doing (c) (the store, the index, the detector), and of (a) and (b).

Defaults: N = 10 000 mails, S = 100 000 stored, Q = 200; about 10 minutes on 2 cores.
--quick: N = 1 000, S = 10 000, Q = 50 (about a minute). Results: a table on stdout and
benchmarks/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

PY = sys.executable
SCREENER = str(Path(PY).with_name("screener"))
BATCH = 200  # config.DEFAULT_BATCH_SIZE: the baseline fetches in the same batches
LINK_MBIT, LINK_RTT_MS = 50.0, 20.0  # the emulated link for (a) as a user meets it (benchmarks/link.py)

FETCH_BASELINE = r"""
import sys, time
from imapclient import IMAPClient
host, port, user, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
c = IMAPClient(host, port=port, ssl=False)
c.login(user, password)
c.select_folder("INBOX", readonly=True)
uids = sorted(c.search(["OR", "FROM", "linkedin.com", "FROM", "xing.com"]))
n = size = 0
t = time.perf_counter()
for i in range(0, len(uids), %d):
    for uid, item in c.fetch(uids[i:i + %d], ["BODY.PEEK[]"]).items():
        n += 1
        size += len(item[b"BODY[]"])
fetching = time.perf_counter() - t
c.logout()
print(n, size, fetching)  # mails, bytes, seconds in the FETCH loop alone (figure (a) takes the wall time)
""" % (BATCH, BATCH)


# -- measuring a subprocess -------------------------------------------------------------------

def child_env(**extra: str) -> dict:
    """The environment for a measured child: bytecode caching on, as in an installed copy (a
    PYTHONDONTWRITEBYTECODE=1 sandbox would otherwise compile every module at every start)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


def _status_mb(pid: int, field: str) -> float | None:
    """A size line of /proc/PID/status (VmHWM: peak resident set, VmRSS: now), in MB; None once it is gone."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _hwm_mb(pid: int) -> float | None:
    return _status_mb(pid, "VmHWM")


def _tree_rss_mb(pid: int) -> float:
    """Resident set (VmRSS) of a process and all its descendants (a scan's worker processes), in MB."""
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        total += _status_mb(p, "VmRSS") or 0.0
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def run_child(argv: list[str], env: dict | None = None) -> dict:
    """Run argv; wall seconds, peak RSS (MB) of that process, exit code and output.

    The peak is VmHWM read from /proc while the child runs (every 10 ms, and the child's own
    report when it prints one): wait4()'s ru_maxrss would include this (big) parent, whose
    memory the child inherits until exec.
    """
    env = env or child_env()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=env)
        peak = tree = 0.0
        while proc.poll() is None:
            hwm = _hwm_mb(proc.pid)
            if hwm:
                peak = max(peak, hwm)
            tree = max(tree, _tree_rss_mb(proc.pid))
            time.sleep(0.01)
        wall = time.perf_counter() - t0
        out.seek(0)
        err.seek(0)
        res = {"wall": wall, "rss_mb": peak, "tree_rss_mb": max(tree, peak), "code": proc.returncode,
               "out": out.read().decode("utf-8", "replace"), "err": err.read().decode("utf-8", "replace")}
    try:  # a child of ours reports its own final VmHWM (the poll can miss the last few ms)
        res["rss_mb"] = max(peak, json.loads(res["out"]).get("vmhwm_mb", 0))
    except (ValueError, AttributeError):
        pass
    return res


def check(res: dict, what: str) -> dict:
    if res["code"] != 0:
        sys.exit(f"{what} failed (exit {res['code']}):\n{res['out'][-2000:]}\n{res['err'][-2000:]}")
    return res


# -- children for (c) and (d) -------------------------------------------------------------------

def child_screen(db: str, mode: str, queries: int, seed: int) -> None:
    """Judge `queries` new requests against the store at `db`; print timings as JSON.

    mode "stored": the scan's detector (pipeline.store_detector: the index in SQLite);
    "memory": the in-memory index loaded with every stored note; "allpairs": no index at all.
    """
    from generate import Notes

    from screener.guide import default_guide_dir, load_guide
    from screener.detect.repetition import RepetitionIndex
    from screener.models import Request
    from screener.scan.pipeline import store_detector
    from screener.store.store import Store

    guide = load_guide(default_guide_dir())
    store = Store(db)
    t0 = time.perf_counter()
    det = store_detector(guide, store)
    if mode != "stored":
        idx = RepetitionIndex(exhaustive=(mode == "allpairs")) if mode != "allpairs-c" else CAllPairs()
        for rid, sender, norm in store.db.execute("SELECT rid, sender, norm FROM rep_notes WHERE norm != '' "
                                                   "ORDER BY rid"):
            idx.add(rid, sender, norm)
        det.index = idx
    setup = time.perf_counter() - t0
    notes = Notes(seed)
    times = []
    repeats = 0
    warm = 3
    while len(times) < queries:
        n = notes.next()
        if not n.message:
            continue  # empty notes never reach the index; they would flatter the figure
        req = Request(id=f"q{n.seq}", platform=n.platform, sender_name=n.sender_name,
                      sender_headline=n.sender_headline, message=n.message, date=n.date)
        t = time.perf_counter()
        s = det.judge(req)
        dt = time.perf_counter() - t
        if warm:
            warm -= 1
            continue
        times.append(dt)
        repeats += s.repeats is not None
    times.sort()
    print(json.dumps({"setup": setup, "median": statistics.median(times), "vmhwm_mb": _hwm_mb(os.getpid()),
                      "p95": times[min(len(times) - 1, int(0.95 * len(times)))], "n": len(times),
                      "repeats": repeats, "stored": store.count()}))


class CAllPairs:
    """The fastest all-pairs baseline: rapidfuzz's own C loop (process.extractOne) over every stored
    note, token_sort_ratio and token_set_ratio, no Python per pair (and no other-sender rule)."""

    def __init__(self):
        from screener.detect.repetition import Indexed

        self.Indexed = Indexed
        self.items: list = []
        self.norms: list[str] = []

    def add(self, rid, sender, norm, family=None):
        if norm:
            self.items.append(self.Indexed(rid, sender, norm, family))
            self.norms.append(norm)

    def best(self, norm, sender, limit=20, floor=0.0):
        from rapidfuzz import fuzz, process

        # the floor as score_cutoff: rapidfuzz gives up early on pairs below it, as the index does
        a = process.extractOne(norm, self.norms, scorer=fuzz.token_sort_ratio, score_cutoff=floor)
        b = process.extractOne(norm, self.norms, scorer=fuzz.token_set_ratio, score_cutoff=floor)
        hit = max((h for h in (a, b) if h and h[1] > floor), key=lambda h: h[1], default=None)
        return (hit[1], self.items[hit[2]]) if hit else (0.0, None)


def child_sync(db: str) -> None:
    """Build the stored index from the requests table (what the first scan after upgrading does)."""
    from screener.guide import default_guide_dir, load_guide
    from screener.scan.pipeline import store_detector
    from screener.store.store import Store

    store = Store(db)
    t = time.perf_counter()
    n = store_detector(load_guide(default_guide_dir()), store).index.sync()
    print(json.dumps({"indexed": n, "seconds": time.perf_counter() - t, "vmhwm_mb": _hwm_mb(os.getpid())}))


def fill_store(db: str, count: int, seed: int) -> float:
    """`count` stored requests with generated notes, written straight into the requests table."""
    from generate import Notes

    from screener.store.store import Store, now_iso

    t = time.perf_counter()
    store = Store(db)
    notes = Notes(seed)
    ts = now_iso()
    rows = []
    for _ in range(count):
        n = notes.next()
        rows.append((f"<bench-{seed}-{n.seq}@bench.example>", n.platform,
                     "linkedin_invitation" if n.platform == "linkedin" else "xing_request", n.sender_name,
                     n.sender_headline, n.message, n.date.isoformat(), "bench",
                     "empty" if n.kind == "empty" else "personal" if n.kind == "personal" else "boilerplate",
                     0.5, 2, "ask", "de", None, "[]", None, "", "", "drafted", ts, ts))
    with store.db:
        store.db.execute("BEGIN")
        store.db.executemany(
            """INSERT INTO requests (message_id, platform, kind, sender_name, sender_headline, note, received,
               source, verdict, score, guide_point, action, language, register, evidence, family, draft,
               draft_template, status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            rows)
        store.db.execute("COMMIT")
    store.close()
    return time.perf_counter() - t


# -- the run ------------------------------------------------------------------------------------

def machine() -> dict:
    cpu = ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(ln for ln in open("/proc/meminfo") if ln.startswith("MemTotal")).split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        pass
    dovecot = subprocess.run(["/usr/sbin/dovecot", "--version"], capture_output=True, text=True).stdout.strip()
    import sqlite3

    return {"nproc": os.cpu_count(), "cpu": cpu, "memory": mem, "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "dovecot": dovecot, "kernel": platform.release()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="1 000 mails, 10 000 stored, 50 queries")
    ap.add_argument("--mails", type=int)
    ap.add_argument("--stored", type=int)
    ap.add_argument("--queries", type=int)
    ap.add_argument("--allpairs-queries", type=int, help="queries for the slow all-pairs baseline")
    ap.add_argument("--rescans", type=int, default=5)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.json")
    ap.add_argument("--child", choices=["stored", "memory", "allpairs", "allpairs-c", "sync"], help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--seed", type=int, default=606, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child == "sync":
        child_sync(args.db)
        return 0
    if args.child:
        child_screen(args.db, args.child, args.queries, args.seed)
        return 0

    mails = args.mails or (1000 if args.quick else 10_000)
    stored = args.stored or (10_000 if args.quick else 100_000)
    queries = args.queries or (50 if args.quick else 200)
    ap_queries = args.allpairs_queries or (20 if args.quick else 40)
    work = Path(tempfile.mkdtemp(prefix="screener-bench-"))
    results: dict = {"machine": machine(), "mails": mails, "stored": stored, "queries": queries}
    print(f"screener benchmarks: {mails} mails over IMAP, {stored} stored requests, {queries} queries; work dir {work}",
          flush=True)

    from generate import seed_dovecot
    from imapserver import Dovecot, find_dovecot

    binary = find_dovecot()
    if not binary:
        sys.exit("dovecot is not installed: make system-deps")
    srv = Dovecot.create(binary)
    try:
        user, password = srv.add_user()
        t = time.perf_counter()
        size = seed_dovecot(srv, user, mails)
        print(f"  seeded {mails} mails ({size / 1e6:.0f} MB) in {time.perf_counter() - t:.0f} s", flush=True)
        base_argv = [PY, "-c", FETCH_BASELINE, "127.0.0.1", str(srv.port), user, password]
        check(run_child(base_argv), "baseline fetch")  # warm-up: Dovecot builds its index, the page cache fills
        fetches = [check(run_child(base_argv), "baseline fetch") for _ in range(3)]
        fetch = sorted(fetches, key=lambda r: r["wall"])[1]
        fetched = int(fetch["out"].split()[0])
        print(f"  (a) baseline FETCH BODY.PEEK[] of {fetched} mails: {fetch['wall']:.2f} s", flush=True)

        home = work / "home"
        home.mkdir()
        config = work / "config.toml"
        config.write_text(f'[[accounts]]\nname = "bench"\nhost = "127.0.0.1"\nport = {srv.port}\n'
                          f'username = "{user}"\ntls = "none"\nfolders = ["INBOX"]\n'
                          f'password_env = "SCREENER_BENCH_PASSWORD"\n')
        env = child_env(SCREENER_HOME=str(home), SCREENER_CONFIG=str(config), SCREENER_BENCH_PASSWORD=password,
                        XDG_CONFIG_HOME=str(work / "xdg"))
        check(run_child([SCREENER, "--help"], env), "screener --help")  # writes the bytecode caches
        scan = check(run_child([SCREENER, "scan", "-q"], env), "screener scan")
        print(f"  (a) first screener scan: {scan['wall']:.2f} s  ({scan['err'].strip().splitlines()[-1]})",
              flush=True)
        rescans = [check(run_child([SCREENER, "scan", "-q"], env), "screener rescan") for _ in range(args.rescans)]
        rescan = sorted(rescans, key=lambda r: r["wall"])[len(rescans) // 2]
        print(f"  (b) rescan, nothing new: {rescan['wall']:.3f} s (median of {len(rescans)})", flush=True)
        results["imap"] = {
            "fetch_s": fetch["wall"], "fetch_rss_mb": fetch["rss_mb"], "fetched": fetched, "bytes": size,
            "scan_s": scan["wall"], "scan_rss_mb": scan["rss_mb"], "scan_tree_rss_mb": scan["tree_rss_mb"],
            "scan_summary": scan["err"].strip().splitlines()[-1],
            "rescan_s": rescan["wall"], "rescan_rss_mb": rescan["rss_mb"], "rescans": [r["wall"] for r in rescans],
        }
        noop = run_child([PY, "-c", "pass"])
        results["imap"]["python_startup_s"] = noop["wall"]

        # (a) again the way a user meets it: the mail provider behind home broadband, not loopback
        from link import Link

        with Link(srv.port, mbit=LINK_MBIT, rtt_ms=LINK_RTT_MS) as lport:
            lfetch = check(run_child([PY, "-c", FETCH_BASELINE, "127.0.0.1", str(lport), user, password]),
                           "baseline fetch over the link")
            lhome = work / "home-link"
            lhome.mkdir()
            lconfig = work / "config-link.toml"
            lconfig.write_text(config.read_text().replace(f"port = {srv.port}", f"port = {lport}"))
            lenv = dict(env, SCREENER_HOME=str(lhome), SCREENER_CONFIG=str(lconfig))
            lscan = check(run_child([SCREENER, "scan", "-q"], lenv), "screener scan over the link")
        print(f"  (a) over a {LINK_MBIT:g} Mbit/s link with {LINK_RTT_MS:g} ms round trip: bare FETCH "
              f"{lfetch['wall']:.2f} s, first scan {lscan['wall']:.2f} s", flush=True)
        results["imap"].update(link_mbit=LINK_MBIT, link_rtt_ms=LINK_RTT_MS, link_fetch_s=lfetch["wall"],
                               link_scan_s=lscan["wall"])
    finally:
        srv.cleanup()

    db = str(work / "stored.db")
    t = fill_store(db, stored, seed=106)
    print(f"  stored {stored} generated requests in {t:.0f} s", flush=True)
    sync = check(run_child([PY, __file__, "--child", "sync", "--db", db]), "index build")
    sync_out = json.loads(sync["out"])
    print(f"  index build from {stored} stored requests (once, after an upgrade): {sync_out['seconds']:.1f} s, "
          f"peak RSS {sync['rss_mb']:.0f} MB", flush=True)
    runs = {}
    for mode, q in (("stored", queries), ("memory", queries), ("allpairs-c", ap_queries), ("allpairs", ap_queries)):
        r = check(run_child([PY, __file__, "--child", mode, "--db", db, "--queries", str(q)]), f"screening ({mode})")
        runs[mode] = dict(json.loads(r["out"]), rss_mb=r["rss_mb"], wall=r["wall"])
        print(f"  (c) {mode:>8}: median {runs[mode]['median'] * 1e3:.1f} ms, p95 {runs[mode]['p95'] * 1e3:.1f} ms "
              f"over {runs[mode]['n']} requests; peak RSS {r['rss_mb']:.0f} MB", flush=True)
    results["screening"] = runs
    results["index_build"] = dict(sync_out, rss_mb=sync["rss_mb"])
    results["db_mb"] = os.path.getsize(db) / 1e6

    im = results["imap"]
    st, al = runs["stored"], runs["allpairs-c"]
    rows = [
        ("(a) first IMAP scan / bare FETCH", f"{im['scan_s']:.1f} s / {im['fetch_s']:.1f} s",
         im["scan_s"] / im["fetch_s"], "<= 3x", im["scan_s"] / im["fetch_s"] <= 3),
        (f"(a) same over a {LINK_MBIT:g} Mbit/s, {LINK_RTT_MS:g} ms link", f"{im['link_scan_s']:.1f} s / {im['link_fetch_s']:.1f} s",
         im["link_scan_s"] / im["link_fetch_s"], "<= 3x", im["link_scan_s"] / im["link_fetch_s"] <= 3),
        ("(b) rescan, nothing new (wall)", f"{im['rescan_s']:.2f} s", im["rescan_s"], "< 1 s", im["rescan_s"] < 1),
        ("(b) rescan / first scan", f"{im['rescan_s']:.2f} s / {im['scan_s']:.1f} s",
         im["rescan_s"] / im["scan_s"], "<= 5 %", im["rescan_s"] / im["scan_s"] <= 0.05),
        (f"(c) screen 1 new vs {stored} stored, median", f"{st['median'] * 1e3:.1f} ms (p95 {st['p95'] * 1e3:.1f})",
         st["median"] * 1e3, "<= 20 ms", st["median"] <= 0.020),
        ("(c) all-pairs (rapidfuzz C loop) / indexed", f"{al['median'] * 1e3:.0f} ms / {st['median'] * 1e3:.1f} ms",
         al["median"] / st["median"], ">= 10x", al["median"] / st["median"] >= 10),
        (f"(d) peak RSS, screening at {stored} stored", f"{st['rss_mb']:.0f} MB", st["rss_mb"], "<= 250 MB",
         st["rss_mb"] <= 250),
        ("(d) peak RSS, first scan / rescan", f"{im['scan_rss_mb']:.0f} MB / {im['rescan_rss_mb']:.0f} MB",
         max(im["scan_rss_mb"], im["rescan_rss_mb"]), "<= 250 MB", max(im["scan_rss_mb"], im["rescan_rss_mb"]) <= 250),
        ("(d) first scan, all processes (workers too)", f"{im['scan_tree_rss_mb']:.0f} MB (sum of RSS)",
         im["scan_tree_rss_mb"], "<= 250 MB", im["scan_tree_rss_mb"] <= 250),
    ]
    results["table"] = [{"figure": f, "measured": m, "value": round(v, 4), "target": tg, "ok": ok}
                        for f, m, v, tg, ok in rows]
    print()
    print(f"{'figure':<44} {'measured':<30} {'ratio/value':>11}  {'target':<10} ok")
    for f, m, v, tg, ok in rows:
        print(f"{f:<44} {m:<30} {v:>11.3f}  {tg:<10} {'yes' if ok else 'NO'}")
    print(f"\nalso: all-pairs with the detector's own scorer (Python loop, the test reference) median "
          f"{runs['allpairs']['median'] * 1e3:.0f} ms; in-memory index (check --jsonl) median {runs['memory']['median'] * 1e3:.1f} ms, "
          f"peak RSS {runs['memory']['rss_mb']:.0f} MB; index build {sync_out['seconds']:.1f} s; "
          f"database {results['db_mb']:.0f} MB; python start-up {im['python_startup_s'] * 1e3:.0f} ms")
    m = results["machine"]
    print(f"machine: {m['nproc']} x {m['cpu']}, {m['memory']}, Python {m['python']}, SQLite {m['sqlite']}, "
          f"Dovecot {m['dovecot']}")
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"written: {args.out}")
    return 0 if all(ok for *_, ok in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
