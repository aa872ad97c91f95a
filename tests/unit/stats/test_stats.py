"""The follow-up figures from a real SQLite file: weeks, template share, answer rate, the HTML report."""

from __future__ import annotations

import json
from datetime import date

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
    assert "Requests per month, the last 12 months" in res.output  # the chart's default window: 2024 is not in it
    assert "2024-03" not in res.output
    assert "75%" in res.output and "50%" in res.output and "71%" in res.output  # the tables: every request
    res = CliRunner().invoke(cli, ["--db", db, "stats", "--since", "2024-01-01"])
    month = next(line for line in res.output.splitlines() if "2024-03" in line)
    assert [cell.strip() for cell in month.split("│")[1:5]] == ["2024-03", "2", "5", "7"]  # personal, templates
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
    page = render_report(compute_stats(seeded, now=utc(2024, 3, 20, 10)))
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page and "<script" not in page and "<link" not in page
    for fig in ("chart-weekly", "chart-templates", "chart-answers", "table-platforms", "table-waiting"):
        assert f'id="{fig}"' in page
    # a rect per week and kind (W10: personal + templates, W11: the same, W12: templates), template and answer bars
    assert page.count('class="bar personal"') == 2 and page.count('class="bar template"') == 3
    assert page.count('class="bar"') == 2 + 2


def test_empty_store(tmp_path, tmp_home):
    res = CliRunner().invoke(cli, ["--db", str(tmp_path / "empty.db"), "stats"])
    assert res.exit_code == 0 and "no requests stored" in res.output
    page = render_report(compute_stats(Store(tmp_path / "empty2.db")))
    assert "No requests in this period." in page


def test_chart_shows_personal_and_templates_apart_over_the_last_12_months(tmp_path):
    from reviewseed import add
    from screener.stats.chart import by_month, by_week, window

    store = Store(tmp_path / "chart.db")
    add(store, "Old", "linkedin", "boilerplate", "ask", utc(2023, 12, 20, 9))  # 15 months before: outside
    add(store, "Pia", "linkedin", "personal", "accept", utc(2024, 6, 3, 9))
    add(store, "Tom", "xing", "boilerplate", "ask", utc(2024, 6, 4, 9))
    add(store, "Eli", "xing", "empty", "ask", utc(2025, 2, 27, 9))
    st = compute_stats(store, now=utc(2025, 3, 10, 12))
    assert window(st) == (date(2024, 4, 1), date(2025, 3, 10))
    months = dict(by_month(st))
    assert list(months)[0] == "2024-04" and list(months)[-1] == "2025-03" and len(months) == 12
    assert months["2024-06"] == {"personal": 1, "template": 1} and months["2025-02"] == {"personal": 0, "template": 1}
    assert sum(sum(c.values()) for c in months.values()) == 3  # December 2023 is not in the window
    weeks = dict(by_week(st))
    assert weeks["2024-W23"] == {"personal": 1, "template": 1}
    page = render_report(st)
    assert page.count('class="bar personal"') == 1 and page.count('class="bar template"') == 2
    assert "the last 12 months (2024-04-01 to 2025-03-10)" in page
    since = compute_stats(store, since=date(2023, 12, 1), now=utc(2025, 3, 10, 12))
    assert dict(by_month(since))["2023-12"] == {"personal": 0, "template": 1}
    store.close()
