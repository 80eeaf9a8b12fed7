"""A progress figure OCR opened with a speck from the cell's rule ("»20.00 %" for 20.00 %): read with the mark as a
digit it is past any progress (620.00), so it reads as nothing; its readings include the figure without the mark
(repairs._separator_readings, _SPECK_OPEN_RE), and the one that stands between its neighbours is chosen and said."""

import json

import pytest

from parsers.bma_progress.repairs import _separator_readings, repair_progress
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _reports(*printed: tuple[float | None, str]) -> dict:
    return {seq: {"progress_pct": Reading(value, f"ความก้าวหน้าของงานฯ = {token} %", seq, seq)}
            for seq, (value, token) in enumerate(printed, 1)}


def test_a_speck_before_a_progress_is_read_without_it_between_the_neighbours():
    reports = _reports((19.5, "19.๕0"), (None, "»20.00"), (22.0, "๒๒.๐๐"))
    issues = repair_progress(reports, "k")
    assert reports[2]["progress_pct"].value == 20.0
    said = [i for i in issues if i.code == "value_repaired" and i.field == "progress_reports.progress_pct"]
    assert len(said) == 1 and json.loads(said[0].evidence)["printed"] == "»20.00"


def test_a_mark_before_one_digit_is_a_digit_not_a_speck():
    # "«๕" is two characters: the mark may be the figure's first digit (๙๕, ๒๕), no speck is dropped
    assert _separator_readings("«๕") == ["«๕"]
    assert "20.00" in _separator_readings("»20.00")
