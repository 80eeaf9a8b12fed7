"""A table of entries as columns printed so narrow that each plan and target flag wrapped anywhere, even inside a
word ("เป็นไปตา" / "มแผน", "ไม่" / "เป็นไปตาม" / "แผน"), its gaps OCR read as spaces (fresh sets bp/set1 s19bpa005,
setb s19bpb001 and s19bpb014, m s19m007, w s19w002): the flag row's cells did not part into one per entry, so the
flags went to no entry or to the first, and the row's next lines ended the table.  Now a flag row whose first line
holds one word per entry, each the start of a flag, and whose next lines hold one word for each flag not yet whole
(after what the label's own wrap left), in order, gives each entry its flag, where exactly one reading of each
line fits and every flag ends whole and of one kind; said as flags cut short are (entry_cell_in_doubt).  Else the
row is read as before."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from schemas.document import Line

_TABLE = (
    "รายการ\tครั้งที่ 1\tครั้งที่ 2\tครั้งที่ 3\tครั้งที่ 4",
    "วันที่รายงาน\t3/3/2565\t15/4/2565\t10/5/2565\t23/6/2565",
    "รายละเอียดการ\tจัดทำ\tยังไม่ได้\tเวียนแจ้ง\tอยู่ระหว่าง",
    "ความก้าวหน้า\t1.5%\t1.0%\t12.0%\t25.0%",
    "งบประมาณที่\t0 บาท\t0 บาท\t0 บาท\t0 บาท",
)
_PLAN = (
    "ความสอดค เป็นไปตาม ไม่    เป็นไปตาม เป็นไปตา",
    "ล้องกับแผน แผน   เป็นไปตาม แผน   มแผน",
    "แผน",
)
_TARGET = (
    "ความสอดค เป็นไปตาม เป็นไปตา ไม่          เป็นไปตา",
    "ล้องกับ        เป้าหมาย    ม           เป็นไปตา ม",
    "เป้าหมาย                  เป้าหมาย ม           เป้าหมาย",
    "เป้าหมาย",
)


def _entries(*texts: str):
    result = parse_entries([Line(i, t) for i, t in enumerate(texts, start=1)])
    return result, {n: figure_values(result.entries[n])[0] for n in result.entries}


def test_flags_a_narrow_column_wrapped_inside_their_words_go_to_their_entries():
    result, values = _entries(*_TABLE, *_PLAN, *_TARGET)
    assert sorted(values) == [1, 2, 3, 4]
    assert [values[n]["on_plan"] for n in (1, 2, 3, 4)] == [True, False, True, True]
    assert [values[n]["on_target"] for n in (1, 2, 3, 4)] == [True, True, False, True]
    assert any(i.code == "entry_cell_in_doubt" and "on_plan" in (i.field or "") for i in result.issues)


def test_a_line_of_words_no_reading_of_which_fits_leaves_the_row_as_before():
    plan = list(_PLAN)
    plan[1] = "ล้องกับแผน แผน   เป็นไปตาม แผน"  # three words for four unfinished flags: no reading fits
    result, values = _entries(*_TABLE, *plan, *_TARGET)
    assert not any(values[n].get("on_plan") is not None for n in (2, 3, 4))


def test_flags_that_end_of_two_kinds_are_given_to_none():
    plan = list(_PLAN)
    plan[1] = "ล้องกับแผน แผน   เป็นไปตาม เป้าหมาย   มแผน"  # one entry's flag a target's in the plan row
    result, values = _entries(*_TABLE, *plan, *_TARGET)
    assert not any(values[n].get("on_plan") is not None for n in (2, 3, 4))
