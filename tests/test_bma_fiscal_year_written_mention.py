"""A BMA progress form's fiscal year read outside the archive's years in a document whose OCR never writes
๔ ๖ ๗ ๘ ๙ ("๒๕๒๕": 2564, 2565, 2567, 2568 or 2569 alike), where one of the project's fiscal-year mentions prints
the year with digits OCR writes as printed (a title's "ปีงบประมาณ ๒๕68", its 6 and 8 Arabic): that mention can be
one year alone, and the field is that year (repairs.fiscal_year_by_written_mention, rule fiscal_year_mentions)."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import repair_fiscal_year
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(fy: str = "๒๕๒๕") -> tuple[dict, dict]:
    digits = fy.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
    project = {"fiscal_year_be": Reading(int(digits), fy, 4, 4), "unread_digits": Reading("46789", "", 1, 40),
               # a start date OCR left unreadable: the form's dates tell nothing
               "start_date_printed": Reading("๑/๑อ/๒๕อ๓๑", "๑/๑อ/๒๕อ๓๑", 5, 5)}
    return project, {}


def _mention_repairs(issues):
    return [i for i in issues if i.code == "value_repaired" and i.evidence
            and json.loads(i.evidence).get("rule") == "fiscal_year_mentions"]


def test_a_mention_in_written_digits_names_the_year():
    project, reports = _form()
    mentions = [("heading", "๒๕68", 0), ("heading", "๒๕๒๕", 0)]
    issues = repair_fiscal_year(project, reports, "k", mentions)
    assert project["fiscal_year_be"].value == 2568
    [fixed] = _mention_repairs(issues)
    evidence = json.loads(fixed.evidence)
    assert evidence["chosen"] == 2568 and evidence["printings"] == ["๒๕68"] and fixed.line_start == 4
    assert fixed.field == "projects.fiscal_year_be"


def test_a_date_of_october_names_the_year_after():
    project, reports = _form("๒๕๒๑")  # 2561 or 2567
    issues = repair_fiscal_year(project, reports, "k", [("date", "๒560", 11)])
    assert project["fiscal_year_be"].value == 2561 and _mention_repairs(issues)


def test_mentions_in_thai_digits_alone_or_several_readings_tell_nothing():
    for mentions in ([("heading", "๒๕๒๕", 0), ("date", "๒๕๒๕", 5)],  # the field's own misreads over again
                     [("date", "259๕", 9)],  # an Arabic 9 among Thai digits may be a ๖, its ๕ an ๘
                     [("heading", "๒๕68", 0), ("date", "2565", 3)]):  # two mentions, two years: no choice
        project, reports = _form()
        issues = repair_fiscal_year(project, reports, "k", mentions)
        assert project["fiscal_year_be"].value == 2525 and not _mention_repairs(issues)


def test_a_year_none_of_the_fields_readings_is_not_taken():
    project, reports = _form()
    issues = repair_fiscal_year(project, reports, "k", [("heading", "2562", 0)])  # ๒๕๒๕ is no 2562
    assert project["fiscal_year_be"].value == 2525 and not _mention_repairs(issues)


def test_without_the_documents_unwritten_digits_nothing_is_chosen():
    project, reports = _form()
    del project["unread_digits"]
    issues = repair_fiscal_year(project, reports, "k", [("heading", "๒๕68", 0)])
    assert not _mention_repairs(issues)
