"""Section 2's table of entries as columns read by OCR column by column
(parsers.bma_progress.stacked): the labels' column, then each entry's
column whole, its cells with none of their clause words.  The texts are
modified copies of OCR'd lines of extra4 t003 and a fresh set's markdown
`entries_side_by_side` documents (tesseract tha+eng)."""

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.stacked import restack
from tests.test_bma_progress_entries_ocr import _lines

_LABELS = ("รายการ", "วันทีรายงาน", "รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้า", "ของงานฯ 7", "งบประมาณที่",
           "เบิกใช้", "ความสอดคล้อง", "กับแผน", "ความสอดคล้อง", "กับเป้าหมาย")
_STACKED = (
    *_LABELS,
    "ครั้งที ๑",
    "๑๑/๑๑/๒๕๖๑",
    "อยู่ระหว่าง",
    "ขันตอน...แต่งตัง",
    "คณะกรรมการฯ",
    "๕.๕%",
    "๐.๐๐ บาท",
    "เป็นไปตามแผน",
    "เป็นไปตาม",
    "เป้าหมาย",
    "Ba",
    *_LABELS,
    "ครั้งที่ ๒",
    "๑๓ มกราคม",
    "๒๕๖๒",
    "ประชุมผู้บริหาร",
    "สถานศึกษา",
    "ดำเนินงาน",
    "ค่าวัสดุ = ๑,๕๐๐ บาท",
    "๒๕.๐%",
    "๑,๕๐๐.- บาท",
    "ไม่เป็นไปตามแผน",
    "เป็นไปตามเป้าหมาย",
)


def test_entry_columns_read_one_under_another_are_read_entry_by_entry():
    result = parse_entries(_lines(*_STACKED))
    entries = result.entries
    assert sorted(entries) == [1, 2]
    assert entries[1].date.isoformat() == "2018-11-11"
    assert entries[2].date.isoformat() == "2019-01-13"  # the year a wrap put under the day and month
    assert entries[1].description == "อยู่ระหว่าง ขันตอน...แต่งตัง คณะกรรมการฯ"
    # "ดำเนินงาน" in a description is its text, though a label's word; the labels' columns are no one's
    assert entries[2].description == "ประชุมผู้บริหาร สถานศึกษา ดำเนินงาน"
    assert [(x.item, x.amount) for x in entries[2].expenses] == [("ค่าวัสดุ", "๑,๕๐๐")]
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n]["progress_pct"] for n in (1, 2)] == [5.5, 25.0]
    assert [str(values[n]["disbursed"]) for n in (1, 2)] == ["0.00", "1500.00"]
    assert [(values[n]["on_plan"], values[n]["on_target"]) for n in (1, 2)] == [(True, True), (False, True)]


def test_a_column_whose_progress_ocr_garbled_gives_no_progress_and_keeps_the_rest():
    lines = _lines("ครั้งที่ ๓", "๑๓ มกราคม ๒๕๖๒", "พิจารณาเกณฑ์", "lod", "ee", "D", "0.00 บาท", "เป็นไปตามแผน",
                   "เป็นไปตามเป้าหมาย")
    entry = parse_entries(lines).entries[3]
    values = figure_values(entry)[0]
    assert "progress_pct" not in values and str(values["disbursed"]) == "0.00"
    assert entry.date.isoformat() == "2019-01-13"


def test_other_layouts_pass_through_unchanged():
    # an entry per group of lines whose budget clause wrapped: its amount alone above the flags is the clause's
    groups = _lines("รายงานครั้งที่ ๑", ":: ๑/๑๐/๒๕๖๔ : ประชุม", "ความก้าวหน้าของงานฯ = ๕.๐๐ %",
                    "งบประมาณที่เบิกใช้ (ครั้งที่ ๑) =", "๐ บาท", "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย")
    assert restack(groups) == groups
    # a column OCR broke (another header before its flags): left as it stands
    broken = _lines("ครั้งที่", "๓๐/๕/๖๒", "ครั้งที่ ๕", "๕ มีนาคม ๒๕๖๒", "อยู่ระหว่าง", "๕๕", "๐.๐๐ บาท",
                    "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย")
    assert [ln.text for ln in restack(broken)][:2] == ["ครั้งที่", "๓๐/๕/๖๒"]


def test_a_broken_column_among_whole_ones_is_said_for_the_whole_table_at_its_header():
    lines = _lines(*_STACKED, "ครั้งที่ ๓", "๓๐/๕/๒๕๖๒", *_LABELS, "๒๕.๐%", "๐.- บาท")
    result = parse_entries(lines)
    assert sorted(result.entries)[:2] == [1, 2]
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports"]
    assert [(i.line_start, i.line_end) for i in said] == [(47, 47)]
    # a section with no whole column says nothing of its headers
    from parsers.bma_progress.stacked import restack_with_doubts
    assert restack_with_doubts(_lines("ครั้งที่ ๓", "๓๐/๕/๒๕๖๒", "อยู่ระหว่าง"))[1] == []


def test_columns_cut_short_after_their_progress_are_read_and_their_figures_left_lost():
    # extra4 t016: a table wider than the page, read by OCR in two blocks: each entry's header, date,
    # description and progress column by column, then the disbursements and flags apart
    lines = _lines("ครังที ๒", "๒๖ ธันวาคม ๖๔", "อยู่ระหว่าง", "ขันตอน...", "แต่งตังคณะ", "กรรมการฯ", "๕.๐๐ %",
                   "ครั้งที่ ๓", "๒๖/๑/๒๕๖๕", "อยู่ระหว่าง", "การเตรียม", "๗.๐๐ %",
                   "งบประมาณที", "เบิกใช้", "Bo", "เป็นไปตาม", "แผน")
    result = parse_entries(lines)
    assert sorted(result.entries) == [2, 3]
    assert result.entries[2].description == "อยู่ระหว่าง ขันตอน... แต่งตังคณะ กรรมการฯ"
    assert result.entries[3].date.isoformat() == "2022-01-26"
    assert [figure_values(result.entries[n])[0].get("progress_pct") for n in (2, 3)] == [5.0, 7.0]
    assert "disbursed" not in figure_values(result.entries[3])[0]
    # a header whose cells hold a clause's words, or no date under it, opens no such column
    assert [ln.text for ln in restack(_lines("ครั้งที่ ๓", "อยู่ระหว่าง", "การเตรียม", "๗.๐๐ %"))][0] == "ครั้งที่ ๓"
    assert [ln.text for ln in restack(_lines("ครั้งที่ ๓", "๒๖/๑/๒๕๖๕", "งบประมาณที่เบิกใช้ = ๐",
                                             "๗.๐๐ %"))][0] == "ครั้งที่ ๓"


