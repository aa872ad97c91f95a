"""The screening figures on the labelled corpora may not regress (issue 4 targets).

Each corpus folder in tests/data holds requests.jsonl (labelled) and the persona's
profile.toml; it is judged exactly as the held-out check does it: through a guide made by
`screener guide init` with its profile.toml replaced, online, via `screener eval`.
"""

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from screener.cli.app import cli

DATA = Path(__file__).parent / "data"
# The four corpora the cues were written against; the blind ones (corpus5, corpus6) are measured on their own.
CORPORA = ["corpus", "corpus3", "corpus4", "heldout"]


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    out = {}
    runner = CliRunner()
    for name in CORPORA:
        guide = tmp_path_factory.mktemp(name) / "guide"
        assert runner.invoke(cli, ["guide", "init", str(guide)]).exit_code == 0
        shutil.copy(DATA / name / "profile.toml", guide / "profile.toml")
        res = runner.invoke(cli, ["eval", str(DATA / name / "requests.jsonl"), "--guide", str(guide), "--json"],
                            catch_exceptions=False)
        assert res.exit_code == 0, res.output
        out[name] = json.loads(res.output)
    return out


def test_there_are_at_least_two_corpora_of_250():
    assert len(CORPORA) >= 2
    for name in CORPORA:
        assert sum(1 for _ in open(DATA / name / "requests.jsonl", encoding="utf-8")) >= 250


@pytest.mark.parametrize("name", CORPORA)
def test_macro_f1_at_least_097(figures, name):
    assert figures[name]["macro_f1"] >= 0.97, figures[name]["per_class"]


@pytest.mark.parametrize("name", CORPORA)
def test_personal_requests_rarely_called_templates(figures, name):
    assert figures[name]["personal_as_template"] <= 0.02


@pytest.mark.parametrize("name", CORPORA)
def test_empty_and_default_notes_always_recognised(figures, name):
    assert figures[name]["per_class"]["empty"]["recall"] == 1.0


@pytest.mark.parametrize("name", CORPORA)
def test_language_and_register_are_measured_and_good(figures, name):
    assert figures[name]["language_accuracy"] >= 0.95
    assert figures[name]["register_accuracy"] >= 0.9


def test_eval_prints_the_report_a_person_reads(tmp_path):
    name = CORPORA[0]
    res = CliRunner().invoke(cli, ["eval", str(DATA / name / "requests.jsonl"), "--max-errors", "3"])
    assert res.exit_code == 0
    for needle in ("macro-F1", "precision", "recall", "confusion", "language accuracy", "register accuracy"):
        assert needle in res.output
