"""A progress OCR left unreadable ("๓ซ.๐": ซ for ๗) between neighbours of which a later one is misread low (๖๓.๐
read "๒๓.๐", 23 where 63 was printed) had no reading between its neighbours as they read (15.0 to 23.0), and stayed
unread though 37.0, its one reading that stands in order with some reading of each neighbour, is what the report
printed (corpus ocr 026).  It is weighed again between what the neighbours may be by every reading of theirs
(repairs._domain_bounds): one reading there is chosen, and the issue names those bounds; several, and none is."""

import json

import pytest

from parsers.bma_progress.repairs import repair_progress
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _reports(*printed: str, sign: str = "%") -> dict:
    out = {}
    for seq, token in enumerate(printed, 1):
        try:
            value = float(token.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
        except ValueError:
            value = None
        out[seq] = {"progress_pct": Reading(value, f"ความก้าวหน้าของงานฯ = {token}{sign}", seq, seq)}
    return out


def test_an_unreadable_progress_is_read_between_what_its_neighbours_may_be():
    reports = _reports("๑๕.๐", "๓ซ.๐", "37.0", "๒๓.๐", "76.5")
    issues = repair_progress(reports, "k")
    assert reports[2]["progress_pct"].value == 37.0
    said = [i for i in issues if i.code == "value_repaired" and i.line_start == 2]
    assert said and "every reading of theirs" in said[0].message
    assert json.loads(said[0].evidence)["bounds"][1] == 37.0


def test_several_readings_there_choose_none():
    reports = _reports("๑๕.๐", "๓ซ.๐", "๒๓.๐", "76.5")  # no certain neighbour: 37.0, 77.0 (and more) may stand
    repair_progress(reports, "k")
    assert reports[2]["progress_pct"].value is None