def test_a_column_whose_header_number_ocr_read_as_a_thai_letter_is_read():
    # a fresh set's entries_side_by_side_wide after OCR: "ครั้งที่ ฒ" (๗ read as ฒ, the engine has no ๗); before,
    # the header was no header and the column's cells ran into the entry before. The number is the sequence's
    # to mend (clauses.HEADER_RE reads a letter before a separator as a number OCR garbled)
    lines = list(_STACKED)
    lines[lines.index("ครั้งที่ ๒")] = "ครั้งที่ ฒ"
    out = [ln.text for ln in restack(_lines(*lines))]
    assert "รายงานครั้งที่ ฒ :" in out and "ความก้าวหน้าของงานฯ = ๒๕.๐%" in out
    entries = parse_entries(_lines(*lines)).entries
    assert sorted(entries) == [1, 2]
    assert figure_values(entries[2])[0]["progress_pct"] == 25.0 and entries[2].description.startswith("ประชุม")


# A fresh set's plain entries_side_by_side_wide after OCR (s19w002, modified): the table wider than the page
# read in two blocks the other way round, each entry's header, date and description column by column, then the
# rows of the figures and flags as rows of cells, their titles cut by a narrow column's wrap inside the word
# ("ความก้าวห" / "น้าของงานฯ", "ความสอดค" / "ล้องกับแผน"), "ที่เบิกใช้" and a baht word wrapped under the row
_UPPER_THEN_ROWS = (
    "วันทีรายงาน", "รายละเอียด", "การ", "ดำเนินงาน",
    "ครังที ๑", "๓/๖/๒๕๖๑", "อยู่ระหว่าง", "ขั้นตอน...", "แต่งตั้งคณ", "ะกรรมการฯ",
    "ครั้งที่ ๒", "๓๑/๗/๒๕๖๑", "อยู่ระหว่าง", "การเตรียม", "การประชุม",
    "ครั้งที่ ๓", "๗/๘/๒๕๖๑", "ผลการดำเนิน", "งานในเดือนนี้", "ค่าจ้างเหมา", "จัดทำเอกสาร =", "๒,๗๐๐.- บาท",
    "ความก้าวห\t๓.๕๐ %\t๓๒.๐๐ %\t๕๕.๐๐ %",
    "น้าของงานฯ",
    "งบประมาณ\t๐.- บาท\t๐.- บาท\t๒,๗๐๐.-",
    "ที่เบิกใช้\tบาท",
    "ความสอดค\tเป็นไปตามแผน\tไม่เป็นไปตามแผน\tเป็นไปตามแผน",
    "ล้องกับแผน",
    "ความสอดค\tเป็นไปตามเป้าหมาย\tไม่เป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
    "ล้องกับเป้าหมาย",
    "ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้",
)


def test_upper_cells_by_columns_then_the_figures_rows_are_read_entry_by_entry():
    result = parse_entries(_lines(*_UPPER_THEN_ROWS))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert [entries[n].date.isoformat() for n in (1, 2, 3)] == ["2018-06-03", "2018-07-31", "2018-08-07"]
    assert entries[1].description == "อยู่ระหว่าง ขั้นตอน... แต่งตั้งคณ ะกรรมการฯ"
    assert entries[2].description == "อยู่ระหว่าง การเตรียม การประชุม"
    assert [(x.item, x.amount) for x in entries[3].expenses] == [("ค่าจ้างเหมา จัดทำเอกสาร", "๒,๗๐๐")]
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n]["progress_pct"] for n in (1, 2, 3)] == [3.5, 32.0, 55.0]
    # the baht word a wrap put under the row goes to the entry whose cell it ends
    assert [str(values[n]["disbursed"]) for n in (1, 2, 3)] == ["0.00", "0.00", "2700.00"]
    assert [(values[n]["on_plan"], values[n]["on_target"]) for n in (1, 2, 3)] == [
        (True, True), (False, False), (True, True)]
    # the labels' column before the entries' columns is no one's text, and the text after the table stands
    out = [ln.text for ln in restack(_lines(*_UPPER_THEN_ROWS))]
    assert out[0] == "รายงานครั้งที่ ๑" and out[-1] == "ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้"


def test_upper_columns_without_a_row_of_one_cell_each_are_left_as_they_stand():
    # the first figures' row holds fewer cells than there are columns: which is whose is not clear, no reading
    lines = list(_UPPER_THEN_ROWS)
    lines[lines.index("ความก้าวห\t๓.๕๐ %\t๓๒.๐๐ %\t๕๕.๐๐ %")] = "ความก้าวห\t๓.๕๐ %\t๕๕.๐๐ %"
    out = [ln.text for ln in restack(_lines(*lines))]
    assert "ครังที ๑" in out and not any(t.startswith("ความก้าวหน้าของงานฯ =") for t in out)
    # a column whose cells hold a figure's words is no column of upper cells
    lines = list(_UPPER_THEN_ROWS)
    lines[lines.index("การประชุม")] = "ความก้าวหน้าของงานฯ ๑๐ %"
    out = [ln.text for ln in restack(_lines(*lines))]
    assert "ครังที ๑" in out


def test_a_column_whose_disbursement_prints_a_dash_after_its_baht_word_is_whole():
    # amount_baht_dash after OCR ("0 บาท.-", "0 บาท,-"): the disbursement alone above the flags closes the column
    lines = list(_STACKED)
    lines[lines.index("๐.๐๐ บาท")] = "0 บาท.-"
    lines[lines.index("๑,๕๐๐.- บาท")] = "1,500 บาท,-"
    entries = parse_entries(_lines(*lines)).entries
    assert sorted(entries) == [1, 2]
    assert [str(figure_values(entries[n])[0]["disbursed"]) for n in (1, 2)] == ["0.00", "1500.00"]
    assert [figure_values(entries[n])[0]["progress_pct"] for n in (1, 2)] == [5.5, 25.0]


