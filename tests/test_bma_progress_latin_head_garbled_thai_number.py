"""An entries table read side by side whose header row has no label cell, its first header in Thai letters with
its number OCR garbled into a letter, and its last header OCR read as Latin letters before a number ("ครั้งที่ ร
<tab>ayn 8" for ครั้งที่ ๗, ครั้งที่ 8; fresh set s104p, bma_progress_s104p001).  Before, a Thai header whose number
was no digit kept the row from the run, and the table's block of reports 7 and 8 was lost whole, its cells read
into report 6.  The garbled number holds its place in the run, any number; the Latin cell's own number says where
the run stands, and must still run on (transposed._latin_in_run)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.transposed import _latin_closes_run
from schemas.document import Line

pytestmark = pytest.mark.usefixtures("repair_on")

_ROWS = (
    "วันที่รายงาน\t1 กรกฎาคม 2564\t12 สิงหาคม 2564",
    "รายละเอียดการดำเนินงาน\tดำเนินการจัดสัมมนา\tเบิกจ่ายตามงบประมาณ",
    "ความก้าวหน้าของงานฯ\t70.00 %\t82.00 %",
    "งบประมาณที่เบิกใช้\t0 บาท\t14,000 บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
)


def _table(head: str) -> list[Line]:
    return [Line(40, head, cols=(0, 33))] + [Line(i, text, cols=(0, 20, 50)) for i, text in enumerate(_ROWS, start=41)]


def test_a_thai_header_whose_number_ocr_garbled_holds_its_place_in_the_run():
    assert _latin_closes_run(["ครั้งที่ ร", "ayn 8"])
    assert _latin_closes_run(["ครั้งที่ ร", "ครั้งที่ 3", "ASIN 4"])
    result = parse_entries(_table("ครั้งที่ ร\tayn 8"))
    assert sorted(result.entries) == [7, 8]  # the garbled one numbered by the run
    assert result.entries[8].date.isoformat() == "2021-08-12"
    assert figure_values(result.entries[8])[0]["progress_pct"] == Decimal("82.00")


def test_the_latin_number_must_still_run_on():
    assert not _latin_closes_run(["ครั้งที่ ร", "ayn"])  # no number read anywhere
    assert not _latin_closes_run(["ครั้งที่ ร", "ครั้งที่ 3", "ASIN 7"])  # 7 does not follow 3
    assert not _latin_closes_run(["วันที่ ร", "ayn 8"])  # no Thai header: no header row
