"""`screener check` and the `check --jsonl` batch contract other checks depend on."""

import json

import pytest
from click.testing import CliRunner

from screener.cli.app import cli

FIELDS = {"id", "verdict", "score", "guide_point", "action", "language", "register", "evidence", "draft"}
TEMPLATE = ("Hello {n}, I came across your profile and I am always looking to connect with inspiring "
            "professionals in my field. Looking forward to growing our networks together!")


def rec(i, date, message, name="Max Muster", platform="linkedin"):
    return {"id": str(i), "platform": platform, "sender_name": name, "sender_headline": "Consultant",
            "date": date, "message": message}


@pytest.fixture
def run():
    runner = CliRunner()

    def _run(*args, input=None):
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)
    return _run


def write(tmp_path, records, extra_lines=()):
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join([json.dumps(r) for r in records] + list(extra_lines)) + "\n", encoding="utf-8")
    return p


def test_batch_output_has_contract_fields_in_input_order(run, tmp_path):
    records = [
        rec("a", "2026-02-01T10:00:00+01:00", "Hallo Jana, wir haben uns gestern beim Datenschutztag Köln "
            "über Einwilligungen unterhalten. Danke für den Tipp mit dem Buch!"),
        rec("b", "2026-01-01T10:00:00+01:00", ""),
        rec("c", "2026-03-01T10:00:00Z", "I'd like to join your LinkedIn network."),
    ]
    res = run("check", "--jsonl", str(write(tmp_path, records)))
    assert res.exit_code == 0, res.output
    out = [json.loads(line) for line in res.output.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c"]
    for o in out:
        assert FIELDS <= set(o)
        assert o["verdict"] in ("empty", "boilerplate", "personal")
        assert 0.0 <= o["score"] <= 1.0
        assert o["guide_point"] in (1, 2, 3) and o["action"] in ("accept", "ask", "follow")
        assert o["language"] in ("de", "en") and o["register"] in ("sie", "du", None)
        assert isinstance(o["evidence"], list) and all(isinstance(e, str) for e in o["evidence"])
        assert o["draft"].strip()
    assert out[0]["verdict"] == "personal" and out[0]["register"] == "du" and out[0]["action"] == "accept"
    assert out[1]["verdict"] == "empty" and out[2]["verdict"] == "empty"


def test_batch_is_online_in_date_order(run, tmp_path):
    # the later-dated copy comes first in the file: only it may cite the earlier one
    records = [
        rec("late", "2026-05-02T09:00:00+00:00", TEMPLATE.format(n="Jana"), name="Sven Second"),
        rec("early", "2026-05-01T09:00:00+00:00", TEMPLATE.format(n="Jana"), name="Erika First"),
    ]
    out = {o["id"]: o for o in map(json.loads, run("check", "--jsonl", str(write(tmp_path, records))).output.splitlines())}
    assert not any("earlier note" in e for e in out["early"]["evidence"])
    assert any("earlier note from Erika First" in e for e in out["late"]["evidence"])
    assert out["late"]["score"] >= out["early"]["score"]


def test_bad_line_is_named_and_skipped(run, tmp_path):
    p = write(tmp_path, [rec(1, "2026-01-01T00:00:00Z", "")], ["{not json", json.dumps({"id": "x"})])
    runner = CliRunner(mix_stderr=False) if "mix_stderr" in CliRunner.__init__.__code__.co_varnames else CliRunner()
    res = runner.invoke(cli, ["check", "--jsonl", str(p)])
    assert res.exit_code == 3
    assert "in.jsonl:2: not JSON" in res.stderr
    assert "in.jsonl:3: missing key(s)" in res.stderr
    assert len(res.stdout.strip().splitlines()) == 1


def test_strict_stops_at_first_bad_line(run, tmp_path):
    p = write(tmp_path, [rec(1, "2026-01-01T00:00:00Z", "")], ['{"id": 2, "platform": "myspace", '
              '"sender_name": "", "sender_headline": "", "date": "2026-01-01", "message": ""}'])
    res = run("check", "--strict", "--jsonl", str(p))
    assert res.exit_code == 1
    assert "in.jsonl:2: platform must be" in res.output


def test_check_text_prints_verdict_and_draft(run):
    res = run("check", "--name", "Max Muster", "Hi, let's connect! Always happy to expand my network.")
    assert res.exit_code == 0
    assert "verdict: boilerplate" in res.output and "draft:" in res.output and "Max" in res.output


def test_check_needs_exactly_one_input(run):
    assert run("check").exit_code == 2


def test_missing_file_is_one_clean_line(run, tmp_path):
    res = run("check", "--jsonl", str(tmp_path / "nope.jsonl"))
    assert res.exit_code == 1
    assert "Traceback" not in res.output and "nope.jsonl" in res.output


def test_platform_case_and_nulls_are_tolerated(run, tmp_path):
    p = tmp_path / "loose.jsonl"
    p.write_text(json.dumps({"id": 7, "platform": "LinkedIn", "sender_name": None, "sender_headline": None,
                             "date": "2025-01-01", "message": None}) + "\n", encoding="utf-8")
    res = run("check", "--jsonl", str(p))
    assert res.exit_code == 0
    out = json.loads(res.output)
    assert out["id"] == "7" and out["verdict"] == "empty"


def test_saturated_evidence_still_says_how_strong_each_signal_is(run):
    res = run("check", "Hi there, I came across your profile and would love to expand my network "
                       "with like-minded professionals.")
    lines = [line for line in res.output.splitlines() if line.startswith("  · ")]
    assert lines and all("(+" in line or "(-" in line for line in lines)  # one unit, every line
    assert any('"expand my network"' in line for line in lines)  # the matched span is shown