def test_a_header_numbered_by_order_after_headers_left_in_text_is_said_in_doubt():
    # a generated set's entries_side_by_side_wide after OCR: "ครั้งที่ 4" opens a column OCR broke (another
    # column's header inside it), so it stays text; a later header whose number OCR garbled ("ครั้งที่ ue") is
    # numbered by the order of the headers read (4), which the broken header's 4 puts in doubt: said of the table
    lines = _lines(*_STACKED[len(_LABELS):len(_LABELS) + 11], "ครั้งที่ 4", "17 พ.ค. 2562", "ประชุมผู้บริหาร",
                   "ครั้งที่ ue", "9 ส.ค. 2562", "ดำเนินการจัดกิจกรรม", "๒๘", "0 บาท.-", "เป็นไปตามแผน",
                   "เป็นไปตามเป้าหมาย")
    result = parse_entries(lines)
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and "columns OCR broke stand before it" in i.message]
    assert len(said) == 1 and said[0].line_start == 15 and said[0].field == "progress_reports"
    # without the broken column before it, the number by order is not in doubt
    lines = [ln for ln in lines if ln.no not in (12, 13, 14)]
    assert not any("columns OCR broke stand before it" in i.message for i in parse_entries(lines).issues)


def test_a_date_whose_year_the_columns_width_cut_is_one_number():
    # "09/01/2" / "563": the year's first digit ends the date's line, its rest is the next (s19w005)
    lines = _lines("ครั้งที่ 1", "09/01/2", "563", "ประชุม", "ผู้บริหาร", "๕.0%", "0 บาท.-", "เป็นไปตามแผน",
                   "เป็นไปตามเป้าหมาย")
    entry = parse_entries(lines).entries[1]
    assert entry.date.isoformat() == "2020-01-09"
    assert entry.description == "ประชุม ผู้บริหาร"


# A table wider than the page whose upper cells OCR read column by column, then the figures' row titles as a
# column of their own and the figures after them, no cells to pair them with (s19w005)
_UPPER_THEN_TITLES = (
    "ครั้งที่ 1", "09/01/2", "563", "ประชุม", "ผู้บริหาร",
    "ครั้งที่ 2", "๐๙/๐๒/๒๕๖๓", "ได้รับ", "การอนุมัติ", "ค่าอาหารฯ", "= ๒,๕๐๐", "บาท.-",
    "ความก้าวห", "น้าของงานฯ", "งบประมาณ", "ที่เบิกใช้", "ความสอดค", "ล้องกับแผน",
    "๕.0%", "0 บาท.-", "เป็นไปตา", "มแผน",
)


def test_upper_cell_columns_whose_figures_ocr_read_apart_keep_their_dates_and_descriptions():
    result = parse_entries(_lines(*_UPPER_THEN_TITLES))
    entries = result.entries
    assert sorted(entries) == [1, 2]
    assert entries[1].date.isoformat() == "2020-01-09" and entries[1].description == "ประชุม ผู้บริหาร"
    assert entries[2].date.isoformat() == "2020-02-09" and entries[2].description.startswith("ได้รับ การอนุมัติ")
    # their figures are lost, and said so of each entry's column
    assert all(figure_values(entries[n])[0].get("progress_pct") is None for n in (1, 2))
    lost = [i for i in result.issues if i.code == "entry_cell_in_doubt" and "no cells to pair" in i.message]
    assert [i.line_start for i in lost] == [1, 6]


def test_upper_cell_columns_without_the_figures_titles_after_them_stay_broken():
    lines = _lines(*_UPPER_THEN_TITLES[:12], "อื่น ๆ", "๕.0%", "0 บาท.-")
    result = parse_entries(lines)
    assert not [i for i in result.issues if i.code == "entry_cell_in_doubt" and "no cells to pair" in i.message]


def test_a_column_with_a_line_of_specks_a_wide_gap_parts_is_read_whole():
    """The rules of two cells read side by side as specks parted by a wide gap ('A<tab>vy', fresh set bp/set1
    s19bpa001): the tab made it a clause's line, so the column was no whole column, its header no header, and
    its entry ran into the one before it."""
    stacked = list(_STACKED)
    stacked.insert(stacked.index("สถานศึกษา") + 1, "A\tvy")
    result = parse_entries(_lines(*stacked))
    assert sorted(result.entries) == [1, 2]
    assert result.entries[2].description == "ประชุมผู้บริหาร สถานศึกษา ดำเนินงาน"
    # a line of cells with figures among them is no speck line: the column stays broken as before, and said
    # (its header cell alone over its date still opens entry 2, clauses._LONE_HEAD_RE; its figures stay unread)
    stacked[stacked.index("A\tvy")] = "๑4\t9./"
    broken = parse_entries(_lines(*stacked))
    assert sorted(broken.entries) == [1, 2]
    assert broken.entries[2].description != "ประชุมผู้บริหาร สถานศึกษา ดำเนินงาน"
    assert "progress_pct" not in figure_values(broken.entries[2])[0]
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports" for i in broken.issues)


def _column(header: str, date: str) -> tuple[str, ...]:
    return (header, date, "อยู่ระหว่างดำเนินการ", "๑๐.๐%", "๐.๐๐ บาท", "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย")


def test_side_by_side_tables_read_column_by_column_whose_numbers_ocr_misread_take_the_columns_order():
    """Two tables of three (reports 1-3, 4-6), OCR reading each column down both tables: 1 4 2 5 3 6,
    printed '๑', '' (lost), '๒', '๕', '๓', '๒' (๖ misread).  Read in order, '๒' and '๓' cannot be 3 and 5
    (misreads of ๒ give 2 5 6, of ๓ 3 7 9): the order is not the reports'.  In the columns' order every
    header's digits may be its number: so they are read, each change said (the lost one, the misread)."""
    heads = [("ครั้งที่ ๑", "๑ ม.ค. ๖๒"), ("ครั้งที่", "๔ เม.ย. ๖๒"), ("ครั้งที่ ๒", "๒ ก.พ. ๖๒"),
             ("ครั้งที่ ๕", "๕ พ.ค. ๖๒"), ("ครั้งที่ ๓", "๓ มี.ค. ๖๒"), ("ครั้งที่ ๒", "๖ มิ.ย. ๖๒")]
    result = parse_entries(_lines(*(ln for h in heads for ln in _column(*h))))
    assert {n: e.date.month for n, e in result.entries.items()} == {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}
    said = [i for i in result.issues if i.code == "value_repaired" and i.field == "progress_reports.seq"]
    assert len(said) == 2 and all("column by column" in i.message for i in said)


