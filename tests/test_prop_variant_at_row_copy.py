"""A field the copies disagree on whose kept reading is another copy's than
the row's: the `ocr_variant` issue stands at the field as the row's copy
reads it (the output row carries the lines of the first copy that has the
record), not at the kept reading's lines in a later copy, where no line of
the row is (the doubt was silent at the row)."""

from __future__ import annotations

import json
from datetime import date

from pipeline.stages import process_document
from tests.conftest import sample_text
from tests.test_dedupe_vote import SEED_003, first_copy


def _slipped(copy: str) -> str:
    return (copy.replace("นายธนูเทพ ประสานทอง", "นายธนูเทพ ประสานทอว")
                .replace("30/03/2566", "30/08/2566")
                .replace("ความก้าวหน้าของงานฯ = 20.00 %", "ความก้าวหน้าของงานฯ = 70.00 %"))


def _overlaps(issue: dict, row: dict) -> bool:
    return issue["line_start"] <= row["line_end"] and row["line_start"] <= issue["line_end"]


def test_variant_of_a_slip_in_the_first_copy_stands_at_the_row():
    copy = first_copy(sample_text(SEED_003))
    rows = process_document("first_slipped.txt", (_slipped(copy) + "\n" + copy + "\n" + copy).encode())
    reports = {r["seq"]: r for r in rows["progress_reports"]}
    report = reports[3]
    assert report["report_date"] == date(2023, 3, 30) and report["progress_pct"] == 20.0  # values as before
    project = rows["projects"][0]
    assert project["coordinator_name"] == "นายธนูเทพ ประสานทอง"
    variants = {i["field"]: i for i in rows["issues"] if i["code"] == "ocr_variant"}
    assert set(variants) == {"projects.coordinator_name", "progress_reports.report_date",
                             "progress_reports.progress_pct"}
    for name in ("progress_reports.report_date", "progress_reports.progress_pct"):
        issue = variants[name]
        assert _overlaps(issue, report), (name, issue["line_start"], report["line_start"], report["line_end"])
        kept = json.loads(issue["evidence"])["readings"][0]  # the kept reading first, at copy 2's lines
        assert kept["copies"] == 2 and kept["lines"][0] > report["line_end"]
        assert f"read at lines {kept['lines'][0]}-{kept['lines'][1]}" in issue["message"]
    assert _overlaps(variants["projects.coordinator_name"], project)


def test_variant_kept_from_the_row_copy_stays_at_the_kept_reading():
    copy = first_copy(sample_text(SEED_003))
    rows = process_document("three.txt", (copy + "\n" + _slipped(copy) + "\n" + copy).encode())
    report = {r["seq"]: r for r in rows["progress_reports"]}[3]
    issue = next(i for i in rows["issues"] if i["code"] == "ocr_variant" and i["field"] == "progress_reports.progress_pct")
    kept = json.loads(issue["evidence"])["readings"][0]
    assert [issue["line_start"], issue["line_end"]] == kept["lines"] and _overlaps(issue, report)
    assert "read at lines" not in issue["message"]
