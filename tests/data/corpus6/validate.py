#!/usr/bin/env python3
"""Validate corpus6 against /work/blind/SCHEMA.md (stdlib only) and print counts.

Usage: python3 validate.py [folder]   (default: the folder of this script)
Exit code 0 = no errors.
"""
import json
import os
import re
import sys
import tomllib
from collections import Counter, defaultdict
from datetime import datetime

HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
KEYS = {"id", "platform", "sender_name", "sender_headline", "date", "message", "label", "action",
        "language", "register", "family", "reason", "refers_to", "asks"}
PROFILE_KEYS = {"name", "aliases", "organisations", "topics", "works", "events", "guide_url"}
LABEL_ACTIONS = {"empty": {"ask"}, "boilerplate": {"ask", "follow"}, "personal": {"accept", "follow"}}
FAMILY_RE = re.compile(r"^F\d{2}-[a-z0-9-]+$")
errors = []


def err(msg):
    errors.append(msg)


# ---- profile.toml
with open(os.path.join(HERE, "profile.toml"), "rb") as fh:
    prof = tomllib.load(fh)
if set(prof) != PROFILE_KEYS:
    err("profile.toml keys %s" % sorted(set(prof) ^ PROFILE_KEYS))
if not isinstance(prof.get("name"), str) or not prof["name"]:
    err("profile.name must be a non-empty string")
for k in ("aliases", "organisations", "topics", "works", "events"):
    v = prof.get(k)
    if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
        err("profile.%s must be a list of non-empty strings" % k)
if not str(prof.get("guide_url", "")).startswith("https://"):
    err("profile.guide_url must be an https URL")

