"""Shell completion values: request ids (with who sent them) and account names, read without writing.

click calls these while the shell waits, before any command runs (ctx.obj is not set up), so they
resolve --db/--config from the parsed root options themselves, never create a database, and answer
nothing rather than fail."""

from __future__ import annotations

import click
from click.shell_completion import CompletionItem

from screener.sanitize import one_line


def _ctx(ctx: click.Context):
    from screener.cli.context import Ctx

    params = ctx.find_root().params
    return Ctx(params.get("db"), params.get("guide_dir"), params.get("config"))


def request_ids(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """The newest stored ids that start with what was typed, each with its sender and status."""
    try:
        c = _ctx(ctx)
        db = c.db_path()
        if not db.is_file():
            return []
        from screener.store import Store

        with Store(db) as store:
            rows = store.complete_ids(incomplete.strip(), limit=50)
    except Exception:  # noqa: BLE001 - a completion never prints an error into the user's prompt
        return []
    return [CompletionItem(str(rid), help=one_line(f"{name or '(no name)'} · {status}", 60))
            for rid, name, status in rows]


def account_names(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    try:
        accounts = _ctx(ctx).config.accounts
    except Exception:  # noqa: BLE001 - see request_ids
        return []
    return [CompletionItem(a.name, help=one_line(f"{a.username} @ {a.host}", 60))
            for a in accounts if a.name.startswith(incomplete)]
