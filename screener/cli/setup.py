"""Setting screener up: `screener paths`, `screener config init`, `screener completion bash|zsh|fish`."""

from __future__ import annotations

import click

from screener import paths
from screener.cli.context import Ctx, pass_ctx
from screener.cli.options import json_option
from screener.sanitize import dumps

SHELLS = ("bash", "zsh", "fish")
INSTALL = {
    "bash": 'eval "$(screener completion bash)"         # in ~/.bashrc',
    "zsh": 'eval "$(screener completion zsh)"          # in ~/.zshrc (after compinit)',
    "fish": "screener completion fish > ~/.config/fish/completions/screener.fish",
}


@click.command("paths")
@json_option("Print the paths as JSON.")
@pass_ctx
def paths_cmd(c: Ctx, as_json: bool) -> None:
    """Print where screener reads and writes its files, and whether each exists.

    \b
    Example:
      screener paths
    """
    from screener.config import resolve_config_path

    config, _explicit = resolve_config_path(c._config)
    db = c.db_path()
    guide = c.guide_dir()
    from screener.guide import default_guide_dir

    rows = [
        ("config", config, "run `screener config init`"),
        ("data", db.parent, "created by the first scan"),
        ("database", db, "created by the first scan"),
        ("lock", db.parent / "scan.lock", "exists while or after a scan"),
        ("guide", guide, "run `screener guide init DIR`"),
        ("logs", paths.state_dir(), "the cron recipe in docs/imap.md creates it"),
        ("crash log", paths.crash_log(), "written only after an internal error"),
    ]
    if as_json:
        click.echo(dumps({name: {"path": str(p), "exists": p.exists()} for name, p, _ in rows}, indent=2))
        return
    sample = guide.resolve() == default_guide_dir().resolve()
    for name, p, missing in rows:
        note = "" if p.exists() else f"  (missing: {missing})"
        if name == "guide" and sample:
            note = "  (the bundled sample guide: run `screener guide init DIR` to make your own)"
        click.echo(f"{name:<10} {p}{note}")


@click.group("config")
def config_group() -> None:
    """Create the configuration file (accounts, guide, database)."""


@config_group.command("init")
@click.option("--path", "dest", type=click.Path(dir_okay=False),
              help="Write here (default: --config, $SCREENER_CONFIG, else the platform config file).")
@pass_ctx
def config_init(c: Ctx, dest: str | None) -> None:
    """Write a commented config file (readable by you only); never overwrites one.

    Every key is explained in it; the sample accounts are commented out. Uncomment one,
    fill in your server, then check it with `screener accounts test`.

    \b
    Example:
      screener config init
      $EDITOR ~/.config/screener/config.toml     # `screener paths` shows where it is
    """
    from screener.config import resolve_config_path
    from screener.config_init import write_config

    target = write_config(dest or resolve_config_path(c._config)[0])
    click.echo(f"wrote {target}; edit it, then run `screener accounts test`")


@click.command("completion")
@click.argument("shell", type=click.Choice(SHELLS))
@click.pass_context
def completion(ctx: click.Context, shell: str) -> None:
    """Print the shell completion script for bash, zsh or fish.

    It completes commands, options, request ids (with their sender) and account names.

    \b
    Install:
      eval "$(screener completion bash)"         # in ~/.bashrc
      eval "$(screener completion zsh)"          # in ~/.zshrc (after compinit)
      screener completion fish > ~/.config/fish/completions/screener.fish
    """
    from click.shell_completion import get_completion_class

    cls = get_completion_class(shell)
    root = ctx.find_root().command
    click.echo(cls(root, {}, "screener", "_SCREENER_COMPLETE").source())


COMMANDS = (paths_cmd, config_group, completion)
