"""An action plan's last step whose number and dot OCR read as Latin letters and a colon ("6. นิเทศ ติดตาม..." /
"it: โรงเรียนรายงานผลการดำเนินงาน" for 7.; fresh s88o003): the line ran into step 6 as its wrapped words, and step 7
was lost silently.  The one line after the last step numbered in digits that opens with a short token of Latin
letters (a small one among them) and a mark, then a dictionary word, is the next step's row, its number said
(steps._in_gap); an acronym ("PLC: ...") is no such token."""

from __future__ import annotations

from parsers.bma_proposal.steps import read_steps
from schemas.document import CopyReading, Line


def _steps(last: str) -> dict[int, str]:
    plan = ["5. โรงเรียนคัดสรรผลงานการนำเสนอเป็นภาษาอังกฤษ", "ที่มีคุณภาพดีที่สุด ส่งสำนักการศึกษา",
            "6. นิเทศ ติดตาม การดำเนินงานของโรงเรียน", last]
    plan = ["1. ขออนุมัติโครงการ", "2. แต่งตั้งคณะกรรมการดำเนินงาน", "3. จัดสรรงบประมาณให้โรงเรียน",
            "4. จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน", *plan]
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(no, text) for no, text in enumerate(plan, start=76)], out)
    return {seq: rec["text"].value for seq, rec in out.tables["activities"].items()}


def test_a_last_step_whose_number_is_latin_letters_and_a_colon_is_its_own():
    got = _steps("it: โรงเรียนรายงานผลการดำเนินงาน")
    assert got[6] == "นิเทศ ติดตาม การดำเนินงานของโรงเรียน" and got[7] == "โรงเรียนรายงานผลการดำเนินงาน"


def test_an_acronym_opening_a_wrapped_line_is_no_step():
    got = _steps("PLC: ชุมชนการเรียนรู้ทางวิชาชีพ")
    assert 7 not in got and got[6].endswith("ชุมชนการเรียนรู้ทางวิชาชีพ")


def test_a_last_step_whose_number_and_dot_are_two_small_latin_letters_is_its_own():
    # "if สรุปผล..." for 7. (fresh set s89a bma_proposal_s89a002): the dot read as a letter, no mark after the token
    got = _steps("if สรุปผลการดำเนินงานและเผยแพร่ผลงานทางเว็บไซต์")
    assert got[7] == "สรุปผลการดำเนินงานและเผยแพร่ผลงานทางเว็บไซต์"
    # capitals with no mark are no such token (an English word or acronym going on from the step above)
    got = _steps("ICT สำหรับการเรียนการสอน")
    assert 7 not in got
