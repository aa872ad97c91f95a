"""The stats as one self-contained HTML page: inline CSS, inline SVG charts, every stored string escaped."""

from __future__ import annotations

import html
from datetime import datetime, timezone

from screener.platforms import display_name
from screener.sanitize import one_line
from screener.stats.compute import FollowUp, PlatformStats, Stats, percent

PALETTE = ("#0a66c2", "#00857c", "#b35c00", "#7a4fb5", "#8a8a8a")

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:#fff;
 max-width:980px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .2rem}h2{font-size:1.15rem;margin:2rem 0 .6rem}
.sub{color:#666;margin:0 0 1.5rem}
.cards{display:flex;gap:1rem;flex-wrap:wrap}
.card{border:1px solid #ddd;border-radius:8px;padding:.7rem 1rem;min-width:150px}
.card b{display:block;font-size:1.5rem}
figure{margin:1rem 0;border:1px solid #eee;border-radius:8px;padding:.8rem}
figcaption{color:#444;font-size:.9rem;margin-top:.4rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #eee}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.legend span{display:inline-block;margin-right:1rem}
.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px;border-radius:2px}
svg text{font:12px system-ui,sans-serif;fill:#333}
.empty{color:#666;font-style:italic}
"""


def esc(value: object) -> str:
    """Stored text made safe for HTML: terminal escapes dropped, markup escaped."""
    return html.escape(one_line(str(value)), quote=True)


def _colors(platforms: list[str]) -> dict[str, str]:
    return {p: PALETTE[i % len(PALETTE)] for i, p in enumerate(platforms)}


KIND_COLORS = {"personal": "#2e7d32", "template": "#c77700"}
KIND_LABELS = {"personal": "personal", "template": "templates (boilerplate or empty)"}


def weekly_chart(stats: Stats) -> str:
    """Stacked bars per ISO week over the chart's window: personal requests below, templates on top."""
    from screener.stats.chart import KINDS, by_week

    weeks = by_week(stats)
    if not any(sum(c.values()) for _, c in weeks):
        return '<p class="empty">No requests in this period.</p>'
    width, height, left, bottom, top = 900, 280, 40, 60, 10
    plot_h = height - bottom - top
    peak = max(sum(c.values()) for _, c in weeks) or 1
    slot = (width - left - 10) / len(weeks)
    bar = max(2.0, slot * 0.7)
    parts = [f'<svg id="chart-weekly" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'width="100%" role="img" aria-labelledby="chart-weekly-title">',
             '<title id="chart-weekly-title">Personal and template requests per week</title>']
    for frac in (0, 0.5, 1):
        y = top + plot_h * (1 - frac)
        parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e5e5"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{peak * frac:g}</text>')
    step = max(1, len(weeks) // 20)  # at most ~20 labels
    for i, (week, counts) in enumerate(weeks):
        x = left + i * slot + (slot - bar) / 2
        y = top + plot_h
        for kind in KINDS:
            n = counts.get(kind, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            parts.append(f'<rect class="bar {kind}" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                         f'fill="{KIND_COLORS[kind]}"><title>{esc(week)} {esc(KIND_LABELS[kind])}: {n}</title></rect>')
        if i % step == 0:
            lx, ly = x + bar / 2, top + plot_h + 12
            parts.append(f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="end" '
                         f'transform="rotate(-45 {lx:.1f} {ly:.1f})">{esc(week)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def share_chart(chart_id: str, title: str, rows: list[tuple[str, float | None, str]],
                colors: dict[str, str]) -> str:
    """Horizontal bars 0..100 %: one per platform (label, share, detail)."""
    if not rows:
        return '<p class="empty">No data yet.</p>'
    row_h, left, width = 34, 110, 900
    height = row_h * len(rows) + 24
    parts = [f'<svg id="{chart_id}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'width="100%" role="img" aria-labelledby="{chart_id}-title">',
             f'<title id="{chart_id}-title">{esc(title)}</title>']
    span = width - left - 220
    for i, (platform, share, detail) in enumerate(rows):
        y = 8 + i * row_h
        parts.append(f'<text x="{left - 8}" y="{y + 17}" text-anchor="end">{esc(display_name(platform))}</text>')
        parts.append(f'<rect x="{left}" y="{y + 4}" width="{span}" height="18" fill="#f0f0f0"/>')
        if share is not None:
            parts.append(f'<rect class="bar" x="{left}" y="{y + 4}" width="{span * share:.1f}" height="18" '
                         f'fill="{colors.get(platform, PALETTE[-1])}"/>')
        parts.append(f'<text x="{left + span + 8}" y="{y + 17}">{esc(percent(share))} · {esc(detail)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _platform_table(stats: Stats) -> str:
    head = ("<tr><th>Platform</th><th class=n>Requests</th><th class=n>Templates</th><th class=n>Template share</th>"
            "<th class=n>Asked</th><th class=n>Answered</th><th class=n>Answer rate</th></tr>")
    body = []
    for p in [*stats.platforms, stats.total]:
        body.append(
            f"<tr><td>{esc(display_name(p.platform))}</td><td class=n>{p.requests}</td>"
            f"<td class=n>{p.templates}</td><td class=n>{esc(percent(p.template_share))}</td>"
            f"<td class=n>{p.asked}</td><td class=n>{p.answered}</td>"
            f"<td class=n>{esc(percent(p.answer_rate))}</td></tr>"
        )
    return f'<table id="table-platforms">{head}{"".join(body)}</table>'


def _followups(table_id: str, items: list[FollowUp], answered: bool) -> str:
    if not items:
        return f'<p class="empty" id="{table_id}">None.</p>'
    head = ("<tr><th>#</th><th>Sender</th><th>Platform</th><th>Verdict</th><th>Asked</th>"
            + ("<th>Answered</th><th class=n>Days</th>" if answered else "<th class=n>Waiting (days)</th>")
            + "</tr>")
    rows = []
    for f in items[:200]:
        days = "" if f.days is None else f"{f.days:g}"
        rows.append(
            f"<tr><td>{f.request_id}</td><td>{esc(f.sender_name) or '(no name)'}</td>"
            f"<td>{esc(display_name(f.platform))}</td><td>{esc(f.verdict)}</td><td>{esc((f.sent_at or '')[:10])}</td>"
            + (f"<td>{esc((f.answered_at or '')[:10])}</td>" if answered else "")
            + f"<td class=n>{esc(days)}</td></tr>"
        )
    return f'<table id="{table_id}">{head}{"".join(rows)}</table>'


def render_report(stats: Stats, generated: datetime | None = None) -> str:
    """The whole page. No scripts, no external resources: it can be mailed or opened offline."""
    generated = generated or datetime.now(timezone.utc)
    from screener.stats.chart import describe_window

    colors = _colors([p.platform for p in stats.platforms])
    legend = "".join(f'<span><i style="background:{KIND_COLORS[k]}"></i>{esc(KIND_LABELS[k])}</span>'
                     for k in KIND_COLORS)
    t = stats.total
    median_days = stats.median_days_to_answer
    cards = (
        f'<div class="cards"><div class="card" id="card-requests"><b>{t.requests}</b>requests</div>'
        f'<div class="card" id="card-templates"><b>{esc(percent(t.template_share))}</b>templates</div>'
        f'<div class="card" id="card-answer-rate"><b>{esc(percent(t.answer_rate))}</b>of asked answered '
        f'({t.answered}/{t.asked})</div>'
        f'<div class="card"><b>{"–" if median_days is None else f"{median_days:g}"}</b>median days to answer</div></div>'
    )
    period = f"since {esc(stats.since)}" if stats.since else "all stored requests"
    templates = share_chart(
        "chart-templates", "Share of templates (boilerplate or empty) by platform",
        [(p.platform, p.template_share, f"{p.templates} of {p.requests}") for p in stats.platforms], colors)
    answers = share_chart(
        "chart-answers", "Share of asked requesters who answered, by platform",
        [(p.platform, p.answer_rate, f"{p.answered} of {p.asked}") for p in stats.platforms], colors)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>screener — contact requests report</title>
<style>{CSS}</style>
</head>
<body>
<h1>Contact requests</h1>
<p class="sub">{period} · generated {esc(generated.strftime("%Y-%m-%d %H:%M UTC"))}</p>
{cards}
<h2>Requests per week: personal and templates</h2>
<figure id="fig-weekly">{weekly_chart(stats)}
<figcaption><span class="legend">{legend}</span> Requests received per ISO week, {esc(describe_window(stats))}.
</figcaption></figure>
<h2>Templates</h2>
<figure id="fig-templates">{templates}
<figcaption>Requests judged boilerplate or empty, of all requests.</figcaption></figure>
<h2>Answers to our question</h2>
<figure id="fig-answers">{answers}
<figcaption>Of the requesters we asked about their reason (reply sent), how many wrote back.</figcaption></figure>
<h2>By platform</h2>
{_platform_table(stats)}
<h2>Waiting for an answer</h2>
{_followups("table-waiting", stats.waiting, answered=False)}
<h2>Answered</h2>
{_followups("table-answered", stats.answered, answered=True)}
</body>
</html>
"""


__all__ = ["render_report", "esc", "PlatformStats"]
