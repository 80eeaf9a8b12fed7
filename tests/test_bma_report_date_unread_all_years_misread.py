"""With a BMA progress form's entries read in doubt (repair_dates without span: a date may stand in another
entry's place), a report date whose day and month OCR read and whose year it left no year of ("๑๕ สิงหาคม vo") is
read in the one year the bounds give, its day and month as printed (_year_unread_in_doubt; its readings, a day
of ๑๕ being any of several, too many to stand alone in order with the others), where another report's date
confirms the fiscal year.
Before, only a date read inside the year as printed confirmed it; where OCR misread the year alike in every date
("๒๕๒๑" for ๒๕๖๑, each read in 1978), none did, though each of them proves the year by the readings of its own
characters (_years_proven_in_doubt reads them so), and the unread date stayed unread (set s72b bma_progress_s72b006
report 6, s77o bma_progress_s77o003 reports 1 and 3).  Now a date proven by its own readings confirms it too; with
no date confirming the fiscal year the unread one still stays unread."""

from __future__ import annotations

import json
from datetime import date

from parsers.bma_progress.repairs import repair_dates
from schemas.document import Reading


def _reports(*others: str) -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(2561, "2561", 3, 3)}
    reports = {2: {"report_date_printed": Reading("๑๕ สิงหาคม vo", "๑๕ สิงหาคม vo", 30, 30)}}
    for seq, printed in zip((1, 3), others):
        reports[seq] = {"report_date": Reading(date(1978, 9, 15) if seq == 3 else date(1978, 5, 30), printed,
                                               seq * 10 + 1, seq * 10 + 1)}
    return project, reports


def test_dates_whose_years_their_own_readings_prove_confirm_the_fiscal_year():
    project, reports = _reports("๓๐/๕/๒๕๒๑", "๑๕ กันยายน ๒๕๒๑")
    issues = repair_dates(project, reports, "K", span=False)
    assert reports[1]["report_date"].value == date(2018, 5, 30)
    assert reports[3]["report_date"].value == date(2018, 9, 15)
    assert reports[2]["report_date"].value == date(2018, 8, 15)
    said = [i for i in issues if i.line_start == 30 and i.field == "progress_reports.report_date"]
    assert [i.code for i in said] == ["repair_ambiguous"]
    assert json.loads(said[0].evidence)["year_proven"] == "2018-08-15"


def test_no_date_confirming_the_fiscal_year_leaves_it_unread():
    project, reports = _reports()
    repair_dates(project, reports, "K", span=False)
    assert "report_date" not in reports[2]
