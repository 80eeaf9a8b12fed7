"""BMA proposals after OCR whose period's last year, after a full month's name, OCR's English model wrote in
part as look-alike letters of Thai digits ("ดำเนินการในเดือนตุลาคม – ธันวาคม ๒๕๒๕" / "และ มกราคม – สิงหาคม ๒๕ออ"
for ... สิงหาคม ๒๕๖๖: fresh set s83c, bma_proposal_s83c003).  The period's repair read a full month's year only
as digits (an abbreviated month's also as letters), so the end date stayed unknown though the fiscal year was
settled.  Now, the fiscal year settled and another full month's year read as digits, a full month's year of
four characters, two digits at least and a look-alike letter among them, is the year its month has inside
the fiscal year where its characters could be it (years.could_be), said as a repair (rule fiscal_year)."""

from __future__ import annotations

import json
from datetime import date

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

PERIOD = "ระยะเวลาดำเนินการ : ดำเนินการในเดือนพฤศจิกายน 2568 – กรกฎาคม 2569"


def _run(year: str) -> tuple[dict, list[dict]]:
    source = sample_text(PROPOSAL)
    assert PERIOD in source
    rows = run(source.replace(PERIOD, PERIOD.replace("กรกฎาคม 2569", f"กรกฎาคม {year}")))
    return rows["projects"][0], rows["issues"]


def test_a_full_month_s_year_with_look_alike_letters_is_read_from_the_fiscal_year():
    project, issues = _run("25dฒ")  # d for a ๖, ฒ for a ๙ (normalizers.confusions.LOOKALIKES)
    assert project["fiscal_year_be"] == 2569
    assert (project["start_date"], project["end_date"]) == (date(2025, 11, 1), date(2026, 7, 31))
    said = [i for i in issues if i["code"] == "value_repaired" and i["field"] == "projects.end_date"]
    assert len(said) == 1 and json.loads(said[0]["evidence"])["rule"] == "fiscal_year"


def test_letters_that_could_not_be_the_year_leave_the_end_unknown():
    project, _ = _run("25ออ")  # อ stands for a ๖ only: 2566 is no year of fiscal 2569's July
    assert project["end_date"] is None



def test_a_year_of_digits_glued_to_a_look_alike_letter_is_read_as_before():
    # "256ฆ": the digits 256 read as a year glued to a letter, which reads no wider (the end unknown, as before)
    project, _ = _run("256ฆ")
    assert project["end_date"] is None
