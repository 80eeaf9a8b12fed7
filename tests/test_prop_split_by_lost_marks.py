"""A common word OCR read without its vowels or marks, left as shorter
dictionary words ("เครองดม" for เครื่องดื่ม: "เค" + "รอง" + "ดม"), is said
(unknown_words): the text reads as words only because the damaged word
splits into short ones."""

from __future__ import annotations

import json

import pytest

from normalizers.words import split_by_lost_marks
from pipeline.wording import flag_unknown_words

pytestmark = pytest.mark.usefixtures("repair_on")


def test_a_word_split_by_lost_vowels_is_found_and_the_texts_around_it_are_not():
    assert split_by_lost_marks("ค่าอาหารว่างและเครองดม") == ("เครอง", "เครื่อง")
    assert split_by_lost_marks("สำนักงานเขตพันทีการศึกษา") == ("พันที", "พื้นที่")
    # printed right: nothing
    assert split_by_lost_marks("ค่าอาหารว่างและเครื่องดื่ม") is None
    # a span a longer word crosses ("ผล" + "ราย" of สรุปผลรายงาน, รายงาน crossing its end): no such word lost
    assert split_by_lost_marks("ได้มีการจัดทำสรุปผลรายงานการนิเทศ") is None
    # tone marks alone lost (ที่ read ที): the tone-mark rules' (free text keeps its printing), not this one
    assert split_by_lost_marks("ครบตามแผนทีกำหนด") is None
    # a space OCR set inside a word ("การอบร มมี"): the run is read across it
    assert split_by_lost_marks("ผู้เข้ารับการอบร มมีความรู้ ความเข้าใจ") is None


def test_an_expense_category_whose_word_lost_its_vowels_is_flagged():
    # fresh set s108o (bma_proposal_s108o004): both printings read "ค่าอาหารว่างและเครองดม", no flag
    row = {"project_key": "k", "category": "ค่าอาหารว่างและเครองดม", "line_start": 7, "line_end": 7}
    (flag,) = flag_unknown_words({"expenses": [row]}, [])
    assert flag.code == "unknown_words" and flag.field == "expenses.category"
    assert json.loads(flag.evidence)["pieces"] == ["เครอง"]
    assert not flag_unknown_words({"expenses": [{**row, "category": "ค่าอาหารว่างและเครื่องดื่ม"}]}, [])
