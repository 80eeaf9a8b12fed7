"""A progress printed with no digit at all, only look-alikes ("ee" for ๔๗), is unreadable; read between its
neighbours as they read ("๒" before it, "๕๕" after: an ๘๕ misread), one reading of its characters fit (55), and
the order rule chose it, wrong (bma_progress_s63z004).  But the bound that left that one reading is a figure
whose own digits could be others (๕ is what OCR writes for ๔, ๗, ๘ and ๙), and read so, several readings of "ee"
stand between the neighbours: nothing printed says which, so none is chosen (repair_ambiguous,
repairs._unreadable_by_relaxed).  A look-alike beside a digit keeps its repair, and so does one whose neighbours
leave one reading however they read."""

import json

import pytest

from parsers.bma_progress.repairs import repair_progress
from tests.test_bma_progress_relaxed_bounds import _reports as progress_printed


pytestmark = pytest.mark.usefixtures("repair_on")


def _reports(*printed: str) -> dict:
    return progress_printed(*printed, sign="")


def test_lookalikes_only_between_a_bound_that_reads_several_ways_choose_none():
    reports = _reports("๒", "ee", "๕๕")
    issues = repair_progress(reports, "k")
    assert reports[2]["progress_pct"].value is None
    doubt = [i for i in issues if i.code == "repair_ambiguous" and i.line_start == 2]
    assert doubt and not [i for i in issues if i.code == "value_repaired" and i.line_start == 2]
    evidence = json.loads(doubt[0].evidence)
    assert evidence["rule"] == "progress_order" and 55.0 in evidence["candidates"] and len(evidence["candidates"]) > 1


def test_lookalikes_only_between_bounds_that_read_one_way_are_repaired():
    reports = _reports("51", "ee", "56")  # Arabic digits read one way: 55 alone stands between them
    issues = repair_progress(reports, "k")
    assert reports[2]["progress_pct"].value == 55.0
    assert [i for i in issues if i.code == "value_repaired" and i.line_start == 2]
