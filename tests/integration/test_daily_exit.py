"""Every exit code the README documents, each caused the way a user causes it, each with one line on stderr."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time

import pytest

from dailykit import NOTES, PYTHON, ROOT, SAMPLE, invitation, maildir, run, subprocess_env, write_emls
from screener.cli import context

README = (ROOT / "README.md").read_text(encoding="utf-8")


def documented() -> dict[int, str]:
    section = README.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    return {int(code): text.strip() for code, text in re.findall(r"^\| (\d+) \| (.+?) \|$", section, re.M)}


def screener_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("screener: ")]


def test_the_readme_documents_every_code_the_cli_uses():
    codes = {context.EXIT_OK, context.EXIT_ERROR, context.EXIT_USAGE, context.EXIT_PARTIAL, context.EXIT_LOCKED,
             context.EXIT_INTERRUPTED}
    assert codes <= set(documented()), set(documented())


def test_0_success(tmp_home):
    assert run("scan", str(SAMPLE)).exit_code == 0


def test_1_an_error_you_can_fix_is_one_line(tmp_home):
    run("scan", str(SAMPLE))
    res = run("show", "999")
    assert res.exit_code == 1
    assert res.stderr.strip().splitlines() == ["screener: no request with id 999 (see `screener list`)"]


def test_2_wrong_usage_is_one_line_not_a_usage_screen(tmp_home):
    res = run("scan", "--bogus")
    assert res.exit_code == 2
    [line] = res.stderr.strip().splitlines()
    assert line.startswith("screener: No such option '--bogus'") and "--help" in line
    res = run("frobnicate")
    assert res.exit_code == 2 and len(res.stderr.strip().splitlines()) == 1


def test_3_partial_a_mail_that_cannot_be_read(tmp_home, tmp_path):
    md = maildir(tmp_path / "md", [invitation(1, NOTES["template"])])
    (md / "cur" / "1800000001.M1P1.broken:2,S").write_bytes(b"")
    res = run("scan", str(md))
    assert res.exit_code == 3 and "1 error" in res.stdout


def test_4_another_scan_is_running(tmp_home):
    from screener.scan.lock import scan_lock

    run("scan", str(SAMPLE))
    with scan_lock(tmp_home / "scan.lock"):
        res = run("scan", str(SAMPLE))
    assert res.exit_code == 4
    [line] = screener_lines(res.stderr)
    assert "another scan" in line and str(os.getpid()) in line


def test_141_is_not_used_a_closed_pipe_is_success(tmp_home, tmp_path):
    """`screener list | head -1` ends quietly with 0 (README: output closed early)."""
    mails = [invitation(i, NOTES["template"] + f" {i}", f"Sender {i}") for i in range(300)]
    run("scan", str(maildir(tmp_path / "md", mails)))
    proc = subprocess.run(f"'{PYTHON}' -m screener list | head -n 1; exit ${{PIPESTATUS[0]}}", shell=True,
                          executable="/bin/bash", cwd=ROOT, env=subprocess_env(tmp_home), capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    assert "output closed early" in documented()[0]


def _interrupt(proc: subprocess.Popen, ready, timeout: float = 60.0) -> tuple[int, str]:
    deadline = time.monotonic() + timeout
    while not ready():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the scan never got going"
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole foreground group
    _out, err = proc.communicate(timeout=60)
    return proc.returncode, err


def test_130_ctrl_c_in_a_scan_of_a_big_folder(tmp_home, tmp_path):
    """With worker processes running (a first import): exit 130, one line, no traceback from any process."""
    mails = [invitation(i, NOTES["template"] + f" ({i})", f"Sender Number{i}") for i in range(3000)]
    md = maildir(tmp_path / "big", mails)
    proc = subprocess.Popen([PYTHON, "-m", "screener", "scan", "--show", str(md)], cwd=ROOT,
                            env=subprocess_env(tmp_home), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    def started() -> bool:
        shown = 0
        for line in proc.stdout:  # blocks until the scan prints
            shown += line.startswith("#")
            if shown >= 250:  # past the point where the worker processes start
                return True
        return False

    code, err = _interrupt(proc, started)
    assert code == 130, err
    assert screener_lines(err) == ["screener: interrupted"], err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert "interrupted" in documented()[130].lower()


@pytest.mark.imap
def test_130_ctrl_c_while_a_scan_waits_for_the_server(dovecot, imap_user, tmp_home, tmp_path):
    user, password = imap_user
    marker = tmp_path / "asked"
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'[[accounts]]\nname = "work"\nhost = "127.0.0.1"\nport = {dovecot.port}\ntls = "none"\n'
                   f'username = "{user}"\npassword_command = "touch {marker}; sleep 30; echo {password}"\n')
    proc = subprocess.Popen([PYTHON, "-m", "screener", "--config", str(cfg), "scan"], cwd=ROOT,
                            env=subprocess_env(tmp_home), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    code, err = _interrupt(proc, marker.exists)
    assert code == 130, err
    assert screener_lines(err) == ["screener: interrupted"] and "Traceback" not in err, err


def test_the_scan_message_for_a_missing_account_points_to_config_init(tmp_home):
    res = run("scan")
    assert res.exit_code == 1
    [line] = res.stderr.strip().splitlines()
    assert "screener config init" in line and "config.example.toml" not in line


def test_the_mails_the_docs_name_exist(tmp_home):
    """No message or help text sends a user to a file screener does not install."""
    for args in (["scan"], ["accounts", "list"]):
        assert "config.example.toml" not in run(*args).output


def test_nothing_is_printed_twice_for_a_bad_path(tmp_home, tmp_path):
    res = run("scan", str(tmp_path / "nope"), str(write_emls(tmp_path / "m", [invitation(1, "x")])[0]))
    assert res.exit_code == 1 and len(res.stderr.strip().splitlines()) == 1


def test_the_eval_help_example_runs_as_written_and_its_errors_are_for_people(tmp_home):
    from click.testing import CliRunner

    from screener.cli.app import cli

    help_text = CliRunner().invoke(cli, ["eval", "--help"]).output
    example = next(line.strip() for line in help_text.splitlines() if line.strip().startswith("screener eval "))
    args = example.split()[1:]
    assert all((ROOT / a).exists() for a in args if a.startswith("tests/")), example
    cwd = os.getcwd()
    os.chdir(ROOT)  # the example is for a checkout of screener
    try:
        res = CliRunner().invoke(cli, args)
    finally:
        os.chdir(cwd)
    assert res.exit_code == 0 and "macro-F1" in res.output, res.output
    res = run("eval", "tests/data/corpus/requests.jsonl", "--guide", "/nonexistent/guide")
    assert res.exit_code == 1
    assert res.stderr.strip() == ("screener: /nonexistent/guide: guide folder does not exist "
                                  "(create one with `screener guide init /nonexistent/guide`)")
    res = run("eval", "missing.jsonl")
    assert res.exit_code == 1 and "missing.jsonl: no such file" in res.stderr and "Usage:" not in res.output


def test_eval_profile_judges_as_a_guide_with_that_profile_does(tmp_home, tmp_path):
    import json
    import shutil

    corpus = ROOT / "tests" / "data" / "corpus"
    guide = tmp_path / "guide"
    assert run("guide", "init", str(guide)).exit_code == 0
    shutil.copy(corpus / "profile.toml", guide / "profile.toml")
    by_copy = json.loads(run("eval", str(corpus / "requests.jsonl"), "--guide", str(guide), "--json").stdout)
    by_flag = json.loads(run("eval", str(corpus / "requests.jsonl"), "--profile", str(corpus / "profile.toml"),
                             "--json").stdout)
    assert by_flag == by_copy
