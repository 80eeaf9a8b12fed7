"""A proposal's year printed in Arabic digits whose tens is a ๖ the English OCR model read as a 5 or a 9
("25๖9" read "2599", "25๖8" read "2598"): read as the year the document's own constraint names
(parsers.bma_proposal.years.english_six_year)."""

from __future__ import annotations

from datetime import date

from parsers.bma_proposal.fields import period
from parsers.bma_proposal.years import english_six_year, repair_fiscal_year, repair_kpi_period, repair_period
from schemas.document import Reading


def test_the_tens_of_a_year_in_arabic_digits_read_as_5_or_9_may_be_a_six():
    assert english_six_year("2599") == 2569 and english_six_year("2598") == 2568 and english_six_year("2556") == 2566
    assert english_six_year("2565") is None  # the tens a 6 already
    assert english_six_year("๒๕๙๘") is None and english_six_year("25๙8") is None  # Thai digits: read as the table says
    assert english_six_year("259") is None and english_six_year("25998") is None


def _period_project(text: str, fy: int = 2570) -> dict[str, Reading]:
    return {"fiscal_year_be": Reading(fy, str(fy), 1, 1), "period_raw": Reading(text, text, 9, 9),
            "start_date": Reading(date(2056, 10, 12), text, 9, 9)}


def test_a_period_year_whose_tens_the_english_model_read_for_a_six_is_the_one_its_month_has():
    p = _period_project("๑๒ ตุลาคม 2599 ถึง ๑๕ สิงหาคม 2570")
    issues = repair_period(p, period, settled=True)
    assert [(i.code, i.field) for i in issues] == [("value_repaired", "projects.start_date")]
    assert p["start_date"].value == date(2026, 10, 12) and p["end_date"].value == date(2027, 8, 15)
    assert "2599" in issues[0].message and "2569" in issues[0].message
    # a fiscal year some check doubted reads no such year: the period stands as read
    p = _period_project("๑๒ ตุลาคม 2599 ถึง ๑๕ สิงหาคม 2570")
    assert repair_period(p, period, settled=False) == [] and p["start_date"].value == date(2056, 10, 12)
    # a last digit read so is not read: the year before the one the month has is an author's year as well
    p = _period_project("๑๒ ตุลาคม 2565 ถึง ๑๕ สิงหาคม 2567", fy=2567)
    assert repair_period(p, period, settled=True) == [] and "end_date" not in p


def _tied_project(text: str) -> dict[str, Reading]:
    return {"fiscal_year_text": Reading("พ.ศ. ๒๕๒๕", "พ.ศ. ๒๕๒๕", 3, 3),
            "fiscal_year_be": Reading(2525, "พ.ศ. ๒๕๒๕", 3, 3), "period_raw": Reading(text, text, 9, 9)}


def test_a_fiscal_year_its_mentions_tie_on_is_settled_by_a_period_year_whose_tens_was_read_for_a_six():
    # every mention "๒๕๒๕" (๒๕๖๘ or ๒๕๖๗ alike, the plan phase 2566-2570 holds both); the period's end "2598"
    p = _tied_project("พฤศจิกายน - ธันวาคม ๒๕๒๐ และ มกราคม - พฤษภาคม 2598")
    issues = repair_fiscal_year(p, ["๒๕๒๕", "๒๕๒๕"], (2566, 2570))
    assert [i.code for i in issues] == ["value_repaired"] and p["fiscal_year_be"].value == 2568
    assert "2598" in issues[0].message
    # the same period printed in Thai digits, damaged alike: the tie stands, said, nothing chosen
    p = _tied_project("พฤศจิกายน - ธันวาคม ๒๕๒๐ และ มกราคม - พฤษภาคม ๒๕๒๕")
    issues = repair_fiscal_year(p, ["๒๕๒๕", "๒๕๒๕"], (2566, 2570))
    assert {i.code for i in issues} == {"repair_ambiguous"} and p["fiscal_year_be"].value == 2525


def test_a_kpi_period_year_whose_tens_was_read_for_a_six_is_the_settled_fiscal_year():
    rec = {"period": Reading("ปีงบประมาณ 2556", "ปีงบประมาณ 2556", 7, 8)}
    [issue] = repair_kpi_period(rec, 2566, settled=True)
    assert issue.code == "value_repaired" and rec["period"].value == "ปีงบประมาณ 2566"
    rec = {"period": Reading("ปีงบประมาณ 2556", "ปีงบประมาณ 2556", 7, 8)}
    # a fiscal year some check doubted names no year: kept as read (a year of the archive; the doubt is the fiscal
    # year's, said of it)
    assert repair_kpi_period(rec, 2566, settled=False) == [] and rec["period"].value == "ปีงบประมาณ 2556"
