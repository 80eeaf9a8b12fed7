"""A repair chosen by the fiscal year's window where the fiscal year itself was kept as printed in digits the
document's OCR may have misread: the window may be another year's, so the repair is no surer than the year (fresh
set s73b, bma_progress_s73b003: the year ๒๕๖๖ read '๒๕5๐', 2550, flagged ocr_digits_doubtful; the start date
'๑/๑๐/๒๕๐๕' fitted to it as 2006-10-01 and said a sure repair, wrong).  pipeline.doubtful.year_in_doubt makes
it repair_ambiguous, the value kept; with the year not in doubt, or a repair by another rule, nothing changes."""

from __future__ import annotations

import json

from pipeline.doubtful import year_in_doubt
from schemas.document import Issue

KEY = "bma_progress:2550:85247a91f0d4"


def _repair(rule: str, key: str = KEY) -> Issue:
    evidence = {"rule": rule, "printed": "๑/๑๐/๒๕๐๕", "read": "1962-10-01", "candidates": ["2006-10-01"],
                "chosen": "2006-10-01"}
    return Issue("warning", "value_repaired", "start date: ...", json.dumps(evidence, ensure_ascii=False), 22, 22,
                 project_key=key, field="projects.start_date")


_YEAR = Issue("warning", "ocr_digits_doubtful", "projects.fiscal_year_be: ...", {"text": "๒๕5๐"}, 17, 20,
              project_key=KEY, field="projects.fiscal_year_be")


def test_a_window_repair_under_a_year_in_doubt_is_in_doubt():
    out = year_in_doubt([_YEAR, _repair("fiscal_year_window")])
    assert [i.code for i in out] == ["ocr_digits_doubtful", "repair_ambiguous"]
    evidence = out[1].evidence if isinstance(out[1].evidence, dict) else json.loads(out[1].evidence)
    assert evidence["read"] == "2006-10-01" and evidence["candidates"] == ["2006-10-01"]


def test_without_the_year_in_doubt_or_by_another_rule_the_repair_stands():
    assert [i.code for i in year_in_doubt([_repair("fiscal_year_window")])] == ["value_repaired"]
    assert [i.code for i in year_in_doubt([_YEAR, _repair("product")])] == ["ocr_digits_doubtful", "value_repaired"]
    assert [i.code for i in year_in_doubt([_YEAR, _repair("fiscal_year_window", "another")])] == [
        "ocr_digits_doubtful", "value_repaired"]


def test_a_window_repair_under_a_year_taken_in_doubt_is_in_doubt():
    # fresh set s83a, bma_progress_s83a006: ๒๕๖๗ read '๒๕๒๐', 2566 taken in doubt (rule written_digits), its dates
    # fitted to 2566's window
    taken = Issue("warning", "repair_ambiguous", "the fiscal year printed '๒๕๒๐' reads 2520; ...",
                  json.dumps({"rule": "written_digits", "printed": "๒๕๒๐", "read": 2520, "chosen": 2566}), 25, 25,
                  project_key=KEY, field="projects.fiscal_year_be")
    out = year_in_doubt([taken, _repair("fiscal_year_window"), _repair("product")])
    assert [i.code for i in out] == ["repair_ambiguous", "repair_ambiguous", "value_repaired"]
    assert "in doubt" in out[1].message


def test_a_report_date_put_in_order_inside_a_year_taken_in_doubt_is_in_doubt():
    # fresh set s119q, bma_progress_s119q004: ๒๕๖๗ printed '๒๕๒', 2563 taken in doubt by the odds of the digits OCR
    # reads; report 2's '๓๑ มี.ค. ๒๕๒๓' put in order inside 2563's window as 2020-03-31 (truth 2024-03-31)
    taken = Issue("warning", "repair_ambiguous", "the fiscal year printed '๒๕๒' is unreadable; ...",
                  json.dumps({"rule": "read_odds", "printed": "๒๕๒", "read": None, "chosen": 2563}), 6, 6,
                  project_key=KEY, field="projects.fiscal_year_be")
    ordered = Issue("warning", "value_repaired", "report 2's date: ...",
                    json.dumps({"rule": "date_order", "printed": ":: ๓๑ มี.ค. ๒๕๒๓", "read": "1980-03-31",
                                "candidates": ["2020-03-31"], "chosen": "2020-03-31"}, ensure_ascii=False), 63, 81,
                    project_key=KEY, field="progress_reports.report_date")
    out = year_in_doubt([taken, ordered])
    assert [i.code for i in out] == ["repair_ambiguous", "repair_ambiguous"]
    assert [i.code for i in year_in_doubt([ordered])] == ["value_repaired"]
