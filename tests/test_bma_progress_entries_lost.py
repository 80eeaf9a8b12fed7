"""Report entries the text prints but no copy read (parsers.bma_progress.rows.entries_lost): counted by their
plan and target flags, one each an entry, and said on the table, never lost in silence."""

from __future__ import annotations

import json
from decimal import Decimal

from parsers.bma_progress.assemble import EntriesResult, flags_shown
from parsers.bma_progress.clauses import Entry
from parsers.bma_progress.clauses import Event
from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.read import shown_reading
from parsers.bma_progress.rows import entries_lost
from pipeline.check import _Issues
from pipeline.stages import process_document
from schemas.document import Line, Merged, Reading
from tests.conftest import sample_text

SAMPLE = "001_fdefb2afb18072a2.txt"
HEADER_10 = "- รายงานครั้งที่ 10 :: 8/7/2563 :"
FIGURES_10 = (" :: ความก้าวหน้าของงานฯ = 70.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 10) = 19,400 บาท : เป็นไปตามแผน : "
              "เป็นไปตามเป้าหมาย")


def _lost_10(text: str) -> str:
    """Report 10's header and figure clauses damaged past reading (its number read "ASIAN ๑๐", its date
    garbled, its clause words torn), its flags whole."""
    assert HEADER_10 in text and FIGURES_10 in text
    return (text.replace(HEADER_10, "- ASIAN ๑๐ ).๓/๒๕๖๓")
            .replace(FIGURES_10, " :: ความก้าวหน้า ๓๐ % เบิก ๑๙,๕๐๐ : เป็นไปตามแผน : เป็นไปตามเป้าหมาย"))


def test_flags_count_the_entries_by_the_kind_printed_more_often():
    events = [Event("plan", 3, True), Event("target", 3, True), Event("plan", 7, False), Event("target", 9, True),
              Event("target", 12, True), Event("text", 13, text="เป็นไปตามแผน")]
    assert flags_shown(events) == [3, 9, 12]
    assert flags_shown([Event("plan", 2, True), Event("target", 2, True)]) == [2]
    assert flags_shown([Event("text", 1, text="ดำเนินการเป็นไปตามแผนงาน")]) == []


def test_a_copy_counts_its_flags_beside_the_entries_it_reads():
    lines = [Line(1, "รายงานครั้งที่ 1 :: 8/10/2562 : จัดทำโครงการ"),
             Line(2, ":: ความก้าวหน้าของงานฯ = 5.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : "
                     "เป็นไปตามเป้าหมาย"),
             Line(3, "ASIAN ๒ ).๑/๒๕๖๒ ขออนุมัติ"),
             Line(4, ":: ความก้าวหน้า ๓๐ % เบิก ๐ : ไม่เป็นไปตามแผน : ไม่เป็นไปตามเป้าหมาย")]
    result = parse_entries(lines)
    assert sorted(result.entries) == [1]
    assert result.shown == [2, 4]


def test_an_entry_whose_header_and_figures_ocr_damaged_is_said_lost_on_the_table():
    rows = process_document("001.txt", _lost_10(sample_text(SAMPLE)).encode("utf-8"))
    assert sorted(r["seq"] for r in rows["progress_reports"]) == list(range(1, 10))
    lost = [i for i in rows["issues"] if i["code"] == "entries_lost"]
    assert len(lost) == 1 and lost[0]["field"] == "progress_reports" and lost[0]["severity"] == "error"
    assert json.loads(lost[0]["evidence"]) == {"shown": 10, "read": list(range(1, 10)), "missing": [10]}
    assert rows["documents"][0]["status"] == "partial"
    # the check counts the lost row's facts as named: the table, by an issue of its project
    key = rows["projects"][0]["project_key"]
    assert _Issues(rows["issues"]).names_field(key, "progress_reports", "n_copies", (None, None))


def test_a_form_read_whole_says_no_entry_lost():
    rows = process_document("001.txt", sample_text(SAMPLE).encode("utf-8"))
    assert sorted(r["seq"] for r in rows["progress_reports"]) == list(range(1, 11))
    assert not [i for i in rows["issues"] if i["code"] == "entries_lost"]


def _entries(spans: dict[int, tuple[int, int]], flags: list[int] = ()) -> EntriesResult:
    return EntriesResult({n: Entry(n, a, b) for n, (a, b) in spans.items()}, [], [], shown=list(flags))


def test_a_number_below_an_entry_read_within_the_count_read_is_shown_lost_between_its_neighbours():
    shown = shown_reading(_entries({1: (10, 12), 3: (20, 22), 4: (30, 32)}))
    assert (shown.value, shown.line_start, shown.line_end) == (3, 12, 20)


def test_neighbours_read_out_of_line_order_still_span_the_lines_between_them():
    # set s49o's bma_progress_s49o001, a table read column by column: report 3's cells ran from line 113 to 211,
    # report 7's started at 145; the span (211, 145) met no row, and an expense line at 179 read under a report
    # numbered past the count went unsaid
    shown = shown_reading(_entries({1: (10, 12), 2: (20, 30), 3: (113, 211), 7: (145, 150), 8: (150, 171),
                                    9: (172, 187), 10: (189, 260)}))
    assert (shown.value, shown.line_start, shown.line_end) == (7, 145, 211)


def test_a_number_read_far_above_the_count_read_shows_no_entries_below_it():
    assert shown_reading(_entries({1: (10, 12), 2: (20, 22), 17: (30, 32)})) is None  # 17: misread, or text


