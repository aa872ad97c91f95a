"""The repetition index (screener/index.py): same verdicts as the all-pairs method, and its rules.

No timings here: benchmarks/run.py measures speed (`make bench`).
"""

from __future__ import annotations

import testpaths  # noqa: I001 (the tests' own paths)
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from screener.evaluate.batch import check_records, read_jsonl
from screener.cli.app import cli
from screener.detect.detector import Detector, RepetitionIndex
from screener.guide import default_guide_dir, load_guide
from screener.detect.repetition import StoredIndex, keys, similarity
from screener.detect.textnorm import shingles
from screener.models import Request
from screener.scan.pipeline import LazyDetector, store_detector
from screener.store.store import Store

DATA = testpaths.DATA
# The four corpora the cues were written against; the blind ones (corpus5, corpus6) are measured on their own.
CORPORA = ["corpus", "corpus3", "corpus4", "heldout"]


def corpus_guide(tmp_path: Path, name: str):
    guide = tmp_path / "guide"
    assert CliRunner().invoke(cli, ["guide", "init", str(guide)]).exit_code == 0
    shutil.copy(DATA / name / "profile.toml", guide / "profile.toml")
    return load_guide(guide)


def records(name: str) -> list[dict]:
    with open(DATA / name / "requests.jsonl", encoding="utf-8") as fh:
        return [rec for _, rec in read_jsonl(fh)]


def outcome(results: list[dict]) -> list[tuple]:
    return [(r["id"], r["verdict"], r["family"]) for r in results]


# -- indexed == exhaustive on every accuracy corpus ----------------------------------------------

@pytest.mark.parametrize("name", CORPORA)
def test_indexed_and_all_pairs_give_the_same_verdicts(tmp_path, name):
    guide = corpus_guide(tmp_path, name)
    recs = records(name)
    indexed = check_records(recs, guide)
    exhaustive = check_records(recs, guide, exhaustive=True)
    assert outcome(indexed) == outcome(exhaustive)
    assert [r["score"] for r in indexed] == [r["score"] for r in exhaustive]
    assert any(r["family"] for r in indexed)  # the corpus does exercise the repetition signal


@pytest.mark.parametrize("keep", [7, 100_000])
@pytest.mark.parametrize("name", CORPORA)
def test_the_stored_index_gives_the_same_verdicts(tmp_path, name, keep):
    """The scan's index (SQLite, written in batches) judges like the in-memory one, in date order;
    keep=7: notes move from memory to SQLite every few requests; 100 000: a whole run in memory."""
    guide = corpus_guide(tmp_path, name)
    recs = sorted(records(name), key=lambda r: r["_date"])
    store = Store(tmp_path / "s.db")
    det = Detector(guide)
    det.index = StoredIndex(store.repetition, det.my_names, flush_every=7, keep=keep)  # written and still buffered
    ref = Detector(guide)
    ref.index = RepetitionIndex(exhaustive=True)
    for i, rec in enumerate(recs, 1):
        req = Request(id=str(i), platform=rec["platform"], sender_name=rec["sender_name"] or "",
                      sender_headline=rec["sender_headline"] or "", message=rec["message"] or "", date=rec["_date"])
        got, want = det.judge(req), ref.judge(req)
        assert (got.verdict, got.score, got.repeats) == (want.verdict, want.score, want.repeats), rec["id"]
        det.remember(req, got, i)
        ref.remember(req, want, i)
    det.index.flush()
    assert len(det.index) == len(ref.index)
    held = len(det.index.recent)
    assert (held <= 7) if keep == 7 else (held == len(ref.index))  # where the lookups went


def test_notes_indexed_before_a_run_are_found_in_sqlite_and_the_runs_own_in_memory(tmp_path):
    store = _store_with(tmp_path, [("Anna Alt", "Hallo, " + NOTE)])
    idx = StoredIndex(store.repetition, [], keep=2)
    idx.add(2, "Ben Bau", "ganz anderer text ueber frachtausschreibungen und paletten")
    assert idx.best(NOTE, "Dora")[1].rid == 1  # from SQLite (indexed by sync)
    assert idx.best("ganz anderer text ueber frachtausschreibungen und paletten", "Dora")[1].rid == 2  # memory
    idx.flush()
    assert store.db.execute("SELECT COUNT(*) FROM rep_notes").fetchone()[0] == 2
    assert len(idx.recent) == 1 and len(idx) == 2  # written, still held: counted once
    idx.add(3, "Carl Cis", "noch ein text ueber lagerlogistik und staplerschulungen im sommer")
    idx.flush()  # now more than keep: the written notes leave memory
    assert len(idx.recent) == 0 and len(idx) == 3
    assert idx.best("noch ein text ueber lagerlogistik und staplerschulungen im sommer", "Eve")[1].rid == 3


# -- the index's rules -----------------------------------------------------------------------------

NOTE = "ich habe ihr profil gesehen und finde es sehr interessant gerne wuerde ich mich mit ihnen vernetzen"


def test_best_finds_a_near_duplicate_of_another_sender():
    idx = RepetitionIndex()
    idx.add(1, "Anna", NOTE, "F1")
    idx.add(2, "Ben", "wir haben uns auf der logimat in stuttgart ueber kuehlketten unterhalten")
    score, item = idx.best(NOTE.replace("sehr ", ""), "Carl")
    assert item is not None and item.rid == 1 and item.family == "F1"
    assert score > 90
    assert idx.best(NOTE, "Carl") == (100.0, idx.items[0])  # exact match


