"""A text ending with a preposition that needs the words after it ("... มี
คุณภาพ พร้อมสำหรับ": an OBEC alignment whose last line OCR lost, fresh set
s111r, obec_progress_s111r004) was kept silently: สำหรับ, ต่อ, แก่, สู่,
ระหว่าง, ตาม, ถึง, เช่น, ได้แก่ and เกี่ยวกับ join OPEN_END_WORDS, so such a
text is said cut (unknown_words).  No text of the committed and fresh sets'
truth, nor of the real samples', ends with one; a word that only ends with
their letters ("ติดต่อ") is no such end."""

from normalizers.words import open_end
from pipeline.wording import flag_unknown_words


def test_a_text_ending_with_a_preposition_is_open():
    assert open_end("คนไทยเป็นคนดี คนเก่ง มีคุณภาพ พร้อมสำหรับ") == "สำหรับ"
    assert open_end("ดำเนินการจัดสัมมนา และเบิกจ่ายตาม") == "ตาม"
    assert open_end("จัดกิจกรรม ๕ ด้าน ได้แก่") == "ได้แก่"


def test_a_text_ending_with_a_whole_word_is_not():
    assert open_end("อยู่ระหว่างติดต่อ") is None
    assert open_end("คนไทยเป็นคนดี คนเก่ง มีคุณภาพ พร้อมสำหรับวิถีชีวิตในศตวรรษที่ ๒๑") is None


def test_the_cut_text_is_said():
    tables = {"alignments": [{"project_key": "k", "quarter": 4, "seq": 1, "line_start": 1005, "line_end": 1005,
                              "text": "คนไทยเป็นคนดี คนเก่ง มีคุณภาพ พร้อมสำหรับ", "plan": "ยุทธศาสตร์ชาติ"}]}
    issues = flag_unknown_words(tables, [], [])
    assert any(i.field == "alignments.text" and "'สำหรับ'" in i.message for i in issues)
