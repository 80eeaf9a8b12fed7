"""An entries table (entries as columns) whose header row's first header OCR read with a speck after its number,
a digit alone past a space ("ครั้งที่๑ 7<tab>ครั้งที่ ๒<tab>ครั้งที่ ๓", a stain or the cell's rule), its label cell
lost: the row is the table's header, the speck left out (transposed._speck_off_head).  Before, the row was read as
no header, and the whole table (a copy's three reports) as text before the first entry (fresh set s95o,
bma_progress_s95o009)."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from schemas.document import Line

_COLS = (0, 24, 48)


def _table(first: str) -> list[Line]:
    rows = (
        f"{first}\tครั้งที่ ๒\tครั้งที่ ๓",
        "วันที่รายงาน\t6/9/2567\t7/10/2567\t8/11/2567",
        "รายละเอียดการดำเนินงาน\tจัดทำโครงการ\tประชุมคณะกรรมการ\tจัดกิจกรรม",
        "ความก้าวหน้าของงานฯ\t10.00 %\t20.00 %\t30.00 %",
        "งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t1,500 บาท",
        "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
        "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
    )
    return [Line(i, text, cols=_COLS if i == 60 else (0, 24, 48, 72)) for i, text in enumerate(rows, start=60)]


def test_a_header_with_a_speck_after_its_number_opens_the_table():
    for first in ("ครั้งที่๑ 7", "ครั้งที่ ๑ |", "ครั้งที่ ๑"):
        result = parse_entries(_table(first))
        assert sorted(result.entries) == [1, 2, 3], first
        values, _ = figure_values(result.entries[3])
        assert values["progress_pct"] == Decimal("30") and values["disbursed"] == Decimal("1500"), first


def test_a_word_after_the_number_is_no_speck():
    from parsers.bma_progress.transposed import _speck_off_head

    assert _speck_off_head("ครั้งที่๑ 7") == "ครั้งที่๑"
    assert _speck_off_head("ครั้งที่ ๑ งาน") == "ครั้งที่ ๑ งาน"
    assert _speck_off_head("ครั้งที่ 1 17") == "ครั้งที่ 1 17"
