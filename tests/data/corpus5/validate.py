#!/usr/bin/env python3
"""Validate corpus5 against /work/blind/SCHEMA.md (stdlib only). Usage: python3 validate.py [dir]"""
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from datetime import datetime

D = sys.argv[1] if len(sys.argv) > 1 else "."
errors, warnings = [], []


def err(m):
    errors.append(m)


# profile.toml
prof = tomllib.load(open(f"{D}/profile.toml", "rb"))
PKEYS = {"name", "aliases", "organisations", "topics", "works", "events", "guide_url"}
if set(prof) != PKEYS:
    err(f"profile.toml keys {sorted(prof)} != {sorted(PKEYS)}")
if not isinstance(prof.get("name"), str) or not prof["name"]:
    err("profile name must be a non-empty string")
for k in ("aliases", "organisations", "topics", "works", "events"):
    v = prof.get(k)
    if not isinstance(v, list) or not v or not all(isinstance(x, str) and x for x in v):
        err(f"profile {k} must be a non-empty list of strings")
if not str(prof.get("guide_url", "")).startswith("https://"):
    err("guide_url must be an https URL")

KEYS = ["id", "platform", "sender_name", "sender_headline", "date", "message", "label", "action",
        "language", "register", "family", "reason", "refers_to", "asks"]
ACTIONS = {"empty": {"ask"}, "boilerplate": {"ask", "follow"}, "personal": {"accept", "follow"}}
rows = []
for n, line in enumerate(open(f"{D}/requests.jsonl", encoding="utf-8"), 1):
    if not line.strip():
        err(f"line {n}: blank line")
        continue
    try:
        r = json.loads(line)
    except Exception as e:
        err(f"line {n}: bad JSON {e}")
        continue
    rows.append(r)
    rid = r.get("id", f"line{n}")
    if list(r) != KEYS and set(r) != set(KEYS):
        err(f"{rid}: keys {list(r)}")
        continue
    if set(r) != set(KEYS):
        err(f"{rid}: keys mismatch")
    if r["id"] != f"r{n:04d}":
        err(f"{rid}: id should be r{n:04d}")
    if r["platform"] not in ("xing", "linkedin"):
        err(f"{rid}: platform {r['platform']}")
    for k in ("sender_name", "sender_headline", "message", "reason"):
        if not isinstance(r[k], str):
            err(f"{rid}: {k} not a string")
    if not r["sender_name"].strip():
        err(f"{rid}: empty sender_name")
    if not r["reason"].strip():
        err(f"{rid}: empty reason")
    if r["label"] not in ACTIONS:
        err(f"{rid}: label {r['label']}")
    elif r["action"] not in ACTIONS[r["label"]]:
        err(f"{rid}: action {r['action']} not allowed for {r['label']}")
    if not re.fullmatch(r"[a-z]{2}", str(r["language"])):
        err(f"{rid}: language {r['language']!r} not ISO 639-1 shape")
    has_text = bool(r["message"].strip())
    if r["language"] == "de" and has_text:
        if r["register"] not in ("sie", "du"):
            err(f"{rid}: German note with text needs register sie/du")
    elif r["register"] is not None:
        err(f"{rid}: register must be null (lang={r['language']}, text={has_text})")
    m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?)([+-]\d\d:\d\d|Z)", r["date"])
    if not m:
        err(f"{rid}: date {r['date']!r} lacks ISO form with tz offset")
    else:
        r["_dt"] = datetime.fromisoformat(r["date"].replace("Z", "+00:00"))
    if r["platform"] == "linkedin" and len(r["message"]) > 300:
        err(f"{rid}: LinkedIn note {len(r['message'])} > 300 chars")
    for k in ("refers_to", "asks"):
        if not isinstance(r[k], list) or not all(isinstance(x, str) and x for x in r[k]):
            err(f"{rid}: {k} must be a list of non-empty strings")
            continue
        for s in r[k]:
            if s not in r["message"]:
                err(f"{rid}: {k} item not in message: {s!r}")
    if r["label"] == "empty" and (r["refers_to"] or r["asks"]):
        err(f"{rid}: empty note with refers_to/asks")
    if r["family"] is not None:
        if r["label"] != "boilerplate":
            err(f"{rid}: family set on non-boilerplate")
        if not re.fullmatch(r"F\d\d-[a-z0-9-]+", r["family"]):
            err(f"{rid}: family id {r['family']!r} malformed")
    if r["reason"].lower().startswith("hard case") and not r["reason"].startswith("Hard case:"):
        warnings.append(f"{rid}: reason should say 'Hard case:'")

# dates strictly increasing, span ~12 months
dts = [r["_dt"] for r in rows if "_dt" in r]
for a, b, r in zip(dts, dts[1:], rows[1:]):
    if b <= a:
        err(f"{r['id']}: date not strictly increasing")
if dts:
    span = (dts[-1] - dts[0]).days
    if not 330 <= span <= 400:
        warnings.append(f"date span {span} days (expected about 12 months)")

# families
fam = defaultdict(list)
for r in rows:
    if r["family"]:
        fam[r["family"]].append(r)
for f, ms in sorted(fam.items()):
    senders = {m["sender_name"] for m in ms}
    if len(ms) != len(senders):
        err(f"{f}: repeated sender")
    if not 3 <= len(senders) <= 8:
        err(f"{f}: {len(senders)} senders (need 3–8)")
    months = {m["date"][:7] for m in ms}
    if len(months) < min(3, len(ms)):
        err(f"{f}: members not spread over months ({sorted(months)})")
dup = [n for n, c in Counter(r["sender_name"] for r in rows).items() if c > 1]
if dup:
    warnings.append(f"sender names used more than once: {dup}")

# report
N = len(rows)
print(f"requests: {N}")
lab = Counter(r["label"] for r in rows)
print("labels: " + ", ".join(f"{k} {v} ({100*v/N:.1f}%)" for k, v in sorted(lab.items())))
plat = Counter(r["platform"] for r in rows)
print("platforms: " + ", ".join(f"{k} {v} ({100*v/N:.1f}%)" for k, v in sorted(plat.items())))
lang = Counter(r["language"] for r in rows)
print("languages: " + ", ".join(f"{k} {v}" for k, v in lang.most_common()))
other = sum(1 for r in rows if r["language"] not in ("de", "en") and r["message"].strip()
            and r["label"] != "empty")
print(f"notes with own text in languages other than de/en: {other}")
print("actions: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter((r['label'], r['action']) for r in rows).items())))
print("register (de with text): " + ", ".join(f"{k} {v}" for k, v in Counter(r['register'] for r in rows if r['register']).items()))
print("label x language x platform:")
grid = Counter((r["label"], r["language"] if r["language"] in ("de", "en") else "other", r["platform"]) for r in rows)
for lb in ("empty", "boilerplate", "personal"):
    print("  " + lb.ljust(12) + "  ".join(f"{lg}/{pf}={grid[(lb, lg, pf)]}" for lg in ("de", "en", "other") for pf in ("xing", "linkedin")))
print(f"families: {len(fam)}; members {sum(len(v) for v in fam.values())}; sizes " +
      ", ".join(f"{f.split('-')[0]}:{len(v)}" for f, v in sorted(fam.items())))
print(f"boilerplate outside families: {sum(1 for r in rows if r['label']=='boilerplate' and not r['family'])}")
print(f"hard cases: {sum(1 for r in rows if r['reason'].startswith('Hard case:'))}")
if dts:
    print(f"dates: {rows[0]['date']} .. {rows[-1]['date']}")
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
