"""BMA proposals after OCR whose list numbers ("9.1", "2.3") OCR cut in two across each item's first two lines:
the section part alone opens the item's first line, the item's own number its wrapped second line ("9. นักเรียน..."
/ "1 ต่างๆ ด้วยตนเองได้" / "0. โรงเรียน..." / "2 การสื่อสาร..." / "9 โรงเรียน..." / "3 คุณภาพ ..."; fresh sets m s19m003's
benefits, pr2/set2 s19prb002's objectives).  Before, the damaged section parts opened some items and not others
and the own numbers stood in the texts, so items ran together and the rows after them were missing.  Now, where
every own number runs 1, 2, ... right under a section part before an item's opening words, each number is put
back whole before its item (parsers.bma_proposal.numbering.numbers_split); a list where they do not stays as it
is."""

from __future__ import annotations

import pytest

from parsers.bma_proposal.numbering import numbers_split
from schemas.document import Line
from tests.test_bma_proposal import run
from tests.test_prop_benefit_bullet_one import benefits, with_benefits

_FIRST = ["นักเรียนสามารถสร้างความรู้และสร้างสรรค์", "ผู้ปกครองและชุมชนมีส่วนร่วมใน", "โรงเรียนมีแผนการจัดการเรียนรู้"]
_SECOND = ["ชิ้นงานต่างๆ ด้วยตนเองได้", "การพัฒนาคุณภาพการศึกษา", "เชิงรุกที่มีคุณภาพ"]


@pytest.mark.parametrize("secs", [["9.", "0.", "9"], ["9", "9.", "9,"]])
def test_item_numbers_cut_across_two_lines_are_put_back(secs):
    body = "\n".join(f"{s} {a}\n{n} {b}" for n, (s, a, b) in enumerate(zip(secs, _FIRST, _SECOND), start=1))
    got = benefits(run(with_benefits(body)))
    assert [t.replace(" ", "") for t in got] == [(a + b).replace(" ", "") for a, b in zip(_FIRST, _SECOND)]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(no, text, "text") for no, text in enumerate(texts, start=1)]


def _opens(text: str) -> bool:
    return text.startswith(("นักเรียน", "ผู้ปกครอง", "โรงเรียน"))


def test_the_numbers_are_put_together():
    got = numbers_split(_lines(["9. " + _FIRST[0], "1 " + _SECOND[0], "0. " + _FIRST[1], "2 " + _SECOND[1]]),
                        "9", _opens)
    assert [ln.text for ln in got] == ["9.1 " + _FIRST[0], _SECOND[0], "0.2 " + _FIRST[1], _SECOND[1]]


@pytest.mark.parametrize("texts", [
    ["9. " + _FIRST[0], "1 " + _SECOND[0], "9. " + _FIRST[1], "3 " + _SECOND[1]],  # an own number out of its order
    ["9. " + _FIRST[0], "1 " + _SECOND[0], "9. " + _FIRST[1], _SECOND[1]],  # a section part with no own number
    ["9. " + _FIRST[0], "1 " + _SECOND[0]],  # one item only
    ["9.1 " + _FIRST[0], "9. " + _FIRST[1], "2 " + _SECOND[1], "9. " + _FIRST[2], "3 " + _SECOND[2]],  # a whole one
    ["0. " + _FIRST[0], "1 " + _SECOND[0], "0. " + _FIRST[1], "2 " + _SECOND[1]],  # no part could be the section's
    ["9. " + _FIRST[0], "1 " + _FIRST[1], "9. " + _FIRST[2], "2 " + _SECOND[2]],  # the digit opens an item
])
def test_lists_not_so_cut_stay_as_they_are(texts):
    lines = _lines(texts)
    assert numbers_split(lines, "9", _opens) == lines


# The same list as OCR read it in three more shapes (worked sets s29z003, s31z005, extra3 w008): the number cut
# in three down its column ("9" / "." / "1", the dot alone opening the item's second line); the list going on
# with its numbers printed whole after two cut ones ("9.4 ..."); its last item's own number lost (the section
# part alone before its words); an item whose first word OCR damaged past reading ("โโรรงเรียน") with its own
# number in order under it.
def test_a_number_cut_in_three_down_its_column_is_put_back():
    got = numbers_split(_lines(["9 " + _FIRST[0], ". " + _SECOND[0], "1 ต่อ", "9 " + _FIRST[1], ". " + _SECOND[1],
                                "2", "9 " + _FIRST[2], ".", "3 " + _SECOND[2]]), "9", _opens)
    assert [ln.text for ln in got] == ["9.1 " + _FIRST[0], _SECOND[0], "ต่อ", "9.2 " + _FIRST[1], _SECOND[1],
                                       "9.3 " + _FIRST[2], _SECOND[2]]


def test_a_list_going_on_with_whole_numbers_or_ending_without_its_own_number():
    head = ["9. " + _FIRST[0], "1 " + _SECOND[0], "9. " + _FIRST[1], "2 " + _SECOND[1]]
    got = numbers_split(_lines([*head, "9.3 " + _FIRST[2]]), "9", _opens)
    assert [ln.text for ln in got] == ["9.1 " + _FIRST[0], _SECOND[0], "9.2 " + _FIRST[1], _SECOND[1],
                                       "9.3 " + _FIRST[2]]
    got = numbers_split(_lines([*head, "9. " + _FIRST[2], _SECOND[2]]), "9", _opens)
    assert [ln.text for ln in got][-2:] == ["9. " + _FIRST[2], _SECOND[2]]
    assert got[0].text == "9.1 " + _FIRST[0]
    # the section part alone, then more items: the list as it is
    lines = _lines([*head, "9. " + _FIRST[2], "9. " + _FIRST[0], "4 " + _SECOND[0]])
    assert numbers_split(lines, "9", _opens) == lines


def test_an_item_whose_words_ocr_damaged_is_told_by_its_own_number_in_order():
    got = numbers_split(_lines(["9. โโรร" + _FIRST[2][2:], "1 " + _SECOND[2], "9. " + _FIRST[1], "2 " + _SECOND[1]]),
                        "9", _opens)
    assert [ln.text for ln in got] == ["9.1 โโรร" + _FIRST[2][2:], _SECOND[2], "9.2 " + _FIRST[1], _SECOND[1]]


def test_the_benefits_of_a_number_column_cut_in_three_read_whole():
    body = "\n".join(f"9 {a}\n. {b}\n{n}" for n, (a, b) in enumerate(zip(_FIRST, _SECOND), start=1))
    got = benefits(run(with_benefits(body)))
    assert [t.replace(" ", "") for t in got] == [(a + b).replace(" ", "") for a, b in zip(_FIRST, _SECOND)]
