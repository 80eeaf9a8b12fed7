"""A report header whose column OCR's reading order moved after the next report's ("1 2 3 5 4 7"), the header after
it not read as one (its number damaged, the report lost with it): the headers after it seem to number on from the
next number (7 after 4: 6 lost), yet its date falls between the dates of the reports numbered around it, so it stands
as printed, said (parsers.bma_progress.assemble._renumber, _dated_in_place).  Before, it was renumbered 6 and
report 4 was lost, its figures given to report 6."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from schemas.document import Line


def _entry(n: int, day: str, what: str, pct: int) -> list[str]:
    return [f"รายงานครั้งที่ {n} :: {day} : {what}",
            f"ความก้าวหน้าของงานฯ = {pct} % งบประมาณที่เบิกใช้ = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย"]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(100 + k, t) for k, t in enumerate(texts)]


def _moved(fourth_day: str) -> list[str]:
    return (_entry(1, "20/6/2567", "อยู่ระหว่างขั้นตอน", 21) + _entry(2, "2/7/2567", "จัดเตรียมข้อมูล", 26)
            + _entry(3, "20/7/2567", "ประชุมคณะกรรมการ", 40)
            + _entry(5, "29/9/2567", "ดำเนินการจัดกิจกรรม", 80)
            + _entry(4, fourth_day, "ได้รับการอนุมัติโครงการ", 61)
            + _entry(7, "30/11/2567", "ดำเนินการจัดกิจกรรมครบ", 100))


def test_a_moved_header_whose_next_report_was_lost_keeps_its_number_by_its_date_and_is_said():
    result = parse_entries(_lines(_moved("15/8/2567")))
    assert sorted(result.entries) == [1, 2, 3, 4, 5, 7]
    assert figure_values(result.entries[4])[0]["progress_pct"] == 61.0
    assert result.entries[4].description.startswith("ได้รับการอนุมัติ")
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and "reading order moved" in i.message]
    assert [i.line_start for i in said] == [108]


def test_a_header_below_the_last_dated_out_of_order_still_takes_the_next_number():
    # (dated after report 5: the dates do not place it between its neighbours; the headers after it decide, said)
    result = parse_entries(_lines(_moved("15/10/2567")))
    assert not any("reading order moved" in i.message for i in result.issues)
    assert 4 not in result.entries and figure_values(result.entries[6])[0]["progress_pct"] == 61.0
    assert any(i.code == "value_repaired" and i.line_start == 108 for i in result.issues)
