"""Setting up as users of git, himalaya or llm expect: `config init`, `paths`, shell completion."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess

import pytest
from click.testing import CliRunner

from dailykit import NOTES, PYTHON, ROOT, invitation, run, write_emls
from screener.cli.app import cli
from screener.config import load_config
from screener.config_init import EXAMPLE, starter_text


# -- config init ------------------------------------------------------------------------------------

def test_config_init_writes_a_private_commented_config_that_loads(tmp_home, tmp_path):
    res = run("config", "init")
    assert res.exit_code == 0, res.output
    path = tmp_path / "xdg-config" / "screener" / "config.toml"
    assert f"wrote {path}" in res.output
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    text = path.read_text()
    assert text.count("\n#") > 50  # every key explained
    cfg = load_config(path)
    assert cfg.accounts == []  # the sample accounts are commented out: no scan of imap.example.org
    res = run("scan")
    assert res.exit_code == 1 and "no IMAP accounts configured" in res.output


def test_config_init_refuses_to_overwrite(tmp_home, tmp_path):
    target = tmp_path / "mine.toml"
    target.write_text("# my own\n")
    res = run("config", "init", "--path", str(target))
    assert res.exit_code == 1
    assert res.stderr.strip() == f"screener: {target}: exists; refusing to overwrite it (edit it, or remove it first)"
    assert target.read_text() == "# my own\n"


def test_config_init_follows_config_and_the_environment(tmp_home, tmp_path, monkeypatch):
    res = run("--config", str(tmp_path / "a.toml"), "config", "init")
    assert res.exit_code == 0 and (tmp_path / "a.toml").exists()
    monkeypatch.setenv("SCREENER_CONFIG", str(tmp_path / "b.toml"))
    assert run("config", "init").exit_code == 0 and (tmp_path / "b.toml").exists()


def test_the_example_ships_inside_the_package_and_uncommented_gives_its_accounts(tmp_path):
    assert EXAMPLE.is_file() and "screener" in EXAMPLE.parts
    text = starter_text()
    uncommented = "\n".join(line[2:] if line.startswith("# [[accounts]]") or line.startswith("# name") or
                            line.startswith("# host") or line.startswith("# username") or
                            line.startswith("# tls") or line.startswith("# folders") or line.startswith("# auth")
                            or line.startswith("# password_command") or line.startswith("# token_command =")
                            and "oama access jana@gmail.com" in line else line for line in text.splitlines())
    p = tmp_path / "c.toml"
    p.write_text(uncommented)
    assert [a.name for a in load_config(p).accounts] == ["work", "gmail"]


# -- paths -------------------------------------------------------------------------------------------------

def test_paths_says_where_everything_is_and_what_is_missing(tmp_home, tmp_path):
    res = run("paths")
    assert res.exit_code == 0, res.output
    lines = dict(line.split(None, 1) for line in res.stdout.splitlines() if not line.startswith("crash"))
    assert lines["config"].startswith(str(tmp_path / "xdg-config" / "screener" / "config.toml"))
    assert "missing: run `screener config init`" in lines["config"]
    assert lines["database"].startswith(str(tmp_home / "screener.db")) and "missing" in lines["database"]
    assert "bundled sample guide" in lines["guide"]
    assert not tmp_home.joinpath("screener.db").exists()  # looking creates nothing
    run("scan", str(write_emls(tmp_path / "m", [invitation(1, NOTES["template"])])[0]))
    data = __import__("json").loads(run("paths", "--json").stdout)
    assert data["database"] == {"path": str(tmp_home / "screener.db"), "exists": True}
    assert data["lock"]["exists"] is True and data["config"]["exists"] is False


# -- completion ------------------------------------------------------------------------------------------

def complete(words: str, tmp_home_env: dict[str, str]) -> list[tuple[str, str]]:
    """What click answers the shell (zsh protocol: value and help) for the words typed so far."""
    args = words.split()
    cword = len(args) if words.endswith(" ") else len(args) - 1
    env = dict(tmp_home_env, _SCREENER_COMPLETE="zsh_complete", COMP_WORDS=words, COMP_CWORD=str(cword))
    res = CliRunner().invoke(cli, [], prog_name="screener", env=env)
    out = res.output.splitlines()
    return [(out[i + 1], out[i + 2]) for i in range(0, len(out) - 2, 3) if out[i] == "plain"]


@pytest.fixture
def stored(tmp_home, tmp_path):
    mails = [invitation(i, NOTES["template"], name) for i, name in enumerate(["Anna Alpha", "Ben Beta"], 1)]
    assert run("scan", *map(str, write_emls(tmp_path / "m", mails))).exit_code == 0
    cfg = tmp_path / "xdg-config" / "screener"
    cfg.mkdir(parents=True)
    (cfg / "config.toml").write_text('[[accounts]]\nname = "work"\nhost = "imap.example.org"\n'
                                     'username = "jana@example.org"\npassword_env = "X"\n'
                                     '[[accounts]]\nname = "home"\nhost = "imap.example.net"\n'
                                     'username = "jana@example.net"\npassword_env = "Y"\n')
    return {"SCREENER_HOME": str(tmp_home), "XDG_CONFIG_HOME": str(tmp_path / "xdg-config")}


def test_completion_offers_request_ids_with_their_sender(stored):
    got = complete("screener show ", stored)
    assert [v for v, _ in got] == ["2", "1"]  # newest first
    assert "Ben Beta" in dict(got)["2"] and "drafted" in dict(got)["2"]
    assert [v for v, _ in complete("screener mark 1", stored)] == ["1"]
    assert [v for v, _ in complete("screener reopen ", stored)] == ["2", "1"]
    assert [v for v, _ in complete("screener guide learn 2", stored)] == ["2"]


def test_completion_offers_account_names(stored):
    assert [v for v, _ in complete("screener scan --account ", stored)] == ["work", "home"]
    assert [v for v, _ in complete("screener draft-to-imap 1 --account h", stored)] == ["home"]
    assert [v for v, _ in complete("screener accounts test ", stored)] == ["work", "home"]


def test_completion_never_creates_a_database_or_prints_an_error(tmp_home):
    env = {"SCREENER_HOME": str(tmp_home / "nowhere")}
    assert complete("screener show ", env) == []
    assert not (tmp_home / "nowhere").exists()


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(shell):
    res = run("completion", shell)
    assert res.exit_code == 0 and "_SCREENER_COMPLETE" in res.stdout
    assert f"{shell}_complete" in res.stdout


def test_completion_in_a_real_bash(stored, tmp_path):
    """The script as a user installs it: bash sources it and asks it for `screener show <TAB>`."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    exe = bindir / "screener"
    # what pip's console script is: a Python file named screener that calls main()
    exe.write_text(f"#!{PYTHON}\nimport sys\nsys.path.insert(0, {str(ROOT)!r})\n"
                   "from screener.cli.app import main\nmain()\n")
    exe.chmod(0o755)
    script = run("completion", "bash").stdout
    probe = (script + '\nCOMP_WORDS=(screener show ""); COMP_CWORD=2; _screener_completion screener\n'
             'printf "%s\\n" "${COMPREPLY[@]}"\n')
    env = dict(os.environ, PATH=f"{bindir}{os.pathsep}{os.environ['PATH']}", **stored)
    env.pop("SCREENER_GUIDE", None)
    res = subprocess.run([shutil.which("bash"), "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert res.returncode == 0, res.stderr
    assert res.stdout.split() == ["2", "1"]
