"""Drafts: every action x language x register, with friendly and hostile sender names."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.draft import NAME_LIMIT, clean_name, make_draft, split_name
from screener.guide import Guide, GuideError, default_guide_dir, init_guide, load_guide
from screener.models import Action, Draft, Request, Screening, Verdict

GUIDE = load_guide(default_guide_dir())
URL = GUIDE.profile.guide_url

COMBOS = [("de", "sie"), ("de", "du"), ("en", None)]

# (raw sender name, full name for Sie, first name)
NAMES = [
    ("Anna Schmidt", "Anna Schmidt", "Anna"),
    ("", "", ""),
    ("Dr. Müller, Anna", "Dr. Anna Müller", "Anna"),
    ("Prof. Dr.-Ing. Hans Meier", "Prof. Dr.-Ing. Hans Meier", "Hans"),
    ("Max {guide_url} Power", "Max {guide_url} Power", "Max"),
    ("{0.__class__} Bob", "{0.__class__} Bob", "{0.__class__}"),
    ("\x1b[31mEva\x1b[0m Roth\x1b]0;pwned\x07", "Eva Roth", "Eva"),
    ("\u202eLena\u200b  Vogel\u2066", "Lena Vogel", "Lena"),
]

NEUTRAL = {("de", "sie"): "Guten Tag,", ("de", "du"): "Hallo,", ("en", None): "Hello,"}
GREETING = {("de", "sie"): "Guten Tag {full},", ("de", "du"): "Hallo {first},", ("en", None): "Hi {first},"}

DU_WORDS = re.compile(r"\b(du|dich|dir|dein|deine|deinen|deinem|deiner)\b", re.IGNORECASE)
SIE_WORDS = re.compile(r"\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b")
GERMAN_WORDS = re.compile(r"\b(und|der|die|das|ich|mich|vielen|Dank|Grüße|Sie)\b")
ENGLISH_WORDS = re.compile(r"\b(the|you|your|thank|and|my|to|for|I|is|are|on|of)\b", re.IGNORECASE)

QUESTIONS = {
    "de": ("aufmerksam geworden?", "meines Profils", "Synergien"),
    "en": ("come across me?", "my profile", "synergies"),
}


def request(name: str, platform: str = "xing") -> Request:
    return Request(id="r1", platform=platform, sender_name=name, sender_headline="", message="")


def screening(action: Action, lang: str, register: str | None) -> Screening:
    return Screening(verdict=Verdict.BOILERPLATE, score=0.9, guide_point=2, action=action,
                     language=lang, register=register)


@pytest.mark.parametrize("raw,full,first", NAMES)
@pytest.mark.parametrize("lang,register", COMBOS)
@pytest.mark.parametrize("action", list(Action))
def test_every_template_renders(action: Action, lang: str, register: str | None, raw: str, full: str, first: str):
    draft = make_draft(request(raw), screening(action, lang, register), GUIDE)
    text = draft.text
    assert isinstance(draft, Draft)
    assert (draft.action, draft.language, draft.register) == (action, lang, register)
    assert draft.template == (f"{action.value}.{lang}.{register}.txt" if register else f"{action.value}.{lang}.txt")

    lines = text.splitlines()
    if full:
        assert lines[0] == GREETING[(lang, register)].format(full=full, first=first)
    else:
        assert lines[0] == NEUTRAL[(lang, register)]
    if register == "sie" and full:
        assert full in text
    elif first:
        assert first in text

    # nothing of the template syntax is left; the name's own braces stay literal
    skeleton = text.replace(full, "").replace(first, "") if full else text
    assert "{" not in skeleton and "}" not in skeleton
    for ph in ("first_name", "my_name", "my_first_name", "guide_url", "platform"):
        assert ph not in skeleton
    assert URL in text
    assert "XING" in text
    assert "Jana" in lines[-1]

    # untrusted names leave no control, bidi or zero-width characters behind
    assert not [c for c in text if c != "\n" and unicodedata.category(c) in ("Cc", "Cf")]
    assert "pwned" not in text

    if lang == "de" and register == "du":
        assert DU_WORDS.search(text)
        assert not SIE_WORDS.search(text), SIE_WORDS.search(text)
    if lang == "de" and register == "sie":
        assert SIE_WORDS.search(text)
        assert not DU_WORDS.search(text), DU_WORDS.search(text)
    if lang == "en":
        assert len(ENGLISH_WORDS.findall(text)) >= 10
        assert not GERMAN_WORDS.search(text.replace(full, "")), GERMAN_WORDS.search(text)
    if action is Action.ASK:
        for q in QUESTIONS[lang]:
            assert q in text, q
        assert sum(1 for ln in lines if ln.rstrip().endswith("?")) >= 3
        for n in (1, 2, 3):
            assert re.search(rf"\((Punkt|point) {n}\)", text), n
    if action is Action.FOLLOW:
        assert re.search(r"(Punkt|point) 1\b", text) and re.search(r"\((Punkt|point) 3\)", text)


def test_hostile_name_is_not_expanded():
    draft = make_draft(request("Max {guide_url} {my_name} {0.__class__}"),
                       screening(Action.ASK, "de", "du"), GUIDE)
    first_line = draft.text.splitlines()[0]
    assert first_line == "Hallo Max,"
    draft = make_draft(request("Max {guide_url} {my_name} {0.__class__}"),
                       screening(Action.ASK, "de", "sie"), GUIDE)
    first_line = draft.text.splitlines()[0]
    assert first_line == "Guten Tag Max {guide_url} {my_name} {0.__class__},"
    assert "class 'str'" not in draft.text and "Albrecht" not in first_line


def test_linkedin_platform_and_unknown_platform():
    d = make_draft(request("Anna Schmidt", "linkedin"), screening(Action.ASK, "en", None), GUIDE)
    assert "on LinkedIn." in d.text
    d = make_draft(request("Anna Schmidt", ""), screening(Action.ASK, "de", "sie"), GUIDE)
    assert "auf der Plattform." in d.text
    d = make_draft(request("Anna Schmidt", ""), screening(Action.ASK, "en", None), GUIDE)
    assert "on the platform." in d.text


def test_german_without_register_is_sie_and_english_ignores_register():
    d = make_draft(request("Anna Schmidt"), screening(Action.ACCEPT, "de", None), GUIDE)
    assert (d.register, d.template) == ("sie", "accept.de.sie.txt")
    assert d.text.startswith("Guten Tag Anna Schmidt,")
    d = make_draft(request("Anna Schmidt"), screening(Action.ACCEPT, "en", "du"), GUIDE)
    assert (d.register, d.template) == (None, "accept.en.txt")


def test_a_language_without_templates_gets_english():
    for lang in ("fr", "es", "pl", "xx"):
        d = make_draft(request("Anna Schmidt"), screening(Action.FOLLOW, lang, None), GUIDE)
        assert (d.language, d.register, d.template) == ("en", None, "follow.en.txt")
    g = replace(GUIDE, settings={**GUIDE.settings, "drafts": {"default_language": "de", "default_register": "du"}})
    d = make_draft(request("Anna Schmidt"), screening(Action.FOLLOW, "fr", None), g)
    assert d.template == "follow.en.txt"  # English, not the default language: the sender may not read German
    d = make_draft(request("Anna Schmidt"), screening(Action.FOLLOW, "de", None), g)
    assert d.template == "follow.de.du.txt"


def test_a_language_the_guide_adds_is_used_for_its_notes(tmp_path):
    gdir = init_guide(tmp_path / "g")
    for action in ("accept", "ask", "follow"):
        (gdir / "replies" / f"{action}.es.txt").write_text(f"Hola {{first_name}}:\n\n{action} {{guide_url}}\n\n{{my_name}}\n",
                                                          encoding="utf-8")
    g = load_guide(gdir)
    assert g.languages == ("de", "en", "es")
    d = make_draft(request("Marta Pérez"), screening(Action.ASK, "es", None), g)
    assert (d.language, d.template) == ("es", "ask.es.txt") and d.text.startswith("Hola Marta:")
    (gdir / "replies" / "follow.es.txt").unlink()  # incomplete: English again, and lint says why
    g = load_guide(gdir)
    assert make_draft(request("Marta Pérez"), screening(Action.ASK, "es", None), g).template == "ask.en.txt"
    from screener.guide import lint_guide

    assert any("'es' lacks follow.es.txt" in p for p in lint_guide(g))


def test_make_draft_is_pure():
    req, scr = request("Dr. Müller, Anna"), screening(Action.ASK, "de", "sie")
    templates = dict(GUIDE.templates)
    assert make_draft(req, scr, GUIDE) == make_draft(req, scr, GUIDE)
    assert GUIDE.templates == templates


def test_missing_or_broken_template_raises(tmp_path: Path):
    gdir = init_guide(tmp_path / "g")
    (gdir / "replies" / "ask.en.txt").unlink()
    path = gdir / "replies" / "accept.en.txt"
    path.write_text("Hi {first_name},\n\nsee {guide_link}\n", encoding="utf-8")
    g = load_guide(gdir)
    with pytest.raises(GuideError, match=r"ask\.en\.txt: template is missing"):
        make_draft(request("Anna"), screening(Action.ASK, "en", None), g)
    with pytest.raises(GuideError, match=r"replies/accept\.en\.txt:3: unknown placeholder \{guide_link\} \(did you mean 'guide_url'\?\)"):
        make_draft(request("Anna"), screening(Action.ACCEPT, "en", None), g)


def test_escaped_braces_and_empty_name_mid_text(tmp_path: Path):
    gdir = init_guide(tmp_path / "g")
    (gdir / "replies" / "accept.en.txt").write_text(
        "Hi {first_name},\n\nnice to meet you, {first_name}. {{not a placeholder}}\n{guide_url}\n", encoding="utf-8")
    g = load_guide(gdir)
    d = make_draft(request("Anna"), screening(Action.ACCEPT, "en", None), g)
    assert d.text == f"Hi Anna,\n\nnice to meet you, Anna. {{not a placeholder}}\n{URL}"
    d = make_draft(request(""), screening(Action.ACCEPT, "en", None), g)
    assert d.text == f"Hello,\n\nnice to meet you. {{not a placeholder}}\n{URL}"


@pytest.mark.parametrize("raw,full,first", NAMES + [
    ("Herr Dipl.-Ing. Peter Schmidt", "Dipl.-Ing. Peter Schmidt", "Peter"),
    ("Anna Müller, MBA, CIPP/E", "Anna Müller", "Anna"),
    ("Schulz, Dr. Jonas", "Dr. Jonas Schulz", "Jonas"),
    ("Dr.", "", ""),
    ("  Frau   Maria\tKern  ", "Maria Kern", "Maria"),
    ("Kim", "Kim", "Kim"),
])
def test_split_name(raw: str, full: str, first: str):
    assert split_name(raw) == (full, first)


def test_clean_name_caps_length():
    name = "Anna " + "Sehrlangername " * 20
    cleaned = clean_name(name)
    assert len(cleaned) <= NAME_LIMIT
    assert cleaned.startswith("Anna Sehrlangername")
    assert not cleaned.endswith(" ")
    d = make_draft(request(name), screening(Action.ACCEPT, "de", "sie"), GUIDE)
    assert len(d.text.splitlines()[0]) <= len("Guten Tag ,") + NAME_LIMIT


def test_clean_name_strips_everything_invisible():
    raw = "A\u200bn\u200dn\u00ada\x00\x07\r\n\x9b31m B\u2028C\x1b[2J"
    assert clean_name(raw) == "Anna B C"


@settings(max_examples=300, deadline=None)
@given(name=st.text(max_size=200), combo=st.sampled_from(COMBOS), action=st.sampled_from(list(Action)))
def test_any_name_gives_a_safe_draft(name: str, combo: tuple[str, str | None], action: Action):
    lang, register = combo
    d = make_draft(request(name), screening(action, lang, register), GUIDE)
    assert URL in d.text
    assert not [c for c in d.text if c != "\n" and unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")]
    first_line = d.text.splitlines()[0]
    assert first_line.startswith(("Guten Tag", "Hallo", "Hi ", "Hello"))
    assert first_line.endswith(",")
    assert "\n" not in clean_name(name) and len(clean_name(name)) <= NAME_LIMIT
