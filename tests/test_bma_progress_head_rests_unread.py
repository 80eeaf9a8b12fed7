"""A header row of a table with entries as columns whose headers a wrap cut ("รายการ รายงานครั้ง รายงาน
รายงานครั้ง"), the line of their rests under it OCR garbled past reading ("|<tab>ii ๑<tab>ครั้งที่2 13"): with the
date row right under holding one date for each header, the row is the table's header row, its headers numberless
(the entries' sequence numbers them, and says so).  Before, no header row was read, and the block's entries were
lost whole with their figures (fresh s87o008 reports 1-8)."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.transposed import untranspose
from tests.lines import numbered_lines as _lines


def _table(dates: str) -> list:
    return _lines(
        "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ",
        "รายการ รายงานครั้ง รายงาน รายงานครั้ง",
        "|\tii ๑\tครั้งที่2 13",
        dates,
        "รายละเอียดการดำเนินงาน\tจัดทำคำสั่ง\tประชุมผู้บริหาร\tจัดสัมมนา",
        "ความก้าวหน้าของงานฯ\t10.0%\t20.0%\t30.0%",
        "งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t500 บาท",
        "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tไม่เป็นไปตามแผน",
        "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
    )


def test_cut_headers_over_garbled_rests_and_a_date_each_are_the_header_row():
    result = parse_entries(_table("วันที่รายงาน ๒๓/๑๐/๒๕๖๑ 01/11/2561 ๐๑/๑๒/๒๕๖๑"))
    assert sorted(result.entries) == [1, 2, 3]
    assert [result.entries[n].date.isoformat() for n in (1, 2, 3)] == ["2018-10-23", "2018-11-01", "2018-12-01"]
    values, bad = figure_values(result.entries[3])
    assert not bad
    assert values["progress_pct"] == Decimal("30") and values["disbursed"] == Decimal("500")
    assert values["on_plan"] is False and values["on_target"] is True
    # the numbers the sequence gave are said
    assert any(i.field == "progress_reports.seq" for i in result.issues)


def test_without_a_date_for_each_header_the_garbled_rests_make_no_header_row():
    """Two dates under three cut headers: the date row does not confirm the row's width, so the garbled line is
    not read as the headers' rests."""
    lines = _table("วันที่รายงาน ๒๓/๑๐/๒๕๖๑ 01/11/2561")
    assert not any(ln.text.startswith("รายการ\tรายงานครั้งที่") for ln in untranspose(lines))
