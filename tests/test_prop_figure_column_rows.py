"""A table read row by row (a header, date and description cell per report) whose second page OCR read in blocks:
the header and description cells of several reports, then their figure cells one after another, then their flag
cells (fresh set w s19w008).  The figure cells' budget clauses name their report, but OCR misread most of those
numbers (๔ as «, ๖ as ๒, ๗ as ๓, ๘ as ๕): each group went to the report its number names or to the last
header's, all but one conflicting, and every flag to the last group.  Now a run of figure groups back to back is a
figure column: its groups go in order to the one run of reports lacking figures under which every printed number
is unreadable or a reading of its report's, said where it is so read; the flags after it go in order, kind by
kind, when they are as many as its groups, and else to none (said)."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.test_bma_progress_entries_ocr import _lines

_HEADS = (
    "รายงานครั้งที่ ๒ :: ๒๐ ธ.ค. ๒๕๖๐ : อยู่ระหว่างการเตรียมจัดทำคำสั่ง",
    ":: ความก้าวหน้าของงานฯ = ๑๐.๐% งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๐ บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "รายงานครั้งที่ ๓ :: ๓๐ ม.ค. ๖๑ : อยู่ระหว่างขั้นตอน",
    "รายงานครั้งที่ ๔ :: ๑ ก.พ. ๖๑ : ประชุมผู้บริหารสถานศึกษา",
    "รายงานครั้งที่ ๕ :: ๒๓ มี.ค. ๖๑ : เลื่อนการอบรม",
    "รายงานครั้งที่ ๖ :: ๑๕ เม.ย. ๖๑ : อยู่ระหว่างการเตรียมการอบรม",
)
_FIGURES = (
    "ความก้าวหน้าของงานฯ = ๑๕.๕%", "งบประมาณที่เบิกใช้ (ครั้งที่ ๓) = ๕๐๐ บาท",
    "ความก้าวหน้าของงานฯ = ๓๑.๐%", "งบประมาณที่เบิกใช้ (ครั้งที่ «) = ๐ บาท",
    "ความก้าวหน้าของงานฯ = ๓๕.๐%", "งบประมาณที่เบิกใช้ (ครั้งที่ ๕) = ๐ บาท",
    "ความก้าวหน้าของงานฯ = ๓๙.๐%", "งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๐ บาท",
)
_FLAGS = ("เป็นไปตามแผน", "เป็นไปตามเป้าหมาย", "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย",
          "ไม่เป็นไปตามแผน", "เป็นไปตามเป้าหมาย", "เป็นไปตามแผน", "ไม่เป็นไปตามเป้าหมาย")


def _values(*texts: str):
    result = parse_entries(_lines(*texts))
    return result, {n: figure_values(result.entries[n])[0] for n in result.entries}


def test_a_figure_column_read_as_a_block_goes_to_the_reports_its_numbers_may_name():
    result, values = _values(*_HEADS, *_FIGURES, *_FLAGS)
    assert sorted(values) == [2, 3, 4, 5, 6]
    assert [values[n]["progress_pct"] for n in (3, 4, 5, 6)] == [15.5, 31.0, 35.0, 39.0]
    assert [str(values[n]["disbursed"]) for n in (3, 4, 5, 6)] == ["500.00", "0.00", "0.00", "0.00"]
    assert [values[n]["on_plan"] for n in (3, 4, 5, 6)] == [True, True, False, True]
    assert [values[n]["on_target"] for n in (3, 4, 5, 6)] == [True, True, True, False]
    assert values[2]["progress_pct"] == 10.0 and values[2]["on_plan"] is True  # its own row, untouched
    said = [i for i in result.issues if i.code == "value_repaired" and "figure cells read as a block" in i.message]
    assert len(said) == 1 and "report 6" in said[0].message  # (ครั้งที่ ๒) read as 6: ๖ read ๒
    assert not any(i.code == "conflicting_figures" for i in result.issues)


def test_a_figure_column_whose_numbers_fit_no_run_of_reports_is_left_as_it_was():
    figures = list(_FIGURES)
    figures[1] = "งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๕๐๐ บาท"  # ๑ is no reading of 3 or 4: no run fits
    result, values = _values(*_HEADS, *figures, *_FLAGS)
    assert "progress_pct" not in values[3] and not any("read as a block" in i.message for i in result.issues)


def test_flags_not_as_many_as_the_column_s_groups_go_to_none_and_are_said():
    result, values = _values(*_HEADS, *_FIGURES, *_FLAGS[:-2])  # the last report's pair lost
    assert [values[n]["progress_pct"] for n in (3, 4, 5, 6)] == [15.5, 31.0, 35.0, 39.0]
    assert not any("on_plan" in values[n] or "on_target" in values[n] for n in (3, 4, 5, 6))
    said = {i.field for i in result.issues if i.code == "entry_cell_in_doubt"}
    assert said == {"progress_reports.on_plan", "progress_reports.on_target"}


def test_a_figure_column_none_of_whose_numbers_reads_as_printed_is_left_as_it_was():
    figures = [f.replace("(ครั้งที่ ๓)", "(ครั้งที่ «)").replace("(ครั้งที่ ๕)", "(ครั้งที่ «)") for f in _FIGURES]
    result, values = _values(*_HEADS, *figures, *_FLAGS)
    assert not any("read as a block" in i.message for i in result.issues)
    assert "progress_pct" not in values[3]  # the column's place is not pinned: the groups go where they went
