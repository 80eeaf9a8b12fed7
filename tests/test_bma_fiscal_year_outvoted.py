"""A BMA progress form's fiscal year whose digits OCR misread in a way the table of confusions lacks (๒๕๖๗ read
๒๕๐๑: tesseract's Thai model writes no ๖ or ๗) was "repaired" to the one reading of its characters some of the
form's dates allow (2561, its start and end, printed in Thai digits and misread alike), though more of its dates,
printed in Arabic digits that OCR reads right, fall in another year (2567) that no reading of the field is (fresh
set s38z: a wrong repair).  The dates outvote every reading of the field: it is kept as printed and said
implausible on the year, its CE year and the project key (repairs._outvoting_year), and no date is moved into it;
where the dates agree with a reading, it is repaired as before."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import repair_fiscal_year
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(report_dates: list[tuple[date, str]]) -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(2501, "๒๕๐๑", 3, 3),
               "start_date": Reading(date(1957, 10, 1), "๑/๑๐/๒๕๐๐", 5, 5),
               "end_date": Reading(date(1978, 9, 30), "๓๐/๙/๒๕๒๑", 6, 6)}
    reports = {n: {"report_date": Reading(d, text, 10 + n, 10 + n)} for n, (d, text) in enumerate(report_dates, 1)}
    return project, reports


def test_dates_outvoting_every_reading_of_the_field_keep_it_and_say_so():
    # (the dates in 2563, which no reading of "๒๕๐๑" is, not even under the misreads the table leaves out: 2567,
    # ๖ read ๐ and ๗ read ๑, is one of those, and the next test's)
    project, reports = _form([(date(2020, 1, 23), "23/01/2563"), (date(2020, 3, 23), "23/03/2563"),
                              (date(2020, 5, 23), "23/05/2563")])
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2501
    assert not [i for i in issues if i.code in ("value_repaired", "repair_ambiguous")]
    said = [i for i in issues if i.code == "implausible_value"]
    assert sorted(i.field for i in said) == ["projects.fiscal_year", "projects.fiscal_year_be", "projects.project_key"]
    assert json.loads(said[0].evidence)["candidates"] == [2561, 2563] and said[0].line_start == 3


def test_dates_outvoting_the_table_readings_repair_to_a_rare_reading_they_agree_on():
    # s38z's form: ๒๕๖๗ read ๒๕๐๑, its three Arabic report dates in 2567; 2567 is a reading of the field under the
    # misreads the table leaves out (๗ read ๑, measured in one printing of eight), and the one the dates agree on
    project, reports = _form([(date(2024, 1, 23), "23/01/2567"), (date(2024, 3, 23), "23/03/2567"),
                              (date(2024, 5, 23), "23/05/2567")])
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2567
    repaired = [i for i in issues if i.code == "value_repaired"]
    assert len(repaired) == 1 and not [i for i in issues if i.code == "implausible_value"]
    evidence = json.loads(repaired[0].evidence)
    assert evidence["rule"] == "fiscal_year" and evidence["rare_misreads"] and evidence["chosen"] == 2567
    assert evidence["printed"] == "๒๕๐๑" and repaired[0].line_start == 3


def test_dates_agreeing_with_a_reading_still_repair_it():
    project, reports = _form([(date(1958, 1, 23), "๒๓/๐๑/๒๕๐๑"), (date(1958, 3, 23), "๒๓/๐๓/๒๕๐๑"),
                              (date(2024, 5, 23), "23/05/2567")])
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2561
    assert [(i.code, json.loads(i.evidence)["rule"]) for i in issues] == [("value_repaired", "fiscal_year")]


def test_an_unreadable_field_is_not_given_a_reading_the_dates_outvote():
    project, reports = _form([(date(2024, 1, 23), "23/01/2567"), (date(2024, 3, 23), "23/03/2567"),
                              (date(2024, 5, 23), "23/05/2567")])
    project["fiscal_year_be_printed"] = Reading(None, "๒๕๐๑๑", 3, 3)  # a speck more: no year as printed
    del project["fiscal_year_be"]
    issues = repair_fiscal_year(project, reports, "k", [])
    assert "fiscal_year_be" not in project and not [i for i in issues if i.code == "value_repaired"]
    project, reports = _form([(date(1958, 1, 23), "๒๓/๐๑/๒๕๐๑"), (date(1958, 3, 23), "๒๓/๐๓/๒๕๐๑")])
    project["fiscal_year_be_printed"] = Reading(None, "๒๕๐๑๑", 3, 3)
    del project["fiscal_year_be"]
    repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2561


def test_dates_tied_with_a_year_no_reading_is_leave_the_field_open_unless_the_mentions_favour_it():
    """As many dates in a year no reading of the field's characters is as in the reading most dates allow: the
    dates leave the year open, and only the field's misread characters would pick the reading (set s56z: "๒๕595"
    for ๒๕๖๖, given 2556 by six dates while six fall in 2560 and 2566 as well, and the title's printings allowing
    2560 and 2566, not 2556).  Where the project's fiscal-year mentions do not favour the reading, an unreadable
    field is left unread, and a field read as another year is kept as printed and said implausible, as when the
    dates outvote it; where more of them allow the reading than the rival, it is taken as before."""
    tied = [(date(1958, 1, 23), "๒๓/๐๑/๒๕๐๑"), (date(2024, 3, 23), "23/03/2567"), (date(2024, 5, 23), "23/05/2567")]
    rival = [("heading", "2567", 0), ("heading", "๒๕๒๗", 0)]  # two printings of the title allowing 2567, not 2561
    for mentions in ([], rival):
        project, reports = _form(tied)  # start and end fall in 2561 too: three dates each in 2561 and 2567
        project["fiscal_year_be_printed"] = Reading(None, "๒๕๐๑๑", 3, 3)
        del project["fiscal_year_be"]
        issues = repair_fiscal_year(project, reports, "k", mentions)
        assert "fiscal_year_be" not in project and not [i for i in issues if i.code == "value_repaired"]
        project, reports = _form(tied)
        issues = repair_fiscal_year(project, reports, "k", mentions)
        assert project["fiscal_year_be"].value == 2501
        said = [i for i in issues if i.code == "implausible_value"]
        assert said and json.loads(said[0].evidence)["candidates"] == [2561, 2567]
        assert not [i for i in issues if i.code in ("value_repaired", "repair_ambiguous")]
    favour = [("heading", "๒๕๐๑", 0), ("heading", "๒๕๐๑", 0), ("heading", "2567", 0)]  # 2561 twice, 2567 once
    project, reports = _form(tied)
    issues = repair_fiscal_year(project, reports, "k", favour)
    assert project["fiscal_year_be"].value == 2561
    assert [(i.code, json.loads(i.evidence)["rule"]) for i in issues] == [("value_repaired", "fiscal_year")]