def test_flags_no_entry_read_holds_show_the_lost_entries_where_they_stand():
    shown = shown_reading(_entries({1: (10, 12), 2: (20, 22)}, [11, 21, 40, 47]))
    assert (shown.value, shown.line_start, shown.line_end) == (4, 40, 47)
    assert shown_reading(_entries({1: (10, 12), 2: (20, 22)}, [11, 21])) is None


def _merged(spans: dict[int, tuple[int, int]], shown: list[Reading] = ()) -> tuple[Merged, dict]:
    reports = {n: {} for n in spans}
    tables = {"progress_reports": reports, "entries_shown": {i: {"count": r} for i, r in enumerate(shown)}}
    return Merged(tables, {}, [], {}, max(1, len(shown)), {"progress_reports": spans}), reports


def test_the_copy_showing_most_entries_says_how_many_and_where_after_the_vote():
    merged, reports = _merged({1: (10, 12), 2: (20, 22)}, [Reading(3, "3 flags", 40, 41), Reading(4, "4 flags", 50, 58)])
    [issue] = entries_lost(merged, reports)
    assert (issue.code, issue.field, issue.line_start, issue.line_end) == ("entries_lost", "progress_reports", 50, 58)
    assert json.loads(issue.evidence) == {"shown": 4, "read": [1, 2], "missing": [3, 4]}
    merged, reports = _merged({1: (10, 12), 2: (20, 22), 3: (30, 32)}, [Reading(3, "3 flags", 40, 41)])
    assert entries_lost(merged, reports) == []  # another copy read it


def test_a_form_with_expense_lines_says_their_entry_in_doubt_where_an_entry_is_lost():
    # set s36z: a table's header of entries 5 and 6 lost, 6's cells (its expense lines) read under 5, SILENTLY;
    # the lost entry's lines are lost with it or read under another entry: said on the expenses too
    merged, reports = _merged({1: (10, 12), 2: (20, 22)}, [Reading(3, "3 flags", 40, 48)])
    merged.tables["expenses"] = {(2, 1): {}}
    lost = entries_lost(merged, reports)
    assert [(i.field, i.line_start, i.line_end) for i in lost] == [("progress_reports", 40, 48), ("expenses", 40, 48)]


# A table read column by column: the headers, the date cells, the figure cells, then the flag column, one plan
# and one target flag a report; report 2's header, date and figures OCR damaged past reading, its flags whole.
_COLUMN_LOST_2 = ["รายงานครั้งที่ 1", "รายงานครั้งที่ 3",
                  "8/10/2562 : จัดทำโครงการ", "8/12/2562 : ประชุมคณะกรรมการ",
                  "ความก้าวหน้าของงานฯ = 5.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท",
                  "ความก้าวหน้าของงานฯ = 20.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0 บาท",
                  "เป็นไปตามแผน :", "ไม่เป็นไปตามแผน :", "เป็นไปตามแผน :",
                  "เป็นไปตามเป้าหมาย", "ไม่เป็นไปตามเป้าหมาย", "เป็นไปตามเป้าหมาย"]


def test_a_flag_column_counting_more_entries_than_read_gives_each_flag_to_the_report_its_place_numbers():
    result = parse_entries([Line(i + 1, t) for i, t in enumerate(_COLUMN_LOST_2)])
    assert sorted(result.entries) == [1, 3]
    # report 3 takes the third flags, not report 2's (the next in order): before, it read False, False
    assert result.entries[3].figures["plan"] is True and result.entries[3].figures["target"] is True
    assert result.entries[1].figures["plan"] is True
    said = {i.field: i for i in result.issues if i.code == "value_repaired"}
    assert set(said) == {"progress_reports.on_plan", "progress_reports.on_target"}
    plan = said["progress_reports.on_plan"]
    assert (plan.line_start, plan.line_end) == (7, 9)
    assert json.loads(plan.evidence) == {"rule": "flag_column", "shown": 3, "read": [1, 3], "lost": [2]}


def test_a_flag_column_as_many_as_the_entries_read_goes_in_order_unsaid():
    lines = [t for t in _COLUMN_LOST_2 if t not in ("ไม่เป็นไปตามแผน :", "ไม่เป็นไปตามเป้าหมาย")]
    result = parse_entries([Line(i + 1, t) for i, t in enumerate(lines)])
    assert [result.entries[n].figures["plan"] for n in (1, 3)] == [True, True]
    assert not [i for i in result.issues if i.code == "value_repaired"]


def test_a_flag_column_whose_lost_entries_are_the_last_goes_in_order_unsaid():
    lines = _COLUMN_LOST_2[:]
    lines[1] = "รายงานครั้งที่ 2"  # reports 1 and 2 read, 3 lost: its flags, the last, go to none either way
    lines[5] = lines[5].replace("(ครั้งที่ 3)", "(ครั้งที่ 2)")
    result = parse_entries([Line(i + 1, t) for i, t in enumerate(lines)])
    assert sorted(result.entries) == [1, 2]
    assert [result.entries[n].figures["plan"] for n in (1, 2)] == [True, False]
    assert not [i for i in result.issues if i.code == "value_repaired"]


def test_the_expense_lines_in_doubt_are_said_at_their_own_lines_too():
    # a lost entry's expense line read under an entry further down (line 70): the issue on the expenses reaches it
    merged, reports = _merged({1: (10, 12), 2: (20, 22)}, [Reading(3, "3 flags", 40, 48)])
    merged.tables["expenses"] = {(2, 1): {"amount": Reading(Decimal("14700.00"), "14,700.00", 70, 70)}}
    lost = entries_lost(merged, reports)
    assert [(i.field, i.line_start, i.line_end) for i in lost] == [("progress_reports", 40, 48), ("expenses", 40, 70)]
