"""A BMA progress report date whose day OCR printed in letters alone, no digit among them ("๒๐๑๕-๑๒-ญ" for
2019-12-09, "ออ/ญ/๒๕๒๑" for 2018-07-16): each letter was seen for a digit a few times, some for two (ญ for ๗ and
for ๙), and its readings hold only the digits measured for it, so the one reading left between the neighbours'
dates (repair_date, rule report_window or date_order) or in the place the form's calendar gives it
(_dates_by_calendar, rule report_calendar) or in order with every reading of the others is no proof: the
repair is said in doubt, the date kept (repairs._days_in_letters: repair_ambiguous, evidence kept and
day_letters; normalizers.confusions.day_in_letters).  A day printed with a digit is repaired as before."""

from __future__ import annotations

import json
from datetime import date

from normalizers.confusions import day_in_letters
from parsers.bma_progress.repairs import _days_in_letters, repair_dates
from schemas.document import Reading
# report 10's line, the form of twelve reports around it (its `damaged` ones printed past reading), the issues said
# of report 10's date: the calendar tests' own
from tests.test_bma_report_date_calendar import LINE, _form, _said


def test_the_day_is_told_in_letters_alone():
    for text in ("๒๐๑๕-๑๒-ญ", "ออ/ญ/๒๕๒๑", "> ต.ค. ๒๕๒๒", ":: ๒๐๒๑-๑๒-»", "๒อ๐๒๒-๑-ญ่"):
        assert day_in_letters(text), text
    for text in (":: ๑๑ พ.ย. ๒๕๐๐", "ๆ ๓๐/๐๕/๒๕๑๕", "๑๕/ฒ/๒๕๒๕", ":: 22/@/2566", "๒๐๑๓-๑๑-๑", "-", ""):
        assert not day_in_letters(text), text


def test_a_day_in_letters_is_read_in_doubt_not_repaired():
    # "ญ/ญ/2566": July 7th the one reading after 5 June and before 5 August; the ญ of the day may be a ๙ too
    for damaged in ((), (8, 9, 11)):
        project, reports = _form(Reading(None, ":: ญ/ญ/2566", LINE, LINE), damaged)
        issues = _days_in_letters(repair_dates(project, reports, "K"))
        assert reports[10]["report_date"].value == date(2023, 7, 7)
        assert not [i for i in _said(issues) if i.code == "value_repaired"]
        (issue,) = [i for i in _said(issues) if i.code == "repair_ambiguous"]
        evidence = json.loads(issue.evidence)
        assert evidence["day_letters"] is True and "chosen" not in evidence
        assert evidence["kept"] == "2023-07-07" and evidence["candidates"] == ["2023-07-07"]


def test_a_day_printed_in_digits_is_repaired_as_before():
    # the month alone in a letter: the one reading is the repair
    for damaged in ((), (8, 9, 11)):
        project, reports = _form(Reading(None, ":: 7/ญ/2566", LINE, LINE), damaged)
        issues = _days_in_letters(repair_dates(project, reports, "K"))
        assert reports[10]["report_date"].value == date(2023, 7, 7)
        (issue,) = [i for i in _said(issues) if i.code == "value_repaired"]
        assert json.loads(issue.evidence)["chosen"] == "2023-07-07"
