"""A numbered list whose printed number stands above its place ("๑. ๒. ๓. ๕." read 1 2 3 4): the numbering takes
it for a misread of its place's digit (๔ read ๕), but an item lost before it (OCR drops the lines at a page break)
reads the same, and then its text and every text after it belong one number on.  Where the item after it is
not printed with the number after its place (nothing confirms the place: "๕." then "๒."), an issue names the
list's texts (items_cut_in_doubt, field activities.text), not only its numbers (value_repaired names
activities.seq).  Where the item after it confirms the place ("๕." then "๕." or "5."), or it is the list's last,
none does (a misread digit is far the likelier)."""

from __future__ import annotations

from parsers.bma_proposal.steps import read_steps
from schemas.document import CopyReading, Line


def _read(lines: list[str]) -> tuple[list[tuple[int, str]], list]:
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(no, text) for no, text in enumerate(lines, start=1)], out)
    steps = [(seq, rec["text"].value) for seq, rec in sorted(out.tables["activities"].items())]
    return steps, out.issues


def _texts_in_doubt(issues) -> list:
    return [i for i in issues if i.code == "items_cut_in_doubt" and i.field == "activities.text"]


def test_a_skipped_number_not_confirmed_after_it_puts_the_texts_in_doubt():
    # s25/x s25x004 after OCR: step ๔ lost at a page break (in both copies), ๖ read ๒: read 1 2 3 4 5
    steps, issues = _read(["๑. ขออนุมัติโครงการ และขออนุมัติเงินจัดสรร",
                           "๒. จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน",
                           "๓. โรงเรียนดำเนินการจัดกิจกรรมเพื่อส่งเสริมการใช้เทคโนโลยีดิจิทัลเพื่อการเรียน",
                           "การสอน",
                           "",
                           "",
                           "๕. นิเทศ ติดตาม การดำเนินงานของโรงเรียน",
                           "",
                           "๒. สรุปผลการดำเนินงานและเผยแพร่ผลงานทางเว็บไซต์"])
    assert [seq for seq, _ in steps] == [1, 2, 3, 4, 5]
    doubt = _texts_in_doubt(issues)
    assert len(doubt) == 1
    assert (doubt[0].line_start, doubt[0].line_end) == (7, 9)  # from the skipped step to the list's end


def test_a_skipped_number_the_next_item_confirms_puts_no_text_in_doubt():
    # ๔ read ๕, the step after it printed ๕: its place stands
    steps, issues = _read(["๑. ขออนุมัติโครงการ และขออนุมัติเงินจัดสรร",
                           "๒. จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน",
                           "๓. โรงเรียนดำเนินการจัดกิจกรรมเพื่อส่งเสริมการอ่าน",
                           "๕. โรงเรียนคัดสรรผลงานที่มีคุณภาพดีที่สุด ส่งสำนักการศึกษา",
                           "๕. นิเทศ ติดตาม การดำเนินงานของโรงเรียน",
                           "๖. สรุปผลการดำเนินงานและเผยแพร่ผลงานทางเว็บไซต์"])
    assert [seq for seq, _ in steps] == [1, 2, 3, 4, 5, 6]
    assert not _texts_in_doubt(issues)
    # the list's last step printed above its place: nothing says a step is lost
    steps, issues = _read(["๑. ขออนุมัติโครงการ และขออนุมัติเงินจัดสรร",
                           "๒. จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน",
                           "๓. โรงเรียนดำเนินการจัดกิจกรรมเพื่อส่งเสริมการอ่าน",
                           "๕. สรุปผลการดำเนินงานและเผยแพร่ผลงานทางเว็บไซต์"])
    assert [seq for seq, _ in steps] == [1, 2, 3, 4]
    assert not _texts_in_doubt(issues)
