"""A list item's number OCR's English model read as a Latin letter, standing after a word a figure may stand
after ("... ด้วยตนเองได้ a เพื่ออำนวยความสะดวก...": objective 3, its "3" read "a", run into objective 2; fresh set
s106o, bma_progress_s106o007).  A token after such a word (ได้, จำนวน, ร้อยละ) was taken for a figure and left,
so the row lost with it went unsaid.  Where the word after the token is the item's opening word and one no
figure counts (เพื่อ, "in order to"), the token is another item's number, said (the list's table); before a
counted noun ("จำนวน od โรงเรียน") it may be the count, and says nothing."""

from __future__ import annotations

import pytest

from pipeline.wording import flag_unknown_words, item_numbers

pytestmark = pytest.mark.usefixtures("repair_on")

TEXT = ("เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ ผ่านการใช้เทคโนโลยีสารสนเทศด้วยตนเองได้ a "
        "เพื่ออำนวยความสะดวกและควบคุมดูแลการดำเนินงานของศูนย์วิชาการเขต")


def test_letters_after_a_figure_word_before_the_item_s_opening_word_are_an_item_number():
    assert item_numbers(TEXT) == ["a"]
    tables = {"objectives": [{"seq": 2, "text": TEXT, "line_start": 41, "line_end": 45, "project_key": "k"}]}
    (issue,) = flag_unknown_words(tables, [])
    assert issue.field == "objectives" and "'a'" in issue.message


def test_a_figure_after_a_figure_word_is_not():
    assert item_numbers("เพื่อให้นักเรียนผ่านเกณฑ์ได้ a คน") == []  # not the item's opening word after it
    assert item_numbers("โรงเรียนในสังกัด จำนวน od โรงเรียน ได้รับการพัฒนา") == []  # a count of the noun it opens with
    assert item_numbers("เพื่อให้ครูผู้สอนมีความรู้ได้ a เพื่อให้ผู้เรียนคิดเป็น") == ["a"]  # (its opening word longer)
