"""A disbursement the form's two copies read two ways, one of them a coin
(a whole amount above nothing and below FEWEST_BAHT: "8" of a printed ฿0
or ฿8,400, the ฿ sign read as a digit and the amount's own figures lost),
the vote keeping the earliest copy's reading for the tie alone: the coin
stood, said implausible (rows._coin_disbursement) but kept, where the other
copy read what the form prints (fresh s74a009 report 4 "8" against "0",
s71a003 report 6 "๕" against "0", s71o003 report 4 "6 บาท" against "0").
rows._coin_ties takes the other copy's value and says so (value_repaired,
rule copies); a tie of two coins, or of a coin and two other values, stays
as the vote left it."""

from __future__ import annotations

import json
from decimal import Decimal

from pipeline.stages import process_document
from tests.conftest import sample_text

_PAID = "งบประมาณที่เบิกใช้ (ครั้งที่ 9) = 0 บาท"


def _rows(first: str, second: str) -> dict:
    text = sample_text("001_fdefb2afb18072a2.txt")
    assert text.count(_PAID) == 1
    doc = text.replace(_PAID, _PAID.replace("= 0 บาท", first)) + "\n\n" + text.replace(_PAID, _PAID.replace("= 0 บาท", second))
    return process_document("001.txt", doc.encode("utf-8"))


def _report_9(rows: dict) -> dict:
    return next(r for r in rows["progress_reports"] if r["seq"] == 9)


def test_a_coin_tied_with_the_other_copys_nothing_spent_gives_way():
    rows = _rows("= 8", "= 0 บาท")
    assert _report_9(rows)["disbursed"] == Decimal("0.00")
    repaired = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "progress_reports.disbursed"]
    assert len(repaired) == 1 and json.loads(repaired[0]["evidence"])["rule"] == "copies"
    assert not [i for i in rows["issues"] if i["code"] == "implausible_value" and i["field"] == "progress_reports.disbursed"]


def test_two_coins_stay_as_the_vote_left_them():
    rows = _rows("= 8", "= 5 บาท")
    assert _report_9(rows)["disbursed"] == Decimal("8.00")
    assert not [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "progress_reports.disbursed"
                and json.loads(i["evidence"])["rule"] == "copies"]


def test_a_coin_tied_with_a_figure_that_reads_otherwise_stays():
    # "๒๓,๕๐๐" may be 23,400 or 28,500 (a ๔ or ๘ read ๕): which the form printed no copy says
    rows = _rows("= 5", "= ๒๓,๕๐๐ บาท")
    assert _report_9(rows)["disbursed"] == Decimal("5.00")
    assert [i for i in rows["issues"] if i["code"] == "implausible_value" and i["field"] == "progress_reports.disbursed"]
