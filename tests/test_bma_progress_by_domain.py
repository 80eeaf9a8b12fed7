"""A progress read whole that stands in order with no reading of the other reports' printed figures, one of whose
own readings alone does, read every way the other reports' digits allow (repairs._progress_by_domain).

Fresh set s72o bma_progress_s72o004 (a document whose OCR never writes ๔ ๖ ๗ ๘ ๙): reports 4-9 printed
๕๖.0, ๗7.0, ๘๘.๐, ๙๐.๐, ๙4.0, ๙5.0, read "๕๒.0", "๓7.0", "๕๕.๐", "๓๕๐.๐", "๕4.0", "๓5.0" between 52.5 and 100.
Weighed on its neighbours as they read, report 5's "๓7.0" (37.0 below 52.0) had 77.0 left, but a later report
read lower still (35.0) contested it, so none was chosen; report 9's "๓5.0" had 75.0 and 95.0 between 54.0 and
100.  Read every way their digits allow, report 4 is 56 at least (it follows 52.5), so report 5 is 77 (97 is
past report 9's most, 95), reports 6-8 are 77 or more, so report 9 is 95: each the one reading of its characters
that stands in order with some reading of every other report, value_repaired.  Sets s72a (bma_progress_s72a005:
"๓1.50" for ๗1.50 after "๓๕.๐๐", whose readings are all 34 or more) and s71b (bma_progress_s71b007: "๕7" for ๔7
between 46.5 and "๕๐", a later "๒1" for ๖1 read below both) likewise."""

import json

import pytest

from parsers.bma_progress.repairs import repair_progress
from tests.test_bma_progress_relaxed_bounds import _reports


pytestmark = pytest.mark.usefixtures("repair_on")


def _repaired(issues, line):
    return [i for i in issues if i.code == "value_repaired" and i.line_start == line]


def test_a_figure_one_reading_of_which_alone_stands_in_order_with_every_report_read_every_way_is_repaired():
    reports = _reports("๑.0", "3๒.๕", "5๒.๕", "๕๒.0", "๓7.0", "๕๕.๐", "๓๕๐.๐", "๕4.0", "๓5.0", "1๐๐.0")
    issues = repair_progress(reports, "k")
    assert reports[5]["progress_pct"].value == 77.0
    assert reports[9]["progress_pct"].value == 95.0
    # (report 7's "๓๕๐.๐" read here as 350, past 100, one of whose readings is 90 or more: report 8's "๕4.0" is
    # 94, not 84; in the document OCR left report 7 unreadable, weighed by no rule, and report 8 stayed 84 or 94)
    assert reports[8]["progress_pct"].value == 94.0
    for line, read, chosen in ((5, 37.0, 77.0), (8, 54.0, 94.0), (9, 35.0, 95.0)):
        (said,) = _repaired(issues, line)
        evidence = json.loads(said.evidence)
        assert evidence["rule"] == "progress_order" and evidence["read"] == read and evidence["chosen"] == chosen
        assert "every way their digits allow" in said.message and "bounds" in evidence
    # report 4's "๕๒.0" (๕๖.0) is 56, 82, 86, 92 or 96 read so: none is chosen
    assert reports[4]["progress_pct"].value == 52.0 and not _repaired(issues, 4)


def test_a_later_figure_misread_low_does_not_keep_the_one_reading_from_being_chosen():
    # s71b007: 46.5 and 72.5 printed in Arabic digits (one reading each); "๕๐" is 50 between them (40 below, 80
    # above); "๕7" is 47 or 57 between 46.5 and 72.5, and only 47 stands at or below report 6's 50
    reports = _reports("๒๒.๕", "๒๕", "46.5", "๕7", "๕๐", "๒1", "72.5")
    issues = repair_progress(reports, "k")
    assert reports[4]["progress_pct"].value == 47.0
    assert _repaired(issues, 4)


def test_a_figure_that_stands_in_order_with_some_reading_of_the_others_is_left_as_read():
    # report 2's "๓๕.๐" is 35 or 75 or 95 ...; the others' readings let 35.0 as read stand: this rule chooses nothing
    reports = _reports("๑๐.๐", "๓๕.๐", "๕๐.๐", "100.0")
    issues = repair_progress(reports, "k")
    assert reports[2]["progress_pct"].value == 35.0 and not _repaired(issues, 2)


def test_a_report_with_no_reading_in_order_leaves_every_figure_unweighed():
    # report 3's "๑๐.๐" can be nothing at or above report 2's least reading, 34 (a figure misread past the table,
    # or another entry's): no domain, nothing chosen by it; report 2's 31.5-vs-71.5 is left to the neighbours as read
    reports = _reports("๓๕.๐๐", "๓1.50", "๑๐.๐", "86.5")
    issues = repair_progress(reports, "k")
    assert not [i for i in _repaired(issues, 2) if "every way their digits allow" in i.message]


def test_without_order_nothing_is_chosen_so():
    reports = _reports("๑.0", "3๒.๕", "5๒.๕", "๕๒.0", "๓7.0", "๕๕.๐", "๓๕๐.๐", "๕4.0", "๓5.0", "1๐๐.0")
    issues = repair_progress(reports, "k", order=False)
    assert reports[5]["progress_pct"].value == 37.0 and not _repaired(issues, 5)


def test_a_figure_that_may_be_the_decimals_alone_is_not_chosen_so():
    # corpus bma_progress_036: report 5 printed ๖๖.๐0, OCR kept "๐0" alone, its whole part lost; read every way the
    # others' digits allow, 60.0 was its one reading in order, but "๐0" is no more than the decimals every other
    # progress of the form prints: its readings need not hold the value, and none is chosen (66.0 was printed)
    reports = _reports("๑๕.๐0", "๒๖.๐0", "๕๖.๐0", "๐0", "71.00", "77.00")
    issues = repair_progress(reports, "k")
    assert reports[4]["progress_pct"].value == 0.0 and not _repaired(issues, 4)
