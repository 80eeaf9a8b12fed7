"""OBEC budget amounts the report's copies read apart: the one amount every
copy's printing allows (parsers.obec_progress.budgets.repair_from_copies;
rule copy_readings)."""

import json
from decimal import Decimal

from parsers.obec_progress.budgets import repair_from_copies
from pipeline.vote import Group, Vote
from schemas.document import Reading

KEY = ("in_progress", 1, 0, "budget", 1)
NOTE_NOT = "ไม่สามารถเบิกจ่ายงบประมาณได้ตามแผนการ เนื่องจากเลื่อนการดำเนินการ"
NOTE_AS = "สามารถเบิกจ่ายงบประมาณได้ตามแผนการ"


def _reading(text: str, value: str, line: int) -> Reading:
    return Reading(Decimal(value), f"จำนวนเงินงบประมาณตามแผนการใช้จ่าย {text} บาท", line, line)


def _vote(*readings: Reading) -> Vote:
    return Vote(readings[0], 0, [Group([(i, r)]) for i, r in enumerate(readings)])


def _row(planned: list[Reading], disbursed: list[Reading], note: str) -> tuple[dict, dict]:
    rec = {"planned": planned[0], "disbursed": disbursed[0], "note": Reading(note, note, 9, 9)}
    votes = {("quarterly_budgets", KEY, "planned"): _vote(*planned),
             ("quarterly_budgets", KEY, "disbursed"): _vote(*disbursed)}
    return {KEY: rec}, votes


def test_one_amount_every_copy_allows_is_chosen():
    # the first copy's ๕,๓๐๐ (kept by the vote) and the second's Arabic 4,700: 4,700 is a reading of both
    budgets, votes = _row([_reading("๕,๓๐๐", "5300", 3), _reading("4,700", "4700", 40)],
                          [_reading("๒,๐๐๐", "2000", 4)], NOTE_NOT)
    issues = repair_from_copies(budgets, votes, "")
    assert budgets[KEY]["planned"].value == Decimal("4700.00")
    assert budgets[KEY]["disbursed"].value == Decimal("2000")
    assert [i.code for i in issues] == ["value_repaired"]
    evidence = json.loads(issues[0].evidence)
    assert evidence["rule"] == "copy_readings" and evidence["copy_readings"] == ["4,700"]
    assert evidence["chosen"] == "4700.00" and issues[0].field == "quarterly_budgets.planned"


def test_a_row_disbursed_as_planned_weighs_both_columns_printings():
    # planned ๕,๓๐๐ / ๕,๕๐๐ alone fit 4,700, 5,900, ... (test below); the disbursed column's Arabic 5,900, a
    # printing of the same amount, leaves one: the amount in both columns
    budgets, votes = _row([_reading("๕,๓๐๐", "5300", 3), _reading("๕,๕๐๐", "5500", 40)],
                          [_reading("5,900", "5900", 4), _reading("๕,๓๐๐", "5300", 41)], NOTE_AS)
    issues = repair_from_copies(budgets, votes, "")
    assert budgets[KEY]["planned"].value == budgets[KEY]["disbursed"].value == Decimal("5900.00")
    assert [i.field for i in issues] == ["quarterly_budgets.planned"]  # (disbursed was kept as 5,900 already)


def test_several_amounts_fit_and_none_is_the_kept_one_flags():
    budgets, votes = _row([_reading("๕,๓๐๐", "5300", 3), _reading("๕,๕๐๐", "5500", 40)],
                          [_reading("๒,๐๐๐", "2000", 4)], NOTE_NOT)
    issues = repair_from_copies(budgets, votes, "")
    assert budgets[KEY]["planned"].value == Decimal("5300")  # (kept as printed)
    assert [i.code for i in issues] == ["repair_ambiguous"]
    candidates = json.loads(issues[0].evidence)["candidates"]  # (the first ten: 4,700, 4,704, ...)
    assert len(candidates) > 1 and "5300.00" not in candidates and "5500.00" not in candidates


def test_the_kept_amount_fitting_every_copy_stays():
    # the copies' printings differ (a speck of decimals) but the kept 5,300 is a reading of both: the vote's
    # ocr_variant says the doubt, nothing is repaired or flagged again
    budgets, votes = _row([_reading("๕,๓๐๐", "5300", 3), _reading("๕,๓๐๐.๐๐", "5300", 40)],
                          [_reading("๒,๐๐๐", "2000", 4)], NOTE_NOT)
    assert repair_from_copies(budgets, votes, "") == []
    assert budgets[KEY]["planned"].value == Decimal("5300")


def test_no_disagreement_no_repair():
    budgets, votes = _row([_reading("๕,๓๐๐", "5300", 3)], [_reading("๒,๐๐๐", "2000", 4)], NOTE_NOT)
    assert repair_from_copies(budgets, votes, "") == []
