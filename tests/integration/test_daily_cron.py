"""The cron and systemd recipes of docs/imap.md, taken from the page as written and run on a fresh home
under `env -i` with only what cron (or a systemd user service) provides, against a real Dovecot."""

from __future__ import annotations

import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from dailykit import NOTES, PYTHON, ROOT, invitation

DOC = (ROOT / "docs" / "imap.md").read_text(encoding="utf-8")
STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d ")

pytestmark = pytest.mark.imap


def block(lang: str, after: str) -> str:
    """The first ```lang block after the text `after`."""
    rest = DOC.split(after, 1)[1]
    return re.search(rf"```{lang}\n(.*?)```", rest, re.S).group(1)


def cron_command() -> str:
    lines = [ln for ln in block("cron", "### cron").splitlines() if ln.strip() and not ln.startswith("#")]
    [entry] = lines
    return entry.split(None, 5)[5]  # minute hour dom month dow, then the command


def fresh_home(tmp_path: Path, dovecot, user: str, password: str) -> Path:
    """A home with nothing but screener in ~/.local/bin (as pipx installs it) and a config file."""
    home = tmp_path / "jana"
    bindir = home / ".local" / "bin"
    bindir.mkdir(parents=True)
    exe = bindir / "screener"
    # this worktree's package, as the installed entry point would import it
    exe.write_text(f"#!/bin/sh\nPYTHONPATH='{ROOT}' exec '{PYTHON}' -m screener \"$@\"\n")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    cfg = home / ".config" / "screener"
    cfg.mkdir(parents=True)
    (cfg / "config.toml").write_text(
        f'[[accounts]]\nname = "work"\nhost = "127.0.0.1"\nport = {dovecot.port}\ntls = "none"\n'
        f'username = "{user}"\npassword_command = "echo {password}"\n')
    return home


def env_i(home: Path, command: str, **extra: str) -> subprocess.CompletedProcess:
    env = ["HOME=" + str(home), "LOGNAME=jana", "SHELL=/bin/sh", "PATH=/usr/bin:/bin",
           *(f"{k}={v}" for k, v in extra.items())]
    return subprocess.run(["env", "-i", *env, "/bin/sh", "-c", command], capture_output=True, text=True,
                          timeout=120, cwd="/")


def test_the_cron_line_works_on_a_fresh_home(dovecot, imap_user, tmp_path):
    user, password = imap_user
    dovecot.seed(user, [bytes(invitation(1, NOTES["personal"], "Paula Personal")),
                        bytes(invitation(2, NOTES["template"], "Tom Template"))])
    home = fresh_home(tmp_path, dovecot, user, password)
    assert not (home / ".local" / "state").exists()
    command = cron_command()
    assert "$HOME/.local/state" in command  # the line makes the folder it logs to

    first = env_i(home, command)
    assert first.returncode == 0, first.stderr + first.stdout
    log = home / ".local" / "state" / "screener" / "scan.log"
    [line] = log.read_text().splitlines()
    assert STAMP.match(line), line  # when it ran
    assert "2 new: 1 personal, 1 template → screener review" in line
    assert (home / ".local" / "share" / "screener" / "screener.db").exists()  # screener made its data folder

    again = env_i(home, command)
    assert again.returncode == 0
    lines = log.read_text().splitlines()
    assert len(lines) == 2 and all(STAMP.match(ln) for ln in lines) and "nothing new" in lines[1]


def test_a_failing_run_logs_its_problem_once_with_the_time(dovecot, imap_user, tmp_path):
    from imapserver import free_port

    user, password = imap_user
    home = fresh_home(tmp_path, dovecot, user, password)
    cfg = home / ".config" / "screener" / "config.toml"
    cfg.write_text(cfg.read_text().replace(f"port = {dovecot.port}", f"port = {free_port()}"))
    res = env_i(home, cron_command())
    assert res.returncode == 1  # every account failed: cron's MAILTO (or `||`) hears of it
    lines = (home / ".local" / "state" / "screener" / "scan.log").read_text().splitlines()
    assert len(lines) == 2 and all(STAMP.match(ln) for ln in lines), lines
    assert "connection refused" in lines[0] and "accounts: work FAILED" in lines[1]


def test_the_systemd_units_are_valid(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if not analyze:
        pytest.skip("systemd-analyze is not installed")
    units = tmp_path / "units"
    units.mkdir()
    (units / "screener-scan.service").write_text(block("ini", "screener-scan.service`:"))
    (units / "screener-scan.timer").write_text(block("ini", "screener-scan.timer`:"))
    for unit in ("screener-scan.service", "screener-scan.timer"):
        res = subprocess.run([analyze, "verify", str(units / unit)], capture_output=True, text=True, timeout=60)
        # %h is this test user's home, where no screener is installed: the one complaint allowed
        problems = [ln for ln in res.stderr.splitlines() if "screener-scan" in ln and "is not executable" not in ln]
        assert problems == [], res.stderr


def test_the_systemd_service_runs_on_a_fresh_home(dovecot, imap_user, tmp_path):
    user, password = imap_user
    dovecot.seed(user, [bytes(invitation(3, NOTES["template"], "Tom Template"))])
    home = fresh_home(tmp_path, dovecot, user, password)
    service = block("ini", "screener-scan.service`:")
    [exec_start] = [ln.split("=", 1)[1] for ln in service.splitlines() if ln.startswith("ExecStart=")]
    # a user service's environment: HOME, USER, LOGNAME, SHELL, PATH, XDG_RUNTIME_DIR (which may not exist)
    res = env_i(home, exec_start.replace("%h", str(home)), USER="jana", XDG_RUNTIME_DIR=str(tmp_path / "run"))
    assert res.returncode == 0, res.stderr
    assert "1 new: 1 template → screener review" in res.stdout  # what the journal shows
