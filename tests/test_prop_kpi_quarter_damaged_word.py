"""A KPI's quarter whose word OCR damaged ("ไตรมาสทิ ๕": ี read ิ): the
quarter, 1-4, was not found, and the ๕ (a ๔ the OCR model cannot write) was
kept as read.  The damaged word is read as the form prints it
(kpis._PERIOD_RE), and the quarter as the one its characters can be
(years.repair_kpi_period)."""

from __future__ import annotations

from parsers.bma_proposal.kpis import Kpi, put_kpis
from parsers.bma_proposal.years import repair_kpi_period
from schemas.document import CopyReading


def _period(printed: str) -> dict:
    out = CopyReading(0, 1, 10)
    put_kpis([Kpi(["ผู้เข้ารับการอบรมมีความรู้"], ["ร้อยละ 80"], "ผลลัพธ์", ["วิธีการคำนวณ จำนวน"], [printed], [3, 5])],
             out)
    return {"period": out.tables["kpis"][1]["period"]}


def test_a_quarter_with_its_word_damaged_is_repaired():
    rec = _period("ไตรมาสทิ ๕")
    [issue] = repair_kpi_period(rec, 2570, settled=True)
    assert issue.code == "value_repaired" and issue.field == "targets.period"
    assert rec["period"].value == "ไตรมาสที่ ๔"
