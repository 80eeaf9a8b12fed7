"""BMA progress form, the progress and disbursement rows of an entries table read across after the entries they
close, the rest of the table read column by column (each entry's header, date and description one under another,
then the next entry's): "ความก้าวหน้า ๓๕.๐%<tab>26.0%<tab>86.5%" / "ของงานฯ" / "งบประมาณที่<tab>0 บาท.-<tab>..." /
"เบิกใช้" (opened shut set s77o, bma_progress_s77o001; fresh sets s75b, s70o, the latter's rows with no label).
Every entry lacked its figures, the rows stood as text.  Where a row's cells are as many as the entries opened last,
each read with cells of its own and none of that figure, they are those entries' figures in order
(entries.figure_rows_after_columns), each said (label_inferred); a cell no figure reads, another count, or a row
of bare numbers with no label, leaves the row as read."""

from decimal import Decimal

from parsers.bma_progress.entries import figure_values
from tests.bma_entries import entry_flags


def _column(n: int) -> list[str]:
    return [f"รายงานครั้งที่ {n}", f"2020-{n + 3}-12", "", "จัดเตรียมข้อมูล/", "จัดทำโครงการ", ""]


_FLAGS = ["ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน",
          "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย"]


def _figures(result) -> dict:
    out = {}
    for seq, e in sorted(result.entries.items()):
        values, _ = figure_values(e)
        out[seq] = (values.get("progress_pct"), values.get("disbursed"))
    return out


def test_the_rows_read_across_after_the_columns_give_each_entry_its_figures_and_say_so():
    _, result = entry_flags(*_column(1), *_column(2), *_column(3),
                            "ความก้าวหน้า ๓๕.๐%\t26.0% 86.5%", "ของงานฯ",
                            "งบประมาณที่\t0 บาท.-\t1,500 บาท.-  0 บาท.-", "เบิกใช้", *_FLAGS, start=90)
    got = _figures(result)
    assert got == {1: (35.0, Decimal("0")), 2: (26.0, Decimal("1500")), 3: (86.5, Decimal("0"))}
    said = [i.field for i in result.issues if i.code == "label_inferred" and "row read across" in i.message]
    assert said.count("progress_reports.progress_pct") == 3 and said.count("progress_reports.disbursed") == 3


def test_cells_not_as_many_as_the_entries_read_no_figure():
    _, result = entry_flags(*_column(1), *_column(2), *_column(3),
                            "ความก้าวหน้า ๓๕.๐% 26.0%", "ของงานฯ", start=90)
    assert all(v == (None, None) for v in _figures(result).values())
    assert not [i for i in result.issues if "row read across" in i.message]


def test_a_cell_no_figure_reads_leaves_the_row_as_read():
    _, result = entry_flags(*_column(1), *_column(2),
                            "ความก้าวหน้า 35.0% 26.0%", "งบประมาณที่ 0 บาท.- ฒ,อ๑๕", start=90)
    got = _figures(result)
    assert got == {1: (35.0, None), 2: (26.0, None)}
    assert not [i for i in result.issues if "row read across" in i.message and "disbursed" in (i.field or "")]


def test_a_row_with_other_words_is_no_figure_row():
    _, result = entry_flags(*_column(1), *_column(2), "ความก้าวหน้า 35.0% โครงการ 26.0%", start=90)
    assert all(v[0] is None for v in _figures(result).values())


def test_rows_whose_labels_stand_elsewhere_give_the_figures_when_each_amount_carries_its_unit():
    # (fresh set s70o: the labels' column read apart, the rows' cells alone: "๓.๐๐ %<tab>๑.50 %" / "๐ บาท.-<tab>0 บาท -")
    _, result = entry_flags(*_column(1), *_column(2), "๓.๐๐ %\t\t๑.50 %", "๐ บาท.-\t\t1,200 บาท -", start=90)
    assert _figures(result) == {1: (3.0, Decimal("0")), 2: (1.5, Decimal("1200"))}


def test_bare_numbers_with_no_label_and_no_unit_are_no_amount_row():
    _, result = entry_flags(*_column(1), *_column(2), "๓.๐๐ %\t\t๑.50 %", "๐\t\t1,200", start=90)
    assert _figures(result) == {1: (3.0, None), 2: (1.5, None)}
