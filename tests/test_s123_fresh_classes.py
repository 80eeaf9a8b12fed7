"""Classes of layout and OCR damage fresh sets s122p-s123p showed, each
read before with a wrong value or a lost row and no issue naming it:

- a speck of three digits (a page number OCR garbled) at a page's foot
  between a risk's mitigation and the next risk, in a risk table read a
  cell to a line."""

from __future__ import annotations

from parsers.bma_proposal.risks import read_risk_rows
from tests.conftest import numbered_lines


def _risks(cells: list[str]) -> list[tuple]:
    rows, _, _ = read_risk_rows(numbered_lines(cells))
    return [(" ".join(t for t, _ in r.risk), [t for t, _ in r.scores], r.level, " ".join(t for t, _ in r.mitigation))
            for r in rows]


def test_a_speck_of_three_digits_between_a_mitigation_and_the_next_risk_is_no_rows_score():
    # fresh set s122p, bma_proposal_s122p004: "๑27" where the page's number stood read as the one score of a row
    # whose level OCR lost, the mitigation's second line that row's risk; every risk after it one row late, unsaid
    cells = ["ราคาวัสดุสูงกว่าที่ประมาณการไว้", "3", "3", "ปานกลาง", "สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย",
             "และปรับรายการให้เหมาะสมกับงบประมาณ", "๑27",
             "การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติงบประมาณใช้เวลานาน", "1", "2", "น้อยมาก",
             "เตรียมเอกสารขออนุมัติให้ครบถ้วน"]
    rows = _risks(cells)
    assert [r[1:3] for r in rows] == [(["3", "3"], "ปานกลาง"), (["1", "2"], "น้อยมาก")]
    assert rows[0][3] == "สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย และปรับรายการให้เหมาะสมกับงบประมาณ"
    assert rows[1][0].startswith("การจัดกิจกรรม")
    # a score cell of one digit there is still the one score of a row whose level OCR lost
    rows = _risks(cells[:6] + ["4"] + cells[7:])
    assert len(rows) == 3 and rows[1][1] == ["4"]
