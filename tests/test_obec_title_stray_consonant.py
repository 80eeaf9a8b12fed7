"""A project listed by its title alone whose row OCR read with the table's rule before the title as a consonant and
a leading vowel ("๑ รเโโครงการพัฒนาสมรรถนะ...", fresh set s97p's obec_progress_s97p002): a leading vowel parts the
consonant before it from any word the title opens with, so the consonant is a speck, as the vowels after it are
(read.py's _STRAY_VOWEL).  Before, the row opened no title and the first project of the list was lost (8 misses).
A consonant with no leading vowel after it is no speck: a row whose title opens otherwise stays no title row."""

from parsers.obec_progress.read import _TITLE_ROW_RE, _TITLE_START_RE
from tests.test_obec_title_stray_vowel_letter import _NAMES, _rows


def test_a_consonant_and_vowels_before_the_title_are_specks_and_the_project_is_read():
    for mark in ("รเโ", "กใ", "รเ"):
        listed = _rows(mark)
        assert [p["name"] for p in listed] == _NAMES, mark
        assert [p["group_seq"] for p in listed] == [1, 2]


def test_a_consonant_alone_before_the_title_word_opens_no_title():
    assert not _TITLE_ROW_RE.match("๑ รโครงการ") and not _TITLE_START_RE.match("กรโครงการ")
    assert _TITLE_ROW_RE.match("๑ รเโโครงการพัฒนา") and _TITLE_START_RE.match("รเโครงการ")