def test_the_columns_order_is_not_taken_where_the_dates_say_the_headers_stand_in_order():
    """The same printed numbers, but the dates run in the order the headers stand: no grid."""
    heads = [("ครั้งที่ ๑", "๑ ม.ค. ๖๒"), ("ครั้งที่", "๒ ก.พ. ๖๒"), ("ครั้งที่ ๒", "๓ มี.ค. ๖๒"),
             ("ครั้งที่ ๕", "๔ เม.ย. ๖๒"), ("ครั้งที่ ๓", "๕ พ.ค. ๖๒"), ("ครั้งที่ ๖", "๖ มิ.ย. ๖๒")]
    result = parse_entries(_lines(*(ln for h in heads for ln in _column(*h))))
    assert not [i for i in result.issues if "column by column" in i.message and i.field == "progress_reports.seq"]
    assert result.entries[1].date.month == 1 and result.entries[2].date.month == 2


def test_a_date_whose_year_ocr_misread_out_of_the_archive_s_years_does_not_gainsay_the_columns_order():
    """Two tables of two (reports 1-2, 3-4) read column by column: 1 3 2 4, printed '1', '๓', '๒', '๕' (๔
    misread), report 3's year read ๒๕๒๕ for ๒๕๖๕ (fresh set s89a bma_progress_s89a007).  The year, out of the
    archive's years, says nothing: its month does (July after report 2's June).  Before, the date (1982) stood
    against the columns' order, and report 2 was renumbered 4."""
    heads = [("ครั้งที่ 1", "07/05/2565"), ("ครั้งที่ ๓", "๐๒/๐7/2๕๒๕"), ("ครั้งที่ ๒", "๒๖/๐๖/๒๕๖๕"),
             ("ครั้งที่ ๕", "30/09/2565")]
    result = parse_entries(_lines(*(ln for h in heads for ln in _column(*h))))
    assert {n: e.date.month for n, e in result.entries.items() if e.date} == {1: 5, 2: 6, 3: 7, 4: 9}
    # a year in the archive's years still says the headers stand in order (report 3 dated before report 2)
    heads[1] = ("ครั้งที่ ๓", "๐๒/๐5/2๕๖๕")
    result = parse_entries(_lines(*(ln for h in heads for ln in _column(*h))))
    assert not [i for i in result.issues if "column by column" in i.message and i.field == "progress_reports.seq"]


def _latin_head_table(head: str) -> list[str]:
    """Report 1-4 whole, then a table of reports 5-9 read column by column: the header cells ("รายงาน" /
    "ครั้งที่ N", the third `head`), the date and description cells, the figure cells, the flags; report 6's ๖ read
    as ๒, the budget clauses of 7 and 8 naming ๓ (๗ and ๘ misread)."""
    lines: list[str] = []
    for k, (day, pct) in enumerate((("09/11/2561", 3), ("10/12/2561", 5), ("04/01/2562", 8), ("05/02/2562", 12)), 1):
        lines += ["รายงาน", f"ครั้งที่ {k}", f"{day} : งานที่ {k}", f"ความก้าวหน้าของงานฯ = {pct}",
                  f"งบประมาณที่เบิกใช้ (ครั้งที่ {k}) = 0.- บาท", "เป็นไปตามแผน", ": เป็นไปตามเป้าหมาย"]
    lines += ["รายงาน", "ครั้งที่ ๕", "รายงาน", "ครั้งที่ ๒", "รายงาน", head, "รายงาน", "ครั้งที่ 8", "รายงาน", "ครั้งที่ 9"]
    lines += ["22/03/2562 : ยังไม่ได้ดำเนินกิจกรรม", "03/05/2562 : ขอรายชื่อผู้ร่วมกิจกรรม",
              "06/06/2562 : ได้ดำเนินกิจกรรมสัปดาห์ห้องสมุด", "20/07/2562 : ดำเนินการจัดสัมมนา",
              "13/09/2562 : สรุปผลการดำเนินงาน"]
    for named, pct in zip(("๕", "๒", "๓", "๓", "9"), (21, 22, 25, 27, 33)):
        lines += [f"ความก้าวหน้าของงานฯ = {pct}", f"งบประมาณที่เบิกใช้ (ครั้งที่ {named}) = 0.- บาท"]
    return lines + ["เป็นไปตามแผน", ": เป็นไปตามเป้าหมาย"] * 5


def test_a_header_cell_whose_words_ocr_read_as_latin_letters_under_its_first_word_opens_its_entry_and_is_said():
    # worked set extra2 OCR (z007): "รายงาน" / "asin 7", a header cell read column by column whose "ครั้งที่" OCR read
    # as Latin letters. Before, the line was a description's text: report 7 was lost and report 8 read without its
    # figures; now it is header 7 (its number as printed), and said
    result = parse_entries(_lines(*_latin_head_table("asin 7")))
    assert sorted(result.entries) == list(range(1, 10))
    values = {n: figure_values(result.entries[n])[0] for n in (7, 8)}
    assert [values[n]["progress_pct"] for n in (7, 8)] == [25.0, 27.0]
    assert result.entries[7].date.isoformat() == "2019-06-06"
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and "Latin letters" in i.message]
    assert [(i.field, "'asin 7'" in i.message) for i in said] == [("progress_reports.seq", True)]
    # its number wrapped onto the next line alone is its number ("ann" / "7")
    lines = _latin_head_table("ann")
    at = lines.index("ann")
    lines.insert(at + 1, "7")
    result = parse_entries(_lines(*lines))
    assert figure_values(result.entries[7])[0]["progress_pct"] == 25.0
    # Latin letters between a header's two halves ("รายงาน" / "via" / "ครั้งที่ 7") are a speck: no header of their own
    lines = _latin_head_table("via")
    lines.insert(lines.index("via") + 1, "ครั้งที่ 7")
    assert not [i for i in parse_entries(_lines(*lines)).issues if "Latin letters" in i.message]
    # under no "รายงาน" alone, Latin letters are text
    lines = _latin_head_table("asin 7")
    lines[lines.index("asin 7") - 1] = "สรุปรายงาน"
    assert not [i for i in parse_entries(_lines(*lines)).issues if "Latin letters" in i.message]


