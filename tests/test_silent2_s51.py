"""Rows read or lost with no issue naming their table (silent misses of set s51z), one test per rule.

- An OBEC status group that lists more titles than the summary counts, one of them bearing no number at all (a
  speck, ". โครงการ": the word of a finding the page wrapped, then an item of the list read as the title's text):
  that title may be no project, and its rows the project's before it; said on each table of its rows, over the
  title's and its rounds' lines (read.number_titles; repair_ambiguous).
- A BMA progress copy whose entries' table OCR read past the certification: an expense line there that a narrow
  cell wrapped after its item and quantity ("ค่าเช่ารถโดยสาร 4 คัน" / "% 3,500 บาท.- = 14,000 บาท.-") is said
  (read.expenses_past_certification, _shaped_over_wrap; unplaced_text on expenses).
- A part read as a project of its own with no code, no fiscal year and no report entry, right after a coded
  project's part (the form's title repeated at a page's top): the coded project's entries' tables are said over
  its lines (pipeline.placement.parts_without_identity; unplaced_text keyed to the project before).
- A BMA report's expense line lost before its rows (its amount left as section 2's text, "5280 บาท"): the rows
  read right after it may each be numbered one place early; said on the table over them
  (parsers.bma_progress.rows.rows_after_lost_line; unplaced_text)."""

from __future__ import annotations

from parsers.bma_progress.read import expenses_past_certification
from parsers.bma_progress.rows import rows_after_lost_line
from parsers.obec_progress.read import CHILD_TABLES, Project, number_titles
from pipeline.placement import parts_without_identity
from schemas.document import CopyReading, Issue, ParseResult, Reading
from tests.lines import numbered_lines


def _group(printed: str, stated: int) -> list[tuple]:
    """Three completed projects, the second's number read as `printed` (kept by its place), under a
    summary that counts `stated`."""
    first = Project("completed", 1, numbered_lines("1. โครงการป้องกันและแก้ไขปัญหายาเสพติดในสถานศึกษา", start=260),
                    line_end=349)
    second = Project("completed", 2, numbered_lines("โครงการ", start=350), repaired=printed, line_end=424)
    third = Project("completed", 3, numbered_lines("2. โครงการรับนักเรียน", start=425), line_end=720)
    out = CopyReading(0, 1, 1000)
    number_titles([first, second, third], {"n_completed": Reading(stated, str(stated), 32, 32)}, out)
    return [(i.code, i.field, i.line_start, i.line_end) for i in out.issues]


def test_a_title_with_no_number_past_the_summarys_count_says_its_rows_tables():
    said = _group(".", 2)
    assert ("repair_ambiguous", "projects.group_seq", 350, 350) in said
    assert sorted(s for s in said if s[1] in CHILD_TABLES) == sorted(
        ("repair_ambiguous", table, 350, 424) for table in CHILD_TABLES)


def test_a_title_within_the_count_or_with_a_digit_says_only_its_number():
    for printed, stated in ((".", 3), (".", 4), ("2", 2), ("lo", 2), ("é", 2)):
        said = _group(printed, stated)
        assert not [s for s in said if s[1] in CHILD_TABLES], (printed, stated)
        assert ("projects.group_seq", 350) in [(s[1], s[2]) for s in said]


def test_an_expense_line_wrapped_after_its_quantity_past_the_certification_is_said():
    furniture = numbered_lines("ลงชื่อ.....(ผู้รับผิดชอบโครงการ)", "ครั้งที่ 4", "24 กรกฎาคม 2561",
                               "กิจกรรม ค่าเช่ารถโดยสาร 4 คัน", "% 3,500 บาท.- = 14,000 บาท.-", "78.50 %",
                               start=220)
    said = expenses_past_certification(furniture)
    assert [(i.code, i.field, i.line_start, i.line_end) for i in said] == [("unplaced_text", "expenses", 223, 224)]
    assert "ค่าเช่ารถโดยสาร" in said[0].message
    # the item and its figures with no sign nor money word between them: no expense line across the break
    assert expenses_past_certification(numbered_lines("กิจกรรม ค่าเช่ารถโดยสาร 4 คัน", "3,500 บาท",
                                                      start=223)) == []
    # a line's shape that opens on the next line is that line's own, not one across the break
    assert expenses_past_certification(numbered_lines("เป็นไปตามแผน", "ค่าวัสดุ = 4,400 บาท", start=223))[0].line_start \
        == 224


def _part(key: str, code: str | None, year: int | None, start: int, end: int, reports: int = 0) -> ParseResult:
    return ParseResult("bma_progress", {
        "projects": [{"project_key": key, "project_code": code, "fiscal_year_be": year, "line_start": start,
                      "line_end": end}],
        "progress_reports": [{"project_key": key, "seq": n} for n in range(1, reports + 1)]})


def test_a_part_with_no_identity_after_a_coded_project_says_its_entries_tables():
    first = _part("09000000-8767/2561", "09000000-8767", 2561, 1, 135, reports=4)
    loose = _part("bma_progress:?:efcb24185e67", None, None, 136, 328)
    second = _part("09000000-8768/2561", "09000000-8768", 2561, 337, 682, reports=7)
    said = parts_without_identity([first, loose, second])
    assert [(i.code, i.field, i.project_key, i.line_start, i.line_end) for i in said] == [
        ("unplaced_text", "progress_reports", "09000000-8767/2561", 136, 328),
        ("unplaced_text", "expenses", "09000000-8767/2561", 136, 328)]
    # a part with its own code, or its own entries, or a part overlapping the one before: nothing
    assert parts_without_identity([first, second]) == []
    assert parts_without_identity([first, _part("x", None, None, 136, 328, reports=2), second]) == []
    assert parts_without_identity([first, _part("x", None, None, 100, 328), second]) == []
    # forms with no code column (OBEC) are not asked
    obec = ParseResult("obec_progress", {"projects": [{"project_key": "o", "line_start": 1, "line_end": 9}]})
    assert parts_without_identity([obec, ParseResult("obec_progress", {"projects": [
        {"project_key": "p", "line_start": 10, "line_end": 20}]})]) == []


def _lost(start: int, end: int) -> Issue:
    return Issue("warning", "unplaced_text", "text in section 2 that no report entry holds looks like an expense "
                 "line: '5280 บาท'; its entry's expense lines may be lost", "5280 บาท", start, end, field="expenses")


_ROWS = [{"report_seq": 1, "seq": 1, "line_start": 400, "line_end": 402},
         {"report_seq": 3, "seq": 1, "line_start": 543, "line_end": 549},
         {"report_seq": 3, "seq": 2, "line_start": 549, "line_end": 553},
         {"report_seq": 7, "seq": 1, "line_start": 640, "line_end": 644}]


def test_rows_right_after_a_lost_expense_line_are_said():
    said = rows_after_lost_line([_lost(473, 543), _lost(504, 541)], _ROWS)
    assert [(i.code, i.field, i.line_start, i.line_end) for i in said] == [("unplaced_text", "expenses", 543, 553)]
    # no rows of an entry right after the text (the next begin further down): nothing
    assert rows_after_lost_line([_lost(500, 520)], _ROWS) == []
    # rows within the text's lines (the text after them: the entry's description, the lost line last) are not after it
    assert rows_after_lost_line([_lost(530, 560)], _ROWS) == []
    assert rows_after_lost_line([Issue("warning", "unplaced_text", "text in section 2", None, 473, 543,
                                       field="expenses")], _ROWS) == []
