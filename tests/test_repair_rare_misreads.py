"""The measured misreads the confusion table leaves out (๗ read as ๑ or ๐,
๖ and ๙ as ๑: normalizers.confusions.RARE_MISREADS) are weighed by a
repair only where no reading under the table satisfies its constraint, and
settle the value only when exactly one of their readings does: a reading the
table gives is always preferred, and a tie among the rare ones is left as no
fit was (the form's own checks flag the value)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from normalizers.confusions import RARE_PAIRS, candidates, certain
from normalizers.numbers import parse_baht
from parsers.bma_progress.repairs import _product_jointly
from parsers.repair import repair, repair_date
from schemas.document import Reading


def _baht(text: str) -> Reading:
    return Reading(parse_baht(text), text, 10, 10)


def test_the_rare_misreads_stay_out_of_the_table():
    # a ๑ stays certain (sums rest on it) and its readings are the table's alone
    assert certain("๑๑") and candidates("๑๑") == ["11"]
    assert ("7", "1") in RARE_PAIRS and ("7", "0") in RARE_PAIRS and ("6", "1") in RARE_PAIRS


def test_a_total_no_table_reading_fits_is_repaired_by_a_rare_misread():
    # 500 + 1,200 = 1,700 printed "๑,๑๐๐": ๗ read as ๑, which the table lacks; 1,700 is the one reading that fits
    out = repair(_baht("๑,๑๐๐"), parse_baht, lambda v: v == Decimal("1700"), rule="sum", field="x.total",
                 what="the total")
    assert out.repaired and out.value == Decimal("1700")
    evidence = json.loads(out.issue.evidence)
    assert evidence["rare_misreads"] is True and evidence["chosen"] == "1700.00"


def test_a_look_alike_no_table_reading_fits_is_read_as_the_rarer_digit_it_was_measured_for():
    # 1,400 printed "๑,e๐๐": OCR wrote e for the ๔ (LOOKALIKES has it for ๕ and ๙ only); the sum needs 1,400
    out = repair(Reading(None, "๑,e๐๐", 4, 4), parse_baht, lambda v: v == Decimal("1400"), rule="sum",
                 field="x.total", what="the total")
    assert out.repaired and out.value == Decimal("1400")
    assert candidates("e") == ["e", "5", "9"]  # outside a repair, the table's readings alone


def test_a_table_reading_is_preferred_to_a_rare_one_that_fits_too():
    # "๑,๒๐๐": 1,600 (๖ read as ๒, in the table) and 7,200 (๗ read as ๑, not) both fit: the table's is chosen
    out = repair(_baht("๑,๒๐๐"), parse_baht, lambda v: v in (Decimal("1600"), Decimal("7200")), rule="sum",
                 field="x.total", what="the total")
    assert out.repaired and out.value == Decimal("1600")
    assert "rare_misreads" not in json.loads(out.issue.evidence)


def test_a_tie_among_rare_readings_chooses_nothing():
    # "๑๐": 70 and 90 (๗ or ๙ read as ๑) both fit, no table reading does: kept as read, no repair
    out = repair(_baht("๑๐"), parse_baht, lambda v: v in (Decimal("70"), Decimal("90")), rule="sum", field="x.total",
                 what="the total")
    assert not out.repaired and out.value == Decimal("10") and out.issue is None


def test_a_report_number_is_not_renumbered_by_a_rare_misread():
    # after report 5, a report printed ๗ read "๑" may as well be report 6 as 7 (a report between lost)
    out = repair(Reading(1, "๑", 3, 3), int, lambda v: v == 6, rule="report_sequence", field="progress_reports.seq",
                 what="the report number")
    assert not out.repaired and out.value == 1


def test_a_bound_is_not_settled_by_a_rare_misread():
    # a progress its neighbours hold between 12 and 14, printed "1e": the table's readings (15, 19) are out, and e
    # for ๔ (rare) gives 14 alone; a range proves too little, nothing is chosen
    out = repair(Reading(None, "1e", 3, 3), int, lambda v: 12 <= v <= 14, rule="progress_order",
                 field="progress_reports.progress_pct", what="the progress")
    assert not out.repaired and out.issue is None


def test_a_date_no_table_reading_puts_in_its_window_is_repaired_by_a_rare_misread():
    # 17/03/2563 read "๑๑/๐๓/๒๕๖๓": no table reading of the day is 17
    text = "๑๑/๐๓/๒๕๖๓"
    out = repair_date(Reading(date(2020, 3, 11), text, 5, 5), date(2020, 3, 17), date(2020, 3, 18),
                      rule="report_window", field="progress_reports.report_date", what="the report's date")
    assert out.repaired and out.value == date(2020, 3, 17)
    assert json.loads(out.issue.evidence)["rare_misreads"] is True
    # a window two of the rare readings fall in (16, 17, 19): nothing chosen, the date kept as read
    out = repair_date(Reading(date(2020, 3, 11), text, 5, 5), date(2020, 3, 16), date(2020, 3, 18),
                      rule="report_window", field="progress_reports.report_date", what="the report's date")
    assert not out.repaired and out.value == date(2020, 3, 11) and out.issue is None


def test_an_expense_line_no_table_reading_multiplies_out_is_repaired_by_a_rare_misread():
    # 7 x 120 = 840 printed "๑ x ๑๒๐ = ๘๔๐": the quantity's ๗ read as ๑, which the table lacks
    rec = {"quantity": Reading(Decimal("1"), "๑", 7, 7), "unit_amount": _baht("๑๒๐"), "amount": _baht("๘๔๐")}
    issues = _product_jointly(rec, "p", "an expense line", lambda amount: False)
    assert rec["quantity"].value == Decimal("7")
    assert [i.code for i in issues] == ["value_repaired"]
    assert json.loads(issues[0].evidence)["rare_misreads"] is True


def test_an_expense_line_two_rare_readings_multiply_out_is_said_as_before():
    # "๑ x ๒๕ = ๑๗๕": 7 x 25 = 175 and 6 x 29 = 174 both hold by the rare misreads: none chosen, the line as read
    # is wrong (expense_line_mismatch), as when no reading held
    rec = {"quantity": Reading(Decimal("1"), "๑", 7, 7), "unit_amount": _baht("๒๕"), "amount": _baht("๑๗๕")}
    issues = _product_jointly(rec, "p", "an expense line", lambda amount: False)
    assert rec["quantity"].value == Decimal("1")
    assert issues and {i.code for i in issues} == {"expense_line_mismatch"}
