"""A column of item numbers read apart whose ๒ OCR split into the digit's
stem, read "l", and its loop, read as any Latin letter ("le." "ln)" "lb."
"lw)" beside "๑." or "©." over them; set s51z obec_progress_s51z002:
"©." / "le." over two outcomes).  The token stands for 2
(parsers.obec_progress.lists._reads_as), as "la." and "lo." did; before,
"le." read as a 1 at most (its "l"), the column was out of order, and the
two outcomes were read as one, "le." in its text."""

from __future__ import annotations

from parsers.obec_progress.lists import _count_of, _in_order, _reads_as


def test_a_stem_and_a_loop_read_as_two_latin_letters_is_a_two():
    for token in ("le", "ln", "lb", "lw", "la", "lo"):
        assert _reads_as(token, 2, True), token
        assert _reads_as(token, 2, False), token
    assert _in_order(["©", "le"]) and _in_order(["๑", "ln"]) and _in_order(["Oo", "lb", "๓"])


def test_a_lone_stem_and_loop_counts_two_and_nothing_else():
    assert _count_of("le") == 2
    assert not _reads_as("le", 3, True) and not _reads_as("ln", 4, False)
    assert not _in_order(["๑", "le", "le"])  # (a second ๒ is no ๓)
    assert not _reads_as("ll", 2, False) and not _reads_as("li", 2, False)  # (may be ๑๑)
