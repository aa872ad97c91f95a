"""The guide folder: loading, strict validation, lint, init, library learning, public rendering."""

from __future__ import annotations

import testpaths  # noqa: I001 (the tests' own paths)
import re
from dataclasses import replace
from pathlib import Path

import pytest

from screener.guide import (
    ACTIONS,
    LANGUAGES,
    REGISTERS,
    Guide,
    GuideError,
    add_library_entry,
    default_guide_dir,
    init_guide,
    lint_guide,
    load_guide,
    normalize_entry,
    remove_library_entry,
    render_template,
    template_filename,
)
from screener.guide.render import render_public_guide

REPO = testpaths.ROOT


@pytest.fixture
def guide_dir(tmp_path: Path) -> Path:
    return init_guide(tmp_path / "guide")


@pytest.fixture
def guide() -> Guide:
    return load_guide(default_guide_dir())


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# --------------------------------------------------------------------------- default guide


def test_default_guide_dir_is_repo_guide():
    assert default_guide_dir() == REPO / "guide"


def test_default_guide_loads_and_lints_clean(guide: Guide):
    assert guide.profile.name == "Dr. Jana Albrecht"
    assert "Albrecht Consulting" in guide.profile.organisations
    assert guide.profile.guide_url.startswith("https://")
    assert set(guide.templates) == {(a, lang, r) for a in ACTIONS for lang in LANGUAGES for r in REGISTERS[lang]}
    assert set(guide.guides) == {"de", "en"}
    assert guide.settings["screening"] == {"boilerplate_threshold": 0.65, "library_match": 85, "repeat_match": 88}
    assert guide.settings["drafts"] == {"default_language": "de", "default_register": "sie"}
    assert lint_guide(guide) == []


def test_default_library_is_big_and_distinct(guide: Guide):
    for lang in LANGUAGES:
        entries = guide.library_for(lang)
        assert len(entries) >= 40, lang
        assert len({normalize_entry(e.text) for e in entries}) == len(entries)
        assert all(not e.text.startswith("#") for e in entries)
    texts = {normalize_entry(e.text) for e in guide.library}
    assert normalize_entry("Kontakte schaden nur dem, der keine hat.") in texts
    assert normalize_entry("XING schlägt vor, dass wir uns kennen könnten.") in texts
    assert normalize_entry("I'd like to add you to my professional network on LinkedIn.") in texts
    origins = {e.origin for e in guide.library}
    assert origins == {"de.txt", "en.txt"}
    first = guide.library_for("de")[0]
    assert first.line > 1  # after the comment header


# --------------------------------------------------------------------------- strict loading


def test_unknown_profile_key_names_key_and_suggests(guide_dir: Path):
    edit(guide_dir / "profile.toml", "organisations =", "organizations =")
    with pytest.raises(GuideError) as exc:
        load_guide(guide_dir)
    msg = str(exc.value)
    assert "profile.toml" in msg
    assert "'organizations'" in msg
    assert "did you mean 'organisations'" in msg


def test_wrong_types_are_named(guide_dir: Path):
    edit(guide_dir / "profile.toml", 'guide_url = "https://example.org/kontakt-guide"', "guide_url = 42")
    edit(guide_dir / "profile.toml", 'events = [', 'events = "x"\nold_events = [')
    with pytest.raises(GuideError) as exc:
        load_guide(guide_dir)
    msg = str(exc.value)
    assert "'guide_url' must be a string, got an integer" in msg
    assert "'events' must be a list of strings, got a string" in msg
    assert "'old_events'" in msg  # every culprit is named


def test_list_item_type_is_named(guide_dir: Path):
    edit(guide_dir / "profile.toml", 'aliases = ["Jana Albrecht", "Jana"]', 'aliases = ["Jana", 3]')
    with pytest.raises(GuideError, match=r"'aliases'.*item 2 is an integer"):
        load_guide(guide_dir)


def test_missing_name_and_missing_profile(guide_dir: Path):
    edit(guide_dir / "profile.toml", 'name = "Dr. Jana Albrecht"', "")
    with pytest.raises(GuideError, match="'name' is missing"):
        load_guide(guide_dir)
    (guide_dir / "profile.toml").unlink()
    with pytest.raises(GuideError, match=r"profile\.toml: file is missing"):
        load_guide(guide_dir)


def test_toml_syntax_error_names_file(guide_dir: Path):
    edit(guide_dir / "settings.toml", "library_match = 85", "library_match = = 85")
    with pytest.raises(GuideError, match=r"settings\.toml: not valid TOML.*line"):
        load_guide(guide_dir)


