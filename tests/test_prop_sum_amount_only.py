"""BMA proposal budget lines the sum leaves with several readings of their figures, all of one amount:
"๕ โรงเรียนๆ ละ ๑๕,๐00 บาท เป็นเงิน ฒ๒,๐๐๐ บาท" adds up with the other line to the total as 4 x 18,000
and as 5 x 14,400, 72,000 either way.  The line had been left unread ("ฒ๒,๐๐๐" reads as no number) and
flagged; its amount is now repaired, its quantity and unit amount kept as read and flagged
(money._amount_only).  So too readings only the total may choose (money._Unread) whose one amount is a
reading of the amount as printed, and a line the lines read every way their characters allow
(money._wide_fit) reach the total with in several readings of one amount."""

from __future__ import annotations

import json
from decimal import Decimal

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_LINE = "จำนวน 2 โรงเรียนๆ ละ 15,100.-บาท เป็นเงิน 30,200.-บาท"


def _proposal(line: str, total: str, words: str) -> str:
    text = sample_text(PROPOSAL).replace(_LINE, line).replace("69,5๐๐", total)
    return text.replace("หกหมื่นเก้าพันห้าร้อยบาทถ้วน", words)


def test_a_line_of_one_amount_whichever_reading_adds_up_gets_that_amount():
    rows = run(_proposal("จำนวน ๕ โรงเรียนๆ ละ ๑๕,๐00.-บาท เป็นเงิน ฒ๒,๐๐๐.-บาท", "111,300",
                         "หนึ่งแสนหนึ่งหมื่นหนึ่งพันสามร้อยบาทถ้วน"))
    first = rows["expenses"][0]
    assert first["amount"] == Decimal("72000.00")
    assert (first["quantity"], first["unit_amount"]) == (Decimal("5.00"), Decimal("15000.00"))  # as read
    repaired = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "expenses.amount"]
    assert [json.loads(i["evidence"])["chosen"] for i in repaired] == ["72000.00"]
    doubt = {i["field"] for i in rows["issues"] if i["code"] == "repair_ambiguous"}
    assert {"expenses.quantity", "expenses.unit_amount"} <= doubt


# "@๑๒,๐๐๐" for ๑๒,๐๐๐ (a mark and a digit OCR wrote for one digit of the leading group) with "๒ x ๒,๐๐๐":
# the line multiplies out only with a reading of the amount's leading group as one digit, as 2 x 6,000 and as
# 6 x 2,000, readings only the total may choose (money._Unread); both are 12,000
_PAIRED = "จำนวน ๒ โรงเรียนๆ ละ ๒,๐๐๐.-บาท เป็นเงิน @๑๒,๐๐๐.-บาท"


def test_readings_only_the_total_may_choose_of_one_amount_get_that_amount():
    rows = run(_proposal(_PAIRED, "51,300", "ห้าหมื่นหนึ่งพันสามร้อยบาทถ้วน"))
    first = rows["expenses"][0]
    assert first["amount"] == Decimal("12000.00")
    assert (first["quantity"], first["unit_amount"]) == (Decimal("2.00"), Decimal("2000.00"))  # as read
    repaired = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "expenses.amount"]
    assert [json.loads(i["evidence"])["chosen"] for i in repaired] == ["12000.00"]
    doubt = {i["field"] for i in rows["issues"] if i["code"] == "repair_ambiguous"}
    assert {"expenses.quantity", "expenses.unit_amount"} <= doubt


def test_readings_only_the_total_may_choose_the_total_does_not_reach_are_kept_and_flagged():
    rows = run(_proposal(_PAIRED, "51,400", "ห้าหมื่นหนึ่งพันสี่ร้อยบาทถ้วน"))  # 100 more than any reading gives
    first = rows["expenses"][0]
    assert first["amount"] != Decimal("12000.00")
    assert not [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"].startswith("expenses.")]
    assert {"expenses.amount"} <= {i["field"] for i in rows["issues"] if i["code"] == "repair_ambiguous"}


# both lines misread: "๕ x ๑๕,๐00 = ฒ๒,๐๐๐" for 4 x 18,000 = 72,000, and "๕ x ๑๐,๐๐๐ = ๕๐,๐๐๐" for 4 x 10,000 =
# 40,000, which multiplies out as printed; only the lines read every way their characters allow reach the
# total (money._wide_fit), the first as 4 x 18,000 and as 5 x 14,400, 72,000 either way
_FIRST = "จำนวน ๕ โรงเรียนๆ ละ ๑๕,๐00.-บาท เป็นเงิน ฒ๒,๐๐๐.-บาท"
_SECOND = "จำนวน ๕ โรงเรียนๆ ละ ๑๐,๐๐๐.-บาท เป็นเงิน ๕๐,๐๐๐.-บาท"


def _two_lines(total: str, words: str) -> str:
    text = _proposal(_FIRST, total, words)
    return text.replace("จำนวน 3 โรงเรียนๆ ละ 13,100.-บาท เป็นเงิน 39,300.-บาท", _SECOND)


def test_the_lines_read_every_way_settle_one_amount_of_a_line_of_several_readings():
    rows = run(_two_lines("112,000", "หนึ่งแสนหนึ่งหมื่นสองพันบาทถ้วน"))
    first, second = rows["expenses"][:2]
    assert first["amount"] == Decimal("72000.00")
    assert (first["quantity"], first["unit_amount"]) == (Decimal("5.00"), Decimal("15000.00"))  # as read
    assert (second["quantity"], second["amount"]) == (Decimal("4.00"), Decimal("40000.00"))
    doubt = {(i["line_start"], i["field"]) for i in rows["issues"] if i["code"] == "repair_ambiguous"}
    assert {f for _, f in doubt} >= {"expenses.quantity", "expenses.unit_amount"}
    repaired = sorted(json.loads(i["evidence"])["chosen"] for i in rows["issues"]
                      if i["code"] == "value_repaired" and i["field"] == "expenses.amount")
    assert repaired == ["40000.00", "72000.00"]


def test_the_lines_read_every_way_reaching_the_total_with_two_amounts_of_a_line_choose_none():
    # 132,000 is 76,000 + 56,000 and 92,000 + 40,000: the first line's amount is not settled
    rows = run(_two_lines("132,000", "หนึ่งแสนสามหมื่นสองพันบาทถ้วน"))
    assert rows["expenses"][0]["amount"] is None
    assert not [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"].startswith("expenses.")]
    assert "expenses.amount" in {i["field"] for i in rows["issues"] if i["code"] == "repair_ambiguous"}
