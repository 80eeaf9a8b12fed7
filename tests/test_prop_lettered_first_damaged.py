"""BMA proposals whose objectives are lettered ก. ข. ค. and OCR damaged the first letter past any letter's
shape ("fl. เพื่อให้..."): the token was taken for a damaged number, the list for a numbered one of one
item, and the lettered items ran into it (their rows lost; fresh set s51z, bma_proposal_s51z003).  Where
the letters after it stand in their places from ข, the first line's short token and dot before an item's
opening words stands in ก's place (read._first_letter_damaged)."""

from __future__ import annotations

from parsers.bma_proposal.read import lettered_as_bullets, read_list
from parsers.items import opens_purpose
from schemas.document import CopyReading, Line

_TEXTS = ["fl. เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและสามารถจัดกิจกรรม", "ส่งเสริมทักษะภาษาอังกฤษเพื่อการสื่อสารได้",
          "ข. เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้", "ค. เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้ได้"]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(i + 1, t) for i, t in enumerate(texts)]


def test_a_first_letter_damaged_past_reading_stands_in_its_place_before_letters_in_theirs():
    got, lead = read_list(_lines(_TEXTS), "2", "objective", "objectives.seq", CopyReading(0, 1, 4), opens_purpose)
    assert [(n, a, b) for n, _, a, b in got] == [(1, 1, 2), (2, 3, 3), (3, 4, 4)]
    assert [text for _, text, _, _ in got] == [_TEXTS[0][4:] + " " + _TEXTS[1], _TEXTS[2][3:], _TEXTS[3][3:]]
    assert lead == []


def test_no_such_first_line_without_letters_in_their_places_or_item_words():
    for texts in (
        [_TEXTS[0], _TEXTS[1], _TEXTS[2].replace("ข.", "ง."), _TEXTS[3]],  # ง. then ค.: no letters in place
        [_TEXTS[0].replace("เพื่อให้", "ให้"), *_TEXTS[1:]],  # no item's words after the token
    ):
        lines = _lines(texts)
        assert [ln.bullet for ln in lettered_as_bullets(lines, opens_purpose)][0] is False
