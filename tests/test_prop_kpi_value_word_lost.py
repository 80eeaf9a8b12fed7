"""BMA proposal KPIs after OCR whose target value is a figure with no word: the form prints its word before the
figure ("ร้อยละ 80"; every target value of the clean texts of the committed and fresh sets does), and OCR lost
that word or garbled it past reading, its line read into no cell ("80" under a lost "ร้อยละ": set t
bma_proposal_s24t001, helper set pr24/set2 pr24b011; "๕0" after a line 'จ้อยละ': scout set s25x003; "๑7 6":
pr2_24/set1 pr2s24a005).  The value was kept with no issue naming it; now it is said (missing_value on
targets.target_value), still kept as read: which word was printed is not known.  A value with its word, or with
a percent sign, is no doubt."""

from __future__ import annotations

from parsers.bma_proposal.kpis import Kpi, put_kpis
from schemas.document import CopyReading


def _said(value: str) -> list:
    out = CopyReading(0, 1, 10)
    put_kpis([Kpi(["นักเรียนมีความพึงพอใจ"], [value], "ผลลัพธ์", ["วิธีการคำนวณ x"], ["ไตรมาสที่ ๔"], [3, 4])], out)
    assert out.tables["kpis"][1]["value"].value == value  # kept as read
    return [(i.code, i.field) for i in out.issues if i.field == "targets.target_value"]


def test_a_target_value_that_lost_its_word_is_said():
    assert _said("80") == [("missing_value", "targets.target_value")]
    assert _said("๕0") == [("missing_value", "targets.target_value")]
    assert _said("๑7 6") == [("missing_value", "targets.target_value")]


def test_a_target_value_with_its_word_or_a_percent_sign_is_not():
    assert _said("ร้อยละ 80") == []
    assert _said("จำนวน ๓ โรงเรียน") == []
    assert _said("80 %") == []
