"""A project's child table with two rows of the same key (schemas.arrow.TableSpec.key) is said: a
`repeated_row` warning names the table at each row's lines (pipeline.validate.repeated_keys), so a
block of another part of the document read into a project is not a silent extra row."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document
from pipeline.validate import repeated_keys

_DOC = Path(__file__).parent / "corpus" / "clean" / "obec_progress_001.txt"


def test_a_budget_section_printed_twice_in_one_project_is_said_at_both_rows():
    lines = _DOC.read_text(encoding="utf-8").split("\n")
    at = next(i for i, t in enumerate(lines) if t.startswith("การเบิกจ่ายงบประมาณประจำปีไตรมาสที่ ๑"))
    block = lines[at:at + 7]  # the heading, the planned and disbursed amounts and the note, with their blank lines
    assert block[-1].startswith("ผลการเบิกจ่ายงบประมาณ")
    text = "\n".join(lines[:at + 7] + [""] + block + lines[at + 7:])
    rows = process_document("doc.txt", text.encode("utf-8"))
    budgets = [r for r in rows["quarterly_budgets"] if r["line_start"] in (at + 1, at + 9)]
    assert len(budgets) == 2 and len({r["project_key"] for r in budgets}) == 1
    said = [i for i in rows["issues"] if i["code"] == "repeated_row"]
    assert sorted(i["line_start"] for i in said) == [at + 1, at + 9]
    assert {i["field"] for i in said} == {"quarterly_budgets"}
    # the document as printed has none
    plain = process_document("doc.txt", _DOC.read_bytes())
    assert not [i for i in plain["issues"] if i["code"] == "repeated_row"]


def test_rows_of_other_projects_or_with_an_unread_key_are_not_repeats():
    tables = {"quarterly_budgets": [
        {"project_key": "a", "fiscal_year_be": 2566, "quarter": 1, "line_start": 1, "line_end": 2},
        {"project_key": "b", "fiscal_year_be": 2566, "quarter": 1, "line_start": 5, "line_end": 6},
        {"project_key": "a", "fiscal_year_be": None, "quarter": 1, "line_start": 8, "line_end": 9}]}
    assert repeated_keys(tables) == []