def _specked_head_columns(number_line: str) -> list[str]:
    """Three columns read one under another, the second's header cut by the column's width ("รายงานครั้ง" /
    `number_line`)."""
    second = ["รายงานครั้ง", number_line, *_column("", "๒ ก.พ. ๖๒")[1:]]
    return [*_column("ครั้งที่ ๑", "๑ ม.ค. ๖๒"), *second, *_column("ครั้งที่ ๓", "๓ มี.ค. ๖๒")]


def test_a_headers_number_wrapped_under_it_with_a_speck_beside_it_opens_its_column_and_is_said():
    # fresh set s53z OCR (s53z007): "รายงานครั้ง" / "ที่ า๒" and "รายงานครั้ง" / "ii ๕", a speck beside the wrapped
    # number. Before, the number's line was read as the column's date slot: the date was lost with the entry
    result = parse_entries(_lines(*_specked_head_columns("ที่ า๒")))
    assert {n: e.date.month for n, e in result.entries.items()} == {1: 1, 2: 2, 3: 3}
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and "speck beside it" in i.message]
    assert [(i.field, "'ที่ า๒'" in i.message) for i in said] == [("progress_reports.seq", True)]
    # a word under the header is no number's speck
    result = parse_entries(_lines(*_specked_head_columns("ค่าอาหาร ๒")))
    assert not [i for i in result.issues if "speck beside it" in i.message]


def test_upper_cell_columns_take_their_disbursements_from_the_one_row_of_as_many_amounts_after_them():
    # the run's lower cells read side by side after the row titles (extra4 t003's columns of reports 7-9): the one
    # row of as many amounts as columns gives each column the amount in its place; progress and flags stay lost
    lines = _lines(*_UPPER_THEN_TITLES[:18], "oe)\tvy", "0 บาท.-\t๒,๕๐๐ บาท", "เป็นไปตาม\tเป็นไปตาม")
    result = parse_entries(lines)
    entries = result.entries
    assert entries[1].description == "ประชุม ผู้บริหาร"
    assert [str(figure_values(entries[n])[0].get("disbursed")) for n in (1, 2)] == ["0.00", "2500.00"]
    assert all(figure_values(entries[n])[0].get("progress_pct") is None for n in (1, 2))
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and "in its column's place" in i.message]
    assert [i.line_start for i in said] == [1, 6]
    # a row of fewer amounts than columns, or two such rows, pairs nothing
    for rows in (("0 บาท.-",), ("0 บาท.-\t๒,๕๐๐ บาท", "0 บาท.-\t๒,๕๐๐ บาท")):
        result = parse_entries(_lines(*_UPPER_THEN_TITLES[:18], *rows))
        assert all(figure_values(result.entries[n])[0].get("disbursed") is None for n in (1, 2))
        assert not [i for i in result.issues if "in its column's place" in i.message]


# Two entries' headers and dates on one page (among a whole column of another entry), the rest of their columns
# on the next: the row titles again, then their columns with no header, one after the other (s54z009)
_HEADS_APART = (
    "ครั้งที่ 1", "31 พฤษภาคม 2562", "จัดเตรียมข้อมูล", "20.00 %", "0 บาท", "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย",
    "ครั้งที่ 3", "10 กรกฎาคม 2562",
    "ครั้งที่ 2", "17 มิถุนายน 2562", "จัดทำคำสั่งคณะกรรมการ", "ค่าอาหาร 10 คน x 100 บาท = 1,000 บาท", "28.00 %",
    "1,000 บาท", "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย",
    "ครั้งที่ 4", "22 สิงหาคม 2562",
    "รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้า", "ของงานฯ", "งบประมาณที่", "เบิกใช้", "ความสอดคล้อง", "กับแผน",
    "ความสอดคล้อง", "กับเป้าหมาย",
    "ได้ดำเนินการอบรมครู", "ค่าอาหาร 32 คน x 200 บาท = 6,400 บาท", "67.00 %", "6,400 บาท", "เป็นไปตามแผน",
    "เป็นไปตามเป้าหมาย",
    "ดำเนินการเบิกจ่าย", "ค่าตอบแทนวิทยากร 9 ชั่วโมง x 1,200 บาท = 10,800 บาท", "100.00 %", "10,800 บาท",
    "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย",
)


def test_headers_with_their_dates_alone_take_the_headless_columns_after_the_row_titles_in_order():
    result = parse_entries(_lines(*_HEADS_APART))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3, 4]
    assert entries[3].date.isoformat() == "2019-07-10" and entries[3].description.startswith("ได้ดำเนินการอบรมครู")
    assert entries[4].date.isoformat() == "2019-08-22" and entries[4].description.startswith("ดำเนินการเบิกจ่าย")
    assert [str(figure_values(entries[n])[0].get("disbursed")) for n in (2, 3, 4)] == ["1000.00", "6400.00",
                                                                                      "10800.00"]
    assert [i.line_start for i in result.issues if "apart from the rest of their columns" in i.message] == [8]
    # one headless column fewer than such headers: nothing is paired
    fewer = parse_entries(_lines(*_HEADS_APART[:-6]))
    assert not [i for i in fewer.issues if "apart from the rest of their columns" in i.message]
    assert not (getattr(fewer.entries.get(3), "description", None) or "").startswith("ได้ดำเนินการ")


