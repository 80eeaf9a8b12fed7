"""An objective whose next objective ran into it, that one's start lost with its number at the line's start (OCR
cut the page's left margin: "- ๒. เพื่อส่งเสริม..." read "อส่งเสริม..."): the piece "อ" no word covers was said of
the objective's text only, and the lost row went unsaid (fresh set s115s, bma_progress_s115s007).  A piece that is
the end of the word each of the list's items opens with (pipeline.wording.LIST_OPENERS: เพื่อ), at a word's start
after a space, says another item ran in: the issue names the list's table, as an item's number inside does."""

from __future__ import annotations

import pytest

from pipeline.wording import flag_unknown_words

pytestmark = pytest.mark.usefixtures("repair_on")

TEXT = ("เพื่อติดตามและประเมินผลการใช้เทคโนโลยีสารสนเทศเพื่อการเรียนรู้อย่างเป็นระบบ "
        "อส่งเสริมการใช้เทคโนโลยีสารสนเทศเพื่อการเรียนรู้ของโรงเรียนในสังกัด")


def _issue(table: str, text: str):
    column = "text"
    tables = {table: [{"seq": 1, column: text, "line_start": 66, "line_end": 69, "project_key": "k"}]}
    (issue,) = flag_unknown_words(tables, [])
    return issue


def test_the_opening_word_s_end_inside_an_objective_says_an_objective_ran_in():
    issue = _issue("objectives", TEXT)
    assert issue.field == "objectives" and "'เพื่อ'" in issue.message


def test_the_same_piece_in_a_list_with_no_opening_word_names_the_text():
    assert _issue("targets", TEXT).field == "targets.text"


def test_a_word_that_opens_with_the_letter_is_no_tail():
    tables = {"objectives": [{"seq": 1, "text": "เพื่อให้ครูได้รับการ อบรมอย่างต่อเนื่อง", "line_start": 1,
                              "line_end": 1, "project_key": "k"}]}
    assert flag_unknown_words(tables, []) == []
