"""BMA progress form, the entries table read column by column (headers, then the date-and-description cells, then
the figures): where OCR lost a date-and-description cell (or read a foreign one in), the cells and the entries are
not as many, and placing them in order shifts every cell after the gap to the entry before its own.  A form
reports once a month at most in its fiscal year: the one way the cells' months fit that places them, and is said;
several ways, or none, and the whole column is said to be in doubt (entry_cell_in_doubt on progress_reports)."""

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.months import month_of_text, month_places
from schemas.document import Line

MONTHS = ("ตุลาคม", "พฤศจิกายน", "ธันวาคม", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
          "กรกฎาคม", "สิงหาคม", "กันยายน")  # the fiscal year's months, October first


def _named(m: int) -> str:
    return f"๑๒ {MONTHS[m]} ๒๕๖๖"


def _table(n: int, cells: list[int], date=_named) -> list[Line]:
    """n reports read column by column (extra3 w007): their headers, the date-and-description cells of the fiscal
    months `cells` (dated by `date`, the description naming its month), their figures, their flags."""
    text = [f"รายงานครั้งที่ {k}" for k in range(1, n + 1)]
    text += [f"{date(m)} : ดำเนินงานเดือน{MONTHS[m]}" for m in cells]
    text += [f"ความก้าวหน้าของงานฯ = {5 * k}.00 % งบประมาณที่เบิกใช้ (ครั้งที่ {k}) = 0 บาท" for k in range(1, n + 1)]
    text += ["เป็นไปตามแผน : เป็นไปตามเป้าหมาย"] * n
    return [Line(i, t) for i, t in enumerate(text, start=1)]


def _doubts(result) -> list[str]:
    """The column's doubt, said on its descriptions."""
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and " date and description cells" in i.message]
    assert all(i.field == "progress_reports.description" for i in said)
    return [i.message for i in said]


def test_a_lost_first_cell_leaves_the_others_under_their_own_entries_by_their_months():
    result = parse_entries(_table(12, list(range(1, 12))))  # October's cell lost
    assert result.entries[1].description is None or "ดำเนินงานเดือน" not in (result.entries[1].description or "")
    for k in range(2, 13):
        assert result.entries[k].description == f"ดำเนินงานเดือน{MONTHS[k - 1]}", k
        assert result.entries[k].date.month == (k - 1 + 9) % 12 + 1
    (said,) = _doubts(result)
    assert "placed by their months" in said and "reports [2, 3, 4" in said


def test_a_cell_lost_inside_the_column_shifts_no_cell_after_it():
    result = parse_entries(_table(12, [m for m in range(12) if m != 5]))  # March's cell lost
    assert result.entries[5].description == "ดำเนินงานเดือนกุมภาพันธ์"
    assert result.entries[7].description == "ดำเนินงานเดือนเมษายน"
    assert result.entries[12].description == "ดำเนินงานเดือนกันยายน"
    assert not result.entries[6].texts and len(_doubts(result)) == 1


def test_cells_whose_months_fit_several_ways_stay_in_order_and_the_column_is_said_in_doubt():
    result = parse_entries(_table(5, [1, 2, 3, 4]))  # five reports, four cells: any of them may have lost its cell
    assert [result.entries[k].description for k in range(1, 5)] == [
        f"ดำเนินงานเดือน{MONTHS[m]}" for m in (1, 2, 3, 4)]
    (said,) = _doubts(result)
    assert "fit several ways" in said


def test_as_many_cells_as_entries_are_placed_in_order_and_nothing_is_said():
    result = parse_entries(_table(4, [0, 2, 5, 9]))
    assert [result.entries[k].description for k in range(1, 5)] == [
        f"ดำเนินงานเดือน{MONTHS[m]}" for m in (0, 2, 5, 9)]
    assert _doubts(result) == []


def test_month_places_keeps_both_orders_and_the_calendar():
    # twelve reports, eleven cells November to September: only the first report can have lost its cell
    assert month_places(list(range(1, 12)), list(range(1, 13)), {}, 12) == [list(range(2, 13))]
    # a cell more than entries: the foreign one is the one whose month breaks the order (March before November)
    assert month_places([0, 5, 1, 2], [1, 2, 3], {}, 3) == [[1, None, 2, 3]]
    # an entry dated already pins its neighbours: report 2 in November leaves December to report 3 alone
    assert month_places([0, 2], [1, 3, 4], {2: 1}, 4) == [[1, 3]]
    assert month_places([None, None], [1, 2, 3], {}, 3)[1:]  # unreadable months: several ways
    assert month_places([5, 4], [1, 2, 3], {}, 3) == []  # months out of order: no way


def test_month_of_text_reads_a_damaged_date_s_month_name():
    assert month_of_text("alo พฤศจิกายน ๒๕๒๐๒") == 11
    assert month_of_text("lob มีนาคม ๒๕5๐๓") == 3
    assert month_of_text("๑๒/๑๑/๒๕๖๖") is None


def test_a_month_in_thai_digits_is_in_doubt_and_one_in_arabic_digits_is_read():
    def arabic(m: int) -> str:
        return f"12/{(m + 9) % 12 + 1}/2566"

    # "12/11/2566": the month in Arabic digits places the cells as the month's name does
    result = parse_entries(_table(12, list(range(1, 12)), arabic))
    assert result.entries[12].description == "ดำเนินงานเดือนกันยายน" and "placed by their months" in _doubts(result)[0]
    # "๑๒/๑๑/๒๕๖๖": tesseract writes no ๔ ๖ ๗ ๘ ๙, so a month in Thai digits pins nothing; in order, and said
    thai = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
    result = parse_entries(_table(12, list(range(1, 12)), lambda m: arabic(m).translate(thai)))
    assert result.entries[11].description == "ดำเนินงานเดือนกันยายน" and "fit several ways" in _doubts(result)[0]


def test_the_doubt_is_about_texts_and_leaves_the_dates_and_figures_to_their_repairs():
    from parsers.bma_progress.repairs import structure_in_doubt
    result = parse_entries(_table(5, [1, 2, 3, 4]))
    assert _doubts(result) and not structure_in_doubt({}, result.issues, figures=True)


def test_an_expense_line_in_a_cell_placed_in_doubt_is_said_at_its_line():
    # (fresh set s40o 009: the last cell's expense lines went with its description to an entry not its own, and
    # no issue named the expenses)
    lines = _table(5, [1, 2, 3, 4])
    k = next(i for i, ln in enumerate(lines) if MONTHS[4] in ln.text)
    lines[k] = Line(lines[k].no, lines[k].text + " ค่าวัสดุ = 1,000 บาท")
    result = parse_entries(lines)
    assert any(x.item == "ค่าวัสดุ" for e in result.entries.values() for x in e.expenses)
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "expenses"]
    assert len(said) == 1 and said[0].line_start == said[0].line_end == lines[k].no
    assert "fit several ways" in said[0].message
    # as many cells as entries: placed in order, nothing said
    lines = _table(4, [0, 2, 5, 9])
    lines[4] = Line(lines[4].no, lines[4].text + " ค่าวัสดุ = 1,000 บาท")
    assert not [i for i in parse_entries(lines).issues if i.field == "expenses"]
