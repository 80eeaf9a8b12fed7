"""BMA proposal budget lines the sum leaves with several readings of their figures, all of one amount:
"๕ โรงเรียนๆ ละ ๑๕,๐00 บาท เป็นเงิน ฒ๒,๐๐๐ บาท" adds up with the other line to the total as 4 x 18,000
and as 5 x 14,400, 72,000 either way.  The line had been left unread ("ฒ๒,๐๐๐" reads as no number) and
flagged; its amount is now repaired, its quantity and unit amount kept as read and flagged
(money._amount_only)."""

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
