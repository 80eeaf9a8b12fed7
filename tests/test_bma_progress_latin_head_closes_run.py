"""An entries table read side by side whose header row has no label cell, its first header in Thai letters and its
last OCR read as Latin letters before its number ("ครั้งที 1<tab>ARN 2" for ครั้งที่ 1, ครั้งที่ 2; fresh set s78b,
bma_progress_s78b002): the row is a header row by its first cell, the last cell a header by its number running on
from the Thai headers' (transposed._latin_closes_run), and said (entry_cell_in_doubt).  Before, the row was read as
no header row and the table's two reports were lost whole."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.transposed import _latin_closes_run, untranspose_with_doubts
from schemas.document import Line

_ROWS = (
    "วันที่รายงาน\t24/3/2567\t9/4/2567",
    "รายละเอียดการดำเนินงาน\tได้รับการอนุมัติโครงการ\tแต่งตั้งคณะกรรมการ",
    "ความก้าวหน้าของงานฯ\t8.5%\t19.0%",
    "งบประมาณที่เบิกใช้\t0.- บาท\t0.- บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
)


def _table(head: str) -> list[Line]:
    return [Line(40, head, cols=(0, 33))] + [Line(i, text, cols=(0, 20, 50)) for i, text in enumerate(_ROWS, start=41)]


def test_a_header_row_whose_last_header_is_latin_letters_opens_the_table():
    lines = _table("ครั้งที 1\tARN 2")
    out, issues = untranspose_with_doubts(lines)
    assert [ln.text for ln in out if ln.text.startswith("รายงาน")][1].startswith("รายงานครั้งที่ 2")
    assert any(i.code == "entry_cell_in_doubt" and "ARN" in i.message and i.field == "progress_reports.seq"
               for i in issues)
    result = parse_entries(lines)
    assert sorted(result.entries) == [1, 2]
    assert result.entries[2].date.isoformat() == "2024-04-09"
    assert figure_values(result.entries[2])[0]["progress_pct"] == Decimal("19.0")


def test_the_last_latin_header_needs_its_number_running_on():
    assert _latin_closes_run(["ครั้งที 1", "ARN 2"])
    assert _latin_closes_run(["ครั้งที่ ๓", "ครั้งที่ 4", "ASIN ๕"])
    assert not _latin_closes_run(["ครั้งที 1", "ARN 5"])  # a number out of the run
    assert not _latin_closes_run(["ครั้งที 1", "ARN"])  # no number: a word
    assert not _latin_closes_run(["วันที่ 1", "ARN 2"])  # no Thai header: no header row
    assert not _latin_closes_run(["ครั้งที 1", "ABCDEFGH 2"])  # more letters than a header's words OCR'd
    # the row not taken (a number out of the run): no table, no report read from it
    out, issues = untranspose_with_doubts(_table("ครั้งที 1\tARN 7"))
    assert not any("ARN" in i.message for i in issues)
