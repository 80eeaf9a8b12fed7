"""The fiscal year settled by two of its printings read as is, the title block's unreadable
(years._year_as_printed): the Gantt chart's caption and the period's last month print it with no misread."""

from __future__ import annotations

import json

from pipeline.stages import process_document
from tests.conftest import sample_text

PROPOSAL = "002_e5b5a9d4d9adb57c.txt"


def _damaged(period: str) -> str:
    text = sample_text(PROPOSAL)
    text = text.replace("พ.ศ. ๒๕69", "พ.ศ. ๒๕อ")  # the title block's year past reading
    text = text.replace("ประจำปี พ.ศ.๒๕69", "ประจำปี พ.ศ.2๕6")  # the budget clause's lost a digit
    text = text.replace("\tปีงบประมาณ 2569\n", "\tไตรมาสที่ ๔\n")  # the KPI names a quarter, no year
    return text.replace("ดำเนินการในเดือนพฤศจิกายน 2568 – กรกฎาคม 2569", period)


def _issues(rows: dict, code: str, field: str) -> list[dict]:
    return [json.loads(i["evidence"]) for i in rows["issues"] if i["code"] == code and i["field"] == field]


def test_the_fiscal_year_two_printings_read_as_is_is_taken_and_the_period_repaired_by_it():
    rows = process_document("proposal.txt", _damaged("ดำเนินการในเดือนพฤศจิกายน ๒๕๒๘ – กรกฎาคม 2569").encode("utf-8"))
    project = rows["projects"][0]
    assert project["fiscal_year_be"] == 2569
    (fix,) = _issues(rows, "value_repaired", "projects.fiscal_year_be")
    assert fix["rule"] == "fiscal_year" and fix["chosen"] == 2569
    # the period's first year (๖ read as ๒) is then the one November has in fiscal year 2569
    assert str(project["start_date"]) == "2025-11-01"


def test_one_printing_read_as_is_settles_nothing():
    # the period's last year damaged too: the chart's caption alone prints 2569 as is
    rows = process_document("proposal.txt", _damaged("ดำเนินการในเดือนพฤศจิกายน ๒๕๒๘ – กรกฎาคม ๒๕๒๙").encode("utf-8"))
    assert rows["projects"][0]["fiscal_year_be"] is None
    assert not _issues(rows, "value_repaired", "projects.fiscal_year_be")
