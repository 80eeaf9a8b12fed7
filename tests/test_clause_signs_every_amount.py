"""Disbursements printed with a ฿ sign that OCR read as an 8 or 3 in every clause, none showing it as a sign
("= 8๐" for ฿๐ in every entry that spent nothing, "= 814,590" for ฿14,590): no clause, header amount or other
project proved the sign, so _clause_signs left every amount as read, 80.00 for each entry that spent nothing (fresh
sets s42a, s44o, s47z: twenty-one such disbursements).  A disbursement of 80 or 30 baht is no report's, and amounts
printed without the sign open with other digits too: where every amount read (three or more) opens with an 8 or 3
and one of them is that digit and a zero alone, the form prints the sign and it is dropped, said as the rule
baht_sign."""

from __future__ import annotations

import json
from decimal import Decimal

from parsers.bma_progress.repairs import _clause_signs
from schemas.document import Reading


def _reports(*amounts):
    return {n: {"disbursed": Reading(Decimal(value), f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {printed}", n, n)}
            for n, (printed, value) in enumerate(amounts, start=1)}


def test_every_amount_opening_with_the_sign_read_as_a_digit():
    found = _reports(("8๐", "80"), ("80", "80"), ("814,590", "814590"), ("8๐", "80"))
    issues = _clause_signs(found, "k")
    assert [found[n]["disbursed"].value for n in (1, 2, 3, 4)] == [0, 0, Decimal("14590"), 0]
    assert sorted((i.code, i.line_start) for i in issues) == [("value_repaired", n) for n in (1, 2, 3, 4)]
    assert all(json.loads(i.evidence)["rule"] == "baht_sign" for i in issues)
    assert "every one of the 4 budget clauses" in issues[0].message


def test_thai_digits_after_the_sign_kept_in_doubt():
    found = _reports(("8๐", "80"), ("8๕,๕๕๐", "85550"), ("80", "80"))
    issues = _clause_signs(found, "k")
    assert found[2]["disbursed"].value == Decimal("5550")
    assert sorted((i.code, i.line_start) for i in issues) == [("repair_ambiguous", 2), ("value_repaired", 1),
                                                             ("value_repaired", 3)]


def test_not_without_a_zero_after_the_digit_nor_with_another_first_digit():
    # no amount is the digit and a zero alone: amounts of 30,000 and 85,000 baht may be printed without the sign
    assert not _clause_signs(_reports(("๓๐,๐๐๐", "30000"), ("85,000", "85000"), ("3,500", "3500")), "k")
    # an amount opening with another digit: the form may print no sign
    assert not _clause_signs(_reports(("8๐", "80"), ("80", "80"), ("๒๐,๐๐๐", "20000"), ("8๐", "80")), "k")
    # fewer than three amounts
    assert not _clause_signs(_reports(("8๐", "80"), ("80", "80")), "k")
    # a unit after an amount: the form prints บาท, not ฿
    found = _reports(("8๐", "80"), ("80", "80"), ("8๐", "80"))
    found[2]["disbursed"] = Reading(Decimal(80), "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 80 บาท", 2, 2)
    assert not _clause_signs(found, "k")


def test_not_where_no_amount_is_the_digit_and_a_zero_alone():
    # "800" is 800 baht printed without the sign as well as anything: no amount is ฿0 read so
    assert not _clause_signs(_reports(("813,000", "813000"), ("813,000", "813000"), ("800", "800")), "k")
