"""BMA proposals after OCR whose risk table's first row was read across and whose later rows were read down
their columns past the benefits' heading (tests/test_prop_risk_rows_down_past_heading.py), where OCR read the
impact-and-level column before the mitigations' ("๒ น้อยมาก", then the mitigations' lines, then the benefits'
first item: s62z bma_proposal_s62z003), and may have lost an impact-and-level line.  Before, a level before the
mitigations, or fewer levels than figures, left the lines past the heading to the benefits and the later risks'
lines to the first row (two rows lost).  Now (risks.rows_past_heading, rows_read_down) the lines up to the
benefits' first item are the table's; where a level line was lost none is paired with a row (which row's was
lost cannot be told: said), each later row keeping its risk and its likelihood.  The first row's lines of one
cell that state a cause ("ทำให้") are its risk's, the risks' column read down from there (_risk_goes_on)."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risk_section, run

_SECTION = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง

ความเสี่ยง                 โอกาส ผลกระทบ ระดับของ แนวทางการบริหาร
ที่จะ                 ความเสี่ยง ความเสี่ยง
เกิด

โรงเรียนไม่สามารถ              2              1 น้อยมาก มีหนังสือแจ้ง

ดำเนินการได้ตาม                                    โรงเรียนเป็นระยะ

เป้าหมาย ทำให้

ภาระงานล่าช้า

ราคาวัสดุสูงกว่าที่               ๓
ประมาณการไว้

สภาพอากาศหรือ              ๒
สถานการณ์โรคระบาด

9. ประโยชน์ที่คาดว่าจะได้รับ

{levels}
สำรวจราคาวัสดุก่อนจัดทำแผน
ปรับรูปแบบการจัดกิจกรรม

. ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพการศึกษา

"""


def _text(levels: str) -> str:
    return _with_risk_section(_SECTION.format(levels=levels))


def test_levels_read_before_the_mitigations_past_the_heading_are_the_tables():
    rows = run(_text("๔ สูง\n\n๑ น้อยมาก\n"))
    assert _risks(rows) == [
        ("โรงเรียนไม่สามารถ ดำเนินการได้ตาม เป้าหมาย ทำให้ ภาระงานล่าช้า", "2", "1", "น้อยมาก",
         "มีหนังสือแจ้ง โรงเรียนเป็นระยะ"),
        ("ราคาวัสดุสูงกว่าที่ ประมาณการไว้", "3", "4", "สูง", "สำรวจราคาวัสดุก่อนจัดทำแผน"),
        ("สภาพอากาศหรือ สถานการณ์โรคระบาด", "2", "1", "น้อยมาก", "ปรับรูปแบบการจัดกิจกรรม")]
    benefits = [f["text"] for f in rows["findings"] if f["kind"] == "benefit"]
    assert benefits and not any("สำรวจ" in b or "ปรับรูปแบบ" in b for b in benefits)


def test_a_level_line_lost_pairs_none_and_is_said():
    rows = run(_text("๔ สูง\n"))
    assert _risks(rows) == [
        ("โรงเรียนไม่สามารถ ดำเนินการได้ตาม เป้าหมาย ทำให้ ภาระงานล่าช้า", "2", "1", "น้อยมาก",
         "มีหนังสือแจ้ง โรงเรียนเป็นระยะ"),
        ("ราคาวัสดุสูงกว่าที่ ประมาณการไว้", "3", None, None, "สำรวจราคาวัสดุก่อนจัดทำแผน"),
        ("สภาพอากาศหรือ สถานการณ์โรคระบาด", "2", None, None, "ปรับรูปแบบการจัดกิจกรรม")]
    said = [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "findings.impact"
            and "fewer impact-and-level lines than rows" in i["message"]]
    assert said
    assert any(i["code"] == "missing_value" and i["field"] == "findings.level" for i in rows["issues"])


def test_more_levels_than_figures_leave_the_lines_as_they_were():
    rows = run(_text("๔ สูง\n\n๑ น้อยมาก\n\n๒ น้อยมาก\n"))
    assert len(_risks(rows)) == 1
