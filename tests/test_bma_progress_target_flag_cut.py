"""BMA progress form, a target flag whose object OCR lost: the entries table read column by column, each cell on
its own line, the column's last cell cut at a page's edge ("เป็นไปตามแผน" / "เป็นไปตาม" / page number / the next
column's "ครั้งที่ 2"); the opening words were dropped with the flags' lines (stacked._flag_lines) and the entry
lacked its target.  The opening words alone, right after the entry's plan flag and before the next entry, are its
target flag (entries.target_flags_cut), said (label_inferred); elsewhere they are left as they are."""

from tests.bma_entries import entry_flags


def _column(n: int, flags: list[str]) -> list[str]:
    return [f"ครั้งที่ {n}", f"2020-{n + 3}-12", "", "จัดเตรียมข้อมูล/", "จัดทำโครงการ", "", "11.50 %",
            "0.- บาท", "", *flags, ""]


def _parse(*columns: list[str]):
    return entry_flags(*[t for c in columns for t in c], start=90)


def test_the_opening_words_alone_after_the_plan_flag_are_the_target_flag_and_said():
    got, result = _parse(_column(1, ["เป็นไปตาม", "แผน", "เป็นไปตาม"]),
                         _column(2, ["เป็นไปตามแผน", "", "ไม่เป็นไปตาม"]),
                         _column(3, ["เป็นไปตามแผน", "เป็นไปตามเป้าหมาย"]))
    assert got == {1: (True, True), 2: (True, False), 3: (True, True)}
    said = [(i.field, i.line_start) for i in result.issues if i.code == "label_inferred"]
    assert said == [("progress_reports.on_target", 101), ("progress_reports.on_target", 114)]


def test_without_the_plan_flag_before_them_the_opening_words_read_no_flag():
    got, result = _parse(_column(1, ["เป็นไปตาม"]), _column(2, ["เป็นไปตามแผน", "เป็นไปตามเป้าหมาย"]))
    assert got[1] == (None, None) and not [i for i in result.issues if i.code == "label_inferred"]
