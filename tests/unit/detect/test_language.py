"""Language and register detection on short notes."""

import pytest

from screener.detect.language import detect_language, detect_register


@pytest.mark.parametrize("text,lang", [
    ("Hi Jana, great meeting you at the conference yesterday!", "en"),
    ("Hallo Jana, schön dich gestern auf der Konferenz getroffen zu haben!", "de"),
    ("Sehr geehrte Frau Albrecht, ich würde mich über eine Vernetzung freuen.", "de"),
    ("I'd like to join your LinkedIn network.", "en"),
])
def test_language(text, lang):
    assert detect_language(text) == lang


def test_empty_text_uses_fallback():
    assert detect_language("", fallback="en") == "en"
    assert detect_language("", fallback="de") == "de"


@pytest.mark.parametrize("text,reg", [
    ("Hallo Jana, ich habe deinen Vortrag gehört und fand ihn super.", "du"),
    ("Hast du Lust, dich mit mir zu vernetzen?", "du"),
    ("Guten Tag Frau Albrecht, ich habe Ihren Vortrag gehört.", "sie"),
    ("Sehr geehrte Frau Albrecht, gerne würde ich mich vernetzen.", "sie"),
    ("Hallo Jana, lass uns vernetzen!", "du"),
    ("Ich würde mich über eine Vernetzung freuen.", "sie"),
])
def test_register(text, reg):
    assert detect_register(text, "de") == reg


def test_english_has_no_register():
    assert detect_register("Would you like to connect?", "en") is None
