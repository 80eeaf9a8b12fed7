"""BMA proposal KPIs after OCR whose target value's figure holds a Thai letter OCR writes for a Thai digit
(normalizers.confusions.LOOKALIKES: ฒ for ๗ or ๙, อ, ซ, ญ, ส, ๆ), glued to its digits and no part of a word
("ร้อยละ ฒ5" for ร้อยละ ๙5: fresh set pr23/set1 bma_proposal_pr23a001).  A value with Latin letters for
digits ("ร้อยละ ad") was said (unparsed_value); a Thai look-alike went through silently.  Now it is said the
same way, the value kept as read (which digit it stands for is not pinned by anything in the document); a
letter that opens or ends a word next to a figure ("ข้อ5", "5ครั้ง") is no look-alike."""

from __future__ import annotations

from parsers.bma_proposal.kpis import Kpi, put_kpis
from schemas.document import CopyReading


def _flagged(value: str) -> list:
    out = CopyReading(0, 1, 10)
    put_kpis([Kpi(["นักเรียนมีความพึงพอใจ"], [value], "ผลลัพธ์", ["วิธีการคำนวณ x"], ["ไตรมาสที่ ๔"], [3, 4])], out)
    assert out.tables["kpis"][1]["value"].value == value  # kept as read
    return [i.field for i in out.issues if i.code == "unparsed_value"]


def test_a_thai_lookalike_glued_to_a_target_value_s_digits_is_said():
    assert _flagged("ร้อยละ ฒ5") == ["targets.target_value"]
    assert _flagged("ร้อยละ ๘อ") == ["targets.target_value"]


def test_figures_and_words_beside_them_are_not():
    assert _flagged("ร้อยละ ๙5") == []
    assert _flagged("ข้อ5 ของโรงเรียน") == []
    assert _flagged("5ครั้ง") == []
