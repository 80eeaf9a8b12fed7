"""A BMA proposal after OCR whose risk table, read across, wrapped its last row lower in both text columns than
the row's two-cell lines, and OCR read that part in blocks: the risk column's end, then the benefits' heading
under it at the same margin, then the mitigation column's end (s67o004, s68o004: "ผู้เข้ารับการอบรมไม่  ๑  ๒ น้อยมาก
ประสาน" / ... / "เร่งด่วนในช่วงเวลา" / "เดียวกัน" / "9. ประโยชน์ที่คาดว่าจะได้รับ" / "กำหนดวัน" / ... / "การศึกษา" /
"๙.1 ...").  Before, the risk's end went to the mitigation and the mitigation's end stood unplaced under the
heading (both fields wrong, said in doubt).  Now the lines under the heading before the first benefit, text no
wider than a column of the table, are the last row's mitigation's end, and its lines of one cell before the
heading its risk's (read._tail_past_heading, risks._parted_at_heading), both fields still said in doubt; a table
whose last row parts nowhere there, or a paragraph under the heading, is read as before."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risk_section, run

_TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง          โอกาส ผลกระทบ ระดับของ แนวทาง
ที่จะ            ความเสี่ยง การบริหาร
เกิด                                             ความเสี่ยง
ผู้เข้ารับการอบรมไม่       ๑        ๒ น้อยมาก ประสาน
ครบตามจำนวน                                                 โรงเรียน

เนื่องจากมีภารกิจ                              ล่วงหน้าและ

{run}
9. ประโยชน์ที่คาดว่าจะได้รับ

{past}
"""


def _read(run_lines: str, past: str) -> tuple[list[tuple], list[dict]]:
    rows = run(_with_risk_section(_TABLE.format(run=run_lines, past=past)))
    return _risks(rows), rows["issues"]


def test_last_row_parted_at_the_benefits_heading():
    risks, issues = _read("เร่งด่วนในช่วงเวลา\nเดียวกัน\n", "กำหนดวัน\n\nจัดกิจกรรมให้\nสอดคล้องกับ\nปฏิทิน\n\nการศึกษา\n")
    assert [(r[0], r[4]) for r in risks] == [
        ("ผู้เข้ารับการอบรมไม่ ครบตามจำนวน เนื่องจากมีภารกิจ เร่งด่วนในช่วงเวลา เดียวกัน",
         "ประสาน โรงเรียน ล่วงหน้าและ กำหนดวัน จัดกิจกรรมให้ สอดคล้องกับ ปฏิทิน การศึกษา")]
    assert risks[0][1:4] == ("1", "2", "น้อยมาก")
    said = {i["field"] for i in issues if i["code"] == "unread_cells" and "under the benefits' heading" in i["message"]}
    assert said == {"findings.text", "findings.mitigation"}
    # the lines given to the row are no longer unplaced under the heading
    assert not [i for i in issues if i["code"] == "unplaced_text" and "กำหนดวัน" in (i["evidence"] or "")]


def test_mitigation_end_alone_past_the_heading():
    # the risk ended on the row's two-cell lines: the lines under the heading are the mitigation's end alone
    risks, _ = _read("", "กำหนดวัน\nจัดกิจกรรมให้\n")
    assert [(r[0], r[4]) for r in risks] == [("ผู้เข้ารับการอบรมไม่ ครบตามจำนวน เนื่องจากมีภารกิจ",
                                              "ประสาน โรงเรียน ล่วงหน้าและ กำหนดวัน จัดกิจกรรมให้")]


def test_a_paragraph_under_the_heading_is_left_to_the_benefits():
    wide = "โรงเรียนมีสื่อการเรียนรู้ดิจิทัลที่มีคุณภาพ สามารถเผยแพร่เป็นแบบอย่างได้ทุกโรงเรียนในสังกัด\n"
    risks, _ = _read("เร่งด่วนในช่วงเวลา\nเดียวกัน\n", wide)
    assert [(r[0], r[4]) for r in risks] == [
        ("ผู้เข้ารับการอบรมไม่ ครบตามจำนวน เนื่องจากมีภารกิจ", "ประสาน โรงเรียน ล่วงหน้าและ เร่งด่วนในช่วงเวลา เดียวกัน")]
