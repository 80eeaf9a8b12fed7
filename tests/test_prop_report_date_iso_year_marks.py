"""A report date in ISO order whose year OCR ran a cell's edge or a stray mark into ("๒]๒๐๒๐-๑๑-๑๕",
"ไ๒]๐๑ฒ-ฒ-๓๐": a bracket, a bar, a ไ or ใ for a rule's stroke; "๒๒๒019-6-8": a digit more before it), or whose
second dash OCR read as a quote ("๒๐๒๓-๕“๒๐").  No reading of the characters gave a date (the year part was no
run of four or five digits, the quote no separator), so the date stayed unread though its neighbours' dates leave
one reading (fresh sets: bma_progress_w016, h013, s39o007, s48z009).  Now the marks are dropped from such a year
and its last five characters kept (normalizers.confusions._iso_year_cleaned), and a quote stands for the dash."""

from __future__ import annotations

from datetime import date

from normalizers.confusions import _iso_year_cleaned, date_candidates
from parsers.bma_progress.repairs import repair_dates
from tests.test_prop_report_date_latin_month import reports_around


def test_marks_in_an_iso_year_are_dropped():
    assert _iso_year_cleaned("๒]๒๐๒๐-๑๑-๑๕") == "๒๒๐๒๐-๑๑-๑๕"
    assert _iso_year_cleaned("ไ๒]๐๑ฒ-ฒ-๓๐") == "๒๐๑ฒ-ฒ-๓๐"
    assert _iso_year_cleaned("๒๒๒019-6-8") == "๒๒019-6-8"
    assert _iso_year_cleaned("๒๐๒๐-๑๑-๑๕") is None  # nothing to drop
    assert _iso_year_cleaned("ไ]ก-๑๑-๑๕") is None  # no year left
    assert date(2019, 6, 8) in date_candidates("๒๒๒019-6-8")
    assert date(2019, 9, 30) in date_candidates("ไ๒]๐๑ฒ-ฒ-๓๐")


def test_a_quote_for_the_second_dash():
    assert date(2023, 4, 20) in date_candidates("๒๐๒๓-๕“๒๐")
    assert not date_candidates("๒๐๒๓“๕-๒๐")  # (not for the first: the year's own edge)


def test_the_date_is_repaired_between_its_neighbours():
    project, reports = reports_around("๒๒๒019-6-8", date(2019, 5, 20), date(2019, 7, 2), 2562)
    issues = repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2019, 6, 8)
    assert [i for i in issues if i.code == "value_repaired" and i.line_start == 30]
