"""Guide maintenance through the CLI, on a copy made by `guide init`: learn, forget, edit, lint, render."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from reviewseed import PERSONAL, seed_request
from screener.cli.app import cli
from screener.guide import load_guide
from screener.store.store import Store



def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(cli, list(args), env=env)


@pytest.fixture
def guide_copy(tmp_path, tmp_home) -> Path:
    gdir = tmp_path / "my-guide"
    res = run("guide", "init", str(gdir))
    assert res.exit_code == 0, res.output
    return gdir


@pytest.fixture
def db(tmp_path, guide_copy) -> tuple[str, int, int]:
    path = tmp_path / "screener.db"
    with Store(path) as store:
        guide = load_guide(guide_copy)
        rid = seed_request(store, guide, name="Paula Personal", note=PERSONAL)
        empty = seed_request(store, guide, name="Nobody", note="")
    return str(path), rid, empty


def learned(gdir: Path) -> str:
    p = gdir / "library" / "learned.en.txt"
    return p.read_text() if p.exists() else ""


def test_learn_then_forget(guide_copy, db):
    path, rid, empty = db
    res = run("--db", path, "guide", "learn", str(rid), "--guide", str(guide_copy))
    assert res.exit_code == 0, res.output
    assert "added to" in res.output and "evaluation corpus" in learned(guide_copy)
    assert any(e.text.startswith("Hello Jana, we met") for e in load_guide(guide_copy).library)
    res = run("--db", path, "guide", "learn", str(rid), "--guide", str(guide_copy))
    assert res.exit_code == 0 and "already holds" in res.output
    assert learned(guide_copy).count("evaluation corpus") == 1

    res = run("--db", path, "guide", "forget", str(rid), "--guide", str(guide_copy))
    assert res.exit_code == 0 and "1 library entry removed" in res.output
    assert "evaluation corpus" not in learned(guide_copy)
    res = run("--db", path, "guide", "forget", str(rid), "--guide", str(guide_copy))
    assert res.exit_code == 1 and "does not hold" in res.output


def test_learn_errors(guide_copy, db):
    path, _, empty = db
    res = run("--db", path, "guide", "learn", str(empty), "--guide", str(guide_copy))
    assert res.exit_code == 1 and "has no note" in res.output
    res = run("--db", path, "guide", "learn", "999", "--guide", str(guide_copy))
    assert res.exit_code == 1 and "no request with id 999" in res.output
    res = run("--db", path, "guide", "learn", "1", "--guide", str(guide_copy.parent / "missing"))
    assert res.exit_code == 1 and "does not exist" in res.output


def test_learn_uses_the_global_guide_option(guide_copy, db):
    path, rid, _ = db
    res = run("--db", path, "--guide", str(guide_copy), "guide", "learn", str(rid))
    assert res.exit_code == 0 and "evaluation corpus" in learned(guide_copy)


def editor_script(tmp_path: Path, body: str) -> str:
    p = tmp_path / "editor.sh"
    p.write_text("#!/bin/sh\n" + body)
    p.chmod(p.stat().st_mode | stat.S_IXUSR)
    return str(p)


def test_edit_opens_profile_and_templates_then_lints(guide_copy, tmp_path):
    log = tmp_path / "opened.txt"
    editor = editor_script(tmp_path, f'for f in "$@"; do echo "$f" >> "{log}"; done\n')
    res = run("guide", "edit", "--guide", str(guide_copy), env={"EDITOR": editor, "VISUAL": editor})
    assert res.exit_code == 0, res.output
    assert f"{guide_copy}: ok" in res.output
    opened = log.read_text().split()
    assert opened[0].endswith("profile.toml")
    assert sum(1 for f in opened if "/replies/" in f) == 9


def test_edit_reports_problems_after_editing(guide_copy, tmp_path):
    editor = editor_script(tmp_path, 'for f in "$@"; do printf "Hi {frist_name},\\nthanks.\\n" > "$f"; done\n')
    res = run("guide", "edit", "replies/ask.en.txt", "--guide", str(guide_copy),
              env={"EDITOR": editor, "VISUAL": editor})
    assert res.exit_code == 1
    assert "frist_name" in res.output and re.search(r"\d+ problems? in ", res.output)
    assert "guide_url" in res.output  # ask templates must link the guide
    res = run("guide", "lint", "--guide", str(guide_copy))
    assert res.exit_code == 1 and "frist_name" in res.output


def test_edit_refuses_paths_outside_the_guide(guide_copy, tmp_path):
    res = run("guide", "edit", "../outside.txt", "--guide", str(guide_copy), env={"EDITOR": "true"})
    assert res.exit_code == 1 and "not inside the guide folder" in res.output


def test_lint_and_render_on_the_copy(guide_copy, tmp_path):
    res = run("guide", "lint", "--guide", str(guide_copy))
    assert res.exit_code == 0 and "ok" in res.output
    out = tmp_path / "guide.html"
    res = run("guide", "render", "--format", "html", "--lang", "en", "-o", str(out), "--guide", str(guide_copy))
    assert res.exit_code == 0, res.output
    page = out.read_text()
    assert page.lstrip().lower().startswith("<!doctype html") and "</html>" in page
    res = run("guide", "render", "--format", "md", "--lang", "de", "--guide", str(guide_copy))
    assert res.exit_code == 0 and "1." in res.output