def test_the_columns_order_weighs_the_months_of_dates_ocr_damaged():
    """Reports 1-5 read in order, then two tables of two (7-8, 9-10) read column by column after report 6:
    6 7 9 8 10, printed '๒' (๖ misread), '' (lost), '๓' (๙), '๕' (๘), '๑๐', their dates damaged past reading
    but their months known ("พ.ค.", "๒๑/อ/อฒ": อ for ๖, June).  By the digits alone a run from 6 ("6 8 7 9")
    fits as well as one from 7 ("7 9 8 10"); the first gives June's report number 7 before April's and May's,
    so the months leave the second (each change said)."""
    def column(header: str, date: str, text: str) -> tuple[str, ...]:
        return (header, date, text, "๑๐.๐%", "๐.๐๐ บาท", "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย")
    heads = [("ครั้งที่ ๑", "๙ ต.ค. ๖๖"), ("ครั้งที่ ๒", "๑๖ พ.ย. ๖๖"), ("ครั้งที่ ๓", "๒ ธ.ค. ๖๖"),
             ("ครั้งที่ ๔", "๒๘ ม.ค. ๖๗"), ("ครั้งที่ ๕", "๒๒ ก.พ. ๖๗"), ("ครั้งที่ ๒", "๒๖ มี.ค. ๖๗"),
             ("ครั้งที่", "๕ เมษายน Dev"), ("ครั้งที่ ๓", "๒๑/อ/อฒ"), ("ครั้งที่ ๕", "๕ พ.ค. Dev"),
             ("ครั้งที่ ๑๐", "๒๕ ก.ค. dal")]
    texts = ["ประชุมผู้บริหาร", "จัดทำโครงการ", "ขออนุมัติ", "จัดทำคำสั่ง", "ติดต่อวิทยากร", "เตรียมการประชุม",
             "ยังไม่สามารถดำเนินการ", "จัดกิจกรรมนิเทศ", "รอการอนุมัติคำสั่ง", "สรุปผล"]
    numbers = [1, 2, 3, 4, 5, 6, 7, 9, 8, 10]
    result = parse_entries(_lines(*(ln for (h, d), t in zip(heads, texts) for ln in column(h, d, t))))
    assert sorted(result.entries) == list(range(1, 11))
    assert {n: result.entries[n].description for n in numbers} == dict(zip(numbers, texts))
    said = [i for i in result.issues if i.code == "value_repaired" and i.field == "progress_reports.seq"
            and "column by column" in i.message]
    assert len(said) == 3 and all("from report 7 on" in i.message for i in said)


def _two_tables_down_both(progress3: str) -> list:
    def whole(header, date, text, progress, amount, flags=("เป็นไปตามแผน", "เป็นไปตามเป้าหมาย")):
        return (header, date, *text, progress, amount, *flags)
    return _lines(
        *_LABELS,
        *whole("ครั้งที่ 1", "1/12/2560", ["จัดทำโครงการ", "เพื่อขออนุมัติ"], "10", "0 บาท.-"),
        *whole("ครั้งที 3", "13 เม.ย. 2561", ["อยู่ระหว่างการเตรียม", "การสัมมนา"], progress3, "0 บาท.-", ()),
        *whole("ครั้งที่ 2", "8/3/2561", ["อยู่ระหว่างการเตรียม", "ค่าถ่ายเอกสาร = 7,000", "บาท.- ค่าวัสดุ =",
                                           "18,600 บาท.-"], "31", "25,600 บาท.-"),
        *whole("ครั้งที่ 4", "15/5/61", ["พิจารณาเกณฑ์", "ค่าเกียรติบัตร = 10,500", "บาท.-"], "57",
               "10,500 บาท.-", ()),
        "เบิกใช้",
        "ความสอดคล้อง\tเป็นไปตามแผน\tเป็นไปตามแผน",
        "ความสอดคล้อง\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
    )


def test_columns_closed_by_their_disbursement_their_flags_read_apart_are_read_to_it():
    """Two tables of two (reports 1-2, 3-4) read column by column down both: 1 3 2 4, the lower table's
    columns closed by their disbursements, their flag rows read across after the last column (fresh
    s62z009).  Before, those columns were no columns: their headers read as number cells, their cells as text,
    and the expense lines of one column went to another entry.  A column whose progress carries its sign
    ("๔๐.๐%", fresh s62z007) is so read too, not cut short at its progress (its disbursement then lost)."""
    for progress3 in ("40", "๔๐.๐%"):
        _flagless_columns_read(_two_tables_down_both(progress3))


def _flagless_columns_read(lines) -> None:
    result = parse_entries(lines)
    entries = result.entries
    assert sorted(entries) == [1, 2, 3, 4]
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n].get("progress_pct") for n in (1, 2, 3, 4)] == [10.0, 31.0, 40.0, 57.0]
    assert [str(values[n].get("disbursed")) for n in (1, 2, 3, 4)] == ["0.00", "25600.00", "0.00", "10500.00"]
    assert [x.item for x in entries[2].expenses] == ["ค่าถ่ายเอกสาร", "ค่าวัสดุ"]
    assert [x.item for x in entries[4].expenses] == ["ค่าเกียรติบัตร"]
    assert not entries[3].expenses
    assert sum("its flags are lost" in i.message for i in result.issues) == 2


# A table whose one-line cells OCR read across and the rest down: the headers side by side on one line, the date
# row under it (its cells run together past parting), the row titles' column, then as many columns with no header
# (set s62z's bma_progress 003, both copies: its three entries lost)
def _heads_across(head_row: str, date_row: str) -> tuple[str, ...]:
    return (
        head_row, date_row,
        "รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้า", "ของงานฯ", "งบประมาณที่", "เบิกใช้", "ความสอดคล้อง", "กับแผน",
        "ความสอดคล้อง", "กับเป้าหมาย",
        "ประชุมคณะกรรมการ", "เพื่อวางแผนงาน", "๑๒.๕%", "๐ บาท.-", "เป็นไปตามแผน", "เป็นไปตาม", "เป้าหมาย",
        "จัดอบรมครู", "ค่าอาหารฯ = ๓,๐๐๐", "บาท.-", "๔๐.๐%", "๓,๐๐๐ บาท.-", "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย",
    )


