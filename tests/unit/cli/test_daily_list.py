"""`screener list` and ids, dates, status never cut; the note wraps; --since/--today/--new/--search."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from reviewseed import BOILER, PERSONAL, seed_request
from screener.cli.app import cli
from screener.guide import init_guide, load_guide
from screener.models import Status
from screener.store.store import Store

LONG_NAME = "Maximilian Alexander von und zu Hohenberg-Langenstein-Wittelsbach"
LONG_NOTE = ("Hello Jana, " + "we talked about deletion concepts and retention schedules at length, " * 4).strip()


@pytest.fixture
def db(tmp_home, tmp_path):
    gdir = init_guide(tmp_path / "guide")
    guide = load_guide(gdir)
    path = tmp_path / "screener.db"
    now = datetime.now(timezone.utc)
    with Store(path) as store:
        ids = {
            "old": seed_request(store, guide, name="Olga Old", note=BOILER, received=now - timedelta(days=30)),
            "long": seed_request(store, guide, name=LONG_NAME, note=LONG_NOTE, received=now - timedelta(days=3)),
            "today": seed_request(store, guide, name="Toni Today", note=PERSONAL, received=now),  # now: "today" even just after midnight
        }
        store.set_status(ids["old"], Status.DISMISSED)
    return {"db": path, "gdir": gdir, "ids": ids}


def cli_run(db, *args, columns: int = 80, keys: str | None = None):
    return CliRunner().invoke(cli, ["--db", str(db["db"]), "--guide", str(db["gdir"]), *args], input=keys,
                              env={"COLUMNS": str(columns)}, catch_exceptions=False)


@pytest.mark.parametrize("columns", [80, 60])
def test_a_narrow_terminal_or_a_pipe_wraps_the_note_never_the_id(db, columns):
    res = cli_run(db, "list", columns=columns)
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[0].split()[:3] == ["id", "date", "status"]
    rows = [line for line in lines[1:] if line[:1].isdigit()]
    assert [r.split()[0] for r in rows] == [str(db["ids"][k]) for k in ("today", "long", "old")]
    for row in rows:
        rid, date, status = row.split()[:3]
        assert len(date) == 10 and date[4] == "-" and status in ("drafted", "dismissed"), row
    assert "…" not in "".join(row.split("  ")[0] for row in rows)
    text = " ".join(res.stdout.split())
    assert LONG_NAME in text  # the sender wraps, it is not cut
    assert "we talked about deletion concepts" in text
    # and the id really works
    long_id = rows[1].split()[0]
    assert "Hohenberg" in cli_run(db, "show", long_id).stdout


def test_a_wide_terminal_puts_the_note_beside_and_stays_inside_the_width(db):
    res = cli_run(db, "list", columns=150)
    lines = res.stdout.splitlines()
    assert lines[0].split()[-2:] == ["sender", "note"]
    assert all(len(line) <= 150 for line in lines)
    first = next(line for line in lines if line.startswith(str(db["ids"]["today"])))
    assert "Toni Today" in first and "Hello Jana" in first


def test_tsv_is_one_line_per_request_with_nothing_shortened(db):
    res = cli_run(db, "list", "--format", "tsv", columns=40)
    header, *rows = res.stdout.splitlines()
    assert header.split("\t") == ["id", "date", "status", "platform", "verdict", "score", "action", "sender",
                                  "headline", "note"]
    assert len(rows) == 3 and all(len(r.split("\t")) == 10 for r in rows)
    long_row = next(r.split("\t") for r in rows if LONG_NAME in r)
    assert long_row[7] == LONG_NAME and long_row[9] == LONG_NOTE


def test_json_format_and_the_old_flag(db):
    a = json.loads(cli_run(db, "list", "--format", "json").stdout)
    b = json.loads(cli_run(db, "list", "--json").stdout)
    assert a == b and [r["id"] for r in a] == [str(db["ids"][k]) for k in ("today", "long", "old")]


def test_no_match_is_not_no_requests(db, tmp_path):
    res = cli_run(db, "list", "--status", "approved")
    assert res.stderr.strip() == "no requests match (status approved)"
    empty = {"db": tmp_path / "empty.db", "gdir": db["gdir"]}
    assert cli_run(empty, "list").stderr.strip() == "no requests stored yet (run `screener scan`)"


def ids(res) -> list[int]:
    return [int(line.split()[0]) for line in res.stdout.splitlines()[1:] if line[:1].isdigit()]


def test_since_today_new_and_search_in_list(db):
    i = db["ids"]
    assert ids(cli_run(db, "list", "--today")) == [i["today"]]
    assert ids(cli_run(db, "list", "--since", "7d")) == [i["today"], i["long"]]
    week_ago = (datetime.now() - timedelta(days=7)).date().isoformat()
    assert ids(cli_run(db, "list", "--since", week_ago)) == [i["today"], i["long"]]
    assert ids(cli_run(db, "list", "--new")) == [i["today"], i["long"]]  # Olga was dismissed: acted on
    assert ids(cli_run(db, "list", "--search", "hohenBERG")) == [i["long"]]  # the name, any case
    assert ids(cli_run(db, "list", "--search", "PyCon")) == [i["today"]]  # the note
    assert ids(cli_run(db, "list", "--search", "100%")) == []  # % is a character, not a wildcard
    res = cli_run(db, "list", "--since", "last tuesday")
    assert res.exit_code == 2 and "is not a day" in res.stderr


def test_since_today_new_and_search_in_review(db):
    i = db["ids"]
    res = cli_run(db, "review", "--today", keys="q\n")
    assert "Toni Today" in res.stdout and "Hohenberg" not in res.stdout
    res = cli_run(db, "review", "--search", "deletion concepts", keys="a\n")
    assert "[1/1]" in res.stdout and "Hohenberg" in res.stdout
    res = cli_run(db, "review", "--new", keys="q\n")  # the approved one is not new any more
    assert "[1/1]" in res.stdout and "Toni Today" in res.stdout
    res = cli_run(db, "review", "--since", "2d", "--status", "dismissed", keys="q\n")
    assert "Nothing to review." in res.stdout
    with Store(db["db"]) as store:
        assert store.get(i["long"]).status == "approved"
