"""OBEC: a target wrapped after its count and unit, both garbled ("... จำนวน ๑๐ฒ AU" / "เข้าร่วมการประชุม
เชิงปฏิบัติการ" for "จำนวน ๑๐๗ คน"), was cut after the unit by texts.split_joined_items, because other rows of the
report print the wrapped line as a row of their own: a wrong repair (rule items_joined) of fresh set s115s,
obec_progress_s115s001, the row's words after the count made a row and the list's later rows moved one place on.  A
count's figure may hold a Thai letter OCR wrote for a digit (ฒ for ๗) and its unit come out as Latin specks: the
words before still end with a count that wants its words after (texts._count_end), and the row is kept whole and
said (items_cut_in_doubt), as one whose figure alone was garbled is."""

from __future__ import annotations

import pytest

from parsers.obec_progress.texts import split_joined_items
from tests.test_obec_cut_after_count_word import HEAD, OTHER, _target  # (the same target rows)

pytestmark = pytest.mark.usefixtures("repair_on")

TAIL = "เข้าร่วมการประชุมเชิงปฏิบัติการ"


@pytest.mark.parametrize("count", ["๑๐ฒ AU", "๑๐๗ AU", "๑๐ฒ"])
def test_a_row_whose_words_before_the_cut_end_with_a_count_and_a_latin_speck_is_kept_and_said(count):
    whole = f"{HEAD} {count} {TAIL}"
    tables = {"targets": [_target("a", 1, f"{HEAD} ๓๕ คน", 100), _target("a", 2, TAIL, 102),
                          _target("a", 3, OTHER, 104), _target("c", 1, f"{HEAD} ๒๕ คน", 150),
                          _target("c", 2, TAIL, 152), _target("b", 1, whole, 200), _target("b", 2, OTHER, 202)]}
    said = split_joined_items(tables, [])
    assert [r["text"] for r in tables["targets"] if r["project_key"] == "b"] == [whole, OTHER]
    assert [(i.code, i.field, i.line_start) for i in said if i.line_start == 200] == \
        [("items_cut_in_doubt", "targets", 200)]


def test_a_count_with_its_unit_read_is_no_open_end():
    # the count's unit read as a word: the words before end a text, and the cut is made
    whole = f"{HEAD} ๑๐๗ คน {TAIL}"
    tables = {"targets": [_target("a", 1, f"{HEAD} ๓๕ คน", 100), _target("a", 2, TAIL, 102),
                          _target("a", 3, OTHER, 104), _target("b", 1, whole, 200), _target("b", 2, OTHER, 202)]}
    said = split_joined_items(tables, [])
    assert [r["text"] for r in tables["targets"] if r["project_key"] == "b"] == [f"{HEAD} ๑๐๗ คน", TAIL, OTHER]
    assert {i.code for i in said if i.line_start == 200} == {"value_repaired"}
