"""A BMA proposal's period, two classes OCR damages (fresh sets s19pra, s19prd):

1. Abbreviated months with two-digit years ("ม.ค. ๖๗ – มิ.ย. ๖๗") whose years OCR misread ("ม.ค. ๒๕ – มิ.ย. ๒๕":
   ๖ as ๒, ๗ as ๕, read as 2525, 1982): the period's years are repaired by their months inside the fiscal
   year, as four-digit ones were (years.repair_period, rule fiscal_year), each repair naming the date it
   gave; a year no reading of whose characters is the one the fiscal year wants stays as read (and the
   period is said to fall outside the year).
2. One end printed with its day, the other's day lost ("« พฤศจิกายน ๒๕๖๕ ถึง ๒๕ กันยายน ๒๕๖๖", or the day
   dropped with nothing left): that end's date is not known, not its month's first day (fields.yearless_ends),
   and the issue says so.
"""

from __future__ import annotations

import json
from datetime import date

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

PERIOD = "ระยะเวลาดำเนินการ : ดำเนินการในเดือนพฤศจิกายน 2568 – กรกฎาคม 2569"  # fiscal year 2569


def _run(period: str) -> dict:
    text = sample_text(PROPOSAL)
    assert PERIOD in text
    return run(text.replace(PERIOD, f"ระยะเวลาดำเนินการ : {period}", 1))


def _dates(rows: dict) -> tuple:
    p = rows["projects"][0]
    return p["start_date"], p["end_date"]


def _issues(rows: dict, code: str) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == code and i["field"] in ("projects.start_date",
                                                                             "projects.end_date")]


def test_two_digit_years_misread_are_repaired_by_their_months_inside_the_fiscal_year():
    rows = _run("พ.ย. ๒๘ – ก.ค. ๒๕")  # ๖๘ and ๖๙ as printed: ๖ read as ๒, ๘ and ๙ as ๕
    assert _dates(rows) == (date(2025, 11, 1), date(2026, 7, 31))
    assert rows["projects"][0]["period_text"] == "พ.ย. ๖๘ – ก.ค. ๖๙"
    repairs = {i["field"]: json.loads(i["evidence"]) for i in _issues(rows, "value_repaired")}
    assert {f: (e["rule"], e["printed"], e["chosen"]) for f, e in repairs.items()} == {
        "projects.start_date": ("fiscal_year", "๒๘", "2025-11-01"),
        "projects.end_date": ("fiscal_year", "๒๕", "2026-07-31")}


def test_a_two_digit_year_no_reading_makes_the_fiscal_years_stays_as_read():
    rows = _run("พ.ย. ๓๓ – ก.ค. ๖๙")  # ๓๓ can be 33, 37, 39, 73, ... but not 68
    assert _dates(rows)[0] == date(1990, 11, 1)  # 2533 BE, as read
    assert not _issues(rows, "value_repaired")
    assert any(i["code"] == "period_outside_fiscal_year" for i in rows["issues"])


def test_an_end_whose_day_ocr_lost_is_not_known_when_the_other_end_prints_its_day():
    for lost in ("« พฤศจิกายน 2568 ถึง 31 กรกฎาคม 2569", "พฤศจิกายน 2568 ถึง 31 กรกฎาคม 2569"):
        rows = _run(lost)
        assert _dates(rows) == (None, date(2026, 7, 31)), lost
        assert [i["field"] for i in _issues(rows, "missing_value")] == ["projects.start_date"], lost
    # both ends with their days, or neither: as read
    assert _dates(_run("๙ พฤศจิกายน 2568 ถึง 31 กรกฎาคม 2569")) == (date(2025, 11, 9), date(2026, 7, 31))
    assert _dates(_run("พฤศจิกายน 2568 ถึง กรกฎาคม 2569")) == (date(2025, 11, 1), date(2026, 7, 31))
