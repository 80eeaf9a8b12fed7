"""An entries table read column by column whose column OCR left no header (nor date) right after a whole column
(parsers.bma_progress.stacked._headless_column): its bare cells, its disbursement alone and its flags closing it,
where the next header is numbered two past the column before's (the one entry the headers skip), are that entry's,
numbered by the sequence and said (entry_cell_in_doubt); before, they were left as text after the entry before and
the entry was lost whole."""

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.test_bma_progress_entries_ocr import _lines

_LABELS = ("รายการ", "วันทีรายงาน", "รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้า", "ของงานฯ", "งบประมาณที่",
           "เบิกใช้", "ความสอดคล้อง", "กับแผน", "ความสอดคล้อง", "กับเป้าหมาย")
_FIRST = ("ครั้งที่ 1", "14 พ.ย. 63", "จัดทำ", "โครงการ", "เพื่อขออนุมัติ", "5", "Bo", "เป็นไปตาม", "แผน",
          "เป็นไปตาม", "เป้าหมาย")
_LOST = ("ได้รับ", "การอนุมัติ", "โครงการ", "และโอนเงิน", "Bo", "เป็นไปตาม", "แผน", "ไม่เป็นไปตาม", "เป้าหมาย")
_THIRD = ("ครั้งที่ 3", "6/1/64", "อยู่ระหว่างการ", "ติดต่อ", "20", "B1,500", "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย")


def test_a_column_whose_header_ocr_lost_is_the_next_entry():
    result = parse_entries(_lines(*_LABELS, *_FIRST, *_LOST, *_THIRD))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert entries[2].description == "ได้รับ การอนุมัติ โครงการ และโอนเงิน"
    assert entries[1].description == "จัดทำ โครงการ เพื่อขออนุมัติ"
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [(values[n]["on_plan"], values[n]["on_target"]) for n in (1, 2, 3)] == [(True, True), (True, False),
                                                                                    (True, True)]
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and "no header of its own" in i.message]
    assert len(said) == 1


def test_text_after_a_column_that_is_no_column_stays_as_it_was():
    result = parse_entries(_lines(*_LABELS, *_FIRST, "หมายเหตุ", *_THIRD))
    assert sorted(result.entries) == [1, 3]
    assert not any("no header of its own" in i.message for i in result.issues)


def test_bare_cells_after_a_column_where_the_headers_skip_no_entry_are_no_entry():
    # (the next header numbered right after the column before: the cells are that column's, or another's OCR read
    # apart, not an entry of their own)
    second = ("ครั้งที่ 2", *_THIRD[1:])
    result = parse_entries(_lines(*_LABELS, *_FIRST, *_LOST, *second))
    assert sorted(result.entries) == [1, 2]
    assert not any("no header of its own" in i.message for i in result.issues)
