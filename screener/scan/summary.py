"""The scan's last line for a person: what is new and what to do next, counts with their plurals.

"3 new: 1 personal, 2 templates → screener review (15 mails read: 1 already stored, 1 message, 3 other)"
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from screener.models import ScanReport
from screener.wording import plural

TEMPLATE_VERDICTS = ("boilerplate", "empty")


def verdict_kinds(verdicts: Counter) -> tuple[int, int]:
    """(personal, templates) from a count of verdicts."""
    templates = sum(verdicts.get(v, 0) for v in TEMPLATE_VERDICTS)
    return sum(verdicts.values()) - templates, templates


def summary_line(report: ScanReport, verdicts: Counter, *, dry_run: bool = False,
                 accounts: dict[str, str] | None = None) -> str:
    personal, templates = verdict_kinds(verdicts)
    new = report.requests_new
    if new:
        kinds = ", ".join(x for x in (plural(personal, "personal", "personal") if personal else "",
                                      plural(templates, "template") if templates else "") if x)
        head = (f"{new} would be new: {kinds} (dry run: nothing stored)" if dry_run
                else f"{new} new: {kinds} → screener review")
    else:
        head = "nothing new" + (" (dry run)" if dry_run else "")
    parts: list[str] = []
    if report.requests_known:
        parts.append(f"{report.requests_known} already stored")
    if report.messages:
        parts.append(plural(report.messages, "message"))
    if report.ignored:
        parts.append(f"{report.ignored} other")
    if report.skipped:
        parts.append(f"{report.skipped} skipped")
    if report.errors:
        parts.append(plural(len(report.errors), "error"))
    line = f"{head} ({plural(report.seen, 'mail')} read" + (": " + ", ".join(parts) if parts else "") + ")"
    if report.answered:
        line += f"; {plural(report.answered, 'answer')} to your question → screener review --status answered"
    if report.reflagged:
        line += f"; {plural(report.reflagged, 'earlier request')} re-flagged as template"
    if accounts and (len(accounts) > 1 or any(v != "ok" for v in accounts.values())):
        line += "; accounts: " + ", ".join(f"{name} {'ok' if st == 'ok' else st.split(':')[0]}"
                                           for name, st in accounts.items())
    return line


def stamp(now: datetime | None = None) -> str:
    """The time at the start of a line in a log (local time with its offset)."""
    return (now or datetime.now()).astimezone().isoformat(timespec="seconds")
