"""A BMA proposal's risk table OCR read down its columns past a page break
(fresh set s69o, bma_proposal_s69o001): after risk 1's scores and level,
every line to the heading went to its mitigation: its own words, then the
rest of risk 1's text and the whole of risk 2's ("... เพื่อให้แต่ละ" /
"การศึกษาที่ได้" / ... / "การจัดกิจกรรม" / "ล่าช้ากว่าแผน" / "เนื่องจากขั้นตอน" /
...), risk 2's scores and level read past the heading.  Nothing named the
mitigation or the lost row.  A mitigation is an action; a cause or an
effect (เนื่องจาก, เพราะ, ทำให้) is what a risk's text states (no mitigation
of any set's truth holds one): a mitigation stating one now says the table
(its rows) is in doubt.  A mitigation without such words says nothing."""

from __future__ import annotations

from tests.test_bma_proposal import _with_risks, run

TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง\tโอกาส ผลกระทบ ระดับของ\tแนวทาง
ความเสี่ยง การบริหาร

โรงเรียนไม่
สามารถ
ดำเนินการได้
ตามเป้าหมาย
1 4 น้อย

มีหนังสือแจ้ง
โรงเรียน
เป็นระยะๆ และ
การแจ้งข่าวทาง
เว็บไซต์สำนักการศึกษา
{tail}
"""
RISK_TWO = """
การจัดกิจกรรม
ล่าช้ากว่าแผน
เนื่องจากขั้นตอน
การอนุมัติ
งบประมาณ
ใช้เวลานาน"""


def _said(rows: dict) -> list[str]:
    return [i["message"] for i in rows["issues"] if i["field"] == "findings" and "states a cause" in i["message"]]


def test_a_mitigation_stating_a_cause_names_the_table():
    rows = run(_with_risks(TABLE.format(tail=RISK_TWO)))
    risks = [f for f in rows["findings"] if f["kind"] == "risk"]
    assert len(risks) == 1 and "เนื่องจากขั้นตอน" in risks[0]["mitigation"]  # kept as read
    assert len(_said(rows)) == 1 and "'เนื่องจาก'" in _said(rows)[0]


def test_a_mitigation_of_actions_says_nothing():
    rows = run(_with_risks(TABLE.format(tail="")))
    risks = [f for f in rows["findings"] if f["kind"] == "risk"]
    assert len(risks) == 1 and risks[0]["mitigation"].startswith("มีหนังสือแจ้ง")
    assert _said(rows) == []
