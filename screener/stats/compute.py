"""The follow-up figures: requests per ISO week, share of templates, answer rate of asked requesters."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from statistics import median

from screener.store.store import Store

TEMPLATE_VERDICTS = ("boilerplate", "empty")
ASKED_STATUSES = ("sent", "answered")


def parse_when(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def week_range(first: date, last: date) -> list[str]:
    """Every ISO week from first to last, empty weeks included (a chart must not hide a gap)."""
    monday = first - timedelta(days=first.weekday())
    out = []
    while monday <= last:
        out.append(iso_week(monday))
        monday += timedelta(days=7)
    return out


@dataclass
class PlatformStats:
    platform: str
    requests: int = 0
    templates: int = 0  # verdict boilerplate or empty
    asked: int = 0  # action ask, and our question went out (status sent or answered)
    answered: int = 0  # of those asked: the sender wrote back

    @property
    def template_share(self) -> float | None:
        return self.templates / self.requests if self.requests else None

    @property
    def answer_rate(self) -> float | None:
        return self.answered / self.asked if self.asked else None


@dataclass(frozen=True)
class FollowUp:
    """One asked requester: when we asked, and when (if) they answered."""

    request_id: int
    platform: str
    sender_name: str
    verdict: str
    sent_at: str | None
    answered_at: str | None
    days: float | None  # to the answer, or waiting so far


@dataclass
class Stats:
    since: str | None
    weeks: list[str] = field(default_factory=list)
    per_week: dict[str, dict[str, int]] = field(default_factory=dict)  # week -> platform -> count
    platforms: list[PlatformStats] = field(default_factory=list)  # one per platform, sorted
    total: PlatformStats = field(default_factory=lambda: PlatformStats("all"))
    answered: list[FollowUp] = field(default_factory=list)
    waiting: list[FollowUp] = field(default_factory=list)
    per_day_kind: dict[date, dict[str, int]] = field(default_factory=dict)  # day -> personal/template -> count
    now: datetime | None = None  # when the figures were made (the chart's window ends here)

    @property
    def median_days_to_answer(self) -> float | None:
        days = [f.days for f in self.answered if f.days is not None]
        return median(days) if days else None

    def as_dict(self) -> dict:
        def plat(p: PlatformStats) -> dict:
            return {"platform": p.platform, "requests": p.requests, "templates": p.templates,
                    "template_share": p.template_share, "asked": p.asked, "answered": p.answered,
                    "answer_rate": p.answer_rate}

        return {
            "since": self.since,
            "weeks": [{"week": w, **self.per_week.get(w, {})} for w in self.weeks],
            "platforms": [plat(p) for p in self.platforms],
            "total": plat(self.total),
            "median_days_to_answer": self.median_days_to_answer,
        }


def compute_stats(store: Store, since: date | None = None, now: datetime | None = None) -> Stats:
    """The figures from the stored requests and messages dated on or after `since`."""
    now = now or datetime.now(timezone.utc)
    rows = store.stats_rows(since.isoformat() if since else None)
    answers = store.answer_dates()
    stats = Stats(since=since.isoformat() if since else None, now=now)
    by_platform: dict[str, PlatformStats] = {}
    dates: list[date] = []
    for row in rows:
        when = parse_when(row["date"])
        platform = row["platform"] or "unknown"
        p = by_platform.setdefault(platform, PlatformStats(platform))
        for agg in (p, stats.total):
            agg.requests += 1
            agg.templates += row["verdict"] in TEMPLATE_VERDICTS
        if when is not None:
            d = when.astimezone(timezone.utc).date()
            dates.append(d)
            week = stats.per_week.setdefault(iso_week(d), {})
            week[platform] = week.get(platform, 0) + 1
            kind = "template" if row["verdict"] in TEMPLATE_VERDICTS else "personal"
            day = stats.per_day_kind.setdefault(d, {})
            day[kind] = day.get(kind, 0) + 1
        if row["action"] != "ask" or row["status"] not in ASKED_STATUSES:
            continue
        answered = row["status"] == "answered"
        for agg in (p, stats.total):
            agg.asked += 1
            agg.answered += answered
        sent = parse_when(row["sent_at"])
        answered_at = None
        if answered:
            later = [a for a in answers.get(row["id"], []) if sent is None or (parse_when(a) or sent) >= sent]
            answered_at = later[0] if later else None
        end = parse_when(answered_at) if answered else now
        days = round((end - sent).total_seconds() / 86400, 1) if sent and end else None
        f = FollowUp(row["id"], platform, row["sender_name"], row["verdict"], row["sent_at"], answered_at, days)
        (stats.answered if answered else stats.waiting).append(f)
    if dates:
        stats.weeks = week_range(min(dates), max(dates))
    stats.platforms = [by_platform[k] for k in sorted(by_platform)]
    stats.waiting.sort(key=lambda f: f.sent_at or "")
    stats.answered.sort(key=lambda f: f.answered_at or "", reverse=True)
    return stats


def percent(x: float | None) -> str:
    return "–" if x is None else f"{x * 100:.0f}%"
