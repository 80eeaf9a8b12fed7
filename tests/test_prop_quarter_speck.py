"""A BMA proposal KPI's quarter read with a speck beside its digit ("ไตรมาสที่ «๕" for ๔, extra corpus 010
after OCR): a quarter is one digit, so the speck is none of it; the digit is read as the quarters 1-4 its
characters can be, as a quarter printed "๕" alone is (years.repair_kpi_period)."""

from __future__ import annotations

import json

from tests.conftest import sample_text
from tests.test_bma_proposal import run


def _period(printed: str) -> tuple[str, list[dict]]:
    from tests.test_bma_proposal import PROPOSAL

    text = sample_text(PROPOSAL)
    assert "\tปีงบประมาณ 2569" in text
    rows = run(text.replace("\tปีงบประมาณ 2569", f"\t{printed}", 1))
    return rows["targets"][0]["period"], [i for i in rows["issues"] if i["field"] == "targets.period"]


def test_a_speck_beside_a_quarter_s_digit_is_left_out_and_the_quarter_repaired():
    period, issues = _period("ไตรมาสที่ «๕")
    assert period == "ไตรมาสที่ ๔"
    (issue,) = issues
    assert issue["code"] == "value_repaired" and json.loads(issue["evidence"])["printed"] == "ไตรมาสที่ «๕"


def test_a_speck_beside_a_quarter_that_reads_as_one_keeps_it():
    period, issues = _period("ไตรมาสที่ «๓")
    assert period == "ไตรมาสที่ ๓" and [i["code"] for i in issues] == ["value_repaired"]
