"""Latin letters inside a Thai row text that no check named (set s58o, two silent action-plan steps):

- "แต่งตั้ง o og คณะกรรม การ ดำเนินงาน": the Gantt chart's round marks the English model read "o og" after a
  step's first word, two spaces before them that the clean-up made one; "og" was no mark of
  steps._TRAILING_MARKS_RE, so the marks stayed in the step's text (now: a token of an o and one letter more
  ending a step's line is a mark);
- "Diener ติดตาม ..." for "นิเทศ ติดตาม ...": a Thai word read as one Capitalised Latin word of six letters, longer
  than _LATIN_OPENING_RE's five and no case mix of _LATIN_MIXED_RE.

pipeline.wording.latin_debris names a run of Latin words inside a Thai text that is none of the Latin the forms
print (an acronym, a term in brackets, the "x" of a product, a name of two words or more written as words)."""

from __future__ import annotations

from parsers.bma_proposal.steps import read_steps, step_text
from pipeline.wording import flag_unknown_words, latin_debris, unknown_words
from schemas.document import CopyReading
from tests.lines import numbered_lines


def test_latin_words_the_forms_do_not_print_inside_thai_are_pieces():
    assert unknown_words("Diener ติดตาม การดำเนินงาน ของโรงเรียน") == ["Diener"]
    assert unknown_words("แต่งตั้ง o og คณะกรรม การ ดำเนินงาน") == ["o og"]
    assert latin_debris("จัดประชุม Oo oO ผู้บริหาร") == ["Oo oO"]
    assert latin_debris("ครูแกนนำ Tal bps โรงเรียน") == ["Tal bps"]
    (flag,) = flag_unknown_words({"activities": [{"project_key": "k", "text": "Diener ติดตาม การดำเนินงาน",
                                                  "line_start": 7, "line_end": 9}]}, [])
    assert flag.field == "activities.text" and "Diener" in flag.message


def test_the_latin_the_forms_print_inside_thai_is_no_piece():
    for text in ("ด้านที่ ๓ - มหานครสำหรับทุกคน : Bangkok as a City for All",
                 "จำนวนนักเรียนที่พึงพอใจ/จำนวนนักเรียนที่ตอบแบบสอบถาม x ๑๐๐",
                 "ส่งเสริมการจัดการเรียนรู้วิทยาการคำนวณ (Coding) ในสถานศึกษา",
                 "ชุมชนแห่งการเรียนรู้ทางวิชาชีพ PLC ของครู", "การทดสอบระดับชาติ O-NET ของนักเรียน",
                 "การพัฒนากระบวนการจัดการเรียนรู้บูรณาการ STEM Education ในโรงเรียน",
                 "โรงเรียนสีเขียว (School of go green) ในสังกัด", "ผ่านระบบออนไลน์ debt obec รวมทั้งสิ้น",
                 "Active Learning", "ใช้ระบบ eBook และ YouTube กับ PowerPoint ในการสอน Active Learning"):
        assert latin_debris(text) == [], text


def test_an_o_and_a_letter_ending_a_step_line_is_the_charts_mark():
    assert step_text("๑. แต่งตั้ง o og") == "๑. แต่งตั้ง"
    assert step_text("ดำเนินงาน Oo oO") == "ดำเนินงาน"
    out = CopyReading(0, 1, 200)
    assert read_steps(numbered_lines("๑. แต่งตั้ง o og", "คณะกรรมการดำเนินงาน", "๒. จัดสรร oO", "งบประมาณ",
                                     start=40), out)
    texts = [rec["text"].value for _, rec in sorted(out.tables["activities"].items())]
    assert texts == ["แต่งตั้ง คณะกรรมการดำเนินงาน", "จัดสรร งบประมาณ"]
    # a step's own Latin at a line's end stays
    for text in ("ชุมชนแห่งการเรียนรู้ PLC", "การทดสอบ O-NET", "จัดกิจกรรม Coding"):
        assert step_text(text) == text


def test_the_samples_latin_is_no_piece():
    # the samples' real reports: a mixed-case acronym, a brand's name, names of two words, a site's address
    assert latin_debris("ผลการทดสอบ O-Net ป.๖ ปีการศึกษา ๒๕๖๕") == []
    assert latin_debris("โดยใช้ AI ของเว็บไซต์ TTSMaker.com/th เป็นเครื่องมือ โดยใช้ Google Bard (AI ของ google)") == []
    assert latin_debris("ยังไม่ได้ดำเนินการ Brain Stom ค้นหารูปแบบ แบบ On Site ซึ่ง Facebook ประชาสัมพันธ์") == []