def test_headers_read_across_take_the_headless_columns_after_the_row_titles_in_order():
    result = parse_entries(_lines(*_heads_across("รายงานครั้งที่ ๑ รายงานครั้งที่ ๒", "โนที่รายงาม ๑๒ iiu.wede ๓ Ab.")))
    entries = result.entries
    assert sorted(entries) == [1, 2]
    assert entries[1].description.startswith("ประชุมคณะกรรมการ") and entries[2].description.startswith("จัดอบรมครู")
    assert [str(figure_values(entries[n])[0].get("disbursed")) for n in (1, 2)] == ["0.00", "3000.00"]
    assert entries[1].date is None and entries[2].date is None  # (the date row parts into no date for each)
    said = [i for i in result.issues if "read across for its headers" in i.message]
    assert len(said) == 1 and "none is given one" in said[0].message
    # a date row that parts into a date for each: each entry its date
    dated = parse_entries(_lines(*_heads_across("ครั้งที่ ๑\tครั้งที่ ๒", "วันที่รายงาน\t๓ ม.ค. ๒๕๖๕\t๔ ก.พ. ๒๕๖๕")))
    assert dated.entries[1].date.isoformat() == "2022-01-03" and dated.entries[2].date.isoformat() == "2022-02-04"
    assert dated.entries[2].description.startswith("จัดอบรมครู")
    # one headless column fewer than the headers: nothing is paired
    fewer = parse_entries(_lines(*_heads_across("รายงานครั้งที่ ๑ รายงานครั้งที่ ๒", "๑๒ ๓")[:-7]))
    assert not [i for i in fewer.issues if "read across for its headers" in i.message]
    # the headers one under the other, the transposed reader's (their date row's cells lost), a stray line after
    rows = _heads_across("รายงานครั้งที่ ๑ ::", "รายงานครั้งที่ ๒ ::")
    apart = parse_entries(_lines(*rows[:2], "ปีงบประมาณ พ.ศ. ๒๕๖๕", *rows[2:]))
    assert apart.entries[2].description.startswith("จัดอบรมครู")
    assert [i for i in apart.issues if "read across for its headers" in i.message]


# The same table with its date row's cells lost, scraps of one letter or digit under it, the row titles read twice
# (the next table's with them), and another table's column (its own header, no flags) read between the headerless
# columns: its description, progress and disbursement, then the second header's column right after it (set s61z's
# bma_progress 003, both copies: report 2's column read as report 3's, report 3's figures lost)
def _heads_across_passed() -> tuple[str, ...]:
    rows = _heads_across("รายงานครั้งที่ ๑ รายงานครั้งที่ ๒", "รายงาน")
    titles, first, second = rows[2:12], rows[12:19], rows[19:]
    return (*rows[:2], "6", "๐", "น", *titles, "วันที่รายงาน", *titles[:4], *first,
            "รายงานครั้งที่ ๓", "๔/๘/๒๕๖๘", "เวียนแจ้งประชาสัมพันธ์", "๑๔", "๐ บาท.-", *second)


def test_headers_read_across_pass_a_flagless_column_with_its_own_header_between_the_headless_columns():
    result = parse_entries(_lines(*_heads_across_passed()))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert entries[1].description.startswith("ประชุมคณะกรรมการ") and entries[2].description.startswith("จัดอบรมครู")
    assert entries[3].description == "เวียนแจ้งประชาสัมพันธ์"
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n].get("progress_pct") for n in (1, 2, 3)] == [12.5, 40.0, 14.0]
    assert [str(values[n].get("disbursed")) for n in (1, 2, 3)] == ["0.00", "3000.00", "0.00"]
    assert [x.item for x in entries[2].expenses] == ["ค่าอาหารฯ"] and not entries[3].expenses
    said = [i for i in result.issues if "read across for its headers" in i.message]
    assert len(said) == 1 and "are read as such after them, their flags lost" in said[0].message
    # the headed column closed by flags of its own: no column is passed, the headers take nothing
    closed = list(_heads_across_passed())
    at = closed.index("รายงานครั้งที่ ๓") + 5
    closed[at:at] = ["เป็นไปตามแผน", "เป็นไปตามเป้าหมาย"]
    assert not [i for i in parse_entries(_lines(*closed)).issues if "read across for its headers" in i.message]


def test_a_progress_whose_first_digit_ocr_read_as_a_thai_letter_closes_the_description():
    # "อ๒.๕%" for ๖๒.๕% (อ, the letter OCR writes for ๖: confusions.LOOKALIKES): the column's progress, not its
    # description's last words; before, the description ran on through it and the figures under it
    stacked = list(_STACKED)
    stacked[stacked.index("๕.๕%")] = "อ๕.๕%"
    entries = parse_entries(_lines(*stacked)).entries
    assert entries[1].description == "อยู่ระหว่าง ขันตอน...แต่งตัง คณะกรรมการฯ"
    assert entries[1].figures["progress"] == "อ5.5"


# The headers read across take every column, and a later header opens no column of its own (its column cut after
# its description, its figures lost): the header is said at its line, as any header the table reader could not
# place (before, with no column read by the column reader itself, it went unsaid: set s61z's bma_progress 003)
def test_a_header_left_after_the_headers_read_across_took_every_column_is_said():
    rows = _heads_across("รายงานครั้งที่ ๑ รายงานครั้งที่ ๒", "โนที่รายงาม ๑๒ iiu.wede ๓ Ab.")
    result = parse_entries(_lines(*rows, "รายงานครั้งที่ ๓", "๔/๘/๒๕๖๘", "เวียนแจ้งประชาสัมพันธ์"))
    assert sorted(result.entries) == [1, 2, 3]
    broken = [i for i in result.issues if "this entry's column is broken" in i.message]
    assert [(i.line_start, i.field) for i in broken] == [(len(rows) + 1, "progress_reports")]
    # the headers the table reader placed are not said broken
    assert not [i for i in parse_entries(_lines(*rows)).issues if "this entry's column is broken" in i.message]


# The headers and their dates read across by the transposed reader as header / date pairs (":: date :"), the row
# titles twice, wrapped where no title's word ends ("ความก้าวหน้าของ" / "งานฯ"), scraps of ruled cells and a title's
# end under them ("๑)", "ร=)", "นทรายงาน"), then one column with no header, then a whole column with a header of its
# own (OCR read the second header's column elsewhere): the first header takes the headless column, its date its
# pair's; the second keeps its date alone, said (set s61z's bma_progress 007: report 1 lost, report 2 given the
# row titles and report 1's cells)
_PAIRED_TITLES = ("รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้าของ", "งานฯ", "งบประมาณที่เบิก", "ใช้", "ความสอดคล้องกับ",
                  "แผน", "ความสอดคล้องกับ", "เป้าหมาย")
_PAIRED = ("รายงานครั้งที่ ๑", ":: ๒๑/๑๑/๒๕๖๒ :", "รายงานครั้งที่ ๒", ":: ๑๓/๑๒/๒๕๖๒ :", *_PAIRED_TITLES, "วันทีรายงาน",
           *_PAIRED_TITLES, "6", "๑)", "ร=)", "นทรายงาน", "ประชุมผู้บริหาร", "สถานศึกษาเพื่อกำหนด", "๑๘.๐๐ %", "๐ บาท.-",
           "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย", "รายงานครั้งที่ ๓", "๓๐/๑/๒๕๖๓", "อยู่ระหว่างการเตรียม", "การประชุมสัมมนา",
           "๔๗.๐๐ %", "๐ บาท.-", "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย")


