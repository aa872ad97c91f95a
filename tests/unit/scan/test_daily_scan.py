"""`screener scan` as a person uses it: paths recognised by content, what the summary says, dry runs, pipes."""

from __future__ import annotations

import testpaths  # noqa: I001 (the tests' own paths)
import mailbox
import re
import shutil
import subprocess

import pytest

from dailykit import NOTES, PYTHON, ROOT, SAMPLE, invitation, maildir, run, subprocess_env, write_emls
from screener.store.store import Store

STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d ")


@pytest.fixture
def home(tmp_home):
    return tmp_home


def not_warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "warning: drafts are signed by the sample persona" not in line]


def stored(home) -> list[str]:
    with Store(home / "screener.db") as s:
        return sorted(r.sender_name for r in s.list())


# -- scan PATH... ---------------------------------------------------------------------------------

def test_a_shell_glob_of_eml_files_is_many_paths(home, tmp_path):
    files = write_emls(tmp_path / "mails", [invitation(i, NOTES["template"], f"Sender {i}") for i in range(3)])
    res = run("scan", *map(str, files))  # what `screener scan ~/mails/*.eml` receives
    assert res.exit_code == 0, res.output
    assert stored(home) == ["Sender 0", "Sender 1", "Sender 2"]


def test_eml_flag_takes_several_files_and_a_folder(home, tmp_path):
    files = write_emls(tmp_path / "a", [invitation(i, NOTES["template"], f"A {i}") for i in range(2)])
    write_emls(tmp_path / "b", [invitation(10 + i, NOTES["template"], f"B {i}") for i in range(2)])
    res = run("scan", "--eml", str(files[0]), str(files[1]), "--eml", str(tmp_path / "b"))
    assert res.exit_code == 0, res.output
    assert stored(home) == ["A 0", "A 1", "B 0", "B 1"]


def test_paths_are_recognised_by_content_not_by_name(home, tmp_path):
    md = maildir(tmp_path / "Maildir", [invitation(1, NOTES["template"], "In Maildir")])
    box = mailbox.mbox(tmp_path / "archive")  # an mbox without a .mbox suffix
    box.add(invitation(2, NOTES["template"], "In Mbox"))
    box.flush()
    box.close()
    (tmp_path / "single").write_bytes(bytes(invitation(3, NOTES["personal"], "Single Mail")))  # no .eml suffix
    res = run("scan", str(md), str(tmp_path / "archive"), str(tmp_path / "single"))
    assert res.exit_code == 0, res.output
    assert stored(home) == ["In Maildir", "In Mbox", "Single Mail"]
    with Store(home / "screener.db") as s:
        sources = {r.sender_name: r.source.split(":")[0] for r in s.list()}
    assert sources == {"In Maildir": "maildir", "In Mbox": "mbox", "Single Mail": "eml"}


def test_a_folder_of_mailboxes_is_scanned_one_level_down(home, tmp_path):
    top = tmp_path / "Mail"
    maildir(top / "work", [invitation(1, NOTES["template"], "Work Mail")])
    write_emls(top, [invitation(2, NOTES["template"], "Loose Mail")])
    (top / "notes.txt").write_text("shopping list\n")  # not mail: passed over inside a folder
    res = run("scan", str(top))
    assert res.exit_code == 0, res.output
    assert stored(home) == ["Loose Mail", "Work Mail"]


def test_what_is_not_mail_is_one_clear_line(home, tmp_path):
    (tmp_path / "notes.txt").write_text("shopping list\n")
    (tmp_path / "empty").mkdir()
    for path, says in ((tmp_path / "notes.txt", "not a mail file"), (tmp_path / "empty", "no mail found"),
                       (tmp_path / "gone", "no such file or folder")):
        res = run("scan", str(path))
        assert res.exit_code == 1, res.output
        [line] = res.stderr.strip().splitlines()
        assert line.startswith(f"screener: {path}: {says}"), line


def test_the_old_flags_keep_working(home, tmp_path):
    res = run("scan", "--maildir", str(SAMPLE))
    assert res.exit_code == 0, res.output
    box = mailbox.mbox(tmp_path / "in.mbox")
    box.add(invitation(5, NOTES["template"], "Mbox Flag"))
    box.flush()
    res = run("scan", "--mbox", str(tmp_path / "in.mbox"))
    assert res.exit_code == 0 and "Mbox Flag" in stored(home)


# -- the summary ------------------------------------------------------------------------------------

