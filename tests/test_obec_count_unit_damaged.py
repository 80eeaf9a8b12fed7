"""A main activity's name the page wrapped just before a count whose unit OCR misread a letter of ("...
ขับเคลื่อนโรงเรียนคุณภาพ" / "๑ คำเภอ ๑ โรงเรียนคุณภาพ", อ read as ค: set s88b, obec_progress_s88b002).  The unit
read as no unit, so the bare figure was taken for a step's number and the line for the activity's progress: the
name lost its end with no issue naming it.  A word no dictionary knows, a long unit with one letter misread, is the
unit (lists._damaged_unit, in opens_with_count); a known word so close to one is not."""

from __future__ import annotations

from parsers.obec_progress.lists import opens_with_count
from tests.test_obec_count_wrap_and_restart import _activity, _one, named


def test_a_name_wrapped_before_a_count_whose_unit_ocr_misread_is_the_name():
    activity = _activity(_one(named("๑ คำเภอ ๑ โรงเรียนคุณภาพ")))
    assert activity["text"] == "ขับเคลื่อนโรงเรียนคุณภาพ ๑ คำเภอ ๑ โรงเรียนคุณภาพ" and activity["progress"] is None


def test_a_unit_one_letter_off_counts_a_known_word_or_a_short_one_does_not():
    assert opens_with_count("๑ คำเภอ ๑ โรงเรียน") and opens_with_count("๓ โรงเรียบ")
    assert not opens_with_count("๑ ดำเนินการ") and not opens_with_count("๑ คณะกรรมการ")
    assert not opens_with_count("๒ แห่ม")  # (a unit of fewer than four letters is not read one letter off)
