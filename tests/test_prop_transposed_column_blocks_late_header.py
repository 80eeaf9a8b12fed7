"""An entries table whose header row and date row OCR read across and whose
other rows it read column by column (parsers.bma_progress.transposed.
_column_blocks), with a late entry printed as a table of its own under it: OCR
read the late table's header ("รายงานครั้งที่ 3") where its reading crossed it,
between the first entry's column and the second's, and the late entry's rows
after the table; and the first entry's date wrapped, its year ("2562") read
at the top of the first entry's column.  Before, the header ended the blocks:
no entry of the table got its figures, and the late entry got the second's."""

from decimal import Decimal

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line
from tests.bma_entries import assert_entry_figures


def _lines(*texts: str, start: int = 100) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(texts, start=start)]


_HEAD = (
    "รายการ\tรายงานครังที 1\tรายงานครังที 2",
    "วันทีรายงาน\t12 ธันวาคม\t22 มิถุนายน 2563",
    "รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้า", "ของงานฯ", "งบประมาณที่", "เบิกใช้",
    "ความสอดคล้อง", "กับแผน", "ความสอดคล้อง", "กับเป้าหมาย", "รายการ",
)
_FIRST = ("2562", "อยู่ระหว่างการ", "เตรียมจัดทำ", "และผู้ร่วม", "โครงการ", "59.00 %", "0.00 บาท",
          "เป็นไปตามแผน", "เป็นไปตาม", "เป้าหมาย")
_SECOND = ("ยังไม่สามารถดำเนินการประชุม", "ตามกำหนด", "ค่าเกียรติบัตร = 4,800.00 บาท", "66.00 %",
           "34, 300.00 บาท", "ไม่เป็นไปตามแผน", "ไม่เป็นไปตามเป้าหมาย")
_LATE_ROWS = ("วันที่รายงาน\t18/8/2563", "รายละเอียดการ\tจัดกิจกรรมนิเทศ", "ความก้าวหน้าของงานฯ\t81.00 %",
              "งบประมาณที่เบิกใช้\t36,400.25 บาท", "ความสอดคล้องกับแผน\tเป็นไปตามแผน",
              "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย")


def test_a_late_header_between_two_column_blocks_stands_after_the_table():
    got = parse_entries(_lines(*_HEAD, *_FIRST, "รายงานครังที 3", *_SECOND, *_LATE_ROWS))
    entries = got.entries
    assert sorted(entries) == [1, 2, 3]
    want = {1: (Decimal("59"), Decimal("0"), True, "อยู่ระหว่างการ"),
            3: (Decimal("81"), Decimal("36400.25"), True, "จัดกิจกรรมนิเทศ")}
    assert_entry_figures(entries, want)
    assert entries[2].description.startswith("ยังไม่สามารถ")
    assert "2562" not in entries[1].description
    assert entries[1].date is not None and entries[1].date.year == 2019
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.seq" for i in got.issues)


def test_a_header_between_blocks_with_a_date_under_it_still_ends_the_blocks():
    # a date under the header: a column of its own (another table's, read interleaved), not set aside
    entries = parse_entries(_lines(*_HEAD, *_FIRST, "รายงานครังที 3", "18/8/2563", *_SECOND, *_LATE_ROWS)).entries
    assert "progress" not in entries[1].figures
