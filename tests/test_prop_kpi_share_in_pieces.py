"""A proposal KPI's target value whose figure OCR garbled into pieces, digits apart ("ร้อยละ ๐7 6" for ร้อยละ 85,
a speck or a gap read among them: fresh set s115w, bma_proposal_s115w002): kept as read with no issue, a silent
miss.  The form prints one figure after the share's word, so a value of figures apart is said (unparsed_value on
targets.target_value); one figure is not."""

from __future__ import annotations

from parsers.bma_proposal.kpis import Kpi, put_kpis
from schemas.document import CopyReading

_METHOD = ["- วิธีการคำนวณ", "จำนวนนักเรียนที่พึงพอใจระดับดีขึ้นไป/จำนวนนักเรียนที่ตอบแบบสอบถาม x 100",
           "- เครื่องมือที่ใช้ในการวัด แบบสอบถามความพึงพอใจ"]


def _said(value: list[str]) -> list[str]:
    out = CopyReading(0, 1, 9)
    put_kpis([Kpi(["นักเรียนที่เข้าร่วมกิจกรรมมีความพึงพอใจในระดับดีขึ้นไป"], value, "ผลลัพธ์", _METHOD,
                  ["ปีงบประมาณ 2569"], [3, 4, 5, 6, 7, 8])], out)
    return [i.code for i in out.issues if i.field == "targets.target_value"]


def test_a_share_whose_figure_stands_in_pieces_is_said():
    assert _said(["ร้อยละ", "๐7 6"]) == ["unparsed_value"]


def test_a_share_of_one_figure_is_not():
    assert _said(["ร้อยละ", "85"]) == []
