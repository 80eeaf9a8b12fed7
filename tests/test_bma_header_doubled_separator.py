"""A header amount whose thousands separator OCR doubled, a speck of a point
beside the comma ("งบประมาณที่ใช้ไป : 818,.900" for ฿18,900): parse_decimal
read the pair as two numbers, the budget spent was left unparsed, and the
rules that weigh it against the disbursements did not run (s75a
bma_progress_s75a008: every amount printed with a ฿ sign OCR read as 8, "80 80
80 818,900", kept with its 8s and silent; open sets: some sixty such figures,
most of them OBEC's, whose budgets.read_amount reads them already).  The pair
is read as the one comma it is, among an amount's candidate readings too,
and a header amount so read is said (repairs.repair_separators)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from normalizers.confusions import candidates, one_comma
from normalizers.errors import ValueParseError
from parsers.bma_progress.repairs import _baht_signs, repair_separators
from parsers.values import parse_amount
from schemas.document import Reading


def test_a_doubled_separator_is_read_as_one_comma():
    assert parse_amount("818,.900") == Decimal("818900.00")
    assert parse_amount("๕.,๕๐๐ บาท") == Decimal("5500.00")
    assert parse_amount("๓,.๐๐๐.๐๐ บาท") == Decimal("3000.00")
    assert one_comma("12,.5") == "12,.5"  # (no group of three after it: no separator; left as read)
    with pytest.raises(ValueParseError):
        parse_amount("12,.5")


def test_the_one_comma_reading_is_among_the_candidates():
    found = candidates("818,.900", baht=True)
    assert "818,900" in found and "18,900" in found
    from normalizers.numbers import parse_baht
    from parsers.repair import readings_of
    assert {v for v, _ in readings_of("818,.900", parse_baht, baht=True)} >= {Decimal("818900"), Decimal("18900")}
    assert not readings_of("818,.900", parse_baht)  # (without baht, the figure reads as none, as before)


def test_a_header_amount_so_read_is_said():
    project = {"budget_spent": Reading(parse_amount("818,.900"), "818,.900", 13, 13),
               "budget_allocated": Reading(parse_amount("๕.,๐๐๐ บาท"), "๕.,๐๐๐ บาท", 12, 12)}
    issues = {i.field: i for i in repair_separators(project, "k")}
    assert issues["projects.budget_spent"].code == "value_repaired"
    assert '"rule": "separator"' in issues["projects.budget_spent"].evidence
    # Thai digits OCR confuses (๕ may be ๔): kept as read, in doubt
    assert issues["projects.budget_allocated"].code == "repair_ambiguous"
    assert project["budget_allocated"].value == Decimal("5000.00")
    assert not repair_separators({"budget_spent": Reading(Decimal("18900"), "18,900", 1, 1)}, "k")


def test_every_amount_opening_with_the_sign_read_as_8_loses_it_once_the_budget_spent_reads():
    # s75a bma_progress_s75a008: ฿0 ฿0 ฿0 ฿18,900 ฿0 read "80 80 80 818,900 80", the budget spent "818,.900"
    def clause(n, printed):
        return Reading(parse_amount(printed), f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {printed}", 90 + n, 90 + n)

    reports = {n: {"disbursed": clause(n, printed)} for n, printed in enumerate(["80", "80", "80", "818,900", "80"], 1)}
    project = {"budget_spent": Reading(parse_amount("818,.900"), "818,.900", 13, 13),
               "budget_allocated": Reading(Decimal("1220000"), "1.22 ล้านบาท", 12, 12)}
    issues, chosen = _baht_signs(project, reports, "k")
    assert [reports[n]["disbursed"].value for n in range(1, 6)] == [0, 0, 0, Decimal("18900"), 0]
    assert project["budget_spent"].value == Decimal("18900")
    assert chosen == [1, 2, 3, 4, 5] and all(i.code == "value_repaired" for i in issues)