# ---- requests.jsonl
rows = []
with open(os.path.join(HERE, "requests.jsonl"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            err("line %d: blank line" % ln)
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err("line %d: bad JSON (%s)" % (ln, e))

prev_t = None
fam_senders = defaultdict(list)
fam_dates = defaultdict(list)
for i, r in enumerate(rows, 1):
    rid = r.get("id", "?line%d" % i)
    if set(r) != KEYS:
        err("%s: keys differ: %s" % (rid, sorted(set(r) ^ KEYS)))
        continue
    if r["id"] != "r%04d" % i:
        err("%s: expected id r%04d" % (rid, i))
    if r["platform"] not in ("xing", "linkedin"):
        err("%s: platform %r" % (rid, r["platform"]))
    for k in ("sender_name", "sender_headline", "message", "reason"):
        if not isinstance(r[k], str):
            err("%s: %s must be a string" % (rid, k))
    if not r["sender_name"].strip():
        err("%s: empty sender_name" % rid)
    if not r["reason"].strip():
        err("%s: empty reason" % rid)
    # date
    try:
        t = datetime.fromisoformat(r["date"])
        if t.tzinfo is None or t.utcoffset() is None:
            err("%s: date without timezone offset" % rid)
        elif prev_t is not None and t <= prev_t:
            err("%s: date not strictly increasing (%s)" % (rid, r["date"]))
        prev_t = t if t.tzinfo else prev_t
    except (TypeError, ValueError):
        err("%s: bad date %r" % (rid, r["date"]))
        t = None
    if not re.search(r"([+-]\d{2}:\d{2}|Z)$", str(r["date"])):
        err("%s: date must end in an explicit offset" % rid)
    msg = r["message"]
    if r["platform"] == "linkedin" and len(msg) > 300:
        err("%s: LinkedIn note has %d > 300 chars" % (rid, len(msg)))
    # label / action
    if r["label"] not in LABEL_ACTIONS:
        err("%s: label %r" % (rid, r["label"]))
    elif r["action"] not in LABEL_ACTIONS[r["label"]]:
        err("%s: action %r not allowed for label %r" % (rid, r["action"], r["label"]))
    # language / register
    if not (isinstance(r["language"], str) and re.fullmatch(r"[a-z]{2}", r["language"])):
        err("%s: language %r is not ISO 639-1" % (rid, r["language"]))
    if r["language"] == "de" and r["label"] != "empty":
        if r["register"] not in ("sie", "du"):
            err("%s: German note with text needs register sie/du" % rid)
    elif r["register"] is not None:
        err("%s: register must be null here" % rid)
    # family
    fam = r["family"]
    if fam is not None:
        if r["label"] != "boilerplate":
            err("%s: family set on a %s note" % (rid, r["label"]))
        if not (isinstance(fam, str) and FAMILY_RE.match(fam)):
            err("%s: family id %r malformed" % (rid, fam))
        fam_senders[fam].append(r["sender_name"])
        if t is not None:
            fam_dates[fam].append(t)
    # refers_to / asks
    for k in ("refers_to", "asks"):
        v = r[k]
        if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
            err("%s: %s must be a list of non-empty strings" % (rid, k))
            continue
        for s in v:
            if s not in msg:
                err("%s: %s item not a substring of message: %r" % (rid, k, s))
        if len(set(v)) != len(v):
            err("%s: duplicate entries in %s" % (rid, k))
    if r["label"] == "empty" and (r["refers_to"] or r["asks"]):
        err("%s: empty note cannot have refers_to/asks" % rid)
    if r["label"] == "personal" and not r["refers_to"]:
        err("%s: personal note without refers_to" % rid)
    if r["reason"].lower().startswith("hard case") and not r["reason"].startswith("Hard case:"):
        err("%s: write 'Hard case:' exactly" % rid)

for fam, senders in fam_senders.items():
    if not 3 <= len(senders) <= 8:
        err("family %s has %d members (need 3-8)" % (fam, len(senders)))
    if len(set(senders)) != len(senders):
        err("family %s repeats a sender" % fam)

# ---- report
print("requests: %d" % len(rows))
if rows:
    d0 = datetime.fromisoformat(rows[0]["date"])
    d1 = datetime.fromisoformat(rows[-1]["date"])
    print("date range: %s .. %s (%d days)" % (rows[0]["date"], rows[-1]["date"], (d1 - d0).days))


def table(title, key_fn, col_fn, cols=None):
    c = Counter((key_fn(r), col_fn(r)) for r in rows)
    ks = sorted({k for k, _ in c})
    cs = cols or sorted({x for _, x in c})
    print("\n" + title)
    print("%-12s" % "" + "".join("%8s" % x for x in cs) + "%8s" % "total")
    for k in ks:
        print("%-12s" % k + "".join("%8d" % c[(k, x)] for x in cs) + "%8d" % sum(c[(k, x)] for x in cs))
    print("%-12s" % "total" + "".join("%8d" % sum(c[(k, x)] for k in ks) for x in cs) + "%8d" % len(rows))


LABELS = ["empty", "boilerplate", "personal"]
table("language x label", lambda r: r["language"], lambda r: r["label"], LABELS)
table("platform x label", lambda r: r["platform"], lambda r: r["label"], LABELS)
table("language x platform", lambda r: r["language"], lambda r: r["platform"], ["linkedin", "xing"])
print("\nlabel x language x platform:")
c3 = Counter((r["label"], r["language"], r["platform"]) for r in rows)
for k in sorted(c3):
    print("  %-12s %-3s %-9s %3d" % (k[0], k[1], k[2], c3[k]))
print("\nactions: %s" % dict(Counter((r["label"], r["action"]) for r in rows)))
print("German register: %s" % dict(Counter(r["register"] for r in rows if r["language"] == "de")))
print("hard cases: %d" % sum(r["reason"].startswith("Hard case:") for r in rows))
print("\nfamilies: %d, members: %d, one-off boilerplate: %d" % (
    len(fam_senders), sum(len(v) for v in fam_senders.values()),
    sum(1 for r in rows if r["label"] == "boilerplate" and r["family"] is None)))
for fam in sorted(fam_senders):
    langs = Counter(r["language"] for r in rows if r["family"] == fam)
    ds = sorted(fam_dates[fam])
    span = (ds[-1] - ds[0]).days if ds else 0
    print("  %-28s %d senders, span %3d days, langs %s" % (fam, len(fam_senders[fam]), span,
                                                        ",".join("%s:%d" % kv for kv in sorted(langs.items()))))

if errors:
    print("\n%d ERROR(S):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: no schema errors")
