"""A BMA entries table whose columns are the entries (parsers.bma_progress.transposed)
whose header row OCR read as its headers one under another, a line each, right over the
block's date row of as many cells: the headers are one header row again
(parsers.bma_progress.transposed.heads_over_row), each entry read with its own cells;
a run of headers over no date row, more headers than the row's cells, or numbers that
do not run on, stay as they stand."""

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import heads_over_row
from schemas.document import Line


def _table(heads: list[str], dates: tuple[str, tuple[int, ...]]) -> list[Line]:
    rows = [
        dates,
        ("รายละเอียดการ\tอยู่ระหว่าง\tอยู่ระหว่างการเตรียมจัดทำคำสั่ง", (0, 18, 38)),
        ("ดำเนินงาน\tขั้นตอน...แต่งตั้ง\tเจ้าหน้าที่ และผู้ร่วมโครงการ", (0, 19, 39)),
        ("คณะกรรมการฯ\tค่าเกียรติบัตร จำนวน 130 ใบๆ ละ 35 บาท", (0, 38)),
        ("เป็นเงิน 4,550 บาท", ()),
        ("ความก้าวหน้า\t38.00 %\t40.00 %", (0, 18, 39)),
        ("ของงานฯ", ()),
        ("งบประมาณที่เบิก\t0 บาท\t4,550 บาท", (0, 18, 39)),
        ("ใช้", ()),
        ("ความสอดคล้อง\tเป็นไปตามแผน\tไม่เป็นไปตามแผน", (0, 18, 37)),
        ("กับแผน", ()),
        ("ความสอดคล้อง\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 17, 37)),
        ("กับเป้าหมาย", ()),
    ]
    lines = []
    no = 100
    for head in heads:
        lines += [Line(no, head), Line(no + 1, "", "blank")]
        no += 2
    for text, cols in rows:
        lines += [Line(no, text, cols=cols), Line(no + 1, "", "blank")]
        no += 2
    return lines


_DATES = ("วันที่รายงาน\t2018-5-29\t2018-6-28", (0, 18, 39))


def test_headers_one_under_another_over_a_date_row_of_as_many_cells_head_their_columns():
    # the second header's words OCR damaged by a letter, its number whole
    got = parse_entries(_table(["รายงานครั้งที่ 1", "รายงานครังที 2"], _DATES))
    assert sorted(got.entries) == [1, 2]
    one, two = got.entries[1], got.entries[2]
    assert (str(one.date), str(two.date)) == ("2018-05-29", "2018-06-28")
    assert (one.figures.get("progress"), two.figures.get("progress")) == ("38.00", "40.00")
    assert (one.figures.get("budget"), two.figures.get("budget")) == ("0", "4,550")
    assert (one.figures.get("plan"), two.figures.get("plan")) == (True, False)
    assert not one.expenses and [(e.item, e.amount) for e in two.expenses] == [("ค่าเกียรติบัตร", "4,550")]
    assert "คณะกรรมการ" in one.description and "คณะกรรมการ" not in two.description


def test_the_headers_become_one_row_at_their_date_cells_columns():
    lines = heads_over_row(_table(["รายงานครั้งที่ 1", "รายงานครังที 2"], _DATES))
    row = next(ln for ln in lines if "รายงานครั้งที่ 1" in ln.text)
    assert row.text == "รายงานครั้งที่ 1\tรายงานครังที 2" and row.cols == (18, 39)
    assert not any(ln.text == "รายงานครังที 2" for ln in lines)


def test_headers_that_do_not_fit_the_date_row_stay_as_they_stand():
    # three headers over a row of two dates, numbers that do not run on, or no date row under them
    for heads, dates in ((["รายงานครั้งที่ 1", "รายงานครั้งที่ 2", "รายงานครั้งที่ 3"], _DATES),
                         (["รายงานครั้งที่ 1", "รายงานครั้งที่ 3"], _DATES),
                         (["รายงานครั้งที่ 1", "รายงานครั้งที่ 2"], ("2018-5-29 : ประชุม", ()))):
        lines = _table(heads, dates)
        assert heads_over_row(lines) == lines


def test_a_labelless_date_row_of_a_specked_cell_and_a_cell_ocr_damaged_is_the_blocks_date_row():
    # (parsers.bma_progress.transposed._labelless_row) the block's labels OCR read apart before it; its date row's
    # first cell with a rule's speck glued before it, its second with a digit read as a letter ("อ"): each entry its
    # date cell as printed, the speck left out; before, the block was no table and both entries were lost
    from tests.lines import celled_lines, untransposed_dates
    block = [("รายงานครั้งที่ ๑\tรายงานครั้งที่ ๒", (0, 22)),
             ("๑๕/๒/๒๕๖๔\t๑๒/๓/๒๕๖๔", (0, 21)),
             ("ประชุมผู้บริหาร\tอยู่ระหว่างขั้นตอน", (0, 21)),
             ("๑๐\t๑๒", (0, 24)),
             ("๐ บาท\t๐ บาท", (0, 24)),
             ("เป็นไปตามแผน\tเป็นไปตามแผน", (0, 21)),
             ("เป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 21)),
             ("รายงานครั้งที่ ๓\tรายงานครั้งที่ ๔", (0, 32)),
             ("ไ๒๓/๕/๒๕๖๔\t๓/อ/๒๕๖๔", (0, 35)),
             ("อยู่ระหว่างติดต่อประสานงาน\tอยู่ระหว่างการดำเนินการ", (0, 29)),
             ("๒๙\t๓๐", (0, 35)),
             ("๐ บาท\t๐ บาท", (0, 34)),
             ("เป็นไปตามแผน\tเป็นไปตามแผน", (0, 32)),
             ("เป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 32))]
    labels = [(text, ()) for text in ("วันที่รายงาน", "รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้าของงานฯ",
                                      "งบประมาณที่เบิกใช้", "ความสอดคล้องกับแผน", "ความสอดคล้องกับเป้าหมาย")]
    got = untransposed_dates(celled_lines(*labels, *block))
    assert got == ["๑๕/๒/๒๕๖๔", "๑๒/๓/๒๕๖๔", "๒๓/๕/๒๕๖๔", "๓/อ/๒๕๖๔"], got