def test_settings_unknown_key_and_bad_choice(guide_dir: Path):
    edit(guide_dir / "settings.toml", "default_register =", "default_registr =")
    with pytest.raises(GuideError, match=r"\[drafts\]: unknown key 'default_registr' \(did you mean 'default_register'\?\)"):
        load_guide(guide_dir)
    edit(guide_dir / "settings.toml", "default_registr =", "default_register =")
    edit(guide_dir / "settings.toml", 'default_language = "de"', 'default_language = "fr"')
    with pytest.raises(GuideError, match="default_language must be one of de, en"):
        load_guide(guide_dir)


def test_unknown_table_suggests(guide_dir: Path):
    with (guide_dir / "settings.toml").open("a") as fh:
        fh.write("\n[draft]\nx = 1\n")
    with pytest.raises(GuideError, match=r"unknown table \[draft\] \(did you mean 'drafts'\?\)"):
        load_guide(guide_dir)


def test_settings_file_is_optional(guide_dir: Path):
    (guide_dir / "settings.toml").unlink()
    g = load_guide(guide_dir)
    assert g.settings["drafts"]["default_register"] == "sie"


def test_misnamed_template_file_suggests(guide_dir: Path):
    (guide_dir / "replies" / "accept.de.sie.txt").rename(guide_dir / "replies" / "acept.de.sie.txt")
    with pytest.raises(GuideError, match=r"acept\.de\.sie\.txt.*did you mean 'accept\.de\.sie\.txt'"):
        load_guide(guide_dir)


def test_library_file_without_language_is_an_error(guide_dir: Path):
    (guide_dir / "library" / "extra.txt").write_text("Hallo\n", encoding="utf-8")
    with pytest.raises(GuideError, match=r"library/extra\.txt: cannot tell the language"):
        load_guide(guide_dir)


def test_missing_guide_folder(tmp_path: Path):
    with pytest.raises(GuideError, match="does not exist"):
        load_guide(tmp_path / "nope")


# --------------------------------------------------------------------------- lint


def test_lint_finds_missing_template_and_bad_placeholder(guide_dir: Path):
    (guide_dir / "replies" / "follow.en.txt").unlink()
    edit(guide_dir / "replies" / "ask.de.du.txt", "{first_name}", "{frist_name}")
    problems = lint_guide(load_guide(guide_dir))
    assert "replies/follow.en.txt: template is missing" in problems
    bad = [p for p in problems if "ask.de.du.txt" in p]
    assert len(bad) == 1
    assert "replies/ask.de.du.txt:1: unknown placeholder {frist_name}" in bad[0]
    assert "did you mean 'first_name'" in bad[0]


def test_lint_finds_leftover_braces_and_lone_brace(guide_dir: Path):
    edit(guide_dir / "replies" / "accept.en.txt", "{platform}", "{{platform}}")
    edit(guide_dir / "replies" / "follow.en.txt", "{platform}", "{platform")
    problems = lint_guide(load_guide(guide_dir))
    assert any("accept.en.txt" in p and "{platform} is left" in p for p in problems)
    assert any("follow.en.txt" in p and "lone '{'" in p for p in problems)


def test_lint_finds_wrong_register(guide_dir: Path):
    edit(guide_dir / "replies" / "accept.de.du.txt", "für dich", "für Sie")
    edit(guide_dir / "replies" / "accept.de.sie.txt", "für Sie", "für dich")
    problems = lint_guide(load_guide(guide_dir))
    assert any("accept.de.du.txt" in p and "'Sie'" in p for p in problems)
    assert any("accept.de.sie.txt" in p and "'dich'" in p for p in problems)


def test_lint_finds_library_duplicates(guide_dir: Path):
    with (guide_dir / "library" / "extra.de.txt").open("w", encoding="utf-8") as fh:
        fh.write("# mine\n\n  kontakte SCHADEN nur dem,\n der keine hat.  \n")
    problems = lint_guide(load_guide(guide_dir))
    dups = [p for p in problems if "duplicate" in p]
    assert len(dups) == 1
    assert dups[0].startswith("library/extra.de.txt:3: duplicate of library/de.txt:")


def test_lint_checks_guide_url(guide_dir: Path):
    edit(guide_dir / "profile.toml", '"https://example.org/kontakt-guide"', '"javascript:alert(1)"')
    assert any("guide_url must start with http" in p for p in lint_guide(load_guide(guide_dir)))
    edit(guide_dir / "profile.toml", '"javascript:alert(1)"', '""')
    assert "profile.toml: guide_url is not set" in lint_guide(load_guide(guide_dir))


