"""A BMA progress entries-as-columns row whose values outnumber its cells
(a cell parted into several flags by their words) was placed by the page
column of a cell past the last one: an IndexError that failed the whole
document (fresh set q, a BMA progress form read as `internal_error`, every
field lost).  Values past the last cell now follow in order; the row is
said as before (entry_cell_in_doubt)."""

from parsers.bma_progress.transposed import _placed
from schemas.document import Line


def test_values_past_the_last_cell_follow_in_order():
    heads = [("รายงานครั้งที่ 1", 20), ("รายงานครั้งที่ 2", 40), ("รายงานครั้งที่ 3", 60), ("รายงานครั้งที่ 4", 80)]
    line = Line(10, "ความสอดคล้องกับแผน\tเป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน", cols=(0, 20))
    values = ["เป็นไปตามแผน", "เป็นไปตามแผน", "เป็นไปตามแผน"]  # one cell parted into three flags
    assert _placed(line, values, heads) == [0, 1, 2]


def test_values_as_many_as_their_cells_still_go_by_their_columns():
    heads = [("รายงานครั้งที่ 1", 20), ("รายงานครั้งที่ 2", 40), ("รายงานครั้งที่ 3", 60)]
    line = Line(10, "ความก้าวหน้าของงานฯ\t10.00 %\t30.00 %", cols=(0, 20, 60))
    assert _placed(line, ["10.00 %", "30.00 %"], heads) == [0, 2]
