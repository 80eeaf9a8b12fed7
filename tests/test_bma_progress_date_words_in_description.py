"""An entries table read across (entries as columns) whose description cell wraps so that a line opens with
"วันที่ 3" ("ได้ดำเนินการ... ไปแล้วเมื่อ" / "วันที่ 3" / "พฤษภาคม 2561 ขณะนี้..."): the line was read as a second
date row, its label "วันที่", and it and the description's later lines, expense lines among them, were given to no
entry (bma_progress_s63z007: a description cut short, an entry's expense lines lost).  The block has read its
date row and is in its description row, no figure or flag row yet: "วันที่" there without "รายงาน" is the
description's own word (transposed._date_words_in_description).  A date row after the flags still opens the next
block."""

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import _date_words_in_description
from schemas.document import Line

_COLS = (0, 16, 34)


def _lines(*rows: str, start: int = 100) -> list[Line]:
    return [Line(i, text, cols=_COLS if text.count("\t") == 2 else ()) for i, text in enumerate(rows, start=start)]


_TABLE = (
    "รายการ\tครั้งที่ 1\tครั้งที่ 2",
    "วันที่รายงาน\t10 เมษายน 61\t6 พฤษภาคม 61",
    "รายละเอียด\tได้ดำเนินการประชุม\tจัดเตรียมข้อมูล",
    "การดำเนินงาน\tไปแล้วเมื่อ\tจัดทำโครงการ",
    "วันที่ 3\tประชุมผู้บริหาร",
    "พฤษภาคม\tค่าอาหาร 72 คน x 35 บาท = 2,520 บาท",
    "ความก้าวหน้าของงานฯ\t7.00 %\t39.00 %",
    "งบประมาณที่เบิกใช้\t0 บาท\t2,520 บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
)


def test_a_description_line_opening_with_the_word_for_day_goes_on_with_the_description():
    result = parse_entries(_lines(*_TABLE))
    assert sorted(result.entries) == [1, 2]
    assert result.entries[1].description == "ได้ดำเนินการประชุม ไปแล้วเมื่อ วันที่ 3 พฤษภาคม"
    assert result.entries[2].description == "จัดเตรียมข้อมูล จัดทำโครงการ ประชุมผู้บริหาร"
    assert [(e.item, e.amount) for e in result.entries[2].expenses] == [("ค่าอาหาร", "2,520")]


def test_a_date_row_is_read_as_one_where_the_description_row_is_not_the_last_read():
    assert _date_words_in_description("วันที่", [("วันที่รายงาน", [[], []]), ("รายละเอียด", [[], []])])
    assert not _date_words_in_description("วันที่รายงาน", [("วันที่รายงาน", [[], []]), ("รายละเอียด", [[], []])])
    assert not _date_words_in_description("วันที่", [("รายละเอียด", [[], []])])
    assert not _date_words_in_description("วันที่", [("วันที่รายงาน", [[], []]), ("รายละเอียด", [[], []]),
                                                       ("ความก้าวหน้า", [[], []])])
