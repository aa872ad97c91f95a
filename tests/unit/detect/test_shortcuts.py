"""The scan's speed-ups must not change a single verdict: each shortcut against the plain way.

* cues.find skips a cue whose literal start strings are absent from the note (cues.literal_starts);
* index.best_match scores all candidates in one rapidfuzz call and runs token_set_ratio only
  where it can still win; the reference is index.similarity() on every candidate;
* the detector remembers which normalised sentences are in the library.
"""

from __future__ import annotations

import testpaths  # noqa: I001 (the tests' own paths)
import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.detect import cues
from screener.detect.detector import Detector
from screener.guide import default_guide_dir, load_guide
from screener.detect.repetition import best_match, similarity
from screener.models import Request
from screener.detect.textnorm import fold, normalise

DATA = testpaths.DATA
CUE_LISTS = [cues.GENERIC, cues.SALES, cues.MERGE, cues.VAGUE_MET, cues.PERSONAL]
ALL_CUES = [c for lst in CUE_LISTS for c in lst]


def corpus_notes() -> list[str]:
    notes = []
    for path in sorted(DATA.glob("*/requests.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec.get("message"):
                notes.append(rec["message"])
    return notes


NOTES = corpus_notes()


def plain_find(cue_list, folded):
    return [(name, label, m.group(0).strip()) for name, rx, label in cue_list if (m := rx.search(folded))]


# -- the cue prefilter ---------------------------------------------------------------------------

def test_literal_starts_reads_branches_optional_parts_and_classes():
    st_ = cues.literal_starts(re.compile(r"\b(happy|glad) to (meet|see)"), k=6)
    assert st_.grams == {"happy ", "glad t"} and st_.short == ()
    opt = cues.literal_starts(re.compile(r"\b(auf )?empfehlung"), k=4)
    assert opt.grams == {"auf ", "empf"}
    short = cues.literal_starts(re.compile(r"\b(roi|nft)\b|\bcoin\w*"), k=6)
    assert set(short.short) == {"roi", "nft", "coin"} and not short.grams
    assert cues.literal_starts(re.compile(r"\b\d+ %")) is None  # starts with any digit: no filter
    assert cues.literal_starts(re.compile(r"[a-z]+ said")) is None
    assert cues.literal_starts(re.compile("abc", re.IGNORECASE)) is None


def test_the_prefilter_covers_almost_every_cue():
    unfiltered = [name for name, rx, _ in ALL_CUES if cues.starts(rx) is None]
    assert len(unfiltered) <= 4, unfiltered


def test_filtered_find_equals_plain_search_on_every_corpus_note():
    assert len(NOTES) > 1000
    for note in NOTES:
        folded = fold(note)
        for cue_list in CUE_LISTS:
            assert cues.find(cue_list, folded) == plain_find(cue_list, folded), note


def _fragments() -> list[str]:
    """Words and phrases the cues are made of, to build texts that hit many of them."""
    words = set()
    for _, rx, _ in ALL_CUES:
        words.update(w for w in re.findall(r"[a-z']+(?: [a-z']+)?", rx.pattern) if len(w) > 1)
    return sorted(words)


FRAGMENTS = _fragments()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14),
       st.lists(st.sampled_from([" ", " ", ", ", ". ", "! ", " - ", "\n", "'", "%", " 25 "]), min_size=14, max_size=14))
def test_filtered_find_equals_plain_search_on_texts_made_of_cue_words(parts, seps):
    text = "".join(p + s for p, s in zip(parts, seps))
    for cue_list in CUE_LISTS:
        assert cues.find(cue_list, text) == plain_find(cue_list, text)


# -- best_match == similarity() on each candidate -------------------------------------------------

def naive_best(norm, cands):
    best, key = 0.0, None
    for k, text in cands:
        s = similarity(norm, text)
        if s > best or (s == best and s > 0 and k < key):
            best, key = s, k
    return best, key


def test_best_match_equals_scoring_each_candidate():
    rng = random.Random(6)
    norms = [normalise(n) for n in NOTES]
    for _ in range(400):
        query = rng.choice(norms)
        pool = rng.sample(norms, rng.randint(0, 60))
        if rng.random() < 0.3:  # near-duplicates and exact ties, as in a template family
            pool += [query, query + " x", " ".join(reversed(query.split()))]
        cands = [(rng.randrange(10_000), text) for text in pool]
        got, want = best_match(query, cands), naive_best(query, cands)
        assert got[0] == want[0] and got[1] == want[1], query
    assert best_match("a b c", []) == (0.0, None)


def test_best_match_with_a_floor_keeps_every_match_above_it():
    """The detector ignores a repetition at or below its floor (repeat_match - 15), so the index may
    give up early there: above the floor the answer is the plain one, at or below it (0.0, None)."""
    rng = random.Random(7)
    norms = [normalise(n) for n in NOTES]
    seen_above = seen_below = 0
    for _ in range(400):
        query = rng.choice(norms)
        pool = rng.sample(norms, rng.randint(1, 60))
        if rng.random() < 0.5:
            words = query.split()
            pool += [" ".join(words[:-1]), query + " und so", " ".join(reversed(words))]
        cands = [(rng.randrange(10_000), text) for text in pool]
        floor = rng.choice([50.0, 73.0, 85.0])
        want = naive_best(query, cands)
        got = best_match(query, cands, floor)
        if want[0] > floor:
            seen_above += 1
            assert got == want, query
        else:
            seen_below += 1
            assert got == (0.0, None), query
    assert seen_above > 50 and seen_below > 50  # both sides of the floor were exercised


# -- the library cache ----------------------------------------------------------------------------

def test_library_answers_are_the_same_from_the_cache_and_fresh():
    guide = load_guide(default_guide_dir())
    warm = Detector(guide)
    for note in NOTES[:300]:
        req = Request("1", "linkedin", "Kim Doe", "", note)
        first = warm.judge(req)
        again = warm.judge(req)  # answered from the cache
        fresh = Detector(guide).judge(req)
        assert first == again == fresh
    assert warm._library_hits  # the cache was used


# -- fold drops combining marks with one regex pass over the non-ASCII characters ------------------

def plain_fold(text: str) -> str:
    import unicodedata

    from screener.detect.textnorm import _FOLD

    text = text.lower().translate(_FOLD)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_fold_equals_dropping_every_combining_character(text):
    assert fold(text) == plain_fold(text)


def test_fold_on_accents_and_umlauts():
    assert fold("Grüße, Ångström café – naïve “quote” ’s") == plain_fold("Grüße, Ångström café – naïve “quote” ’s")
    assert fold("Grüße café") == "gruesse cafe"
