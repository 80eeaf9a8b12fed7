"""A BMA fiscal year printed in Thai digits that OCR wrote partly in Arabic ("๒593" for ๒๕๖๓: its ๖, which the
Thai model cannot write, as an Arabic 9) was kept as 2593 and said implausible, though the form's dates, printed
in Arabic, all fall in 2563, a reading year_candidates gives it (fresh set s99o, bma_progress_s99o004: the year,
its CE year, the key and the dates wrong).  The repair reads the field as year_candidates does
(parsers.repair.six_readings: an Arabic 5 or 9 among Thai digits may be a ๖, one or several: "๒๕95" is ๒๕๖๖
too)."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import repair_fiscal_year
from parsers.repair import six_readings, year_candidates
from schemas.document import Reading

pytestmark = pytest.mark.usefixtures("repair_on")


def _form(printed: str, read: int, year: int) -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(read, printed, 3, 3),
               "end_date": Reading(date(year - 543, 9, 30), f"30/9/{year}", 6, 6)}
    reports = {n: {"report_date": Reading(date(year - 543, m, 14), f"14/{m}/{year}", 10 + n, 10 + n)}
               for n, m in enumerate((2, 3, 6), 1)}
    return project, reports


# s99o004's form: its OCR writes no Thai ๔ ๖ ๗ ๘ ๙; its dates printed in Arabic, in Thai, or mixed
DATES = [(date(2020, 2, 14), "14 กุมภาพันธ์ ๒๕63"), (date(2020, 3, 1), "๑ มีนาคม 2563"),
         (date(1980, 4, 8), "8 เมษายน ๒๕๒๓"), (date(1980, 5, 30), "๓๐ พฤษภาคม ๒๕๒๓"),
         (date(2050, 6, 22), "22 มิถุนายน 2593"), (date(1980, 7, 30), "๓๐ กรกฎาคม ๒๕๒๓"),
         (date(1980, 8, 7), "7 สิงหาคม ๒๕๒๓"), (date(2020, 9, 5), "๕ กันยายน ๒56๓")]


def test_a_year_with_an_arabic_nine_for_a_six_is_repaired_to_the_year_its_dates_agree_on():
    project = {"fiscal_year_be": Reading(2593, "๒593", 3, 3),
               "start_date": Reading(date(1969, 10, 1), "๑/๑๐/๒๕๑๒", 5, 5),
               "end_date": Reading(date(2020, 9, 30), "30/9/2563", 6, 6), "unread_digits": Reading("46789", "", 1, 1)}
    reports = {n: {"report_date": Reading(d, text, 10 + n, 10 + n)} for n, (d, text) in enumerate(DATES, 1)}
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2563
    repaired = [i for i in issues if i.code == "value_repaired" and i.field == "projects.fiscal_year_be"]
    assert [(json.loads(i.evidence)["printed"], json.loads(i.evidence)["chosen"]) for i in repaired] == [
        ("๒593", 2563)]
    assert not [i for i in issues if i.code == "implausible_value"]


def test_several_arabic_digits_may_each_be_a_six():
    assert six_readings("๒๕95") == ["๒๕๖5", "๒๕9๖", "๒๕๖๖"]
    assert {2565, 2566} <= year_candidates("๒๕95")
    assert six_readings("2595") == [] and six_readings("๒๕๒๕") == []
    project, reports = _form("๒๕95", 2595, 2566)
    repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2566
