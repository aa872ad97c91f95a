"""Issue 13: a note is personal only with positive evidence; commercial intent outweighs specificity;
repetition first; every language; evidence in points that add up to the score."""

from __future__ import annotations

import math
from datetime import datetime, timezone

import pytest

from screener.detect.detector import Detector
from screener.detect.language import detect_language, guess_language
from screener.draft import make_draft
from screener.guide import default_guide_dir, init_guide, load_guide
from screener.models import Action, Request, Verdict

GUIDE = load_guide(default_guide_dir())


def req(note: str, sender: str = "Sam Sender", platform: str = "linkedin", headline: str = "", day: int = 1) -> Request:
    return Request(id=sender, platform=platform, sender_name=sender, sender_headline=headline, message=note,
                   date=datetime(2026, 3, day, 10, tzinfo=timezone.utc))


def judge(note: str, **kw):
    return Detector(GUIDE).judge(req(note, **kw))


@pytest.mark.parametrize("note", [
    "Hello, I work in logistics in Hamburg and would be glad to be connected.",  # no cliché, and no evidence
    "Please click my link exe.gnp now.",
    "Merhaba, sizinle bağlantı kurmak ve iş birliği fırsatlarını konuşmak isterim.",  # a language without cues
    "Szia! Szeretném, ha kapcsolatban maradnánk, sok sikert kívánok.",
])
def test_without_positive_evidence_a_note_is_a_template_and_is_asked(note):
    s = judge(note)
    assert s.verdict is Verdict.BOILERPLATE and s.action is not Action.ACCEPT


@pytest.mark.parametrize("note", [
    "Hi Jana, we met in 2019 at the Hafenforum in Bremen, you told me about your cold-chain audits.",
    "Hallo Jana, wir haben 2021 zusammen im Projekt bei Nordhafen gearbeitet – schön, dich hier zu finden!",
    "Hola Jana, nos conocimos ayer en Barcelona, gracias por la charla sobre auditorías.",
])
def test_a_shared_past_is_positive_evidence(note):
    s = judge(note)
    assert s.verdict is Verdict.PERSONAL and s.action is Action.ACCEPT


def test_commercial_intent_outweighs_a_named_event():
    s = judge("Great meeting you at LogiMAT 2025! We offer a free demo of our platform that cuts waste by 30 %. "
              "15 minutes next week?")
    assert s.verdict is Verdict.BOILERPLATE
    assert {e.signal for e in s.evidence} >= {"numbers", "event"}


def test_a_future_date_is_no_shared_past():
    s = judge("Hi Jana, do you have 15 minutes next week for a short call about our offer?")
    assert s.verdict is Verdict.BOILERPLATE
    assert not any(e.signal == "when" for e in s.evidence)


def test_repetition_beats_a_named_weekday():
    det = Detector(GUIDE)
    note = "Hi {n}, as a fellow professional I'd value being in touch, see you on Wednesday at the meetup!"
    first = det.judge(req(note.format(n="Jana"), sender="Anna One", day=1))
    det.remember(req(note, sender="Anna One"), first, 1)
    second = det.judge(req(note.format(n="Jana"), sender="Bert Two", day=2))
    assert second.verdict is Verdict.BOILERPLATE and second.repeats == 1


def test_the_points_add_up_to_the_score():
    for note in ("Hi there, I came across your profile and would love to expand my network.",
                 "Hi Jana, we met in 2019 at the Hafenforum in Bremen."):
        s = judge(note)
        points = sum(e.delta for e in s.evidence)
        assert math.isclose(1 / (1 + math.exp(-points)), s.score, abs_tol=1e-3)
        assert all(e.delta == e.weight for e in s.evidence)  # one unit


@pytest.mark.parametrize("text,lang", [
    ("Hola Marta, me encantó tu charla en Barcelona la semana pasada.", "es"),
    ("Bonjour, ravi de vous avoir rencontré hier au salon de Lyon.", "fr"),
    ("Ciao Giulia, è stato un piacere conoscerti alla conferenza di Milano.", "it"),
    ("Hoi Sanne, leuk je gisteren te ontmoeten op de meetup in Utrecht.", "nl"),
    ("Olá Ana, foi um prazer conhecer você no evento em Lisboa.", "pt"),
    ("Cześć Kasia, miło było cię poznać na konferencji w Krakowie.", "pl"),
])
def test_every_language_is_detected_and_drafted_in_english_without_templates(text, lang):
    assert detect_language(text) == lang
    s = judge(text)
    assert s.language == lang
    assert make_draft(req(text), s, GUIDE).language == "en"


def test_an_empty_note_takes_its_language_from_headline_name_platform():
    assert guess_language("Leiterin Pflege und Qualität bei der Klinik", "", "en") == "de"
    assert guess_language("Product Manager", "Łukasz Nowak", "en") == "pl"
    assert guess_language("Product Manager", "Ann Lee", "en") == "en"
    assert judge("", platform="xing").language == "de"


@pytest.mark.parametrize("note", [
    "Me gustaría añadirte a mi red profesional en LinkedIn.",
    "Hola Marta, me gustaría añadirte a mi red profesional en LinkedIn. Saludos, Pedro",
    "Vorrei aggiungerti alla mia rete professionale su LinkedIn.",
    "J'aimerais vous inviter à rejoindre mon réseau professionnel en ligne, sur le site LinkedIn.",
    "👍🙂",
])
def test_platform_defaults_in_other_languages_are_empty(note):
    assert judge(note).verdict is Verdict.EMPTY


def test_a_default_sentence_the_guide_learns_makes_a_note_empty(tmp_path):
    from screener.guide.library import add_default_sentence

    gdir = init_guide(tmp_path / "g")
    note = "Ich würde Sie gerne zu meinen XING-Kontakten hinzufügen."
    assert Detector(load_guide(gdir)).judge(req(note, platform="xing")).verdict is Verdict.BOILERPLATE
    assert add_default_sentence(gdir, note, "xing", "de")
    assert not add_default_sentence(gdir, note, "xing", "de")  # once
    assert Detector(load_guide(gdir)).judge(req(note, platform="xing")).verdict is Verdict.EMPTY


def test_defaults_files_are_validated(tmp_path):
    from screener.guide import GuideError

    gdir = init_guide(tmp_path / "g")
    (gdir / "defaults" / "myspace.en.txt").write_text("Hello there friend\n", encoding="utf-8")
    with pytest.raises(GuideError, match="defaults/myspace.en.txt: name it <platform>.<language>.txt"):
        load_guide(gdir)
    (gdir / "defaults" / "myspace.en.txt").unlink()
    (gdir / "defaults" / "xing.de.txt").write_text("Hallo zusammen Welt\n# c\nhallo zusammen welt\n", encoding="utf-8")
    with pytest.raises(GuideError, match=r"defaults/xing.de.txt:3: the same sentence as line 1"):
        load_guide(gdir)
