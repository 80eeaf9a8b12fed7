"""An order repair whose bound is itself out of order with the reports between (fresh set s53o001): report 4 printed
๑๑.๐, read "99.0" (Arabic digits: one reading); reports 5-7 read "๒๕.๐", "๒๑.๕", "๒๕.๐", none of whose readings
reaches 99; report 8's "๓๕.๐" (๓๘.๐) was repaired to 99.0, its one reading at or above report 4's.  Report 4's figure
or theirs is what OCR misread, and the form does not say which: the repair is said in doubt
(repairs._bound_contested), the printing kept.  A bound no report between contests still repairs."""

import json

import pytest

from parsers.bma_progress.repairs import repair_progress
from tests.test_bma_progress_relaxed_bounds import _reports


pytestmark = pytest.mark.usefixtures("repair_on")


def test_a_floor_the_reports_between_contest_repairs_nothing():
    reports = _reports("๓.๐", "๓.๐", "๑๑.๐", "99.0", "๒๕.๐", "๒๑.๕", "๒๕.๐", "๓๕.๐")
    issues = repair_progress(reports, "k")
    assert reports[8]["progress_pct"].value == 35.0  # kept as read
    assert not [i for i in issues if i.code == "value_repaired" and i.line_start == 8]
    said = [i for i in issues if i.code == "repair_ambiguous" and i.line_start == 8]
    assert said
    evidence = json.loads(said[0].evidence)
    assert evidence["candidates"] == [99.0] and "chosen" not in evidence
    assert evidence["contested"] == {"report": 4, "progress": 99.0, "by": [5, 6, 7]}


def test_a_ceiling_the_reports_between_contest_repairs_nothing():
    # report 5 reads "38.5" (Arabic: one reading); reports 3 and 4 read "๕๐.๐" and "๕๒.๐", none of whose readings
    # comes down to it: report 2's "3๕.0" is not repaired to 38.0, its one reading between 37.5 and 38.5
    reports = _reports("37.5", "3๕.0", "๕๐.๐", "๕๒.๐", "38.5", "80.0")
    issues = repair_progress(reports, "k")
    assert reports[2]["progress_pct"].value == 35.0
    assert not [i for i in issues if i.code == "value_repaired" and i.line_start == 2]
    said = [i for i in issues if i.code == "repair_ambiguous" and i.line_start == 2]
    assert said and json.loads(said[0].evidence)["contested"] == {"report": 5, "progress": 38.5, "by": [3, 4]}


def test_an_uncontested_floor_still_repairs():
    reports = _reports("๓.๐", "๑๑.๐", "99.0", "๓๕.๐")  # nothing between report 3 and report 4
    issues = repair_progress(reports, "k")
    assert reports[4]["progress_pct"].value == 99.0
    assert [i for i in issues if i.code == "value_repaired" and i.line_start == 4]
