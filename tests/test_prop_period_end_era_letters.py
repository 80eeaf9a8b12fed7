"""A proposal's short period whose last month พ.ค. OCR wrote in Latin letters after the range's dash ("ม.ค. 66 -
w.a. 66", "พ.ย. 66 - W.A. 67", "ม.ค. 69 - WA. 69": fresh sets s77a, s71b, s75o).  The clean-up turned "W.A."
before a year into the era พ.ศ. (normalizers.text._LATIN_MISREADS), so the period read "ม.ค. 66 – พ.ศ. 66", no
month at its end, and lost its end date.  The era stands before a full year; after a range's dash and before a
two-digit year the letters are a month's abbreviation, kept as printed, and the proposal's latin_period_month
reads them (W.A. is พ.ค. alone: normalizers.confusions.latin_month_readings) inside the fiscal year."""

from __future__ import annotations

from datetime import date

from normalizers.text import fix_latin_misreads
from parsers.bma_proposal.fields import period
from parsers.bma_proposal.years import latin_period_month
from schemas.document import Reading


def test_the_era_is_kept_before_a_full_year_and_not_made_of_a_short_periods_end():
    assert fix_latin_misreads("ม.ค. 66 - w.a. 66") == "ม.ค. 66 - w.a. 66"
    assert fix_latin_misreads("พ.ย. 66 - WA. 67") == "พ.ย. 66 - WA. 67"
    assert fix_latin_misreads("ปีงบประมาณ W.A. 2566") == "ปีงบประมาณ พ.ศ. 2566"
    assert fix_latin_misreads("(W.A. ๒๕๖๑ - W.A. ๒๕๘๐)") == "(พ.ศ. ๒๕๖๑ - พ.ศ. ๒๕๘๐)"


def test_a_short_periods_end_in_latin_letters_is_read_as_its_month_inside_the_fiscal_year():
    text = fix_latin_misreads("พ.ย. 66 - W.A. 67")
    project = {"fiscal_year_be": Reading(2567, "2567", 3, 3), "period_raw": Reading(text, text, 40, 40)}
    said = latin_period_month(project, period, settled=True)
    assert project["end_date"].value == date(2024, 5, 31) and project["start_date"].value == date(2023, 11, 1)
    assert project["period_text"].value == "พ.ย. 66 – พ.ค. 67"
    assert {i.field for i in said if i.code == "value_repaired"} == {"projects.end_date", "projects.period_text"}