def test_lint_checks_guide_sections(guide_dir: Path):
    edit(guide_dir / "contact-guide.en.md", "## 2. Reasons", "## Reasons")
    (guide_dir / "contact-guide.de.md").unlink()
    problems = lint_guide(load_guide(guide_dir))
    assert any(p.startswith("contact-guide.en.md: section 2 is missing") for p in problems)
    assert "contact-guide.de.md: file is missing" in problems
    assert not any("section 1" in p or "section 3" in p for p in problems)


# --------------------------------------------------------------------------- render_template


def test_render_template_basics():
    assert render_template("Hi {a}, {{literal}} }}", {"a": "x"}) == "Hi x, {literal} }"
    # values are never expanded again
    assert render_template("{a}", {"a": "{a} {0.__class__} {{"}) == "{a} {0.__class__} {{"


@pytest.mark.parametrize("text", ["{0.__class__}", "{a.__class__}", "{b}", "{ a }", "{}"])
def test_render_template_rejects_unknown(text: str):
    with pytest.raises(GuideError, match="unknown placeholder"):
        render_template(text, {"a": "x"})


def test_render_template_error_names_source_and_line():
    with pytest.raises(GuideError, match=r"^replies/x\.txt:3: unknown placeholder \{nmae\} \(did you mean 'name'\?\)"):
        render_template("a\nb\n{nmae}", {"name": "x"}, source="replies/x.txt")


def test_template_filename():
    assert template_filename("ask", "de", "sie") == "ask.de.sie.txt"
    assert template_filename("ask", "en", None) == "ask.en.txt"


# --------------------------------------------------------------------------- init


def test_init_copies_whole_guide(tmp_path: Path):
    dest = init_guide(tmp_path / "g")
    src = default_guide_dir()
    rel = lambda root: sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())  # noqa: E731
    assert rel(dest) == rel(src)
    assert (dest / "replies" / "ask.de.sie.txt").read_bytes() == (src / "replies" / "ask.de.sie.txt").read_bytes()
    assert lint_guide(load_guide(dest)) == []


def test_init_refuses_non_empty_but_accepts_empty(tmp_path: Path):
    dest = tmp_path / "g"
    dest.mkdir()
    init_guide(dest)  # empty folder is fine
    marker = dest / "profile.toml"
    marker.write_text('name = "Mine"\n', encoding="utf-8")
    with pytest.raises(GuideError, match="not empty"):
        init_guide(dest)
    assert marker.read_text(encoding="utf-8") == 'name = "Mine"\n'


def test_init_from_custom_source(tmp_path: Path, guide_dir: Path):
    edit(guide_dir / "profile.toml", 'name = "Dr. Jana Albrecht"', 'name = "Kai Beispiel"')
    copy = init_guide(tmp_path / "copy", source=guide_dir)
    assert load_guide(copy).profile.name == "Kai Beispiel"
    with pytest.raises(GuideError, match="does not exist"):
        init_guide(tmp_path / "c2", source=tmp_path / "missing")


# --------------------------------------------------------------------------- library learning


def test_library_add_remove_round_trip(guide_dir: Path):
    text = "Ich  sammle\nKontakte wie andere Briefmarken."
    before = len(load_guide(guide_dir).library)
    assert add_library_entry(guide_dir, text, "de") is True
    g = load_guide(guide_dir)
    assert len(g.library) == before + 1
    learned = [e for e in g.library if e.origin == "learned.de.txt"]
    assert [normalize_entry(e.text) for e in learned] == [normalize_entry(text)]
    assert learned[0].lang == "de"
    # same text again, different case and spacing: already known
    assert add_library_entry(guide_dir, "ich sammle kontakte   WIE andere briefmarken.", "de") is False
    # known in another language is not known in this one
    assert add_library_entry(guide_dir, text, "en") is True
    assert lint_guide(load_guide(guide_dir)) == []

    assert remove_library_entry(guide_dir, " ICH SAMMLE kontakte wie andere Briefmarken. ") == 2
    g = load_guide(guide_dir)
    assert len(g.library) == before
    assert remove_library_entry(guide_dir, text) == 0


def test_library_add_known_builtin_and_hash_entry(guide_dir: Path):
    assert add_library_entry(guide_dir, "kontakte schaden nur dem, der keine hat.", "de") is False
    assert add_library_entry(guide_dir, "#networking ist alles", "de") is True
    g = load_guide(guide_dir)
    assert "#networking ist alles" in [e.text for e in g.library]
    assert remove_library_entry(guide_dir, "#Networking ist alles") == 1
    assert "#networking ist alles" not in [e.text for e in load_guide(guide_dir).library]


