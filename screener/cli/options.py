"""Options several commands share, declared once: --guide, --json and the status/verdict/platform filters."""

from __future__ import annotations

import click

from screener.models import Platform, Status, Verdict

STATUSES = [s.value for s in Status]
VERDICTS = [v.value for v in Verdict]
PLATFORMS = [p.value for p in Platform]


def guide_option(help: str = "Guide folder (default: the configured guide)."):
    return click.option("--guide", "guide_opt", type=click.Path(file_okay=False), help=help)


def json_option(help: str = "Print JSON instead of a table."):
    return click.option("--json", "as_json", is_flag=True, help=help)


def status_option(help: str = "Only requests with this status."):
    return click.option("--status", type=click.Choice(STATUSES), help=help)


def verdict_option(help: str = "Only this verdict."):
    return click.option("--verdict", type=click.Choice(VERDICTS), help=help)


def platform_option(help: str = "Only this platform.", **kwargs):
    return click.option("--platform", type=click.Choice(PLATFORMS), help=help, **kwargs)


class Since(click.ParamType):
    """A day: YYYY-MM-DD, `today`, `yesterday`, or how long ago (3d, 2w). Local midnight of that day."""

    name = "DATE"

    def convert(self, value, param, ctx):
        from datetime import date, datetime, time, timedelta

        if isinstance(value, datetime):
            return value
        text = str(value).strip().lower()
        today = date.today()
        try:
            if text in ("today", "yesterday"):
                day = today - timedelta(days=text == "yesterday")
            elif text[:-1].isdigit() and text[-1:] in ("d", "w"):
                day = today - timedelta(days=int(text[:-1]) * (7 if text[-1] == "w" else 1))
            else:
                day = date.fromisoformat(text)
        except ValueError:
            self.fail(f"{value!r} is not a day: use YYYY-MM-DD, today, yesterday, 3d or 2w", param, ctx)
        return datetime.combine(day, time.min).astimezone()


def when_options(fn):
    """--since/--today/--new/--search, the filters a person reaches for every day (list and review)."""
    for option in reversed((
        click.option("--since", type=Since(), help="Only requests from this day on (YYYY-MM-DD, yesterday, 3d, 2w)."),
        click.option("--today", is_flag=True, help="Only requests from today."),
        click.option("--new", "untouched", is_flag=True,
                     help="Only requests you have not acted on yet (nothing approved, edited, marked, ...)."),
        click.option("--search", metavar="TEXT", help="Only requests whose name, headline or note contains TEXT."),
    )):
        fn = option(fn)
    return fn


def when_filters(since, today: bool, untouched: bool, search: str | None) -> dict:
    """The store's keyword arguments for the when_options values."""
    from datetime import timezone

    if today:
        since = Since().convert("today", None, None)
    return {"since": since.astimezone(timezone.utc).isoformat(timespec="seconds") if since else None,
            "search": search or None, "untouched": untouched}
