"""A BMA progress form's entries table read column by column whose column of report headers OCR left
(nearly) unread, and whose column of figures (each "ความก้าวหน้าของงานฯ = .. งบประมาณที่เบิกใช้ (ครั้งที่ N)"
one report's, in order) names several reports wrongly: a document whose OCR never writes some digits (๖ read
๒, ๙ read ๑) or leaves a number unreadable ("๕@").  Where the table's other columns count as many rows (date
and description cells, flags of each kind) as there are figure groups, the first names 1 or nothing, and each
clause read is a reading of its place's digits or names a report whose own place holds a clause naming it
(its twin), each group is the report of its place (assemble._rows_counted, _twin_in_place, _column_places),
said, and the reports past the headers read open from their figures.  Before, the numbers read were kept
and the reports they repeat lost their rows."""

from __future__ import annotations

import json

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines as _lines

_HEADS = ("ครั้งที่", "รายงานครั้งที่", "๑", "๒")  # the headers' column, OCR'd to its first numbers only
_DATES = ("วันที่รายงาน : รายละเอียดการดำเนินงาน",
          "๕/๑/๒๕๖๔ : อยู่ระหว่างการเตรียมจัดทำคำสั่งเจ้าหน้าที่",
          "๒๕ ก.พ. ๒๕๖๔ : จัดเตรียมข้อมูล/จัดทำโครงการ",
          "๓/๓/๒๕๖๔ : จัดทำโครงการเพื่อขออนุมัติ",
          "๒๒ เม.ย. ๒๕๖๔ : เลื่อนการประชุมเชิงปฏิบัติการ",
          "๕ พ.ค. ๒๕๖๔ : ดำเนินการจัดสัมมนา",
          "๑๐ มิ.ย. ๒๕๖๔ : ดำเนินการจัดกิจกรรมครบทุกกิจกรรมตามแผน",
          "ผลการดำเนินงาน")
_PROGRESS = ("๑", "๒๕", "๓๑", "๕๒", "๕๕", "๑๐๐")


def _figures(*numbers: str) -> tuple[str, ...]:
    return tuple(f"ความก้าวหน้าของงานฯ = {p} งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = ๐ บาท.-"
                 for p, n in zip(_PROGRESS, numbers))


def _flags(n: int) -> tuple[str, ...]:
    return ("ความสอดคล้อง", *["เป็นไปตามแผน : เป็นไปตามเป้าหมาย"] * n)


def _placed(result) -> list[tuple[int, int]]:
    return [(json.loads(i.evidence)["read"], json.loads(i.evidence)["chosen"]) for i in result.issues
            if i.code == "value_repaired" and json.loads(i.evidence).get("rule") == "report_sequence"]


def test_several_misread_clauses_in_a_counted_column_are_the_reports_of_their_places():
    # place 4 unreadable, place 5 prints ๒ (a reading of ๕), place 6 prints ๑ (place 1's clause names 1: its twin)
    result = parse_entries(_lines(*_HEADS, *_DATES, *_figures("๑", "๒", "๓", "๕@", "๒", "๑"), *_flags(6)))
    assert sorted(result.entries) == [1, 2, 3, 4, 5, 6]
    assert [figure_values(result.entries[n])[0].get("progress_pct") for n in range(1, 7)] == \
        [1.0, 25.0, 31.0, 52.0, 55.0, 100.0]
    assert _placed(result) == [(2, 5), (1, 6)]
    # two readings of their places' digits (๕ for ๔, ๒ for ๖ where ๕ is read for 5)
    result = parse_entries(_lines(*_HEADS, *_DATES, *_figures("๑", "๒", "๓", "๕", "๕", "๒"), *_flags(6)))
    assert sorted(result.entries) == [1, 2, 3, 4, 5, 6] and _placed(result) == [(5, 4), (2, 6)]


def test_a_column_the_other_columns_do_not_count_or_a_clause_naming_another_row_is_left_to_the_clauses():
    # a flag row lost: the other columns count five rows, not six
    result = parse_entries(_lines(*_HEADS, *_DATES, *_figures("๑", "๒", "๓", "๕@", "๒", "๑"), *_flags(5)))
    assert sorted(result.entries) != [1, 2, 3, 4, 5, 6]
    # place 6 names 3: no reading of ๖, and place 3's clause names 4, so it is no twin either
    result = parse_entries(_lines(*_HEADS, *_DATES, *_figures("๑", "๒", "๔", "๕@", "๒", "๓"), *_flags(6)))
    assert (3, 6) not in _placed(result)
