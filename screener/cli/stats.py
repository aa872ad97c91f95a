"""`screener stats`: requests per week, template share, answer rate — as tables, JSON or an HTML page."""

from __future__ import annotations

from pathlib import Path

import click

from screener.cli.context import Ctx, pass_ctx
from screener.cli.options import json_option
from screener.sanitize import dumps, one_line
from screener.wording import plural


@click.command("stats")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only requests from this date on (YYYY-MM-DD).")
@click.option("--html", "html_file", type=click.Path(dir_okay=False), help="Also write a self-contained HTML report.")
@json_option("Print the figures as JSON instead of tables.")
@pass_ctx
def stats(c: Ctx, since, html_file: str | None, as_json: bool) -> None:
    """Requests per month (personal and templates apart), share of templates, answer rate.

    The chart covers the last 12 months, or the time from --since on; the tables below
    it every stored request (or those from --since on).

    "Templates" are requests judged boilerplate or empty. "Asked" are requests whose
    reply asked for the reason (action ask) and was marked sent; they count as answered
    once a message from the same sender arrived (linked by `screener scan`).

    \b
    Examples:
      screener stats --since 2024-01-01
      screener stats --html report.html
    """
    from screener.stats.compute import compute_stats
    from screener.stats.html import render_report

    st = compute_stats(c.store, since.date() if since else None)
    if html_file:
        Path(html_file).write_text(render_report(st), encoding="utf-8")
        click.echo(f"wrote {html_file}", err=True)
    if as_json:
        click.echo(dumps(st.as_dict(), indent=2))
        return
    print_stats(st)


def print_stats(st) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from screener.platforms import display_name
    from screener.stats.compute import percent

    console = Console(highlight=False)
    if not st.total.requests:
        click.echo("no requests stored" + (f" since {st.since}" if st.since else "") + " (run `screener scan`)",
                   err=True)
        return
    from screener.stats.chart import by_month, describe_window

    months = by_month(st)
    peak = max([sum(c.values()) for _, c in months] + [1])
    chart = Table(title=f"Requests per month, {describe_window(st)}", header_style="bold", title_justify="left")
    for col in ("month", "personal", "templates", "total"):
        chart.add_column(col, justify="left" if col == "month" else "right")
    chart.add_column("")
    for month, counts in months:
        personal, templates = counts["personal"], counts["template"]
        bar = Text("█" * round(24 * personal / peak), style="green")
        bar.append("▒" * round(24 * templates / peak), style="yellow")
        chart.add_row(month, str(personal), str(templates), str(personal + templates), bar)
    console.print(chart)
    console.print(Text("█ personal  ▒ templates (boilerplate or empty); --since DATE for a longer span",
                       style="dim"))
    table = Table(title="By platform", header_style="bold", title_justify="left")
    for col in ("platform", "requests", "templates", "share", "asked", "answered", "answer rate"):
        table.add_column(col, justify="left" if col == "platform" else "right")
    for p in [*st.platforms, st.total]:
        table.add_row(Text(one_line(display_name(p.platform), 20)), str(p.requests), str(p.templates),
                      percent(p.template_share), str(p.asked), str(p.answered), percent(p.answer_rate))
    console.print(table)
    if st.median_days_to_answer is not None:
        click.echo(f"median time to an answer: {st.median_days_to_answer:g} days")
    if st.waiting:
        click.echo(f"{plural(len(st.waiting), 'asked requester')} {'has' if len(st.waiting) == 1 else 'have'} "
                   "not answered yet")
