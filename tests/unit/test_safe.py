"""Strangers' text never reaches the terminal raw."""

from screener.sanitize import clean, one_line


def test_strips_csi_osc_and_controls():
    hostile = "Anna\x1b[31mRED\x1b[0m \x1b]8;;http://evil\x07link\x1b]8;;\x07 \x1b]0;title\x07end\rX\x07\x9b2J"
    out = clean(hostile)
    assert "\x1b" not in out and "\r" not in out and "\x07" not in out and "\x9b" not in out
    assert "RED" in out and "link" in out and "end" in out


def test_bidi_and_zero_width_removed():
    out = clean("abc\u202egnp.exe\u200b\u2066x")
    assert out == "abcgnp.exex"


def test_newlines_only_when_asked():
    assert clean("a\nb") == "a b"
    assert clean("a\nb", keep_newlines=True) == "a\nb"
    assert one_line("a \n  b\tc") == "a b c"
    assert one_line("x" * 50, 10) == "x" * 9 + "…"
