"""A proposal's action-plan step whose number OCR lost but for its dot (". นิเทศ ติดตาม..." for "๖. นิเทศ...",
fresh sets s71b, s72a, s72o), or read as one Thai letter and a mark or a digit before its dot ("ณี. โรงเรียน
ดำเนินการ..." for "๕.", s73o, s76a; "ษ๒. นิเทศ..." for "๖.", s72b): numbering._STEP_RE took no such token, so
the line was read as the wrap of the step above, whose text then ran on with the next step's words and the
next step was lost.  Thai text neither opens a line with a lone dot nor puts a dot after such a pair (a dot
between Thai letters is an abbreviation's, "มี.ค.", "ร.ร.", and stays none), so these open a step, numbered
by its place in the sequence (a value_repaired issue quotes the printed token).  And an Arabic digit among
step numbers printed in Thai digits ("6" for ๕, s76a) is a Thai one OCR's English model read, so it may be
any (numbering._arabic_among_thai), as a year's may: read as printed it made the sequence skip a step."""

from __future__ import annotations

from parsers.bma_proposal.numbering import step_opener
from parsers.bma_proposal.steps import read_steps
from schemas.document import CopyReading, Line


def _read(lines: list[str]) -> CopyReading:
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(no, text) for no, text in enumerate(lines, start=1)], out)
    return out


def _texts(out: CopyReading) -> dict[int, str]:
    return {seq: r["text"].value for seq, r in out.tables["activities"].items()}


def test_a_step_number_lost_but_for_its_dot_opens_the_step():
    out = _read(["4. จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน", "5 โรงเรียนคัดสรรโครงงานคุณธรรม",
                 "ที่มีคุณภาพดีที่สุด ส่งสำนักการศึกษา", ". นิเทศ ติดตาม การดำเนินงานของ", "โรงเรียน",
                 "7.สรุปผลการดำเนินงานและเผยแพร่", "ผลงานทางเว็บไซต์"])
    texts = _texts(out)
    assert texts[5] == "โรงเรียนคัดสรรโครงงานคุณธรรม ที่มีคุณภาพดีที่สุด ส่งสำนักการศึกษา"
    assert texts[6] == "นิเทศ ติดตาม การดำเนินงานของ โรงเรียน" and len(texts) == 4
    said = [i for i in out.issues if i.code == "value_repaired" and i.field == "activities.seq"]
    assert any("printed '.'" in i.message and (i.line_start, i.line_end) == (4, 5) for i in said)


def test_a_step_number_read_as_a_thai_letter_and_a_mark_or_digit_opens_the_step():
    out = _read(["3. โรงเรียนรายงานแผนการจัดกิจกรรม", "4. จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน",
                 "ณี. โรงเรียนดำเนินการจัดกิจกรรมเพื่อส่งเสริมการอ่านออกเขียนได้ของนักเรียน",
                 "ษ๒. นิเทศ ติดตาม การ", "ดำเนินงานของโรงเรียน"])
    texts = _texts(out)
    assert texts[4] == "จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน"
    assert texts[5] == "โรงเรียนดำเนินการจัดกิจกรรมเพื่อส่งเสริมการอ่านออกเขียนได้ของนักเรียน"
    assert texts[6] == "นิเทศ ติดตาม การ ดำเนินงานของโรงเรียน"


def test_abbreviations_and_figures_after_a_dot_open_no_step():
    for text in ("มี.ค. ก.พ. มี.ค.", "ร.ร. วัดสุทธิวราราม", ". ๒๕๖๙", "ที่. ทดสอบ", "."):
        assert step_opener(text) is None, text
    assert step_opener(". นิเทศ ติดตาม") == (".", "นิเทศ ติดตาม")
    assert step_opener("ณี. สรุปผล") == ("ณี", "สรุปผล") and step_opener("ษ๒. นิเทศ") == ("ษ๒", "นิเทศ")


def test_an_arabic_digit_among_thai_step_numbers_may_be_any_thai_digit():
    # fresh set s76a, bma_proposal_s76a004: "6" for ๕ (step 5) made the sequence skip step 4 ("๕." for ๔ read as 5,
    # "6" as 6), so every step after it was numbered one on and the last one counted past the plan's end
    from parsers.bma_proposal.numbering import number_openers
    assert number_openers(["๑", "๒", "๓", "๕", "6", "๒", "๓๑", "ณี"]) == [1, 2, 3, 4, 5, 6, 7, 8]
    # a list numbered in Arabic digits reads them as printed, its skipped number said
    assert number_openers(["1", "2", "3", "5", "6", "7"]) == [1, 2, 3, 5, 6, 7]
    out = _read(["๑. แต่งตั้งคณะกรรมการดำเนินงาน", "๒. จัดสรรงบประมาณให้โรงเรียนตามขนาด", "๓. โรงเรียนรายงานแผนการ",
                 "๕. จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน", "6 โรงเรียนดำเนินการจัดกิจกรรมเพื่อส่งเสริมการใช้เทคโนโลยี",
                 "๒. โรงเรียนคัดสรรสื่อการเรียนรู้ดิจิทัล", "๓๑. นิเทศ ติดตาม การดำเนินงานของโรงเรียน",
                 "ณี. สรุปผลการดำเนินงานและเผยแพร่ผลงานทางเว็บไซต์"])
    texts = _texts(out)
    assert sorted(texts) == list(range(1, 9)) and texts[5].startswith("โรงเรียนดำเนินการ")
    assert texts[8] == "สรุปผลการดำเนินงานและเผยแพร่ผลงานทางเว็บไซต์"
    assert not [i for i in out.issues if i.code == "missing_row"]
    assert any("printed '6'" in i.message for i in out.issues if i.code == "value_repaired")
