"""BMA progress form, the target row of an entries table whose other rows OCR read down their columns (each entry's
cells one under another, its plan flag last), the row itself read across after them, each cell wrapped over two
lines ("ความสอดคล้อง เป็นไปตาม  เป็นไปตาม  เป็นไปตาม" / "กับเป้าหมาย  เป้าหมาย  เป้าหมาย  เป้าหมาย"; fresh sets
s69z, s71a): no flag clause read either line and the entries lacked their target flags.  Where the row's cells are
as many as the plan flags read since the last target flag, each in an entry of its own, they are those entries'
target flags in order (entries.target_row_after_columns), each said (label_inferred); any other count leaves the
lines as read."""

from tests.bma_entries import entry_flags


def _column(n: int, plan: list[str], target: list[str] = ()) -> list[str]:
    return [f"รายงานครั้งที่ {n}", f"2020-{n + 3}-12", "", "จัดเตรียมข้อมูล/", "จัดทำโครงการ", "", "11.50 %",
            "0.- บาท", "", *plan, *target, ""]


def _parse(*texts: list[str]):
    return entry_flags(*[t for c in texts for t in c], start=90)


_ROW = ["ความสอดคล้อง เป็นไปตาม\tไม่เป็นไปตาม\tเป็นไปตาม", "กับเป้าหมาย\tเป้าหมาย\tเป้าหมาย\tเป้าหมาย"]


def test_the_row_read_across_after_the_columns_gives_each_entry_its_target_flag_and_says_so():
    got, result = _parse(_column(1, ["เป็นไปตาม", "แผน"], ["เป็นไปตามเป้าหมาย"]),
                         _column(2, ["เป็นไปตาม", "แผน"]), _column(3, ["ไม่เป็นไปตามแผน"]),
                         _column(4, ["เป็นไปตาม", "แผน"]), _ROW)
    assert got == {1: (True, True), 2: (True, True), 3: (False, False), 4: (True, True)}
    said = [i.field for i in result.issues if i.code == "label_inferred"]
    assert said == ["progress_reports.on_target"] * 3


def test_an_ocr_speck_line_between_the_row_lines_and_the_labels_lost():
    got, _ = _parse(_column(1, ["เป็นไปตามแผน"]), _column(2, ["เป็นไปตามแผน"]),
                    ["เป็นไปตาม\tเป็นไปตาม", "9๑7\t9๑7", "เปาหมาย\tเป้าหมาย"])
    assert got == {1: (True, True), 2: (True, True)}


def test_cells_not_as_many_as_the_plan_flags_read_no_flag():
    got, result = _parse(_column(1, ["เป็นไปตาม", "แผน"], ["เป็นไปตามเป้าหมาย"]),
                         _column(2, ["เป็นไปตาม", "แผน"]), _column(3, ["เป็นไปตามแผน"]), _ROW)
    assert got == {1: (True, True), 2: (True, None), 3: (True, None)}
    assert not [i for i in result.issues if i.code == "label_inferred"]


def test_a_row_line_with_other_words_is_no_target_row():
    got, result = _parse(_column(1, ["เป็นไปตามแผน"]), _column(2, ["เป็นไปตามแผน"]),
                         ["เป็นไปตาม\tเป็นไปตาม", "ของโครงการ\tเป้าหมาย\tเป้าหมาย"])
    assert got[1] == (True, None)
    assert not [i for i in result.issues if "read across" in i.message]


def test_a_row_of_whole_cells_past_a_page_break_one_cell_read_as_a_clause_of_the_last_entry():
    # (fresh set s67o: the row's cells run on over two lines, the second line's first cell read as a flag clause
    # that went to the last entry, whose flag is the other cell, not met)
    got, result = _parse(_column(1, ["เป็นไปตาม", "แผน"], ["เป็นไปตามเป้าหมาย"]),
                         _column(2, ["เป็นไปตาม", "แผน"]), _column(3, ["เป็นไปตาม", "แผน"]),
                         _column(4, ["ไม่เป็นไปตาม", "แผน"]),
                         ["= 3 a", "", "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย",
                          "เป็นไปตามเป้าหมาย ไม่เป็นไปตามเป้าหมาย"])
    assert got == {1: (True, True), 2: (True, True), 3: (True, True), 4: (False, False)}
    assert len([i for i in result.issues if "read across" in i.message]) == 3
