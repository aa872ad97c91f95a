"""Standalone check of the evaluation corpus (no dependency on the screener package).

Usage: python tests/data/corpus/validate_corpus.py  -> prints counts, exits 1 on any problem.
"""
import collections
import datetime as dt
import json
import pathlib
import sys
import tomllib

HERE = pathlib.Path(__file__).parent
KEYS = {"id", "platform", "sender_name", "sender_headline", "date", "message", "label",
        "action", "language", "register", "family", "reason"}
PROFILE_KEYS = {"name", "aliases", "organisations", "topics", "works", "events", "guide_url"}


def main() -> int:
    errors = []
    prof = tomllib.loads((HERE / "profile.toml").read_text(encoding="utf-8"))
    if set(prof) != PROFILE_KEYS:
        errors.append(f"profile.toml keys {sorted(prof)}")
    for k in ("aliases", "organisations", "topics", "works", "events"):
        if not (isinstance(prof.get(k), list) and all(isinstance(x, str) for x in prof[k])):
            errors.append(f"profile.toml {k} must be a list of strings")
    for k in ("name", "guide_url"):
        if not isinstance(prof.get(k), str):
            errors.append(f"profile.toml {k} must be a string")

    recs, ids = [], set()
    for n, line in enumerate((HERE / "requests.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: not JSON ({e})"); continue
        where = f"line {n} ({r.get('id')})"
        if set(r) != KEYS:
            errors.append(f"{where}: keys {sorted(set(r) ^ KEYS)}")
        if r.get("id") in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(r.get("id"))
        if r.get("platform") not in ("xing", "linkedin"): errors.append(f"{where}: platform")
        if r.get("label") not in ("empty", "boilerplate", "personal"): errors.append(f"{where}: label")
        if r.get("action") not in ("accept", "ask", "follow"): errors.append(f"{where}: action")
        if r.get("language") not in ("de", "en"): errors.append(f"{where}: language")
        if r.get("register") not in ("sie", "du", None): errors.append(f"{where}: register")
        if r.get("language") == "en" and r.get("register") is not None: errors.append(f"{where}: register for en")
        for k in ("sender_name", "sender_headline", "message", "reason", "id"):
            if not isinstance(r.get(k), str): errors.append(f"{where}: {k} not a string")
        if r.get("family") is not None and not isinstance(r["family"], str): errors.append(f"{where}: family")
        if r.get("platform") == "linkedin" and len(r.get("message", "")) > 300:
            errors.append(f"{where}: LinkedIn note longer than 300 chars")
        try:
            d = dt.datetime.fromisoformat(r["date"])
            if d.tzinfo is None: errors.append(f"{where}: date without timezone")
        except Exception:
            errors.append(f"{where}: bad date")
        lab, act = r.get("label"), r.get("action")
        if lab in ("empty",) and act != "ask": errors.append(f"{where}: empty must be ask")
        if lab == "boilerplate" and act not in ("ask", "follow"): errors.append(f"{where}: boilerplate action")
        if lab == "personal" and act not in ("accept", "follow"): errors.append(f"{where}: personal action")
        if r.get("family") and lab != "boilerplate": errors.append(f"{where}: family on non-boilerplate")
        recs.append(r)

    fam = collections.defaultdict(set)
    for r in recs:
        if r["family"]:
            fam[r["family"]].add(r["sender_name"])
    for f, senders in fam.items():
        if not 3 <= len(senders) <= 8:
            errors.append(f"family {f}: {len(senders)} senders")

    C = collections.Counter
    print("records:", len(recs))
    print("label:", dict(C(r["label"] for r in recs)))
    print("action:", dict(C(r["action"] for r in recs)))
    print("language:", dict(C(r["language"] for r in recs)))
    print("platform:", dict(C(r["platform"] for r in recs)))
    print("register:", dict(C(str(r["register"]) for r in recs)))
    print("label x language:", dict(sorted(C(f"{r['label']}/{r['language']}" for r in recs).items())))
    print("label x platform:", dict(sorted(C(f"{r['label']}/{r['platform']}" for r in recs).items())))
    print("label x action:", dict(sorted(C(f"{r['label']}/{r['action']}" for r in recs).items())))
    print("families:", len(fam), "members:", sum(1 for r in recs if r["family"]),
          "one-off boilerplate:", sum(1 for r in recs if r["label"] == "boilerplate" and not r["family"]))
    print("dates:", min(r["date"] for r in recs), "..", max(r["date"] for r in recs))
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
