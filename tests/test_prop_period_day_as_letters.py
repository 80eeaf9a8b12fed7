"""A proposal's period whose start day OCR read as Latin letters ("on ธันวาคม ๒๕๒๐๕ ถึง mo มิถุนายน ๒๕๒๐๒" for
"๓ ธันวาคม ๒๕๖๕ ถึง ๓๐ มิถุนายน ๒๕๖๖", fresh set s84b, bma_proposal_s84b002): the year repaired by the fiscal
year (years.repair_period) was said a sure repair of the start date, 2022-12-01, the month's first standing in
for a day OCR read as letters; the truth was the 3rd.  The year is still read so, the date kept, but said in
doubt (repair_ambiguous: the day is not known); a day read in digits, or none printed, is as before."""

from __future__ import annotations

from datetime import date

from parsers.bma_proposal.fields import period
from parsers.bma_proposal.years import repair_period
from schemas.document import Reading


def _project(text: str) -> dict:
    return {"fiscal_year_be": Reading(2566, "๒๕๖๖", 1, 1), "period_raw": Reading(text, text, 9, 9)}


def test_a_day_read_as_letters_leaves_the_date_in_doubt():
    p = _project("on ธันวาคม ๒๕๒๐๕ ถึง mo มิถุนายน ๒๕๒๐๒")
    issues = repair_period(p, period, settled=True)
    assert p["start_date"].value == date(2022, 12, 1) and p["end_date"].value == date(2023, 6, 30)
    assert sorted((i.field, i.code) for i in issues) == [("projects.end_date", "repair_ambiguous"),
                                                        ("projects.start_date", "repair_ambiguous")]
    assert "'on'" in next(i.message for i in issues if i.field == "projects.start_date")


def test_a_day_in_digits_or_none_is_a_repair_as_before():
    for text, day in (("๓ ธันวาคม ๒๕๒๐๕ ถึง ๓๐ มิถุนายน ๒๕๒๐๒", 3), ("ธันวาคม ๒๕๒๐๕ ถึง มิถุนายน ๒๕๒๐๒", 1)):
        p = _project(text)
        issues = repair_period(p, period, settled=True)
        assert p["start_date"].value == date(2022, 12, day)
        assert [i.code for i in issues if i.field == "projects.start_date"] == ["value_repaired"]
