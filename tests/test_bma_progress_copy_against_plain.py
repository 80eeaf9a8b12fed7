"""A progress the vote kept as one copy printed it, out of order with its neighbours as read, where another copy's
reading fits them (repairs.copy_reading, rule progress_order): taken where the neighbour that rules it out reads one
way only, for then the kept printing is the misread one.  But a kept printing whose own characters read one way only
("72.00" in Arabic digits) against a neighbour that reads several ways ("๐9๓.๐๐", a zero before its digits, read
93.0 for ๖๓.๐๐) says nothing of which OCR misread: flagged (repair_ambiguous), the printing kept (fresh set s55z
bma_progress 009: 72.0 was replaced by the other copy's 93.0, another entry's figure)."""

import json

import pytest

from parsers.bma_progress.repairs import repair_progress
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _reading(token: str, line: int) -> Reading:
    try:
        value = float(token.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
    except ValueError:
        value = None
    return Reading(value, f"ความก้าวหน้าของงานฯ = {token} %", line, line)


def _reports(*printed: str) -> dict:
    return {seq: {"progress_pct": _reading(token, seq)} for seq, token in enumerate(printed, 1)}


def _copies(seq: int, token: str) -> dict:
    return {("progress_reports", seq, "progress_pct"): [_reading(token, 100 + seq)]}


def test_a_plain_printing_ruled_out_by_a_neighbour_of_several_readings_is_flagged_not_replaced():
    reports = _reports("12.00", "30.00", "๐9๓.๐๐", "48.00")
    issues = repair_progress(reports, "k", copies=_copies(4, "95.00"))
    assert reports[4]["progress_pct"].value == 48.0
    assert not [i for i in issues if i.code == "value_repaired" and i.line_start == 4]
    (said,) = [i for i in issues if i.code == "repair_ambiguous" and i.line_start == 4]
    assert said.field == "progress_reports.progress_pct"
    evidence = json.loads(said.evidence)
    assert evidence["candidates"] == [48.0, 95.0] and evidence["bound"]["printed"] == "๐9๓.๐๐"


def test_a_plain_printing_ruled_out_by_a_plain_neighbour_takes_the_other_copy_s_reading():
    reports = _reports("12.00", "30.00", "93.00", "48.00")
    issues = repair_progress(reports, "k", copies=_copies(4, "95.00"))
    assert reports[4]["progress_pct"].value == 95.0
    (said,) = [i for i in issues if i.code == "value_repaired" and i.line_start == 4]
    assert json.loads(said.evidence)["rule"] == "progress_order"


def test_a_printing_of_several_readings_still_takes_the_other_copy_s_reading():
    # "๔๘.๐๐" may be other figures: its own characters are in doubt, the other copy's reading that fits is taken
    reports = _reports("12.00", "30.00", "๐9๓.๐๐", "๔๘.๐๐")
    repair_progress(reports, "k", copies=_copies(4, "95.00"))
    assert reports[4]["progress_pct"].value == 95.0
