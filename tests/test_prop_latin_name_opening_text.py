"""A Thai row text whose opening words OCR's English model read as two Latin words ("fina Gani และประเมินผล..."
for นิเทศ ติดตาม และประเมินผล...: fresh set s103o, obec_progress_s103o004's activity, a silent miss).  Two Latin
words written as words, one of four letters or more, passed for a name or term ("Active Learning"), which the
forms print inside Thai; but no row text of the forms opens with Latin before its Thai (the truth of every
committed and fresh set has none), as a single such word opening a text was already said.  Now a run of Latin
words opening a Thai text is a piece (pipeline.wording.latin_debris) unless each word is Capitalised, as a name
or term opening a text is (sample 004's activity "Brain Stom ค้นหารูปแบบ..."); the same run after Thai words is
not."""

from __future__ import annotations

import pytest

from pipeline.wording import latin_debris, unknown_words

pytestmark = pytest.mark.usefixtures("repair_on")


def test_latin_words_opening_a_thai_text_are_a_piece():
    assert latin_debris("fina Gani และประเมินผลการดำเนินงานของโรงเรียนในสังกัด") == ["fina Gani"]
    assert unknown_words("Tovar we ของโรงเรียนในสังกัดดำเนินการ") == ["Tovar we"]
    assert latin_debris("vows ox ผู้เข้าร่วมโครงการทั้งสิ้น") == ["vows ox"]


def test_a_capitalised_name_opening_a_text_is_none():
    assert latin_debris("Brain Stom ค้นหารูปแบบ/แนวทางการพัฒนา โรงเรียน") == []
    assert latin_debris("Active Learning ในโรงเรียน") == []


def test_a_name_after_thai_words_is_none():
    assert latin_debris("จัดกิจกรรม Active Learning ในโรงเรียน") == []
    assert latin_debris("ส่งเสริม Brain Stom ค้นหารูปแบบ") == []
    # a text of Latin alone holds no Thai to be damaged in
    assert latin_debris("Active Learning") == []