def test_a_senders_own_notes_never_count():
    idx = RepetitionIndex()
    idx.add(1, "Anna", NOTE)
    assert idx.best(NOTE, "Anna") == (0.0, None)
    idx.add(2, "Ben", NOTE)
    score, item = idx.best(NOTE, "Anna")
    assert score == 100.0 and item.rid == 2


def test_ties_go_to_the_earliest_note_and_empty_notes_are_not_indexed():
    idx = RepetitionIndex()
    idx.add(1, "Anna", "")
    idx.add(2, "Ben", NOTE)
    idx.add(3, "Cleo", NOTE)
    assert len(idx) == 2
    assert idx.best(NOTE + " danke", "Dora")[1].rid == 2


def test_posting_lists_stop_at_the_cap_but_the_family_is_still_found():
    idx = RepetitionIndex(cap=5)
    for i in range(50):
        idx.add(i, f"S{i}", NOTE, "F")
    assert max(len(p) for p in idx.postings.values()) == 5
    score, item = idx.best(NOTE + " viele gruesse", "New")
    assert item is not None and item.family == "F" and score > 90


def test_all_pairs_reference_scores_every_note():
    idx = RepetitionIndex(exhaustive=True)
    idx.add(1, "Anna", NOTE)
    idx.add(2, "Ben", "something else entirely about freight tenders in hamburg")
    assert not idx.postings
    other = NOTE.replace("profil", "profile")
    assert idx.best(other, "Carl") == (similarity(other, NOTE), idx.items[0])


def test_keys_are_word_bigrams_and_prefix_bigrams():
    assert len(keys("a b c d")) == 6  # three word pairs, three pairs of (here the same) prefixes
    assert len(keys("hello")) == 2
    assert keys("") == set()
    # a copy with a typo in every word shares no word pair with its template, but its prefix pairs
    a, b = "would love to connect with like minded professionals", "wuold lvoe to conenct wiht liek mindde porfessionals"
    assert not shingles(a, 2) & shingles(b, 2)
    assert similarity(a, b) > 60 and keys(a) & keys(b)


def test_notes_that_share_no_key_are_not_copies():
    """All pairs and the index agree by definition on notes that share no word or prefix pair: not
    compared, however alike their letters (what made the two disagree on heavily edited copies)."""
    idx = RepetitionIndex(exhaustive=True)
    idx.add(1, "A", "gestern am hafen war es sehr windig und kalt")
    assert idx.best("morgen im park ist es kaum warm aber nass", "B") == (0.0, None)


# -- the stored index ------------------------------------------------------------------------------

def _store_with(tmp_path, notes: list[tuple[str, str]]) -> Store:
    store = Store(tmp_path / "s.db")
    for i, (sender, note) in enumerate(notes, 1):
        store.db.execute(
            "INSERT INTO requests (message_id, platform, kind, sender_name, note, verdict, score, guide_point,"
            " action, language, family, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (f"<m{i}>", "xing", "xing_request", sender, note, "personal", 0.1, 1, "accept", "de", f"F{i}", "t", "t"))
    return store


def test_stored_index_catches_up_with_the_requests_table_and_persists(tmp_path):
    store = _store_with(tmp_path, [("Anna Alt", "Hallo, " + NOTE), ("Ben Bau", ""), ("Carl Cis", "kurz")])
    idx = StoredIndex(store.repetition, ["Jana Albrecht"])
    score, item = idx.best(NOTE, "Dora Dorn")
    assert score == 100.0 and item.rid == 1 and item.family == "F1" and item.sender == "Anna Alt"
    assert store.db.execute("SELECT COUNT(*) FROM rep_notes").fetchone()[0] == 2  # the empty note is not
    idx.add(4, "Eve Eck", "ganz anderer text ueber frachtausschreibungen und paletten")
    idx.flush()
    store.close()

    again = Store(tmp_path / "s.db")  # a new process: everything is read from the file
    idx2 = StoredIndex(again.repetition, ["Jana Albrecht"])
    assert idx2.sync() == 0
    assert idx2.best("ganz anderer text ueber frachtausschreibungen und paletten", "X")[1].rid == 4
    assert idx2.best(NOTE, "Anna Alt") == (0.0, None)  # only Anna wrote it


def test_stored_index_rebuilds_when_the_recipients_names_change(tmp_path):
    store = _store_with(tmp_path, [("Anna Alt", "Liebe Jana, " + NOTE)])
    StoredIndex(store.repetition, ["Jana"]).sync()
    idx = StoredIndex(store.repetition, ["Mareike Sommerfeld"])
    assert idx.sync() == 1  # rebuilt with the new names
    assert StoredIndex(store.repetition, ["Mareike Sommerfeld"]).sync() == 0


def test_dry_run_notes_stay_in_memory(tmp_path):
    store = _store_with(tmp_path, [])
    idx = StoredIndex(store.repetition, [])
    idx.add("<dry@run>", "Anna", NOTE)
    idx.flush()
    assert store.db.execute("SELECT COUNT(*) FROM rep_notes").fetchone()[0] == 0
    assert idx.best(NOTE, "Ben")[1].rid == "<dry@run>"


def test_the_scan_builds_no_detector_when_nothing_needs_judging(tmp_path):
    store = _store_with(tmp_path, [("Anna Alt", NOTE)])
    lazy = LazyDetector(load_guide(default_guide_dir()), store)
    lazy.flush()
    assert not lazy.built
    assert store.db.execute("SELECT COUNT(*) FROM rep_notes").fetchone()[0] == 0  # index untouched
    det = store_detector(load_guide(default_guide_dir()), store)
    assert isinstance(det.index, StoredIndex)
