"""A progress read out of order ("1๒", 12, for ๑๖) between neighbours that read alike ("๑๕" and "๑๕", for ๑๔ and
๑๘: a ๔ and an ๘ read ๕) was repaired to 15, its one reading between them as they read: wrong (fresh set s51z004).
The neighbours' own digits could be others, and read every way they allow, 15 and 16 both stand in order (its
domain, repairs._progress_domains): none is chosen, said repair_ambiguous with both.  Where its domain leaves the
one reading (neighbours that read one way), the repair stands."""

import json

import pytest

from parsers.bma_progress.repairs import repair_progress
from tests.test_bma_progress_relaxed_bounds import _reports


pytestmark = pytest.mark.usefixtures("repair_on")


def test_a_progress_between_neighbours_in_doubt_is_not_chosen():
    reports = _reports("5", "๑๕", "1๒", "๑๕", "43")
    reports[3]["progress_pct"] = reports[3]["progress_pct"].__class__(12.0, "ความก้าวหน้าของงานฯ = 1๒%", 3, 3)
    issues = repair_progress(reports, "k")
    assert reports[3]["progress_pct"].value == 12.0  # kept as read
    said = [i for i in issues if i.code == "repair_ambiguous" and i.line_start == 3]
    assert said and {15.0, 16.0} <= set(json.loads(said[0].evidence)["candidates"])
    assert not [i for i in issues if i.code == "value_repaired" and i.line_start == 3]


def test_a_progress_between_sure_neighbours_is_repaired():
    reports = _reports("5", "15", "1๒", "15", "43")  # Arabic neighbours: one reading each
    reports[3]["progress_pct"] = reports[3]["progress_pct"].__class__(12.0, "ความก้าวหน้าของงานฯ = 1๒%", 3, 3)
    issues = repair_progress(reports, "k")
    assert reports[3]["progress_pct"].value == 15.0
    assert [i for i in issues if i.code == "value_repaired" and i.line_start == 3]
