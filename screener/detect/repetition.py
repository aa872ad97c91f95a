"""The repetition signal's candidate index: find an earlier note of *another* sender like this one.

Comparing a new note with every stored one (all pairs) costs ~2.5 µs a pair with rapidfuzz, so
~250 ms per request at 100 000 stored notes. Instead both indexes here post each note under the
hashes of its word bigrams, count the keys a new note shares with earlier ones, and run
rapidfuzz only on the best candidates:

A note counts as like an earlier one only when the two share a key: a word bigram, or a bigram of
the words' first three letters (so a copy with a typo in every other word still shares keys). Two
notes that share none are not copies, however alike their letters; the all-pairs reference applies
the same rule, so the index differs from it only where its candidate limits cut.

1. an exact match of the normalised text from another sender scores 100;
2. otherwise the `3 * limit` notes with the highest share of keys in common with the new note
   (shared / union, ties: the earliest), minus the sender's own notes, are scored with
   `similarity()` and the highest wins (ties: the earliest).

A posting list stops growing at `cap` notes (a document-frequency cap). A key that common
belongs to a big template family or a stock phrase: its first `cap` notes already lead a new
member of the family to the family, and the lookup cost stays bounded however large the store grows.

`RepetitionIndex` keeps everything in memory (the `check --jsonl` batch, `eval`, the tests);
`StoredIndex` keeps notes and postings in the store's SQLite file (tables from migration
m004_repetition_index), so a scan never re-normalises the whole history: it reads a few posting
lists per new request. `exhaustive=True` turns `RepetitionIndex` into the all-pairs reference
the tests compare the index against (tests/test_index.py: same verdicts on every corpus).
"""

from __future__ import annotations

import heapq
import json
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

from rapidfuzz import fuzz, process

from screener.detect.textnorm import normalise, shingles
from screener.store.repetition import RepetitionTables

POSTING_CAP = 500  # notes per key; see the module doc
SHINGLE = 2  # word bigrams: recall of the all-pairs best match on the corpora is complete (3-grams miss some)
LIMIT = 20  # candidates scored with rapidfuzz: 3 * LIMIT
PREFIX = 3  # letters of each word in the typo-tolerant keys
KEYS_VERSION = "2"  # what keys() makes; a stored index made with other keys is rebuilt once
_PREFIX_SALT = 0x5F3759DF  # keeps prefix keys apart from word keys


@lru_cache(maxsize=4096)
def keys(norm: str) -> frozenset[int]:
    """The posting keys of a normalised note: hashes of its word bigrams (the whole text when shorter),
    and of the bigrams of its words' first PREFIX letters: a copy with a typo in every other word
    shares no word pair with its template, but most prefix pairs.
    (Cached: a scan asks for a note's keys when it looks it up, adds it and writes it.)"""
    prefixes = " ".join(w[:PREFIX] for w in norm.split())
    return frozenset(shingles(norm, SHINGLE) | {h ^ _PREFIX_SALT for h in shingles(prefixes, SHINGLE)})


def similarity(a: str, b: str) -> float:
    """0..100: word order ignored; a subset match counts only when the lengths are comparable."""
    s = fuzz.token_sort_ratio(a, b)
    la, lb = len(a), len(b)
    if min(la, lb) >= 0.75 * max(la, lb):  # a subset match says little when one note is much longer
        s = max(s, 0.95 * fuzz.token_set_ratio(a, b))
    return s


def best_match(norm: str, cands: Sequence[tuple[object, str]], floor: float = 0.0) -> tuple[float, object]:
    """max(similarity(norm, text)) over (key, text) candidates and the smallest key reaching it, when
    that is above `floor`; else (0.0, None). The same result as calling similarity() on each
    candidate, at a fraction of the cost: rapidfuzz scores the whole list in one call (the query is
    prepared once) and gives up early on a pair that cannot pass the floor, and token_set_ratio runs
    only where 0.95 times it could still reach the best so far."""
    if not cands:
        return 0.0, None
    texts = [t for _, t in cands]
    scores = [0.0] * len(texts)
    for _, score, i in process.extract(norm, texts, scorer=fuzz.token_sort_ratio, limit=None,
                                       score_cutoff=floor or None):
        scores[i] = score
    top = max(max(scores), floor)
    la = len(norm)
    comparable = [i for i, t in enumerate(texts) if min(la, len(t)) >= 0.75 * max(la, len(t))]
    if comparable and top <= 95.0:  # 0.95 * token_set_ratio is at most 95
        sub = [texts[i] for i in comparable]
        cutoff = max(0.0, top / 0.95 - 1e-6)  # a hair low: a tie with the best must still be seen
        for _, score, j in process.extract(norm, sub, scorer=fuzz.token_set_ratio, limit=None, score_cutoff=cutoff):
            i = comparable[j]
            scores[i] = max(scores[i], 0.95 * score)
    best = max(scores)
    if best <= floor:
        return 0.0, None
    return best, min(key for (key, _), s in zip(cands, scores) if s == best)


