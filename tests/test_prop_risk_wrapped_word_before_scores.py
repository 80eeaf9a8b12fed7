"""A risk table read a cell a line whose risk's last word the page wrapped onto a line of its own ("...
ในรูปแบบปกติ" / "ได้"), then the two scores and the level ("4" / "2" / "ปานกลาง"): the three short lines "ได้",
"4", "2" were read as two scores and a level OCR garbled (risks._short_run), so the likelihood read "ได้", the impact
4, the 2 was lost, and the risk matrix then chose likelihood 2 for the level: a wrong repair, the impact silently
wrong (fresh set s109q, bma_proposal_s109q003).  A run whose first line is a word (two Thai characters or more) and
whose third is a score's figure is no such run: the scores stand before the level.  A run of three figures before
a level (a score OCR doubled, "4" / "๑" / "๑" / "น้อย") is read as before."""

import pytest

from parsers.bma_proposal.tables import read_risks
from schemas.document import CopyReading, Line

pytestmark = pytest.mark.usefixtures("repair_on")

HEAD = [(136, "ความเสี่ยง"), (137, "การประเมินความเสี่ยง"), (138, "แนวทาง"), (140, "การบริหารความเสี่ยง"),
        (142, "โอกาสที่"), (144, "จะเกิด"), (145, "ผลกระทบ"), (146, "ระดับของ"), (152, "ความเสียง")]
FIRST = [(154, "สภาพอากาศหรือสถานการณ์โรคระบาดทำให้ไม่สามารถจัดกิจกรรมในรูปแบบปกติ"), (156, "ได้"), (158, "4"),
         (160, "2"), (162, "ปานกลาง"), (164, "ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์"), (165, "หรือแบ่งกลุ่มย่อย")]
SECOND = [(167, "โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย เนื่องจากข้าราชการครูและบุคลากร"),
          (168, "ทางการศึกษาทีได้รับมอบหมายให้ปฏิบัติงานมีภาระงานมาก"), (170, "3"), (172, "1"), (174, "น้อย"),
          (176, "มีหนังสือแจ้งโรงเรียนเป็นระยะๆ"), (177, "และการแจ้งข่าวทางเว็บไซต์สำนักการศึกษา")]


def _risks(lines: list[tuple[int, str]]) -> dict:
    out = CopyReading(0, 1, 300)
    read_risks([Line(no, text) for no, text in lines], out)
    return {k[1]: {c: r.value for c, r in rec.items()} for k, rec in out.tables["findings"].items()}


def test_a_wrapped_word_before_the_scores_is_the_risk_s_not_a_score():
    risks = _risks(HEAD + FIRST + SECOND)
    assert (risks[1]["likelihood"], risks[1]["impact"], risks[1]["level"]) == ("4", "2", "ปานกลาง")
    assert risks[1]["text"].endswith("ได้")
    assert (risks[2]["likelihood"], risks[2]["impact"]) == ("3", "1")


def test_three_figures_before_a_level_are_read_as_before():
    doubled = [(154, "ผู้เข้ารับการอบรมไม่ครบตามจำนวน เนื่องจากมีภารกิจเร่งด่วนในช่วงเวลาเดียวกัน"), (156, "4"),
               (158, "๑"), (160, "๑"), (162, "น้อย"), (164, "ประสานโรงเรียนล่วงหน้า")]
    risks = _risks(HEAD + doubled + SECOND)
    assert (risks[1]["likelihood"], risks[1]["level"]) == ("4", "น้อย")
