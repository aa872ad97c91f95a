"""The guide as a new user meets it: a warning while it is the sample persona, and a public page from all of it."""

from __future__ import annotations

import re

import pytest

from dailykit import run
from screener.guide import init_guide
from test_report_browser import _Text, chromium, console_lines, run_chromium  # noqa: F401 - the fixture

OWN_PROFILE = """name = "Mira Ostrowski"
aliases = ["Mira"]
organisations = ["Ostrowski & Partner"]
topics = ["Wasserrecht", "Hochwasserschutz <b>bold</b>"]
works = ["Deiche neu denken"]
events = ["Wasserforum Leipzig"]
guide_url = "https://mira-ostrowski.de/kontakt"
"""


@pytest.fixture
def own_guide(tmp_path, tmp_home):
    gdir = init_guide(tmp_path / "guide")
    (gdir / "profile.toml").write_text(OWN_PROFILE, encoding="utf-8")
    return gdir


def test_lint_warns_while_the_guide_is_the_sample_persona(tmp_path, tmp_home):
    sample = init_guide(tmp_path / "sample")
    res = run("guide", "lint", "--guide", str(sample))
    assert res.exit_code == 0, res.output  # a warning, not a problem
    assert "warning: profile.toml still names the sample persona 'Dr. Jana Albrecht'" in res.stderr
    assert "1 warning" in res.stdout and "ok" in res.stdout
    (sample / "profile.toml").write_text(OWN_PROFILE.replace("https://mira-ostrowski.de/kontakt",
                                                             "https://example.org/kontakt"), encoding="utf-8")
    res = run("guide", "lint", "--guide", str(sample))
    assert "guide_url still points to example.org" in res.stderr


def test_lint_is_quiet_about_the_own_persona(own_guide):
    res = run("guide", "lint", "--guide", str(own_guide))
    assert res.exit_code == 0 and "warning" not in res.output and res.stdout.strip().endswith(": ok")


def test_review_says_when_drafts_are_signed_by_the_sample_persona(tmp_path, tmp_home):
    from dailykit import NOTES, invitation, write_emls

    mails = write_emls(tmp_path / "m", [invitation(1, NOTES["template"])])
    sample = init_guide(tmp_path / "sample")
    run("--guide", str(sample), "scan", str(mails[0]))
    res = run("--guide", str(sample), "review", input="q\n")
    assert "warning: drafts are signed by the sample persona" in res.output


def test_public_page_holds_both_languages_and_the_whole_profile(own_guide, tmp_path):
    out = tmp_path / "guide.html"
    res = run("guide", "render", "--format", "html", "-o", str(out), "--guide", str(own_guide))
    assert res.exit_code == 0, res.output
    page = out.read_text()
    assert '<html lang="de">' in page  # the guide's own language (settings.toml: default_language = "de")
    assert page.index('<section id="de" lang="de">') < page.index('<section id="en" lang="en">')
    assert page.count('<a href="#de" hreflang="de">Deutsch</a>') == 2 and page.count('href="#en"') == 2
    for anchor in ("punkt-1", "punkt-2", "punkt-3", "point-1", "point-2", "point-3", "punkt-1-refer", "point-1-refer"):
        assert f'id="{anchor}"' in page, anchor
    for text in ("Wasserrecht", "Deiche neu denken", "Wasserforum Leipzig"):
        assert page.count(f"<dd>{text}</dd>") == 2, text  # in both languages
    assert "Hochwasserschutz &lt;b&gt;bold&lt;/b&gt;" in page and "<b>bold" not in page
    assert "Worauf Sie sich beziehen können" in page and "What you can refer to" in page
    # under point 1, before point 2
    assert page.index('id="punkt-1-refer"') < page.index('id="punkt-2"')
    assert "Mira Ostrowski" in page and "Albrecht" not in page


def test_the_page_language_comes_from_the_guide(own_guide, tmp_path):
    settings = own_guide / "settings.toml"
    settings.write_text(settings.read_text().replace('default_language = "de"', 'default_language = "en"'))
    res = run("guide", "render", "--format", "html", "--guide", str(own_guide))
    page = res.stdout
    assert '<html lang="en">' in page
    assert page.index('<section id="en"') < page.index('<section id="de"')
    assert re.search(r"<title>Contact guide of Mira Ostrowski</title>", page)
    one = run("guide", "render", "--format", "html", "--lang", "de", "--guide", str(own_guide)).stdout
    assert '<html lang="de">' in one and "<section" not in one and 'id="point-1"' not in one
    assert "<dd>Wasserrecht</dd>" in one
    md = run("guide", "render", "--guide", str(own_guide)).stdout
    assert md.index("# Contact guide of") < md.index("# Kontakt-Guide von") and "**Topics:** Wasserrecht" in md


@pytest.mark.browser
def test_public_page_in_a_real_browser(chromium, own_guide, tmp_path):  # noqa: F811 - the fixture
    out = tmp_path / "guide.html"
    assert run("guide", "render", "--format", "html", "-o", str(out), "--guide", str(own_guide)).exit_code == 0
    res = run_chromium(chromium, tmp_path, out.as_uri(), "--dump-dom")
    assert res.returncode == 0, res.stderr[-2000:]
    parser = _Text()
    parser.feed(res.stdout)
    text = " ".join(" ".join(parser.parts).split())
    assert "Kontakt-Guide von Mira Ostrowski" in text and "Contact guide of Mira Ostrowski" in text
    assert "Hochwasserschutz <b>bold</b>" in text  # shown as text
    assert res.stdout.count("<section") == 2 and "<b>bold" not in res.stdout
    assert console_lines(res.stderr) == []
