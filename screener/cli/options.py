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
