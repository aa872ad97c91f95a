"""Config errors as the user meets them: through the CLI, one line naming the file, the line and a fix.

tests/test_config.py checks the validator key by key; this file checks what it leaves out (top-level
and [scan] types and values) and the route to the terminal: exit 1, one line on stderr, no traceback,
and hostile text from the file never printed raw. (`check --jsonl` bad lines: tests/test_check.py.)
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from screener.cli.app import cli

ACCOUNT = '[[accounts]]\nname = "w"\nhost = "imap.example.org"\nusername = "u"\npassword_env = "P"\n'


@pytest.mark.parametrize("text, line, expect", [
    ('gide = "x"\n', 1, "did you mean 'guide'"),
    ('guide = 3\n', 1, "guide must be a path (string), not int"),
    ('db = true\n', 1, "db must be a path (string), not bool"),
    ('accounts = "x"\n', 1, "accounts must be a list of [[accounts]] tables"),
    ('scan = 3\n', 1, "scan must be a table"),
    ('[scan]\nmax_size = "2MB"\n', 2, "max_size must be an integer (bytes), not str"),
    ('[scan]\nmax_size = -1\n', 2, "max_size must be a positive number"),
    ('[scan]\nbatch_size = 0\n', 2, "batch_size must be between 1 and 5000"),
    ('[scan]\nworkers = "many"\n', 2, 'workers must be "auto" or a number of processes'),
    ('[scan]\nworkers = -1\n', 2, 'workers must be "auto" or a number of processes'),
    ('[scan]\nworkers = true\n', 2, "workers must be"),
    ('[scan]\nsenders = "linkedin.com"\n', 2, "senders must be a list of strings"),
    ('[scan]\nsenders = []\n', 2, "non-empty list"),
    ('[scan]\nsendrs = ["x.com"]\n', 2, "did you mean 'senders'"),
    (ACCOUNT + 'timeout = "30"\n', 6, "timeout must be a number of seconds, not str"),
    (ACCOUNT.replace("password_env", "pasword_env"), 5, "did you mean 'password_env'"),
    (ACCOUNT + 'password = "hunter2"\n', 6, "password_command"),
    (ACCOUNT + 'tls = "none"\n', 6, "loopback"),
    (ACCOUNT + 'port = 99999\n', 6, "port must be between 1 and 65535"),
    (ACCOUNT + "[scan\n", 6, "invalid TOML"),
])
@pytest.mark.parametrize("command", [["scan"], ["list"], ["accounts", "list"]], ids=" ".join)
def test_config_error_is_one_line_with_file_line_and_hint(tmp_home, tmp_path, text, line, expect, command):
    cfg = tmp_path / "c.toml"
    cfg.write_text(text)
    res = CliRunner().invoke(cli, ["--config", str(cfg), *command])
    assert res.exit_code == 1, res.output
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()] or res.output.splitlines()
    assert len(lines) == 1, res.output
    assert f"{cfg}:{line}:" in lines[0], lines[0]
    assert expect in lines[0], lines[0]
    assert "Traceback" not in res.output and "hunter2" not in res.output


def test_hostile_text_in_the_config_file_is_not_printed_raw(tmp_home, tmp_path):
    cfg = tmp_path / "c.toml"
    for text in ('"gi\\u001b]0;t\\u0007de" = "x"\n', 'guide = ["\\u001b[2J\\u202e"]\n',
                 ACCOUNT + 'tls = "\\u001b[2Jsll"\n', ACCOUNT + 'folders = "\\u009b2J"\n'):
        cfg.write_text(text)
        for command in (["scan"], ["accounts", "list"]):
            res = CliRunner().invoke(cli, ["--config", str(cfg), *command])
            assert res.exit_code == 1, res.output
            raw = res.stdout_bytes + res.stderr_bytes
            for bad in (b"\x1b", b"\x07", "\u202e".encode(), "\x9b".encode()):
                assert bad not in raw, (text, command, raw)


def test_unreadable_config_file_is_one_line(tmp_home, tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_bytes(b'db = "\xff\xfe"\n')
    res = CliRunner().invoke(cli, ["--config", str(cfg), "scan"])
    assert res.exit_code == 1 and str(cfg) in res.output and "cannot read" in res.output
    assert len(res.output.strip().splitlines()) == 1