def test_library_remove_keeps_comments_and_other_entries(guide_dir: Path):
    path = guide_dir / "library" / "de.txt"
    before_comments = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith("#")]
    n = len(load_guide(guide_dir).library_for("de"))
    assert remove_library_entry(guide_dir, "Kontakte schaden nur dem, der keine hat.") == 1
    after = path.read_text(encoding="utf-8")
    assert [ln for ln in after.splitlines() if ln.startswith("#")] == before_comments
    assert "\n\n\n" not in after
    g = load_guide(guide_dir)
    assert len(g.library_for("de")) == n - 1
    assert lint_guide(g) == []


def test_library_add_rejects_bad_input(guide_dir: Path):
    with pytest.raises(GuideError, match="unknown language"):
        add_library_entry(guide_dir, "Hallo", "french")
    assert add_library_entry(guide_dir, "Je voudrais élargir mon réseau.", "fr")  # any language: learned.fr.txt
    assert (guide_dir / "library" / "learned.fr.txt").exists()
    with pytest.raises(GuideError, match="empty"):
        add_library_entry(guide_dir, "  \n ", "de")


# --------------------------------------------------------------------------- public guide


SECTION_WORDS = {
    "de": ("Gute Gründe", "allein nicht reichen", "öffentlichen Beiträgen folgen"),
    "en": ("Good reasons to connect", "not enough", "Follow my public updates"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_render_markdown(guide: Guide, lang: str):
    md = render_public_guide(guide, "md", lang)
    for n, words in zip((1, 2, 3), SECTION_WORDS[lang]):
        assert re.search(rf"^## {n}\. .*{re.escape(words)}", md, re.MULTILINE), (n, words)
    assert "Dr. Jana Albrecht" in md
    assert guide.profile.guide_url in md
    assert "{" not in md and "}" not in md


@pytest.mark.parametrize("lang", LANGUAGES)
def test_render_html(guide: Guide, lang: str):
    page = render_public_guide(guide, "html", lang)
    assert page.startswith("<!DOCTYPE html>")
    assert f'<html lang="{lang}">' in page
    assert '<meta charset="utf-8">' in page
    assert "<style>" in page and "</html>" in page
    prefix = {"de": "punkt", "en": "point"}[lang]
    for n, words in zip((1, 2, 3), SECTION_WORDS[lang]):
        assert re.search(rf'<h2 id="{prefix}-{n}">{n}\. [^<]*{re.escape(words)}', page), (n, words)
    assert f'<a href="{guide.profile.guide_url}">' in page
    assert "<title>" in page and "Dr. Jana Albrecht</title>" in page
    # self-contained: nothing loaded from elsewhere
    assert not re.search(r"<(script|link|img|iframe)\b|\bsrc=|@import|url\(", page)
    assert "{" not in page.split("<style>")[0] and "{guide_url}" not in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_render_html_escapes_hostile_name(guide: Guide, lang: str):
    hostile = '<script>alert("x")</script> <img src=x onerror=1> [a](javascript:alert(1)) {guide_url} &amp;'
    g = replace(guide, profile=replace(guide.profile, name=hostile))
    page = render_public_guide(g, "html", lang)
    assert "<script>" not in page and "<img" not in page
    assert 'href="javascript' not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&amp;amp;" in page
    # the name's braces are text, not a placeholder
    assert "{guide_url}" in page
    md = render_public_guide(g, "md", lang)
    assert hostile in md


def test_render_html_refuses_non_http_url(guide: Guide):
    g = replace(guide, profile=replace(guide.profile, guide_url="javascript:alert(1)"))
    with pytest.raises(GuideError, match="guide_url"):
        render_public_guide(g, "html", "de")


def test_render_rejects_unknown_format_and_language(guide: Guide):
    with pytest.raises(GuideError, match="format"):
        render_public_guide(guide, "pdf", "de")
    with pytest.raises(GuideError, match="language"):
        render_public_guide(guide, "md", "fr")


def test_render_html_escapes_raw_html_in_markdown(guide_dir: Path):
    with (guide_dir / "contact-guide.de.md").open("a", encoding="utf-8") as fh:
        fh.write('\n<script>alert(1)</script>\n\n[klick](javascript:alert(1))\n')
    page = render_public_guide(load_guide(guide_dir), "html", "de")
    assert "<script>alert" not in page
    assert 'href="javascript' not in page