def test_summary_on_stdout_says_what_is_new_with_a_timestamp_off_a_terminal(home, tmp_path):
    mails = [invitation(1, NOTES["personal"], "Paula Personal"), invitation(2, NOTES["template"], "Tom Template"),
             invitation(3, "", "Erik Empty")]
    res = run("scan", *map(str, write_emls(tmp_path / "m", mails)))
    assert res.exit_code == 0, res.output
    [line] = res.stdout.splitlines()  # stdout, so `screener scan > file` keeps it
    assert STAMP.match(line), line  # a log line says when
    assert line.split(" ", 1)[1] == "3 new: 1 personal, 2 templates → screener review (3 mails read)"
    again = run("scan", *map(str, tmp_path.joinpath("m").iterdir()))
    assert again.stdout.split(" ", 1)[1].strip() == "nothing new (3 mails read: 3 already stored)"


def test_summary_counts_in_the_singular_and_lists_each_error_once(home, tmp_path):
    md = maildir(tmp_path / "md", [invitation(1, NOTES["template"], "Only One")])
    (md / "cur" / "1800000001.M1P1.broken:2,S").write_bytes(b"")
    res = run("scan", str(md))
    assert res.exit_code == 3, res.output
    line = res.stdout.strip().split(" ", 1)[1]
    assert line == "1 new: 1 template → screener review (2 mails read: 1 skipped, 1 error)"
    problems = [ln for ln in res.stderr.splitlines() if "empty mail" in ln]
    assert len(problems) == 1 and STAMP.match(problems[0]), res.stderr


def test_the_sample_persona_is_named_when_it_signs_new_drafts(home, tmp_path):
    res = run("scan", str(write_emls(tmp_path / "m", [invitation(1, NOTES["template"])])[0]))
    assert "warning: drafts are signed by the sample persona" in res.stderr
    assert "Dr. Jana Albrecht" in res.stderr and "screener guide init" in res.stderr
    quiet = run("scan", "-q", str(write_emls(tmp_path / "n", [invitation(2, NOTES["template"])])[0]))
    assert "sample persona" not in quiet.stderr  # cron: only errors and the summary


# -- --dry-run ------------------------------------------------------------------------------------------

def test_dry_run_on_a_fresh_home_creates_nothing(home, tmp_path):
    shutil.rmtree(home)
    res = run("scan", "--dry-run", str(SAMPLE))
    assert res.exit_code == 0, res.output
    assert "would be new" in res.stdout
    assert not home.exists()  # no database, no lock file, no folder


def test_dry_run_counts_what_a_real_scan_stores(home, tmp_path):
    """The same mail in two folders (INBOX and an archive) and a reminder are stored once; a dry run says so."""
    mails = [invitation(i, NOTES["template"], f"Sender {i}") for i in range(4)]
    maildir(tmp_path / "inbox", mails)
    maildir(tmp_path / "archive", mails[:3])  # the same three mails again
    dry = run("scan", "--dry-run", str(tmp_path / "inbox"), str(tmp_path / "archive"))
    assert "4 would be new" in dry.stdout and "3 already stored" in dry.stdout, dry.stdout
    real = run("scan", str(tmp_path / "inbox"), str(tmp_path / "archive"))
    assert "4 new" in real.stdout and "3 already stored" in real.stdout
    assert len(stored(home)) == 4


def test_dry_run_into_head_ends_quietly(home, tmp_path):
    """`screener scan --dry-run | head`: the reader goes away; no traceback, no error, exit 0."""
    mails = [invitation(i, NOTES["template"] + f" ({i})", f"Sender Number{i}") for i in range(400)]
    md = maildir(tmp_path / "big", mails)  # far more than a pipe buffer of output
    proc = subprocess.run(f"'{PYTHON}' -m screener scan --dry-run '{md}' | head -n 3; exit ${{PIPESTATUS[0]}}",
                          shell=True, executable="/bin/bash", cwd=ROOT, env=subprocess_env(home),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 3
    assert not_warnings(proc.stderr) == [], proc.stderr


def test_a_real_scan_into_head_still_stores_everything(home, tmp_path):
    mails = [invitation(i, NOTES["template"] + f" ({i})", f"Sender Number{i}") for i in range(300)]
    md = maildir(tmp_path / "big", mails)
    proc = subprocess.run(f"'{PYTHON}' -m screener scan --show '{md}' | head -n 1; exit ${{PIPESTATUS[0]}}",
                          shell=True, executable="/bin/bash", cwd=ROOT, env=subprocess_env(home),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0 and not_warnings(proc.stderr) == [], proc.stderr
    assert len(stored(home)) == 300


def test_counts_are_words_not_word_s():
    from screener.wording import plural

    assert [plural(1, "error"), plural(2, "error"), plural(1, "library entry", "library entries"),
            plural(0, "library entry", "library entries")] == ["1 error", "2 errors", "1 library entry",
                                                                 "0 library entries"]
    import pathlib

    for path in (testpaths.ROOT / "screener").rglob("*.py"):
        if path.parts[-2] in ("cli", "review", "scan"):  # what the daily commands print
            assert "(s) " not in path.read_text() and "(s)\"" not in path.read_text(), path