def norm_hash(norm: str) -> int:
    return zlib.crc32(norm.encode())


@dataclass
class Indexed:
    rid: object
    sender: str
    norm: str
    family: str | None


def _top(counts: dict[int, int], sizes: list[int], nq: int, k: int) -> list[int]:
    """The k notes with the highest share of keys in common with the query (shared / union), ties by id."""
    return [i for _, i in heapq.nsmallest(k, [(-c / (nq + sizes[i] - c), i) for i, c in counts.items()])]


@dataclass
class RepetitionIndex:
    """In-memory shingle index of earlier notes: candidates first, rapidfuzz only on them."""

    cap: int = POSTING_CAP
    exhaustive: bool = False  # all pairs, no index: the reference the tests compare with
    items: list[Indexed] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)  # keys per note
    postings: dict[int, list[int]] = field(default_factory=dict)
    exact: dict[str, list[int]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.items)

    def add(self, rid: object, sender: str, norm: str, family: str | None = None) -> None:
        if not norm:
            return
        idx = len(self.items)
        self.items.append(Indexed(rid, sender, norm, family))
        self.exact.setdefault(norm, []).append(idx)
        ks = keys(norm) if not self.exhaustive else ()
        self.sizes.append(len(ks))
        cap = self.cap
        for h in ks:
            posting = self.postings.setdefault(h, [])
            if len(posting) < cap:
                posting.append(idx)

    def best(self, norm: str, sender: str, limit: int = LIMIT, floor: float = 0.0) -> tuple[float, Indexed | None]:
        """Highest similarity (0..100) to an earlier note of *another* sender, and that note; (0.0, None)
        when none scores above `floor` (the detector passes the score below which it ignores a match)."""
        for idx in self.exact.get(norm, ()):
            if self.items[idx].sender != sender:
                return 100.0, self.items[idx]
        if self.exhaustive:
            found = self._all_pairs(norm, sender)
            return found if found[0] > floor else (0.0, None)
        ks = keys(norm)
        if not ks:
            return 0.0, None
        postings = self.postings
        counts = Counter(chain.from_iterable(postings[h] for h in ks if h in postings))  # counted in C
        items = self.items
        cands = [(idx, items[idx].norm) for idx in _top(counts, self.sizes, len(ks), limit * 3)
                 if items[idx].sender != sender]
        best, idx = best_match(norm, cands, floor)  # ties: the earliest note
        return (best, items[idx]) if idx is not None else (0.0, None)

    def _all_pairs(self, norm: str, sender: str) -> tuple[float, Indexed | None]:
        """Every earlier note of another sender that shares a key (a word pair or a prefix pair) with
        this one: two notes that share neither are not copies, however alike their letters."""
        best, best_item = 0.0, None
        ks = keys(norm)
        for item in self.items:
            if item.sender == sender or not ks & keys(item.norm):
                continue
            s = similarity(norm, item.norm)
            if s > best:
                best, best_item = s, item
        return best, best_item


