"""BMA proposal risk table read column by column where OCR lost cells of one score column (at a page break or
a page's footer: "ผลกระทบ" / "3" / "หน้า 5 จาก 5" / "ระดับของความเสี่ยง"; pr/set1 s19pra010, pr2/set2
s19prb006, set4 s19prd005, k s21k002, r s23r003, s s23s004).  The column's cells could not be placed in its
rows (risks._placed_by_level: a cell that fits several rows, or none left), so the rows' scores stayed
unread (said), though the row's other score and its level were read.  The level is the band of likelihood x
impact (LEVELS): with a likelihood of 4 only an impact of 3 gives สูง (12), with 2 only 2 gives น้อย (4).
Now (risks._score_by_level, in repair_risks) such a row's lost score is that one score, said as
value_repaired (rule risk_matrix); where several scores give the level (3 and ปานกลาง: 2 or 3), where a
reading of the other score's characters gives it too, or the copies disagree on the level, it stays unread."""

from __future__ import annotations

from parsers.bma_proposal.risks import repair_risks
from schemas.document import Reading
from tests.test_bma_proposal import _risks, _with_risks, run

_TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง
ราคาวัสดุสูงกว่าที่ประมาณการไว้
ผู้เข้ารับการอบรมไม่ครบตามจำนวน
การจัดกิจกรรมล่าช้ากว่าแผน
โอกาสที่จะเกิด
4
2
3
ผลกระทบ
3
ระดับของความเสี่ยง
สูง
น้อย
ปานกลาง
แนวทางการบริหารความเสี่ยง
สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย
ประสานโรงเรียนล่วงหน้า
เตรียมเอกสารขออนุมัติให้ครบถ้วน
"""


def test_a_lost_score_that_one_value_gives_the_level_is_read_as_it():
    rows = run(_with_risks(_TABLE))
    # the impact column's one cell, 3, fits row 1 (4 x 3 = 12, สูง) and row 3 (3 x 3 = 9, ปานกลาง): not placed
    # row 1: 4 and สูง only with 3; row 2: 2 and น้อย only with 2; row 3: 3 and ปานกลาง with 2 or 3 (unread)
    assert [r[1:4] for r in _risks(rows)] == [("4", "3", "สูง"), ("2", "2", "น้อย"), ("3", None, "ปานกลาง")]
    repaired = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "findings.impact"]
    assert len(repaired) == 2 and all('"rule": "risk_matrix"' in i["evidence"] for i in repaired)


def _row(likelihood: str, level: str) -> dict:
    return {("risk", 1): {"likelihood": Reading(likelihood and thai(likelihood), likelihood, 10, 12),
                          "level": Reading(level, level, 10, 12)}}


def thai(token: str) -> str:
    return token.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))


def test_a_lost_impact_is_given_where_one_pair_fits():
    findings = _row("4", "สูง")
    issues = repair_risks(findings)
    assert findings[("risk", 1)]["impact"].value == "3"
    assert [i.field for i in issues if i.code == "value_repaired"] == ["findings.impact"]
    findings = {("risk", 1): {"impact": Reading("2", "2", 10, 12), "level": Reading("น้อย", "น้อย", 10, 12)}}
    repair_risks(findings)
    assert findings[("risk", 1)]["likelihood"].value == "2"  # 2 x 2 = 4; 1 x 2 and 3 x 2 are not น้อย


def test_a_lost_score_stays_unread_where_the_level_does_not_settle_it():
    for likelihood, level in (("3", "ปานกลาง"),  # 3 x 2 and 3 x 3 both ปานกลาง
                              ("๕", "สูง"),  # ๕ may be a ๔ OCR misread: 5 x 2 and 4 x 3 both สูง
                              ("6", "สูง")):  # no score: nothing to weigh
        findings = _row(likelihood, level)
        issues = repair_risks(findings)
        assert "impact" not in findings[("risk", 1)], (likelihood, level)
        assert not [i for i in issues if i.code == "value_repaired"]
    findings = _row("4", "สูง")
    assert not repair_risks(findings, {("risk", 1)}) and "impact" not in findings[("risk", 1)]  # level disputed
    findings = {("risk", 1): {"likelihood": Reading("4", "4", 10, 12)}}
    assert not repair_risks(findings) and "impact" not in findings[("risk", 1)]  # no level


def test_a_row_whose_one_score_read_is_no_score_either_is_said():
    # the impact's cell lost, the likelihood's printed "a" (no score 1-5): nothing to weigh, and nothing read; said
    findings = {("risk", 1): {"likelihood": Reading(None, "a", 7, 7), "level": Reading("ปานกลาง", "ปานกลาง", 9, 9)}}
    issues = repair_risks(findings)
    assert {(i.code, i.field) for i in issues} == {("unparsed_value", "findings.likelihood")}
    assert "impact" not in findings[("risk", 1)]
