"""An entries table (entries as columns) whose labels' column OCR (psm 3)
read on its own, and whose rows it then read across with no label: the date
row, the description's lines, the progress, the disbursement, the two flag
rows (transposed._labelless_row, told by the cells' shapes).  Two kinds of
damage the rows' shapes did not allow for (s25v007, set v; sil25a002):

* a date whose year the cell's width wrapped onto the next line alone
  ("10 พ.ย.<tab>16 ธ.ค. 2560" / "2560"): the year opened the description row,
  so the first date had no year and the first description opened "2560";
* two flag cells whose gap OCR read as one space ("เป็นไปตาม เป็นไปตาม" /
  "แผน<tab>แผน"): one cell for two entries, no flag row, so the flags ran on
  into the disbursement ("0 บาท แผน เป็นไปตาม ...") and both were lost.

Now the year finishes the date that lacks it (as under a labelled date row),
and the flags part as a labelled flag row's do (_flags_apart), in order,
said in doubt (entry_cell_in_doubt at the line)."""

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.test_bma_progress_entries_ocr import _lines

_LABELS = ("รายการ", "วันทีรายงาน", "รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้า", "ของงานฯ", "งบประมาณที่",
           "เบิกใช้", "ความสอดคล้อง", "กับแผน", "ความสอดคล้อง", "กับเป้าหมาย")


def _table(dates: tuple[str, ...], plan: tuple[str, ...], target: tuple[str, ...]):
    return _lines(*_LABELS, "รายงานครั้งที่ 2\tรายงานครั้งที่ 3", *dates, "จัดเตรียม\tจัดทำคำสั่ง",
                  "ข้อมูล/\tคณะกรรมการ", "17\t21", "0 บาท\t0 บาท", *plan, *target, start=190)


def test_a_wrapped_year_and_flags_whose_gap_collapsed():
    result = parse_entries(_table(("10 พ.ย.\t16 ธ.ค. 2560", "2560"), ("เป็นไปตาม เป็นไปตาม", "แผน\tแผน"),
                                  ("เป็นไปตาม เป็นไปตาม", "เป้าหมาย\tเป้าหมาย")))
    entries = result.entries
    assert sorted(entries) == [2, 3]
    assert str(entries[2].date) == "2017-11-10" and str(entries[3].date) == "2017-12-16"
    assert entries[2].description == "จัดเตรียม ข้อมูล/"
    for seq, progress in ((2, Decimal("17")), (3, Decimal("21"))):
        values, bad = figure_values(entries[seq])
        assert not bad, seq
        assert values["progress_pct"] == progress and values["disbursed"] == Decimal("0"), seq
        assert values["on_plan"] is True and values["on_target"] is True, seq
    doubts = [i for i in result.issues if i.code == "entry_cell_in_doubt"]
    assert {i.field for i in doubts} >= {"progress_reports.on_plan", "progress_reports.on_target"}


def test_flags_apart_keep_their_order_and_a_not():
    result = parse_entries(_table(("10 พ.ย. 2560\t16 ธ.ค. 2560",), ("ไม่เป็นไปตาม เป็นไปตาม", "แผน\tแผน"),
                                  ("เป็นไปตาม ไม่เป็นไปตาม", "เป้าหมาย\tเป้าหมาย")))
    values = {seq: figure_values(e)[0] for seq, e in result.entries.items()}
    assert (values[2]["on_plan"], values[2]["on_target"]) == (False, True)
    assert (values[3]["on_plan"], values[3]["on_target"]) == (True, False)


def test_a_figure_line_is_no_year():
    # a line of one short figure under the dates, when every date has its year: the description's, as before
    result = parse_entries(_table(("10 พ.ย. 2560\t16 ธ.ค. 2560", "2560"), ("เป็นไปตามแผน\tเป็นไปตามแผน",),
                                  ("เป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",)))
    assert str(result.entries[2].date) == "2017-11-10"
    assert "2560" in result.entries[2].description
