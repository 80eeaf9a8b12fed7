"""BMA proposals after OCR whose KPI target value names a share (ร้อยละ) above 100, which no share is: OCR read
a digit in more ("ร้อยละ 905" for ร้อยละ 95, Arabic digits, which no Thai-digit doubt names).  It was kept
silently; now the one reading of the figure with a digit left out that makes a share is chosen and said
(value_repaired, rule share_whole) where the figure's characters stand for that share alone, and with several
or none the printing is kept and said (kpis.share_over_whole)."""

from __future__ import annotations

import json

import pytest

from parsers.bma_proposal.kpis import share_over_whole
from tests.test_bma_proposal import run
from tests.test_prop_kpi_percent_letters import _CELLS
from tests.test_prop_kpis_below import _kpis, _with_kpis


def _shares(figure: str) -> tuple[list, list[dict]]:
    rows = run(_with_kpis(_CELLS.replace("\n85\n", f"\n{figure}\n").format(percent="ร้อยละ")))
    issues = [i for i in rows["issues"] if i["field"] == "targets.target_value"
              and json.loads(i["evidence"] or "{}").get("rule") == "share_whole"]
    return _kpis(rows), issues


def test_a_share_above_100_with_two_readings_is_kept_and_said():
    (kpi,), issues = _shares("905")
    assert kpi[2] == "ร้อยละ 905"
    assert {i["code"] for i in issues} == {"repair_ambiguous"}
    assert json.loads(issues[0]["evidence"])["candidates"] == ["90", "95"]


def test_a_share_above_100_with_one_reading_is_repaired_and_said():
    (kpi,), issues = _shares("๑๐๐๐")
    assert kpi[2] == "ร้อยละ ๑๐๐"
    assert {i["code"] for i in issues} == {"value_repaired"}


@pytest.mark.parametrize("value", ["ร้อยละ 95", "ร้อยละ ๑๐๐", "ร้อยละ 100", "จำนวน 250 คน", "ร้อยละ 12.50"])
def test_a_share_of_100_or_less_or_no_share_is_left_alone(value):
    assert share_over_whole(value) is None


def test_a_share_whose_thai_digits_ocr_may_have_misread_is_kept_and_said():
    # ๒๐๐ without a digit is ๒๐, but OCR's misreads of ๒ (๔, ๖, ๕) leave other shares: no repair
    (kpi,), issues = _shares("๒๐๐")
    assert kpi[2] == "ร้อยละ ๒๐๐"
    assert {i["code"] for i in issues} == {"repair_ambiguous"}


def test_readings_keep_the_printed_digits_and_make_no_leading_zero():
    figure, dropped, shares = share_over_whole("ร้อยละ ๕6๐")
    assert (figure, dropped) == ("๕6๐", ["6๐", "๕๐", "๕6"]) and "80" in shares
    assert share_over_whole("ร้อยละ 500") == ("500", ["50"], ["50"])


def test_an_arabic_digit_ocr_may_have_written_for_a_thai_one_leaves_two_shares():
    # ๑๐๐ read "900" (๑ as an Arabic 9, normalizers.confusions.ARABIC_DOUBT_READS) is as likely as 90 with a 0
    # read in more: kept as printed and said, not set to 90
    (kpi,), issues = _shares("900")
    assert kpi[2] == "ร้อยละ 900"
    assert {i["code"] for i in issues} == {"repair_ambiguous"}
    assert json.loads(issues[0]["evidence"])["candidates"] == ["90", "100"]