class StoredIndex:
    """The same index kept in the store's SQLite file (rep_notes, rep_postings, rep_df, rep_meta).

    Rows are keyed by the request id. Notes are normalised with the recipient's names masked
    (`my_names`); when those change, the index is rebuilt once. `sync()` (run before the first
    lookup) indexes requests stored since the last sync, so requests written by any path, or a
    scan that died before flushing, are caught up. New notes are buffered in memory and written
    in one transaction per `flush_every` notes (and on `flush()`): one commit per note would double
    a first import's fsyncs. Notes with a non-integer id (a dry run) are never written.

    Notes added in this run stay in an in-memory index (`recent`) after they are written, up to
    `keep` of them, and are looked up there rather than in SQLite: a first import of thousands of
    requests judges each against the ones before it, and the in-memory lookup costs a fraction of
    the SQL one. The SQL lookup covers the notes up to `_upto` (indexed before this run, or dropped
    from memory), the in-memory one everything after, so each note is looked at exactly once.
    """

    def __init__(self, tables: RepetitionTables, my_names: Sequence[str] = (), *, cap: int = POSTING_CAP,
                 flush_every: int = 1000, keep: int = 20_000):
        self.tables = tables
        self.my_names = list(my_names)
        self.cap = cap
        self.flush_every = flush_every
        self.keep = keep
        self.recent = RepetitionIndex(cap=cap)  # notes of this run (written or not), dry-run notes
        self._to_write: list[tuple[int, str, str]] = []
        self._upto = 0  # the highest rid looked up in SQLite (0: nothing there)
        self._synced = False

    # -- writing ------------------------------------------------------------------------

    def add(self, rid: object, sender: str, norm: str, family: str | None = None) -> None:
        if not norm:
            return
        self.sync()
        self.recent.add(rid, sender, norm, family)
        if isinstance(rid, int):
            self._to_write.append((rid, sender, norm))
            if len(self._to_write) >= self.flush_every:
                self.flush()

    def flush(self) -> None:
        """Write the buffered notes (int ids) in one transaction. Once more than `keep` notes are in
        memory, the written ones are dropped from it (looked up in SQLite from then on)."""
        if not self._to_write:
            return
        rows, self._to_write = self._to_write, []
        with self.tables.transaction():
            self._write(rows)
        if len(self.recent.items) < self.keep:
            return
        keep = RepetitionIndex(cap=self.cap)
        for item in self.recent.items:
            if not isinstance(item.rid, int):
                keep.add(item.rid, item.sender, item.norm, item.family)
        self.recent = keep
        self._upto = max(self._upto, max(rid for rid, _, _ in rows))

    def _write(self, rows: Iterable[tuple[int, str, str]]) -> None:
        """Post notes (inside the caller's transaction); a note already indexed is skipped."""
        self.tables.write(((rid, sender, norm, norm_hash(norm) if norm else None, sorted(keys(norm)) if norm else [])
                           for rid, sender, norm in rows), self.cap)

    def sync(self) -> int:
        """Index every stored request not indexed yet; rebuild when the names changed. Returns how many."""
        if self._synced:
            return 0
        self._synced = True
        t = self.tables
        meta = t.meta()
        names = json.dumps(self.my_names, ensure_ascii=False)
        upto = int(meta.get("upto", 0))
        if meta.get("names") != names or int(meta.get("cap", self.cap)) != self.cap \
                or meta.get("keys", "1") != KEYS_VERSION:
            upto = -1  # rebuild
        top = t.requests_top()
        if upto == top:
            self._upto = self._stored_top()
            return 0  # nothing stored since the last sync: no write at all
        with t.transaction():
            if upto < 0:
                t.clear()
                upto = 0
            rows = [(rid, sender, normalise(note, [sender, *self.my_names]))
                    for rid, sender, note in t.unindexed(upto, top)]
            self._write(rows)
            t.set_meta((("upto", str(top)), ("names", names), ("cap", str(self.cap)), ("keys", KEYS_VERSION)))
        self._upto = self._stored_top()
        return len(rows)

    def _stored_top(self) -> int:
        return self.tables.notes_top()

    # -- reading ------------------------------------------------------------------------

    def __len__(self) -> int:
        self.sync()
        n = self.tables.count()
        unwritten = sum(1 for item in self.recent.items if not isinstance(item.rid, int))  # a dry run's
        return n + len(self._to_write) + unwritten

    def best(self, norm: str, sender: str, limit: int = LIMIT, floor: float = 0.0) -> tuple[float, Indexed | None]:
        """As RepetitionIndex.best, over the stored notes and the ones not written yet."""
        self.sync()
        stored = self._best_stored(norm, sender, limit, floor) if self._upto else (0.0, None)
        if not self.recent.items:
            return stored
        fresh = self.recent.best(norm, sender, limit, max(floor, stored[0]))
        return fresh if fresh[0] > stored[0] else stored  # ties: the stored (earlier) note

    def _item(self, rid: int, sender: str, norm: str) -> Indexed:
        return Indexed(rid, sender, norm, self.tables.family(rid))

    def _best_stored(self, norm: str, sender: str, limit: int, floor: float) -> tuple[float, Indexed | None]:
        upto = self._upto
        for rid, s, n in self.tables.exact(norm_hash(norm), upto):
            if n == norm and s != sender:
                return 100.0, self._item(rid, s, n)
        ks = list(keys(norm))
        if not ks:
            return 0.0, None
        cands = self.tables.candidates(ks, upto, limit * 3)
        rows = {rid: (s, n) for rid, s, n in cands if s != sender}
        best, rid = best_match(norm, [(rid, n) for rid, (_, n) in rows.items()], floor)  # ties: the earliest
        return (best, self._item(rid, *rows[rid])) if rid is not None else (0.0, None)
