"""A report header whose column OCR's reading order moved after the next report's ("1 2 4 3"): its number, left
out by the headers before it, stands as printed where its date falls between the dates of the reports numbered
around it (parsers.bma_progress.assemble._dated_in_place); before, the sequence took it for a misread 5 and
report 3 was lost."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from schemas.document import Line


def _entry(n: int, day: str, what: str, pct: int) -> list[str]:
    return [f"รายงานครั้งที่ {n} :: {day} : {what}",
            f"ความก้าวหน้าของงานฯ = {pct} % งบประมาณที่เบิกใช้ = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย"]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(100 + k, t) for k, t in enumerate(texts)]


def _moved(third_day: str) -> list[str]:
    return (_entry(1, "20/6/2567", "อยู่ระหว่างขั้นตอน", 21) + _entry(2, "2/7/2567", "จัดเตรียมข้อมูล", 26)
            + _entry(4, "29/9/2567", "ดำเนินการจัดกิจกรรมครบ", 100)
            + _entry(3, third_day, "ได้รับการอนุมัติโครงการ", 90))


def test_a_header_moved_after_the_next_reports_keeps_its_number_by_its_date_and_is_said():
    result = parse_entries(_lines(_moved("15/8/2567")))
    assert sorted(result.entries) == [1, 2, 3, 4]
    assert figure_values(result.entries[3])[0]["progress_pct"] == 90.0
    assert result.entries[3].description.startswith("ได้รับการอนุมัติ")
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and "reading order moved" in i.message]
    assert [i.line_start for i in said] == [106]


def test_a_header_dated_out_of_order_is_not_kept_by_its_date():
    # (dated after report 4: its date does not place it between its neighbours, nothing is said by the dates)
    result = parse_entries(_lines(_moved("15/10/2567")))
    assert not any("reading order moved" in i.message for i in result.issues)
    assert sorted(result.entries) != [1, 2, 3, 4]
