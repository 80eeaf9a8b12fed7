"""BMA progress form, the flag rows of an entries table read across after the entries they close, the rest of the
table read otherwise (each entry's cells one under another, its header first; or the rows carried past a page break):
a run of plan flags back to back ("เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน"), a target row whose cells wrapped over two
lines ("ความสอดคล้อง เป็นไปตาม  เป็นไปตาม  เป็นไปตาม" / "กับเป้าหมาย  เป้าหมาย  เป้าหมาย  เป้าหมาย"; fresh sets
s67o, s69z, s71a), or whole over two lines (s67o): every cell stood after the last entry, the entries before lacked
their flags.  Where the row's cells are as many as the entries opened last, each read with cells of its own and
without that flag, they are those entries' flags in order (entries.flag_rows_after_columns), each said
(label_inferred); any other count leaves the row as read."""

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


def test_cells_not_as_many_as_the_entries_lacking_the_flag_read_no_flag():
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


def _cells(n: int) -> list[str]:
    return [f"รายงานครั้งที่ {n}", f"2020-{n + 3}-12", "จัดเตรียมข้อมูล/", f"ความก้าวหน้าของงานฯ = {n}0 %"]


def test_the_lower_rows_read_across_after_the_entries_cells_a_plan_run_and_a_wrapped_target_row():
    # (fresh set s67o: the entries' header, date, description and progress read down, their lower rows across)
    got, result = _parse(_cells(1), _cells(2), _cells(3),
                         ["0.- บาท\t0.- บาท\t0.- บาท", "เป็นไปตามแผน เป็นไปตามแผน ไม่เป็นไปตามแผน",
                          "เป็นไปตาม\tเป็นไปตาม\tไม่เป็นไปตาม", "9๑7\t9๑7", "เปาหมาย\tเปาหมาย\tเป้าหมาย"])
    assert got == {1: (True, True), 2: (True, True), 3: (False, False)}
    said = [i.field for i in result.issues if "read across" in i.message]
    # (the amounts' row, no label, each cell its unit, is their disbursements: entries.figure_rows_after_columns)
    assert said == (["progress_reports.disbursed"] * 3 + ["progress_reports.on_plan"] * 3
                    + ["progress_reports.on_target"] * 3)


def test_a_run_of_flags_after_a_table_read_column_by_column_is_left_to_the_assembly():
    got, result = _parse(["รายงานครั้งที่ 1", "รายงานครั้งที่ 2", "2020-4-12", "จัดเตรียมข้อมูล/", "2020-5-12",
                          "จัดทำโครงการ", "เป็นไปตามแผน", "ไม่เป็นไปตามแผน", "เป็นไปตามเป้าหมาย",
                          "ไม่เป็นไปตามเป้าหมาย"])
    assert not [i for i in result.issues if "read across" in i.message]


def test_entries_numbered_out_of_order_take_no_row():
    # (an entry numbered before the one above it, or the same as the one right above it: OCR misread its number,
    # or read a header twice; a number repeated past an entry whose number was lost is taken, a misread)
    got, result = _parse(_cells(5), _cells(2), ["เป็นไปตามแผน เป็นไปตามแผน"])
    assert not [i for i in result.issues if "read across" in i.message]
    got, result = _parse(_cells(5), _cells(5), ["เป็นไปตามแผน เป็นไปตามแผน"])
    assert not [i for i in result.issues if "read across" in i.message]
    got, result = _parse(_cells(5), ["รายงานครั้งที่ fie", "2020-9-12", "จัดเตรียมข้อมูล/", "ความก้าวหน้าของงานฯ = 60 %"],
                         _cells(5), ["เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน"])
    assert len([i for i in result.issues if "read across" in i.message]) == 3


def test_a_plan_row_wrapped_as_the_target_row_is_gives_each_entry_its_plan_flag():
    # (the plan row's cells wrapped over two lines as the target row's are: fresh set s75b)
    plan = ["ความสอดคล้อง เป็นไปตาม\tไม่เป็นไปตาม\tเป็นไปตาม", "กับแผน\tแผน\tแผน\tแผน"]
    got, result = _parse(_column(1, []), _column(2, []), _column(3, []), plan, _ROW)
    assert got == {1: (True, True), 2: (False, False), 3: (True, True)}
    said = sorted(i.field for i in result.issues if i.code == "label_inferred" and "on_" in (i.field or ""))
    assert said == ["progress_reports.on_plan"] * 3 + ["progress_reports.on_target"] * 3
