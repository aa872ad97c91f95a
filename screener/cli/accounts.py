"""`screener accounts list|test`: look at the configured IMAP accounts (click only, no logic)."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape

from screener.cli.complete import account_names
from screener.cli.context import Fail, Group
from screener.config import Config, load_config
from screener.imap import ImapError, insecure_warning, test_account


def _load(ctx: click.Context) -> Config:
    path = ctx.meta.get("screener.accounts_config")
    if path is None:
        # the main command's --config: its context object resolves and validates it
        root_obj = ctx.find_root().obj
        if root_obj is not None and hasattr(root_obj, "config"):
            return root_obj.config
    return load_config(path)


@click.group(cls=Group)
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Configuration file (default: $SCREENER_CONFIG or the platform config dir).")
@click.pass_context
def accounts(ctx: click.Context, config_path: Path | None) -> None:
    """Show and check the IMAP accounts from the configuration file.

    \b
    Examples:
      screener accounts list
      screener accounts test work
    """
    if config_path is not None:
        ctx.meta["screener.accounts_config"] = config_path


@accounts.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def list_accounts(ctx: click.Context, as_json: bool) -> None:
    """List the configured accounts (never prints secrets).

    \b
    Example:
      screener accounts list
    """
    cfg = _load(ctx)
    rows = [{
        "name": a.name, "server": f"{a.host}:{a.port}", "tls": a.tls, "username": a.username,
        "auth": a.auth, "secret": a.secret_source, "folders": list(a.folders),
    } for a in cfg.accounts]
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        where = cfg.path or load_path_hint()
        hint = "" if cfg.path else "; `screener config init` writes a commented one"
        click.echo(f"no accounts configured: add an [[accounts]] table to {where}{hint}", err=True)
        return
    for r in rows:
        click.echo(f"{r['name']}\t{r['username']} @ {r['server']} ({r['tls']}, {r['auth']} via {r['secret']})"
                   f"\tfolders: {', '.join(r['folders'])}")


def load_path_hint() -> str:
    from screener.config import resolve_config_path
    return str(resolve_config_path(None)[0])


@accounts.command("test")
@click.argument("name", required=False, shell_complete=account_names)
@click.pass_context
def test_accounts(ctx: click.Context, name: str | None) -> None:
    """Connect and log in to each account (or NAME), read-only: capabilities, folders, candidates.

    Exits with status 1 when any account fails.

    \b
    Examples:
      screener accounts test
      screener accounts test work
    """
    cfg = _load(ctx)
    targets = [cfg.account(name)] if name else cfg.accounts
    if not targets:
        raise Fail(f"no accounts configured in {cfg.path or load_path_hint()}")
    out = Console(highlight=False, soft_wrap=True)
    failed = 0
    for acc in targets:
        if acc.insecure_skip_verify:
            click.echo(insecure_warning(acc), err=True)
        try:
            info = test_account(acc, senders=cfg.scan.senders)
        except ImapError as exc:
            failed += 1
            out.print(f"[bold red]{escape(acc.name)}: FAILED[/] {escape(str(exc))}")
            continue
        out.print(f"[bold green]{escape(acc.name)}: ok[/] {escape(info['server'])} ({escape(info['tls'])})")
        out.print(f"  capabilities: {escape(' '.join(info['capabilities']))}")
        out.print(f"  folders on the server: {escape(', '.join(info['all_folders']))}")
        for folder, f in info["folders"].items():
            if "error" in f:
                failed += 1
                out.print(f"  [red]{escape(folder)}: {escape(f['error'])}[/]")
            else:
                out.print(f"  {escape(folder)}: {f['messages']} messages, {f['candidates']} from the "
                          f"notification senders")
    if failed:
        ctx.exit(1)
