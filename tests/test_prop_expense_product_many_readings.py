"""An expense line of Thai digits whose product fails as read ("๕๐ คน x ๒๕๐
บาท = ๒๐,๐๐๐" for ๘๐ x ๒๕๐: ๘ read ๕), where each figure has some tens of
readings (15 x 29 x 51): repairs._product_jointly weighed nothing once the
three figures' readings multiplied past JOINT_READINGS, and said nothing
either (bp/set1 s19bpa006, setb s19bpb011, s19bpb013, w s19w004, k s21k001;
ten documents of the helper sets).  The work is the pairs of a quantity's
and a unit amount's readings, each product looked up among the amount's:
that is what the bound counts now, and the line is weighed (several fits:
said, none chosen)."""

from decimal import Decimal

from parsers.bma_progress import repairs
from schemas.document import Reading


def _line(qty: str, each: str, amount: str) -> dict:
    return {"quantity": Reading(Decimal(50), qty, 7, 7), "unit_amount": Reading(Decimal(250), each, 7, 7),
            "amount": Reading(Decimal(20000), amount, 7, 7)}


def test_a_line_of_many_readings_is_weighed_and_said():
    rec = _line("๕๐", "๒๕๐", "๒๐,๐๐๐")
    issues = repairs._product_jointly(rec, "k", "an expense line of report 3", lambda amount: False)
    assert issues and {i.code for i in issues} == {"repair_ambiguous"}
    assert rec["quantity"].value == Decimal(50)  # several fits: none chosen


def test_the_bound_counts_the_pairs():
    rec = _line("๕๐", "๒๕๐", "๒๐,๐๐๐")
    old, repairs.JOINT_READINGS = repairs.JOINT_READINGS, 15 * 29 - 1
    try:
        assert repairs._product_jointly(rec, "k", "an expense line of report 3", lambda amount: False) == []
    finally:
        repairs.JOINT_READINGS = old
