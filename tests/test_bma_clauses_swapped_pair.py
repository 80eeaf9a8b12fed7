"""BMA progress form: two budget clauses, each inside the other's entry by the number it names ("(ครั้งที่ 11 = ๐"
inside report 1, its closing bracket read as a 1, and "(ครั้งที่ @1)" inside report 11: fresh set s110p,
bma_progress_s110p007).  Neither entry holds another clause and each entry's place in page order fits its own
number, so each clause is its own entry's (assemble._swapped_pairs, value_repaired, rule report_sequence).  Before,
the two reports swapped their disbursements and progress, and no issue named either."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from tests.test_repair import form, read

pytestmark = pytest.mark.usefixtures("repair_on")

ENTRIES = [
    {"seq": "1", "day": "8/10/2562", "pct": "10.00", "paid": "0", "lines": ""},
    {"seq": "2", "day": "9/11/2562", "pct": "20.00", "paid": "1,000", "lines": ""},
    {"seq": "3", "day": "4/12/2562", "pct": "40.00", "paid": "2,000",
     "lines": "ค่าอาหาร 20 คน x 50 บาท = 1,000 บาท\nค่าวัสดุ = 1,000 บาท\n"},
    {"seq": "4", "day": "7/1/2563", "pct": "45.00", "paid": "500", "lines": ""},
]


def _reports(text: str) -> dict[int, dict]:
    rows = read(text)
    return rows, {r["seq"]: r for r in rows["progress_reports"]}


def test_two_clauses_naming_each_other_s_entries_are_each_their_own_entry_s():
    text = form(spent="3,500", entries=ENTRIES)
    first, last = "(ครั้งที่ 1) = 0 บาท", "(ครั้งที่ 4) = 500 บาท"
    assert first in text and last in text
    rows, reports = _reports(text.replace(first, "(ครั้งที่ 4) = 0 บาท").replace(last, "(ครั้งที่ 1) = 500 บาท"))
    assert reports[1]["disbursed"] == Decimal("0") and reports[4]["disbursed"] == Decimal("500")
    assert reports[1]["progress_pct"] == 10.0 and reports[4]["progress_pct"] == 45.0
    said = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "progress_reports.seq"]
    assert sorted(json.loads(i["evidence"])["chosen"] for i in said) == [1, 4]


def test_a_clause_whose_own_entry_holds_another_is_not_swapped():
    # report 4 holds its own clause too: the one naming 4 inside report 1 is no twin of a clause naming 1
    text = form(spent="3,500", entries=ENTRIES)
    first = "(ครั้งที่ 1) = 0 บาท"
    rows, reports = _reports(text.replace(first, "(ครั้งที่ 4) = 0 บาท"))
    assert not [i for i in rows["issues"] if i["code"] == "value_repaired" and "each stands in its own entry's"
                in i["message"]]
