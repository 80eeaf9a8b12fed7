"""A progress the vote kept as one copy printed it, out of order with its neighbours, where another copy's reading
fits them (repairs.copy_reading, rule progress_order): taken as the only reading of the other copies that fits.  But
in a document whose OCR never writes some digits (parsers.digits.unread_digits: ๔ ๖ ๗ ๘ ๙), a Thai digit that copy
prints may stand for one of them (repairs._written_readings: a ๒ for a ๖, a ๑ for a ๗), and where its characters,
read so, fit the neighbours in several ways, which of them it is the printing does not say: flagged
(repair_ambiguous, those readings as candidates), the printing kept (fresh set s67z bma_progress 006: report 1 kept
as 90.0, an Arabic printing of ๑๖.๐ misread, was replaced by the other copy's '๑๒.๐', 12.0, under the next report's
20.0; 16.0 fits too, and was printed).  An Arabic printing in the other copy stands for itself and is taken."""

import json

import pytest

from parsers.bma_progress.repairs import repair_progress
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _reading(token: str, line: int) -> Reading:
    value = float(token.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
    return Reading(value, f"ความก้าวหน้าของงานฯ = {token}%", line, line)


def _reports(*printed: str) -> dict:
    return {seq: {"progress_pct": _reading(token, seq)} for seq, token in enumerate(printed, 1)}


def _copies(seq: int, token: str) -> dict:
    return {("progress_reports", seq, "progress_pct"): [_reading(token, 100 + seq)]}


def test_another_copy_s_thai_digits_that_may_stand_for_unwritten_ones_leave_the_progress_in_doubt():
    reports = _reports("70.0", "30.0", "45.0", "60.0")
    issues = repair_progress(reports, "k", copies=_copies(1, "๑๒.๐"), unread="46789")
    assert reports[1]["progress_pct"].value == 70.0
    assert not [i for i in issues if i.code == "value_repaired" and i.line_start == 1]
    (said,) = [i for i in issues if i.code == "repair_ambiguous" and i.line_start == 1]
    evidence = json.loads(said.evidence)
    assert evidence["rule"] == "progress_order" and "chosen" not in evidence
    assert 12.0 in evidence["candidates"] and 16.0 in evidence["candidates"]


def test_where_the_document_writes_every_digit_the_other_copy_s_reading_is_taken():
    reports = _reports("70.0", "30.0", "45.0", "60.0")
    issues = repair_progress(reports, "k", copies=_copies(1, "๑๒.๐"))
    assert reports[1]["progress_pct"].value == 12.0
    (said,) = [i for i in issues if i.code == "value_repaired" and i.line_start == 1]
    assert json.loads(said.evidence)["chosen"] == 12.0


def test_an_arabic_printing_in_the_other_copy_stands_for_itself():
    reports = _reports("70.0", "30.0", "45.0", "60.0")
    repair_progress(reports, "k", copies=_copies(1, "12.0"), unread="46789")
    assert reports[1]["progress_pct"].value == 12.0


def test_written_readings_that_leave_one_value_between_the_neighbours_take_it():
    # "๑๑.๐" may be 11.0, 17.0, 71.0, 11.4, 11.6 ... written so: between 10.0 and 11.2 only 11.0 stands
    reports = _reports("10.0", "70.0", "11.2", "40.0")
    issues = repair_progress(reports, "k", copies=_copies(2, "๑๑.๐"), unread="46789")
    assert reports[2]["progress_pct"].value == 11.0
    assert [i for i in issues if i.code == "value_repaired" and i.line_start == 2]
