"""The follow-up figures from a real SQLite file: weeks, template share, answer rate, the HTML report."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest
from click.testing import CliRunner

from reviewseed import HOSTILE, seed_stats, utc
from screener.cli.app import cli
from screener.stats.html import render_report
from screener.stats.compute import compute_stats, iso_week, week_range
from screener.store.store import Store



@pytest.fixture
def seeded(tmp_path):
    store = Store(tmp_path / "screener.db")
    seed_stats(store)
    yield store
    store.close()


def test_figures_by_platform(seeded):
    st = compute_stats(seeded, now=utc(2024, 3, 20, 10))
    by = {p.platform: p for p in st.platforms}
    li, xi = by["linkedin"], by["xing"]
    assert (li.requests, li.templates, li.asked, li.answered) == (4, 3, 2, 1)
    assert (xi.requests, xi.templates, xi.asked, xi.answered) == (3, 2, 2, 1)
    assert li.template_share == pytest.approx(0.75) and xi.template_share == pytest.approx(2 / 3)
    assert li.answer_rate == pytest.approx(0.5) and xi.answer_rate == pytest.approx(0.5)
    t = st.total
    assert (t.requests, t.templates, t.asked, t.answered) == (7, 5, 4, 2)


def test_weeks_are_iso_and_continuous(seeded):
    st = compute_stats(seeded)
    assert st.weeks == ["2024-W10", "2024-W11", "2024-W12"]
    assert st.per_week == {"2024-W10": {"linkedin": 3}, "2024-W11": {"xing": 3}, "2024-W12": {"linkedin": 1}}
    assert week_range(date(2020, 12, 28), date(2021, 1, 11)) == ["2020-W53", "2021-W01", "2021-W02"]
    assert iso_week(date(2021, 1, 3)) == "2020-W53"


def test_days_to_answer_count_from_sent(seeded):
    st = compute_stats(seeded, now=utc(2024, 3, 20, 10))
    answered = {f.sender_name: f for f in st.answered}
    # Bob's message from before we asked does not count; the one two days after does
    assert answered["Bob"].answered_at.startswith("2024-03-07") and answered["Bob"].days == 2.0
    assert answered["Xaver"].days == 3.0
    assert st.median_days_to_answer == 2.5
    waiting = {f.sender_name: f.days for f in st.waiting}
    assert waiting == {HOSTILE: 14.0, "Xenia": 6.0}


def test_since_filters_by_request_date(seeded):
    st = compute_stats(seeded, since=date(2024, 3, 11))
    by = {p.platform: p for p in st.platforms}
    assert by["linkedin"].requests == 1 and by["linkedin"].asked == 0
    assert by["xing"].requests == 3
    assert st.weeks == ["2024-W11", "2024-W12"]


def test_stats_command_table_json_and_html(seeded, tmp_path, tmp_home):
    db = str(seeded.path)
    res = CliRunner().invoke(cli, ["--db", db, "stats"])
    assert res.exit_code == 0, res.output
    assert "2024-W10" in res.output and "75%" in res.output and "50%" in res.output and "71%" in res.output
    res = CliRunner().invoke(cli, ["--db", db, "stats", "--json", "--since", "2024-03-11"])
    data = json.loads(res.output)
    assert data["total"]["requests"] == 4 and data["since"] == "2024-03-11"
    out = tmp_path / "report.html"
    res = CliRunner().invoke(cli, ["--db", db, "stats", "--html", str(out)])
    assert res.exit_code == 0 and f"wrote {out}" in res.output
    page = out.read_text()
    assert "<script>alert" not in page and "\x1b" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    res = CliRunner().invoke(cli, ["--db", db, "stats", "--since", "03/11/2024"])
    assert res.exit_code == 2


def test_report_is_self_contained(seeded):
    page = render_report(compute_stats(seeded))
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page and "<script" not in page and "<link" not in page
    for fig in ("chart-weekly", "chart-templates", "chart-answers", "table-platforms", "table-waiting"):
        assert f'id="{fig}"' in page
    assert page.count('class="bar"') == 3 + 2 + 2  # one rect per week, template bars, answer bars


def test_empty_store(tmp_path, tmp_home):
    res = CliRunner().invoke(cli, ["--db", str(tmp_path / "empty.db"), "stats"])
    assert res.exit_code == 0 and "no requests stored" in res.output
    page = render_report(compute_stats(Store(tmp_path / "empty2.db")))
    assert "No requests in this period." in page
