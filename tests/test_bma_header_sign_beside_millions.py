"""A budget spent printed with a ฿ sign OCR read as a digit ("849,900" for ฿49,900), beside a budget allocated
printed in millions with its unit ("๑.3๒ ล้านบาท"): a form that prints ฿ before its amounts prints an allocation
in millions with its unit, never with a sign, yet that allocation, opening with no sign, forbade the rule for the
document, so the budget spent kept its sign as a digit (fresh sets s70o007, s73a001, s73o008: 88,900, 335,010 and
849,900 for 8,900, 35,010 and 49,900).  An amount printed in millions now says nothing of the sign either way
(baht_sign.signed_amounts): the document's other header amounts, and its signs read as signs, decide."""

from __future__ import annotations

from parsers.bma_progress.baht_sign import signed_amounts
from schemas.document import CopyReading, Line, Reading


def _copy(index: int, allocated: str, spent: str) -> CopyReading:
    reading = CopyReading(index, index * 10 + 1, index * 10 + 3)
    reading.put("project", 0, "budget_allocated", Reading(None, allocated, 1, 1))
    reading.put("project", 0, "budget_spent_printed", Reading(None, spent, 2, 2))
    return reading


_SIGNED = [Line(1, "งบประมาณที่เบิกใช้ = BO"), Line(2, "งบประมาณที่เบิกใช้ = Bo"), Line(3, "ค่าวัสดุ = B18,300")]
_PLAIN = [Line(1, "งบประมาณที่เบิกใช้ = 0 บาท"), Line(2, "ค่าวัสดุ = 18,300 บาท")]


def test_a_budget_spent_beside_an_allocation_in_millions_drops_its_sign():
    assert signed_amounts(_SIGNED, [_copy(0, "๑.3๒ ล้านบาท", "849,900")]) == [{"budget_spent"}]
    assert signed_amounts(_SIGNED, [_copy(0, "0.69 ล้าน", "88,900"), _copy(1, "0.96 ลานบาท", "86,200")]) \
        == [{"budget_spent"}] * 2


def test_still_refused_where_the_document_shows_no_sign_or_an_amount_opens_otherwise():
    assert signed_amounts(_PLAIN, [_copy(0, "๑.3๒ ล้านบาท", "849,900")]) == [set()]
    assert signed_amounts(_SIGNED, [_copy(0, "0.69 ล้าน", "88,900"), _copy(1, "0.96 ล้านบาท", "26,200")]) \
        == [set(), set()]
    assert signed_amounts(_SIGNED, [_copy(0, "1.1 ล้านบาท", "25,010")]) == [set()]


def test_an_amount_whose_sign_was_read_as_one_is_no_repair():
    # "B29,280": the sign read as a B, the value read without it; no sign read as a digit is dropped, so no
    # value_repaired issue says one was (fresh sets s68z002, s72a006, s68o006)
    from decimal import Decimal

    from parsers.bma_progress.repairs import repair_baht_sign
    project = {"budget_spent": Reading(Decimal("29280"), "B29,280", 2, 2), "budget_spent_sign": Reading(True, "", 2, 2),
               "budget_allocated": Reading(Decimal("836600"), "836,600", 1, 1),
               "budget_allocated_sign": Reading(True, "", 1, 1)}
    issues = repair_baht_sign(project, "k")
    assert project["budget_spent"].value == Decimal("29280") and project["budget_allocated"].value == Decimal("36600")
    assert [i.field for i in issues] == ["projects.budget_allocated"]
