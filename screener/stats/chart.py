"""The chart's figures: personal and template requests apart, per ISO week or month, over a window that is
the last 12 months by default (from --since when given), ending at the time the figures were made."""

from __future__ import annotations

from datetime import date, datetime, timezone

from screener.stats.compute import Stats, iso_week, week_range

KINDS = ("personal", "template")


def window(stats: Stats) -> tuple[date, date]:
    end = (stats.now or datetime.now(timezone.utc)).astimezone(timezone.utc).date()
    if stats.since:
        return date.fromisoformat(stats.since), end
    y, m = (end.year, end.month - 11) if end.month > 11 else (end.year - 1, end.month + 1)
    return date(y, m, 1), end  # this month and the 11 before it


def _bucketed(stats: Stats, key) -> dict[str, dict[str, int]]:
    first, last = window(stats)
    out: dict[str, dict[str, int]] = {}
    for day, counts in stats.per_day_kind.items():
        if first <= day <= last:
            bucket = out.setdefault(key(day), dict.fromkeys(KINDS, 0))
            for kind, n in counts.items():
                bucket[kind] += n
    return out


def by_week(stats: Stats) -> list[tuple[str, dict[str, int]]]:
    """Every ISO week of the window, empty ones included, with its personal and template counts."""
    first, last = window(stats)
    counts = _bucketed(stats, iso_week)
    return [(w, counts.get(w, dict.fromkeys(KINDS, 0))) for w in week_range(first, last)]


def months(first: date, last: date) -> list[str]:
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def by_month(stats: Stats) -> list[tuple[str, dict[str, int]]]:
    first, last = window(stats)
    counts = _bucketed(stats, lambda d: f"{d.year}-{d.month:02d}")
    return [(m, counts.get(m, dict.fromkeys(KINDS, 0))) for m in months(first, last)]


def describe_window(stats: Stats) -> str:
    first, last = window(stats)
    if stats.since:
        return f"since {first.isoformat()}"
    return f"the last 12 months ({first.isoformat()} to {last.isoformat()})"
