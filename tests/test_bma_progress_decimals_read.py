"""A progress read out of order whose readings between its neighbours differ only in their decimals (fresh set
extra3 w006: "๓5.๕" after 92.0 and before 100.0, read 35.5; 95.4, 95.5, 95.7, 95.8 and 95.9 fit, a ๕ after the point
being a ๔ ๗ ๘ or ๙ OCR misread) is the one whose decimals the form's other progress figures print (".5" and ".0"),
where the neighbours read every way they allow leave no other (repairs._decimals_alone_in): before, only an
unreadable progress was weighed so, and this one stayed 35.5."""

import json

import pytest

from parsers.bma_progress.repairs import repair_progress
from tests.test_bma_progress_relaxed_bounds import _reports


pytestmark = pytest.mark.usefixtures("repair_on")


def test_a_progress_read_out_of_order_takes_the_printed_decimals():
    reports = _reports("26.5", "26.5", "9๒.0", "๓5.๕", "100.0")
    issues = repair_progress(reports, "k")
    assert reports[4]["progress_pct"].value == 95.5
    said = [i for i in issues if i.code == "value_repaired" and i.line_start == 4]
    assert said and json.loads(said[0].evidence)["decimals"] == ["0", "5"]
    assert "reads 35.5, out of order" in said[0].message


def test_decimals_the_form_prints_more_than_one_of_choose_none():
    reports = _reports("26.5", "26.4", "9๒.0", "๓5.๕", "100.0")  # ".4" printed too: 95.4 and 95.5 both fit
    issues = repair_progress(reports, "k")
    assert reports[4]["progress_pct"].value == 35.5
    assert not [i for i in issues if i.code == "value_repaired" and i.line_start == 4]
    assert [i for i in issues if i.code == "repair_ambiguous" and i.line_start == 4]
