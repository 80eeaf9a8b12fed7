"""A progress OCR left unreadable in a form whose entries' structure is in doubt (a figure may stand in another
entry's place: repair_progress without `order`).  Before, one reading fitting between its neighbours was never
taken there ("1700" for 17.00, its point lost; "»20.00", a speck before it; "๑๐๐๐๐" for 100.00: the fresh sets'
OCR, four such progress figures, all left unread).  Where its characters have that one reading at all from 0 to
100 % (repairs._one_reading_anywhere), it reads so whichever entry it is of: taken, said repair_ambiguous
(chosen), never value_repaired.  A figure with other readings in that span, the neighbours alone choosing among
them, stays unread, as does a figure read out of order."""

import json

import pytest

from parsers.bma_progress.repairs import repair_progress
from schemas.document import Reading
from tests.test_bma_progress_relaxed_bounds import _reports as _read


def _reports(*printed: str) -> dict:
    # (no percentage read where the figure passes 100 %: "1700", "๑๐๐๐๐", as the clause reader leaves them)
    out = _read(*printed)
    for rec in out.values():
        if rec["progress_pct"].value is not None and rec["progress_pct"].value > 100:
            rec["progress_pct"] = Reading(None, rec["progress_pct"].text, *rec["progress_pct"].span)
    return out


pytestmark = pytest.mark.usefixtures("repair_on")


def _said(issues, line):
    return [i for i in issues if i.field == "progress_reports.progress_pct" and i.line_start == line]


def test_an_unreadable_progress_with_one_reading_at_all_is_taken_in_doubt():
    for printed, want in (("1700", 17.0), ("๑๐๐๐๐", 100.0)):
        reports = _reports("๑๒.๐๐", "๑๕.๐๐", printed, "100.00")
        issues = repair_progress(reports, "k", order=False)
        assert reports[3]["progress_pct"].value == want, printed
        said = _said(issues, 3)
        assert [i.code for i in said] == ["repair_ambiguous"], printed
        assert json.loads(said[0].evidence)["chosen"] == want


def test_one_reading_between_the_neighbours_of_several_is_not_taken():
    # "๑๕๑" may be 1.51, 15.1, 18.1, ...: between 15.0 and 16.0 only 15.1 fits, the neighbours alone choosing it
    reports = _reports("๑๒.๐๐", "๑๕.๐๐", "๑๕๑", "16.00")
    issues = repair_progress(reports, "k", order=False)
    assert reports[3]["progress_pct"].value is None
    assert all("chosen" not in json.loads(i.evidence) for i in _said(issues, 3))
