"""Docs don't drift: every command has help, every command is in the README, and back."""

import testpaths  # noqa: I001 (the tests' own paths)
import re
from pathlib import Path

import click

from screener.cli.app import cli

README = (testpaths.ROOT / "README.md").read_text(encoding="utf-8")


def walk(group, prefix=""):
    for name, cmd in group.commands.items():
        full = f"{prefix}{name}"
        yield full, cmd
        if isinstance(cmd, click.Group):
            yield from walk(cmd, full + " ")


def test_every_command_has_help():
    missing = [name for name, cmd in walk(cli) if not (cmd.help or "").strip()]
    assert missing == []


def test_every_top_level_command_is_in_the_readme():
    missing = [name for name in cli.commands if f"screener {name}" not in README]
    assert missing == []


def test_every_command_the_readme_names_exists():
    named = set(re.findall(r"`screener ([a-z][a-z-]+)", README))
    assert named and named <= set(cli.commands), named - set(cli.commands)


def test_readme_documents_the_exit_codes_the_cli_uses():
    from screener.cli import context as cli_mod

    for code in (cli_mod.EXIT_OK, cli_mod.EXIT_ERROR, cli_mod.EXIT_USAGE, cli_mod.EXIT_PARTIAL, cli_mod.EXIT_LOCKED):
        assert re.search(rf"^\| {code} \|", README, re.M), code


def test_every_option_the_readme_table_gives_a_command_is_in_its_help():
    """`screener scan [PATH]... [--maildir P] ...` in the commands table: each --option is one of scan's."""
    rows = re.findall(r"^\| `screener ([a-z-]+(?: [a-z]+)?)([^`]*)`", README, re.M)
    assert rows
    checked = 0
    for name, rest in rows:
        words = name.split()
        cmd = cli.commands[words[0]]
        if len(words) > 1 and isinstance(cmd, click.Group) and words[1] in cmd.commands:
            cmd = cmd.commands[words[1]]
        options = {opt for p in cmd.params for opt in getattr(p, "opts", []) + getattr(p, "secondary_opts", [])}
        for opt in re.findall(r"(--[a-z][a-z-]*|(?<![\w-])-[a-z]\b)", rest):
            assert opt in options, f"README: screener {name} {opt} is not in its --help"
            checked += 1
    assert checked > 20
