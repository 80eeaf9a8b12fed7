"""BMA proposal risk row read across whose level cell OCR misread a letter of ("ราคาวัสดุสูงกว่าที่  4  2 ปขานกลาง
สำรวจราคา", s39o003): the row was read (risks._row_run_on: the level's debris a Thai word one letter off a
level word, risks.damaged_level) and its level said missing, its scores unchecked.  The form prints the level
the scores give (LEVELS: 4 x 2 = 8, ปานกลาง), and the debris is one letter off ปานกลาง only: two signs that
agree.  Now (risks.level_by_debris, in read_risks_into) such a row's level is that word, said as
value_repaired (rule risk_matrix); where the scores give another level, or one is unread, it stays unread."""

from __future__ import annotations

from tests.test_bma_proposal import RISK_OCR_ROWS, _risks, _with_risks, run


def _rows(l: str, i: str, level: str) -> tuple[list, list]:
    rows = run(_with_risks(RISK_OCR_ROWS.format(l=l, i=i, level=level)))
    return _risks(rows), [x for x in rows["issues"] if (x.get("field") or "").startswith("findings.level")]


def test_a_level_a_letter_off_that_the_scores_give_is_read():
    risks, issues = _rows("4", "2", "ปขานกลาง")
    assert risks[0][1:4] == ("4", "2", "ปานกลาง"), risks
    assert [x["code"] for x in issues] == ["value_repaired"] and '"rule": "risk_matrix"' in issues[0]["evidence"]


def test_a_level_a_letter_off_that_the_scores_do_not_give_stays_unread():
    risks, issues = _rows("1", "2", "ปขานกลาง")  # 1 x 2 = 2: น้อยมาก, not ปานกลาง
    assert risks[0][3] is None and [x["code"] for x in issues] == ["missing_value"], (risks, issues)