def test_header_date_pairs_read_across_give_the_first_headers_the_headless_columns_before_a_headed_one():
    result = parse_entries(_lines(*_PAIRED))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert entries[1].description == "ประชุมผู้บริหาร สถานศึกษาเพื่อกำหนด" and entries[1].date.isoformat() == "2019-11-21"
    assert figure_values(entries[1])[0] == {"progress_pct": 18.0, "disbursed": Decimal("0.00"), "on_plan": True,
                                           "on_target": True}
    assert not entries[2].description and not figure_values(entries[2])[0]
    assert entries[2].date.isoformat() == "2019-12-13"
    assert entries[3].description.startswith("อยู่ระหว่าง")
    short = [i for i in result.issues if "run out before this header" in i.message]
    assert [i.line_start for i in short] == [3]
    # the columns with no header run out at the text's end instead: nothing is paired
    cut = _PAIRED[:_PAIRED.index("รายงานครั้งที่ ๓")]
    assert not [i for i in parse_entries(_lines(*cut)).issues if "read across for its headers" in i.message]


# The other table's column between the headerless ones cut after its progress (no disbursement, no flags), the
# second header's column right after it (set s61z's bma_progress 003, its second copy: report 3 took report 2's
# column, report 2 was lost)
def test_headers_read_across_pass_a_column_cut_after_its_progress_between_the_headless_columns():
    rows = list(_heads_across_passed())
    del rows[rows.index("รายงานครั้งที่ ๓") + 4]  # (its disbursement, "๐ บาท.-")
    result = parse_entries(_lines(*rows))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert entries[2].description.startswith("จัดอบรมครู") and entries[3].description == "เวียนแจ้งประชาสัมพันธ์"
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n].get("progress_pct") for n in (1, 2, 3)] == [12.5, 40.0, 14.0]
    assert values[3].get("disbursed") is None and str(values[2].get("disbursed")) == "3000.00"
    said = [i for i in result.issues if "closes with its progress" in i.message]
    assert [i.line_start for i in said] == [rows.index("รายงานครั้งที่ ๓") + 1]
    # a line of a figure under the cut progress (its own column's, not a description's): nothing is passed
    figure = list(rows)
    figure.insert(rows.index("รายงานครั้งที่ ๓") + 4, "๓๒")
    assert not [i for i in parse_entries(_lines(*figure)).issues if "closes with its progress" in i.message]


# The same pairs, each with its description's first line under its date (the description row's first line read
# across too), the row titles from the progress's on (set s60o's bma_progress 001: report 1's rest and figures
# lost, report 2 given the row titles)
def test_header_date_pairs_with_their_descriptions_first_lines_take_the_rest_of_the_column():
    titles = _PAIRED_TITLES[2:]
    rows = ("รายงานครั้งที่ ๑", ":: ๒๕/๑๑/๒๕๖๓ :", "อยู่ระหว่างการเตรียมจัดทำ", "รายงานครั้งที่ ๒", ":: ๐๓/๑๒/๒๕๖๓ :",
            "อยู่ระหว่างขั้นตอน...", *titles, "รายการ", "วันที่รายงาน", *_PAIRED_TITLES,
            "คำสั่งเจ้าหน้าที่ และผู้ร่วม", "โครงการ", "๑๕.๐%", "๐ บาท", "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย",
            "รายงานครั้งที่ ๓", "๑๑/๐๑/๒๕๖๔", "เวียนแจ้งประชาสัมพันธ์", "๒๐.๐%", "๑,๒๐๐ บาท", "เป็นไปตามแผน",
            "เป็นไปตามเป้าหมาย")
    result = parse_entries(_lines(*rows))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert entries[1].description == "อยู่ระหว่างการเตรียมจัดทำ คำสั่งเจ้าหน้าที่ และผู้ร่วม โครงการ"
    assert figure_values(entries[1])[0].get("progress_pct") == 15.0
    assert entries[2].description == "อยู่ระหว่างขั้นตอน..." and not figure_values(entries[2])[0]
    assert [i.line_start for i in result.issues if "run out before this header" in i.message] == [4]


# Two columns closed by their disbursements, no flags under them, the row titles after them, then the plan's and
# the target's flag rows of a cell for each read across (set s62z's bma_progress 009, its second copy: report 5's
# flags lost once the headers before them were read as header / date pairs)
def test_two_flagless_columns_take_the_flag_rows_of_two_after_them_in_order():
    def column(head, date, words, progress, paid):
        return (head, date, *words, progress, paid)
    rows = (*column("รายงานครั้งที่ ๑", "๑๓/๔/๒๕๖๑", ("อยู่ระหว่างการเตรียม", "การสัมมนา"), "๔๐", "๐ บาท.-"),
            *column("รายงานครั้งที่ ๒", "๑๕ พ.ค. ๒๕๖๑", ("อยู่ระหว่างขั้นตอน...", "พิจารณาเกณฑ์"), "๕๗", "๒๒,๕๐๐ บาท.-"),
            "ความสอดคล้อง", "กับแผน", "ความสอดคล้อง", "กับเป้าหมาย",
            "ไม่เป็นไปตามแผน\tเป็นไปตามแผน", "เป็นไปตามเป้าหมาย\tไม่เป็นไปตามเป้าหมาย")
    result = parse_entries(_lines(*rows))
    values = {n: figure_values(result.entries[n])[0] for n in result.entries}
    assert sorted(values) == [1, 2]
    assert [(values[n].get("on_plan"), values[n].get("on_target")) for n in (1, 2)] == [(False, True), (True, False)]
    assert [str(values[n].get("disbursed")) for n in (1, 2)] == ["0.00", "22500.00"]
    assert [i for i in result.issues if "each column is given the cells in its order" in i.message]
    # a row of one cell each: not theirs to share
    single = parse_entries(_lines(*rows[:-2], "ไม่เป็นไปตามแผน", "เป็นไปตามเป้าหมาย"))
    assert not [i for i in single.issues if "each column is given the cells in its order" in i.message]
