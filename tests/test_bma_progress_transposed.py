"""Section 2 of the BMA progress form printed with its report entries as the
columns of a table and their fields as rows (parsers.bma_progress.transposed;
extra3's `entries_side_by_side` variant)."""

import json
from decimal import Decimal
from pathlib import Path

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.transposed import untranspose
from pipeline.stages import process_document
from schemas.document import Line
from tests.test_bma_progress_entries_ocr import _lines

EXTRA3 = Path(__file__).resolve().parent / "corpus" / "extra3" / "clean"


_TABLE = (
    "รายการ\tรายงานครั้งที่ 1\tรายงานครั้งที่ ๒",
    "วันที่รายงาน\t27/01/2564\t10/02/2564",
    "รายละเอียดการดำเนินงาน\tจัดทำคำสั่งคณะกรรมการ\tได้รับการอนุมัติโครงการ",
    "ความก้าวหน้าของงานฯ\t11\t๓1",
    "งบประมาณที่เบิกใช้\t0 บาท\t1,500 บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tไม่เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
    # a table of one entry: the clean-up stripped its empty first cell, no tab is left in its header
    "ครั้งที่ ๓",
    "วันที่รายงาน\t๐๕/๐๓/๒๕๖๔",
    "รายละเอียดการดำเนินงาน\tจัดกิจกรรมครบ",
    "ความก้าวหน้าของงานฯ\t100",
    "งบประมาณที่เบิกใช้\t฿๒,๐๐๐",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย",
)


def test_entries_as_columns_are_read_entry_by_entry_with_their_rows_lines():
    result = parse_entries(_lines(*_TABLE, start=70))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    want = {1: (Decimal("11"), Decimal("0"), True), 2: (Decimal("31"), Decimal("1500"), False),
            3: (Decimal("100"), Decimal("2000"), True)}
    for seq, (progress, paid, on_plan) in want.items():
        values, bad = figure_values(entries[seq])
        assert not bad and values["progress_pct"] == progress and values["disbursed"] == paid, seq
        assert values["on_plan"] is on_plan and values["on_target"] is True, seq
    # every part keeps the line of the row it stands on (the progress row of the first table is line 73)
    lines = untranspose(_lines(*_TABLE, start=70))
    assert [ln.no for ln in lines if ln.text.startswith("ความก้าวหน้า")] == [73, 73, 80]
    assert [ln.text for ln in lines if ln.no == 70] == ["รายงานครั้งที่ 1", "รายงานครั้งที่ ๒"]


def test_a_header_followed_by_other_text_is_left_alone():
    lines = _lines("รายงานครั้งที่ 1 :: 27/01/2564 : จัดทำคำสั่ง", "ความก้าวหน้าของงานฯ = 11 : งบประมาณที่เบิกใช้ = 0 บาท",
                   "รายงานครั้งที่ 2\tรายงานครั้งที่ 3", "ค่าอาหาร\t50 คน")
    assert untranspose(lines) == lines


def _reports_are_the_truth(rows: dict, truth: dict) -> None:
    """Every report's date and figures as the generator's truth has them."""
    got = {r["seq"]: r for r in rows["progress_reports"]}
    for want in truth["projects"][0]["progress_reports"]:
        row = got[want["seq"]]
        assert str(row["report_date"]) == want["report_date"], want["seq"]
        assert float(row["progress_pct"]) == want["progress_pct"] and str(row["disbursed"]) == want["disbursed"]
        assert (row["on_plan"], row["on_target"]) == (want["on_plan"], want["on_target"])


def test_a_generated_document_with_entry_columns_reads_as_its_truth():
    """extra3 w002 prints its entries two by two as table columns (the tab
    layout, a first table row of headers only); every report's figures are
    the generator's truth."""
    text = (EXTRA3 / "bma_progress_w002.txt").read_text(encoding="utf-8")
    truth = json.loads((EXTRA3 / "bma_progress_w002.expected.json").read_text(encoding="utf-8"))
    rows = process_document("w002.txt", text.encode())
    _reports_are_the_truth(rows, truth)


def test_an_entry_whose_budget_row_is_lost_says_so():
    """Every entry of the form states its disbursement: an entry read
    without one (its row lost to OCR) is a missing_value naming
    progress_reports.disbursed, not a silent gap."""
    text = (EXTRA3 / "bma_progress_w002.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    first = next(i for i, ln in enumerate(lines) if ln.startswith("งบประมาณที่เบิกใช้\t"))
    rows = process_document("w002.txt", "\n".join(lines[:first] + lines[first + 1:]).encode())
    lost = [r["seq"] for r in rows["progress_reports"] if r["disbursed"] is None]
    assert lost == [1, 2]
    named = [i for i in rows["issues"] if i["code"] == "missing_value" and i["field"] == "progress_reports.disbursed"]
    assert len(named) == 2


def test_a_label_a_page_break_left_above_the_last_entrys_expenses_is_text_of_that_entry():
    """Seed 001's layout at the last entry: its expense lines go on past a
    page break under a false 'รายงานครั้งที่ N+1 :' (no date, no '::'), and
    the budget clause after them names entry N.  The expenses are entry N's;
    no report N+1 is made up (extra3's entry_continued_false_label)."""
    lines = _lines(
        "รายงานครั้งที่ ๙ :: ๑๘/๐๗/๒๕๖๕ : จัดกิจกรรมนิเทศ ติดตาม",
        ":: ความก้าวหน้าของงานฯ = ๙๖.๕๐ % : งบประมาณที่เบิกใช้ (ครั้งที่ ๙) = ๐.- บาท",
        ": เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
        "รายงานครั้งที่ ๑๐ :: ๑๑/๐๙/๒๕๖๕ : ดำเนินการเบิกจ่ายงบประมาณเสร็จสิ้น",
        "รายงานครั้งที่ ๑๑ : ค่าตอบแทนวิทยากร ๘ ชั่วโมง x ๑,๒๐๐.- บาท = ๙,๖๐๐.- บาท",
        "ค่าอาหารว่างและเครื่องดื่ม ๑๙๖ คน x ๓๕.- บาท = ๖,๘๖๐.- บาท",
        ":: ความก้าวหน้าของงานฯ = ๑๐๐.๐๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๑๐) = ๑๖,๔๖๐.- บาท : เป็นไปตามแผน",
        start=120)
    result = parse_entries(lines)
    assert sorted(result.entries) == [9, 10]
    assert [x.item for x in result.entries[10].expenses] == ["ค่าตอบแทนวิทยากร", "ค่าอาหารว่างและเครื่องดื่ม"]
    assert any(i.code == "false_entry_header" for i in result.issues)
    # the same label before an entry whose own budget clause follows stays a report of its own
    real = _lines(*[ln.text for ln in lines[:4]], "รายงานครั้งที่ ๑๑ : ค่าตอบแทนวิทยากร ๘ ชั่วโมง x ๑,๒๐๐.- บาท = ๙,๖๐๐.- บาท",
                  ":: ความก้าวหน้าของงานฯ = ๑๐๐.๐๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๑๑) = ๙,๖๐๐.- บาท", start=120)
    assert sorted(parse_entries(real).entries) == [9, 10, 11]


# The same table after OCR (extra3 OCR w001's shape): labels wrap onto a line of their own ("งานฯ"), a label
# and the first value merge when their gap collapses, a wrapped cell's next line may stand alone (no tab).
def _ocr_lines(*rows: tuple[str, tuple[int, ...]], start: int = 1) -> list[Line]:
    return [Line(i, text, cols=cols) for i, (text, cols) in enumerate(rows, start=start)]


_OCR_TABLE = (
    ("รายการ\tรายงานครั้งที่ 1\tรายงานครั้งที่ ๒", (0, 18, 42)),
    ("วันที่รายงาน\t27/01/2564\t10/02/2564", (0, 19, 46)),
    ("รายละเอียดการ\tอยู่ระหว่างการเตรียม\tได้รับการอนุมัติโครงการ", (0, 19, 44)),
    ("ดำเนินงาน\tจัดทำคำสั่งเจ้าหน้าที่\tและโอนเงิน ค่าอาหาร 10 คน x 50 บาท", (0, 18, 41)),
    ("= 500 บาท", ()),
    ("ความก้าวหน้าของ ๑๑\t๓1", (0, 42)),
    ("งานฯ", ()),
    ("งบประมาณที่เปิก 0 บาท\t500 บาท", (0, 42)),
    ("ใช้", ()),
    ("ความสอดคล้องกับ เป็นไปตามแผน\tไม่เป็นไปตามแผน", (0, 40)),
    ("แผน", ()),
    ("ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย", ()),
    ("ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้", ()),
)


def test_an_ocrd_table_of_entry_columns_is_read_by_its_row_labels():
    result = parse_entries(_ocr_lines(*_OCR_TABLE, start=85))
    entries = result.entries
    assert sorted(entries) == [1, 2]
    want = {1: (Decimal("11"), Decimal("0"), True), 2: (Decimal("31"), Decimal("500"), False)}
    for seq, (progress, paid, on_plan) in want.items():
        values, bad = figure_values(entries[seq])
        assert not bad and values["progress_pct"] == progress and values["disbursed"] == paid, seq
        assert values["on_plan"] is on_plan and values["on_target"] is True, seq
    # the lone line "= 500 บาท" goes on with the text read just before it (entry 2's cell), and says so
    lines = untranspose(_ocr_lines(*_OCR_TABLE, start=85))
    second = lines[lines.index(next(ln for ln in lines if ln.text == "รายงานครั้งที่ ๒")):]
    assert "= 500 บาท" in [ln.text for ln in second]
    doubts = [i for i in result.issues if i.code == "entry_cell_in_doubt"]
    assert {(i.field, i.line_start) for i in doubts} == {("progress_reports.description", 89), ("expenses", 89)}
    # the certificate after the table is no part of it
    assert lines[-1].text == "ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้"


def test_an_ocrd_row_of_fewer_cells_than_entries_is_placed_by_its_columns_and_said():
    rows = list(_OCR_TABLE)
    rows[5] = ("ความก้าวหน้าของ\t๓1", (0, 42))  # entry 1's progress lost: ๓1 stands under entry 2's header
    result = parse_entries(_ocr_lines(*rows, start=85))
    assert "progress" not in result.entries[1].figures
    assert figure_values(result.entries[2])[0]["progress_pct"] == Decimal("31")
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.progress_pct" for i in result.issues)


def test_a_header_over_labels_without_their_values_is_left_alone():
    """A table read column by column after OCR (labels, then values) is no
    table of entry columns: its header row stays for the clause reader."""
    lines = _ocr_lines(("เ\tครั้งที่ 2", (0, 20)), ("วันที่รายงาน :", ()), ("รายละเอียดการ", ()),
                       ("23/12/2562 : จัดทำคำสั่ง", ()))
    assert untranspose(lines) == lines


def test_an_ocrd_generated_document_with_entry_columns_reads_its_figures():
    """extra3 OCR w002: the entries two by two as columns, after OCR; every
    report's date and figures are the truth, and each expense is in its
    own entry or an entry_cell_in_doubt issue stands at its lines."""
    ocr = EXTRA3.parent / "ocr" / "bma_progress_w002.txt"
    truth = json.loads((EXTRA3 / "bma_progress_w002.expected.json").read_text(encoding="utf-8"))
    rows = process_document("w002.txt", ocr.read_bytes())
    _reports_are_the_truth(rows, truth)
    doubts = [(i["line_start"], i["line_end"]) for i in rows["issues"]
              if i["code"] == "entry_cell_in_doubt" and i["field"] == "expenses"]
    right = {(e["report_seq"], e["amount"]) for e in truth["projects"][0]["expenses"]}
    assert rows["expenses"]
    for e in rows["expenses"]:
        assert (e["report_seq"], str(e["amount"])) in right or any(a <= e["line_end"] and e["line_start"] <= b
                                                                  for a, b in doubts)


def test_a_date_cell_that_wrapped_onto_a_line_alone_does_not_end_the_table():
    """A date cell wrapped by OCR ('27 ม.ค.' / '2564', a line of its own with
    no tab) is the date row's: the rows after it are still the table's.  A
    year alone goes to the one date that lacks its year; a wrap the layout
    and the dates do not pin (two dates without a year) is placed by position
    and said."""
    rows = list(_OCR_TABLE)
    rows[1:2] = [("วันที่รายงาน\t27 ม.ค.\t10/02/2564", (0, 19, 46)), ("2564", ())]
    result = parse_entries(_ocr_lines(*rows, start=85))
    assert figure_values(result.entries[1])[0]["progress_pct"] == Decimal("11")
    assert figure_values(result.entries[2])[0]["disbursed"] == Decimal("500")
    assert result.entries[1].date.isoformat() == "2021-01-27"
    rows[1:3] = [("วันที่รายงาน\t27 ม.ค.\t10 ก.พ.", (0, 19, 46)), ("2564", ())]
    result = parse_entries(_ocr_lines(*rows, start=85))
    assert figure_values(result.entries[2])[0]["disbursed"] == Decimal("500")
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.report_date" and i.line_start == 87
               for i in result.issues)


def test_a_header_whose_number_ocr_lost_still_opens_its_table():
    """'รายการ | ครั้งที่' (the number lost): the table is read, its entry's
    number left to the entries' sequence (clauses.HEADER_RE reads a header
    without one)."""
    lines = _ocr_lines(("รายการ\tครั้งที่", (0, 22)), ("วันที่รายงาน\t22/08/2567", (0, 23)),
                       ("ความก้าวหน้าของงาน ๑๐๐.๐๐ %", ()), ("งบประมาณที่เบิกใช้\t๓๐๐.๕๐ บาท", (0, 21)),
                       ("ความสอดคล้องกับ\tเป็นไปตามเป้าหมาย", (0, 21)), start=164)
    assert [ln.text for ln in untranspose(lines)] == [
        "รายงานครั้งที่", ":: 22/08/2567 :", "ความก้าวหน้าของงานฯ = ๑๐๐.๐๐ %", "งบประมาณที่เบิกใช้ = ๓๐๐.๕๐ บาท",
        ": เป็นไปตามเป้าหมาย"]
    # the header stands bare, so the date slot under it is its date (as "รายงานครั้งที่ :" it was read as text)
    assert parse_entries(lines).entries[1].date.isoformat() == "2024-08-22"


# The same table run on in a paragraph (a form printed on a few lines; extra3 w013, fresh sets'
# few_lines with entries as columns), OCR'd: its lines break anywhere, a date OCR damaged.
_RUN_ON = (
    "รายงานครั้งที่ 1 รายงานครั้งที่ ๒ วันที่รายงาน 20/03/2568",
    "๐๓๕/๐๕/๒๕๒๑๕ รายละเอียดการดำเนินงาน ได้รับการอนุมัติโครงการ",
    "ยังไม่สามารถดำเนินการประกวดผลงานได้ ค่าวัสดุ = 500 บาท",
    "ดำเนินงาน ความก้าวหน้าของงานฯ 20.00 % ๕๕.๐๐ %",
    "งบประมาณที่เบิกใช้ 0.- บาท 500.- บาท ความสอดคล้องกับแผน",
    "เป็นไปตามแผน ไม่เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย",
    "เป็นไปตามเป้าหมาย .ไม่เป็นไปตามเป้าหมาย รายงานครั้งที่ 3 วันที่รายงาน 26 กันยายน 2568",
    "รายละเอียดการดำเนินงาน ดำเนินการจัดกิจกรรมครบ ค่าวัสดุ = 1,400 บาท ความก้าวหน้าของงานฯ 100.00 %",
    "งบประมาณที่เบิกใช้ 1,400 บาท ความสอดคล้องกับแผน เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้",
)


def test_an_entry_table_run_on_in_a_paragraph_gives_each_entry_its_dates_figures_and_flags():
    result = parse_entries(_lines(*_RUN_ON))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert entries[1].date.isoformat() == "2025-03-20" and entries[1].line_start == 1
    assert entries[2].date is None and entries[2].date_text == "๐๓๕/๐๕/๒๕๒๑๕"  # damaged: kept, its own
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n]["progress_pct"] for n in (1, 2, 3)] == [20.0, 55.0, 100.0]
    assert [str(values[n]["disbursed"]) for n in (1, 2, 3)] == ["0.00", "500.00", "1400.00"]
    assert [values[n]["on_plan"] for n in (1, 2, 3)] == [True, False, True]
    assert [values[n]["on_target"] for n in (1, 2, 3)] == [True, False, True]
    # two descriptions run into one another: given to neither, and said with the expense among them
    assert not entries[1].description and not entries[2].description and not entries[1].expenses
    doubts = {(i.code, i.field) for i in result.issues}
    assert ("entry_cell_in_doubt", "progress_reports.description") in doubts
    assert ("entry_cell_in_doubt", "expenses") in doubts
    # a table of one report: its description is its own, expense line and all; the certification is no text of it
    assert entries[3].description == "ดำเนินการจัดกิจกรรมครบ"
    assert [(e.item, e.amount) for e in entries[3].expenses] == [("ค่าวัสดุ", "1,400")]


def test_a_header_run_on_with_its_date_label_in_cells_is_left_to_the_table_reader():
    lines = _lines("รายการ\tรายงานครั้งที่ 1\tรายงานครั้งที่ 2", "วันที่รายงาน\t27/01/2564\t10/02/2564")
    assert untranspose(lines)[0].text == "รายงานครั้งที่ 1"


def test_a_generated_document_with_its_entry_table_run_on_reads_its_dates_and_figures():
    """extra3 w013 prints section 2 on a few lines, its entries as a table
    run on in a paragraph: every report's date, figures and flags are the
    generator's truth."""
    text = (EXTRA3 / "bma_progress_w013.txt").read_text(encoding="utf-8")
    truth = json.loads((EXTRA3 / "bma_progress_w013.expected.json").read_text(encoding="utf-8"))
    rows = process_document("w013.txt", text.encode())
    _reports_are_the_truth(rows, truth)


# A run-on table whose date row mixes the date's shapes ("27 ธันวาคม 2560" beside "9/1/61", the
# generator's report_date_forms_mixed on a few-line form) and whose progress row prints its figures
# bare, with no "%" (progress_bare): each row still parts into one value per entry by the values' shapes.
_RUN_ON_MIXED = (
    "2. รายงานความก้าวหน้าของโครงการ ครั้งที่ 1 ครั้งที่ 2 วันที่รายงาน 27 ธันวาคม 2560 9/1/61",
    "รายละเอียดการดำเนินงาน ได้รับการอนุมัติโครงการ จัดทำโครงการเพื่อขออนุมัติ ค่าเช่ารถ = 2,200.- บาท",
    "ความก้าวหน้าของงานฯ 11 20 งบประมาณที่เบิกใช้ 0.- บาท 2,200.- บาท ความสอดคล้องกับแผน เป็นไปตามแผน",
    "เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย ครั้งที่ 3 ครั้งที่ 4",
    "วันที่รายงาน 4 มีนาคม 61 26/4/61 รายละเอียดการดำเนินงาน อยู่ระหว่างการเตรียมการ ประชุมผู้บริหาร",
    "ความก้าวหน้าของงานฯ 52 63.5 งบประมาณที่เบิกใช้ 0.- บาท 0.- บาท ความสอดคล้องกับแผน เป็นไปตามแผน",
    "เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def test_a_run_on_table_with_dates_of_mixed_shapes_and_bare_progress_figures_parts_by_their_shapes():
    result = parse_entries(_lines(*_RUN_ON_MIXED))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3, 4]
    assert [entries[n].date.isoformat() for n in (1, 2, 3, 4)] == ["2017-12-27", "2018-01-09", "2018-03-04",
                                                                   "2018-04-26"]
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n]["progress_pct"] for n in (1, 2, 3, 4)] == [11.0, 20.0, 52.0, 63.5]
    assert [entries[n].line_start for n in (3, 4)] == [4, 4]
    doubts = {i.field for i in result.issues if i.code == "entry_cell_in_doubt"}
    assert "progress_reports.report_date" not in doubts and "progress_reports.progress_pct" not in doubts


def test_a_run_on_date_row_with_a_speck_ocr_read_between_a_dates_parts_parts_without_it():
    """"... 22 กรกฎาคม 63 24" / ". สิงหาคม 2563" (a fresh set's one_line form
    after OCR): the lone "." at the wrapped line's start is a speck, no
    part of a date; before, the row did not part into one date per report
    and no report had one."""
    lines = list(_RUN_ON_MIXED)
    lines[0] = lines[0].replace("9/1/61", "9 . มกราคม 61")
    result = parse_entries(_lines(*lines))
    assert [result.entries[n].date.isoformat() for n in (1, 2)] == ["2017-12-27", "2018-01-09"]
    assert "progress_reports.report_date" not in {i.field for i in result.issues if i.code == "entry_cell_in_doubt"}


def test_a_run_on_row_that_does_not_part_into_one_value_per_entry_gives_none_and_says_so():
    lines = list(_RUN_ON_MIXED[:3])
    lines[0] = lines[0].replace("9/1/61", "9/1")  # a date cut short: no date shape
    lines[2] = lines[2].replace("11 20", "11 20 31")  # three figures for two entries
    result = parse_entries(_lines(*lines, *_RUN_ON_MIXED[3:4]))
    assert result.entries[1].date is None and result.entries[2].date is None
    doubts = {i.field for i in result.issues if i.code == "entry_cell_in_doubt"}
    assert {"progress_reports.report_date", "progress_reports.progress_pct"} <= doubts


# A run-on table of three reports whose descriptions run into one another, each report's expense
# lines after its own description: a group of lines goes to the report whose disbursement it adds
# up to, and text standing for one report alone goes with it.
_RUN_ON_EXPENSES = (
    "ครั้งที่ 1 ครั้งที่ 2 ครั้งที่ 3 วันที่รายงาน 5/1/2566 9/2/2566 20/3/2566",
    "รายละเอียดการดำเนินงาน จัดทำโครงการเพื่อขออนุมัติ ประชุมคณะกรรมการ ค่าอาหาร จำนวน 20 คนๆ ละ 50 บาท",
    "เป็นเงิน 1,000 บาท ค่าวัสดุ = 500 บาท จัดกิจกรรมครบ ค่าเช่ารถ = 2,000 บาท",
    "ความก้าวหน้าของงานฯ 10 % 40 % 100 % งบประมาณที่เบิกใช้ 0.- บาท 1,500.- บาท 2,000.- บาท",
    "ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def test_a_run_on_table_s_expense_lines_go_to_the_report_whose_disbursement_they_add_up_to():
    result = parse_entries(_lines(*_RUN_ON_EXPENSES))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert [[(e.item, e.amount) for e in entries[n].expenses] for n in (1, 2, 3)] == [
        [], [("ค่าอาหาร", "1,000"), ("ค่าวัสดุ", "500")], [("ค่าเช่ารถ", "2,000")]]
    # the text between the two groups is report 3's alone; before the first, reports 1 and 2 run on, in two
    # pieces: one each (tests/test_prop_run_on_columns.py)
    assert " ".join(entries[3].description.split()) == "จัดกิจกรรมครบ"
    assert [entries[1].description, entries[2].description] == ["จัดทำโครงการเพื่อขออนุมัติ", "ประชุมคณะกรรมการ"]
    assert not any(i.code == "entry_cell_in_doubt" for i in result.issues)
    # three pieces for the two: none is given, and it is said
    lines = list(_RUN_ON_EXPENSES)
    lines[1] = lines[1].replace("ประชุมคณะกรรมการ", "ประชุมคณะกรรมการ กำหนดแผนงาน")
    result = parse_entries(_lines(*lines))
    assert not result.entries[1].description and not result.entries[2].description
    doubts = {i.field: i for i in result.issues if i.code == "entry_cell_in_doubt"}
    assert "expenses" not in doubts
    assert json.loads(doubts["progress_reports.description"].evidence)["text"] == (
        "จัดทำโครงการเพื่อขออนุมัติ ประชุมคณะกรรมการ กำหนดแผนงาน")


def test_run_on_expense_lines_two_reports_could_own_are_given_to_neither_and_said():
    lines = list(_RUN_ON_EXPENSES)
    lines[3] = lines[3].replace("0.- บาท 1,500.- บาท 2,000.- บาท", "1,500.- บาท 1,500.- บาท 2,000.- บาท")
    lines[1] = lines[1].replace("ค่าอาหาร จำนวน 20 คนๆ ละ 50 บาท", "ค่าอาหาร จำนวน 10 คนๆ ละ 50 บาท")
    lines[2] = lines[2].replace("เป็นเงิน 1,000 บาท ค่าวัสดุ = 500 บาท", "เป็นเงิน 500 บาท ค่าวัสดุ = 1,000 บาท")
    result = parse_entries(_lines(*lines))
    assert not any(result.entries[n].expenses for n in result.entries)  # no way fits: report 1 spent, no lines
    doubts = {i.field for i in result.issues if i.code == "entry_cell_in_doubt"}
    assert {"progress_reports.description", "expenses"} <= doubts


# A table of four entries as columns, OCR'd across the page with narrow columns: its heads with no
# label cell, its dates scattered by their wraps over lines of fewer cells than entries (which entry
# each piece is the layout does not say), its figures' labels run into the first value, and each
# flag's last word wrapped under it.
_WIDE_ACROSS = (
    "ครั้งที่ 1\tครั้งที่ 2\tครั้งที่ 3\tครั้งที่ 4",
    "วันที่รายงาน\t15 มี.ค. 64 20\t23 พฤษภาคม 6 มิถุนายน",
    "เมษายน\t64\t2564",
    "2564",
    "ความก้าวหน้า 20.0%\t43.0%\t44.0%\t82.0%",
    "ของงานฯ",
    "งบประมาณที่ 0 บาท\t0 บาท\t36100 บาท\t0 บาท",
    "เบิกใช้",
    "ความสอดคล้อง เป็นไปตาม\tเป็นไปตามแผน\tเป็นไปตาม\tเป็นไปตามแผน",
    "กับแผน\tแผน\tแผน",
    "ความสอดคล้อง เป็นไปตามเป้าหมาย\tเป็นไปตาม\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
    "กับเป้าหมาย\tเป้าหมาย",
)


def test_a_row_s_lines_no_cell_order_places_are_put_aside_and_the_table_goes_on_at_the_next_row():
    result = parse_entries(_lines(*_WIDE_ACROSS))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3, 4]
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n]["progress_pct"] for n in (1, 2, 3, 4)] == [20.0, 43.0, 44.0, 82.0]
    assert [str(values[n]["disbursed"]) for n in (1, 2, 3, 4)] == ["0.00", "0.00", "36100.00", "0.00"]
    # each flag's last word goes to the entry whose flag it finishes
    assert [values[n]["on_plan"] for n in (1, 2, 3, 4)] == [True] * 4
    assert [values[n]["on_target"] for n in (1, 2, 3, 4)] == [True] * 4
    # the dates' scattered pieces: the row parts by the dates' parts' shapes into one date each, the lines
    # under it finishing them in order (parts a two-digit figure may be the year of: said)
    assert [entries[n].date.isoformat() for n in (1, 2, 3, 4)] == ["2021-03-15", "2021-04-20", "2021-05-23",
                                                                  "2021-06-06"]
    assert not [i for i in result.issues if "given to none" in i.message]
    doubts = [i for i in result.issues if i.code == "entry_cell_in_doubt"]
    assert [(i.field, i.line_start) for i in doubts] == [("progress_reports.report_date", 2)]


def test_a_row_s_unplaced_lines_with_no_later_row_after_them_end_the_table():
    lines = _WIDE_ACROSS[:4]  # the dates, and nothing of the table after them
    result = parse_entries(_lines(*lines, "ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้"))
    assert not [i for i in result.issues if "given to none" in i.message]


# The run-on table whose column heads print "ครั้งที่ N" without "รายงาน" (the generator's
# entries_side_by_side with its short heads, on a form printed on one line or a few: extra3 w004,
# extra4 t010), OCR'd, one of its run-on descriptions cancelling the project.
_RUN_ON_SHORT_HEADS = (
    "ครั้งที่ ๑ ครั้งที่ ๒ ครั้งที่ ๓ วันที่รายงาน ๑๑/๐๕/๒๕๖๕",
    "๒๓/๐๕/๒๕๖๕ ๓๐/๐๖/๒๕๖๕ รายละเอียดการ",
    "ดําเนินงาน ประชุมผู้บริหารสถานศึกษา อยู่ระหว่างการเตรียมการ",
    "ยกเลิกโครงการ เนื่องจากมีการปรับแผน ความก้าวหน้าของงานฯ ๒.๐๐ %",
    "๑๐.๐๐ % ๓๕.๐๐ % งบประมาณที่เบิกใช้ ๐.- บาท ๐.- บาท",
    "๐.- บาท ความสอดคล้องกับแผน เป็นไปตามแผน",
    "ไม่เป็นไปตามแผน เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
    "เป็นไปตามเป้าหมาย ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้",
)


def test_a_run_on_table_whose_heads_print_without_their_report_word_is_read_entry_by_entry():
    result = parse_entries(_lines(*_RUN_ON_SHORT_HEADS))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert [entries[n].date.isoformat() for n in (1, 2, 3)] == ["2022-05-11", "2022-05-23", "2022-06-30"]
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n]["progress_pct"] for n in (1, 2, 3)] == [2.0, 10.0, 35.0]
    assert [values[n]["on_plan"] for n in (1, 2, 3)] == [True, False, True]
    # the description label's last word wrapped to the next line ("รายละเอียดการ" / "ดําเนินงาน") is the
    # label's, not a description: the descriptions part one a report, one of them at a line's end, said
    assert [entries[n].description for n in (1, 2, 3)] == [
        "ประชุมผู้บริหารสถานศึกษา", "อยู่ระหว่างการเตรียมการ", "ยกเลิกโครงการ เนื่องจากมีการปรับแผน"]
    assert [entries[n].cancelled for n in (1, 2, 3)] == [False, False, True]
    doubts = {(i.code, i.field) for i in result.issues}
    assert ("entry_cell_in_doubt", "progress_reports.description") in doubts


def test_a_generated_run_on_table_with_short_heads_reads_its_dates_and_figures():
    """extra3 w004 prints its form on a few lines, its entries as a table whose
    heads are "ครั้งที่ N": every report's date and figures are the truth."""
    text = (EXTRA3 / "bma_progress_w004.txt").read_text(encoding="utf-8")
    truth = json.loads((EXTRA3 / "bma_progress_w004.expected.json").read_text(encoding="utf-8"))
    rows = process_document("w004.txt", text.encode())
    _reports_are_the_truth(rows, truth)


# A table of three entries as columns (entries_side_by_side_wide, tab cells), OCR'd: the header row's
# numbers wrapped onto the next line and its first two cells' gap was lost; two dates' years wrapped
# (extra4 t005).
_WIDE_WRAPPED = (
    "รายงานครั้งที่ รายงานครั้งที่ 5\tรายงานครั้งที่",
    "4\t6",
    "วันที่รายงาน\t10 เม.ย.\t10 พฤษภาคม 2565\t11 มิถุนายน",
    "2565\t65",
    "รายละเอียดการดำเนินงาน\tประชุมผู้บริหาร\tอยู่ระหว่างการเตรียม\tติดต่อประสานงาน",
    "ความก้าวหน้าของงานฯ\t47.0%\t91.0%\t95.0%",
    "งบประมาณที่เบิกใช้\t0.- บาท\t0.- บาท\t0.- บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tไม่เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
)


def test_a_header_row_whose_numbers_wrapped_and_dates_whose_years_wrapped_are_read():
    entries = parse_entries(_lines(*_WIDE_WRAPPED)).entries
    assert sorted(entries) == [4, 5, 6]
    assert [entries[n].date.isoformat() for n in (4, 5, 6)] == ["2022-04-10", "2022-05-10", "2022-06-11"]
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n]["progress_pct"] for n in (4, 5, 6)] == [47.0, 91.0, 95.0]
    assert [values[n]["on_plan"] for n in (4, 5, 6)] == [True, True, False]
    assert entries[6].description == "ติดต่อประสานงาน"


def test_a_header_row_with_numbers_under_it_of_another_count_is_left_alone():
    lines = _lines("รายงานครั้งที่\tรายงานครั้งที่ 5\tรายงานครั้งที่", "4", "วันที่รายงาน\t1 ม.ค. 2565")
    assert untranspose(lines)[1].text == "4"


# A table of two entries as columns with no label cell before its heads, OCR'd (a fresh set's
# entries_side_by_side): the two heads' gap collapsed to a space, no tab left in the row; a description
# cell's line opens with "งบประมาณ", a label's word, with text beside it and no figure.
_HEADS_ONE_SPACE = (
    "รายงานครังที 3 รายงานครังที 4",
    "วันที่รายงาน\t7/6/2567\t23/7/2567",
    "รายละเอียดการ ดำเนินการจัด\t1. ได้ดำเนินกิจกรรม",
    "ดำเนินงาน\tสัมมนา และ\tห้องสมุด ไปแล้ว 2. อยู่ระหว่าง",
    "เบิกจ่ายตาม\tรวบรวมเอกสาร",
    "งบประมาณ\tการรวบรวมเอกสารประกอบการ",
    "ความก้าวหน้า\t57\t64",
    "ของงานๆ",
    "งบประมาณที่\t0 บาท\t15600 บาท",
    "เบิกใช้",
    "ความสอดคล้อง เป็นไปตามแผน เป็นไปตามแผน",
    "กับแผน",
    "ความสอดคล้อง เป็นไปตาม\tเป็นไปตามเป้าหมาย",
    "กับเป้าหมาย\tเป้าหมาย",
)


def test_a_header_row_of_two_heads_a_space_apart_opens_its_table_and_a_label_word_in_a_description_is_text():
    entries = parse_entries(_lines(*_HEADS_ONE_SPACE)).entries
    assert sorted(entries) == [3, 4]
    assert [entries[n].date.isoformat() for n in (3, 4)] == ["2024-06-07", "2024-07-23"]
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n]["progress_pct"] for n in (3, 4)] == [57.0, 64.0]
    assert [str(values[n]["disbursed"]) for n in (3, 4)] == ["0.00", "15600.00"]
    assert [values[n]["on_plan"] for n in (3, 4)] == [True, True]
    assert "งบประมาณ" in entries[3].description or "งบประมาณ" in entries[4].description


def test_a_run_on_table_head_whose_number_ocr_read_as_a_thai_letter_still_opens_its_entry():
    """"ครั้งที่ ซ ครั้งที่ ๕", "ครั้งที่ ง ครั้งที่ ๑0" (๗ and ๙ read as letters, fresh
    set p013): each such head still opens its entry, its figures its own."""
    result = parse_entries(_lines(
        "ครั้งที่ ซ ครั้งที่ ๕ วันที่รายงาน ๑๕/๐๕/๒๕๒๓ ๓๐/๐๕/๒๕๒๓ รายละเอียดการดําเนินงาน",
        "ได้รับการอนุมัติโครงการ และโอนเงินกิจกรรมที่ ๑ ให้ ๒๒ เครือข่ายโรงเรียน โดยผ่านเขต",
        "ความก้าวหน้าของงานฯ ๓๕.๐9% ๕๕.๐%",
        "งบประมาณที่เบิกใช้ ๑7,2๐0.- บาท 0.- บาท ความสอดคล้องกับแผน เป็นไปตามแผน",
        "เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
        "ครั้งที่ ง ครั้งที่ ๑0 วันที่รายงาน ๒๒/0๒๑/2563 ๐7/๐7/25๒3 รายละเอียดการดําเนินงาน",
        "ดําเนินการจัดสัมมนา ดําเนินการประชุมเชิงปฏิบัติการ ความก้าวหน้าของงานฯ 73.0% 77.0%",
        "งบประมาณที่เบิกใช้ ๐.- บาท ๐.- บาท ความสอดคล้องกับแผน เป็นไปตามแผน",
        "ไม่เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย"))
    entries = result.entries
    assert len(entries) == 4
    got = sorted((float(figure_values(e)[0]["progress_pct"]), figure_values(e)[0]["on_plan"]) for e in entries.values())
    assert got == [(35.09, True), (55.0, True), (73.0, True), (77.0, False)]


def test_a_header_row_a_wrap_cut_takes_the_rest_of_its_headers_from_the_next_line():
    # OCR of a wide table of entry columns: "รายงาน" / "ครั้งที่ ๑" and "รายงานครั้งที่" / "๒" cut by the narrow
    # columns, the third header whole, their gaps lost; the next line holds what the cut ones lack, in order
    rows = list(_OCR_TABLE)
    rows[0:1] = [("รายการ\tรายงาน\tรายงานครั้งที่ รายงานครั้งที่ ๓", (0, 17, 30)), ("ครั้งที่ ๑\t๒", (0, 13))]
    rows[2] = ("วันที่รายงาน\t27/01/2564\t10/02/2564\t11/03/2564", (0, 19, 46, 60))
    entries = parse_entries(_ocr_lines(*rows, start=85)).entries
    assert sorted(entries) == [1, 2, 3]
    assert [entries[n].date.isoformat() for n in (1, 2, 3)] == ["2021-01-27", "2021-02-10", "2021-03-11"]
    # a next line that does not finish them (more pieces than headers lack) leaves the row as it stands
    rows[1:2] = [("ครั้งที่ ๑\t๒\t๔", (0, 13, 30))]
    assert untranspose(_ocr_lines(*rows[:2], start=85))[0].text == rows[0][0]


def test_the_years_under_a_date_row_whose_label_wrapped_go_to_the_dates():
    # "วันที่" / "รายงาน": the label's last word opens the line of the years a wrap put under the dates
    rows = list(_OCR_TABLE)
    rows[1:2] = [("วันที่\t27 มกราคม\t10 กุมภาพันธ์", (0, 19, 46)), ("รายงาน\t2564\t2564", (0, 19, 46))]
    entries = parse_entries(_ocr_lines(*rows, start=85)).entries
    assert [entries[n].date.isoformat() for n in (1, 2)] == ["2021-01-27", "2021-02-10"]


def test_a_table_whose_date_row_lost_its_cell_gaps_is_still_read_by_its_other_rows():
    # a fresh set's entries_side_by_side_wide after OCR: the header row and the figure rows keep their cells
    # (tab-separated) but the date row lost the gaps between its cells. Before, a first row not in cells meant no
    # table at all, and its four reports were lost with every figure; now the dates part by their shapes when
    # they can, else none is given (and said), and the other rows are read as cells
    rows = ("ความก้าวหน้าของงานฯ\t๒.๐๐ %\t๕.๐๐ %\t๑๒.๕๐ %",
            "งบประมาณที่เบิกใช้\t๐ บาท\t๐ บาท\t๓,๕๐๐ บาท",
            "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tไม่เป็นไปตามแผน",
            "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย")
    head = ",\tครั้งที ๑\tครั้งที ๒\tครั้งที ๓"
    result = parse_entries(_lines(head, "วันทีรายงาน ๒๐ ต.ค. ๖๓ ๒๒/๑๑/๖๓ ๘ ธันวาคม ๒๕๖๓", *rows))
    entries = result.entries
    assert [entries[n].date.isoformat() for n in (1, 2, 3)] == ["2020-10-20", "2020-11-22", "2020-12-08"]
    values = {n: figure_values(entries[n])[0] for n in (1, 2, 3)}
    assert [values[n]["progress_pct"] for n in (1, 2, 3)] == [2.0, 5.0, 12.5]
    assert [str(values[n]["disbursed"]) for n in (1, 2, 3)] == ["0.00", "0.00", "3500.00"]
    assert [values[n]["on_plan"] for n in (1, 2, 3)] == [True, True, False]
    # a speck glued before a date or its day ("ไ๒๒/๑๑/๖๓", "ฉ๘ ธันวาคม") no longer stops the parting
    result = parse_entries(_lines(head, "วันทีรายงาน ๒๐ ต.ค. ๖๓ ไ๒๒/๑๑/๖๓ ฉ๘ ธันวาคม ๒๕๖๓", *rows))
    assert [result.entries[n].date.isoformat() for n in (1, 2, 3)] == ["2020-10-20", "2020-11-22", "2020-12-08"]
    # dates OCR damaged past parting (a date lost its year, "๒๒/๑๑"; a day of no digit, "ฉฉ"): none given, and
    # said; the figures still read
    result = parse_entries(_lines(head, "วันทีรายงาน ๒๐ ต.ค. ๖๓ ๒๒/๑๑ ฉฉ ธันวาคม ๒๕๖๓", *rows))
    assert all(result.entries[n].date is None for n in (1, 2, 3))
    assert ("entry_cell_in_doubt", "progress_reports.report_date") in {(i.code, i.field) for i in result.issues}
    assert figure_values(result.entries[3])[0]["progress_pct"] == 12.5


def test_a_flag_row_whose_cells_lost_their_gaps_and_wrapped_their_last_words_gives_each_entry_its_flag():
    # "ความสอดคล้อง เป็นไปตาม เป็นไปตาม ไม่เป็นไปตามแผน" / "กับแผน <tab> แผน <tab> แผน" (a fresh set's
    # entries_side_by_side_wide after OCR): the row's three cells are one text, two of them cut short by a wrap;
    # before, the text stayed one cell, the first entry's, and the others had no flag
    result = parse_entries(_lines(",\tครั้งที่ ๑\tครั้งที่ ๒\tครั้งที่ ๓",
                                  "วันที่รายงาน\t๒๐ ต.ค. ๖๓\t๒๒/๑๑/๖๓\t๘ ธันวาคม ๒๕๖๓",
                                  "ความก้าวหน้าของงานฯ\t๒.๐๐ %\t๕.๐๐ %\t๑๒.๕๐ %",
                                  "งบประมาณที่เบิกใช้\t๐ บาท\t๐ บาท\t๐ บาท",
                                  "ความสอดคล้อง เป็นไปตาม เป็นไปตาม ไม่เป็นไปตามแผน",
                                  "กับแผน\tแผน\tแผน",
                                  "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย"))
    assert [figure_values(result.entries[n])[0].get("on_plan") for n in (1, 2, 3)] == [True, True, False]


def test_a_descriptions_last_word_in_the_labels_column_beside_an_expense_line_is_no_budget_row():
    # a fresh set's entries_side_by_side after OCR: report 9's description "ดำเนินการจัดสัมมนา และเบิกจ่ายตาม
    # งบประมาณ" wrapped its last word into the labels' column, beside report 10's expense line. Before, the
    # line opened the budget row (its value the expense line), the table ended there, and report 10's figures and
    # expense lines went to report 9 or none
    result = parse_entries(_lines(
        "รายการ\tรายงานครั้งที่ 9\tรายงานครั้งที่ 10",
        "วันที่รายงาน\t18 ก.ค. 2562\t11 ส.ค. 2562",
        "รายละเอียดการ\tดำเนินการจัด\tได้ดำเนินการประกวดผลงาน",
        "ดำเนินงาน\tสัมมนา และเบิก\tไปแล้ว",
        "จ่ายตาม\tรวบรวมเอกสารประกอบการเบิกจ่าย",
        "งบประมาณ\tค่าจ้างเหมาจัดทำเอกสาร = 5,800 บาท.-",
        "ค่าวัสดุอุปกรณ์ = 5,500 บาท.-",
        "ความก้าวหน้า\t21.00 %\t22.50 %",
        "ของงานฯ",
        "งบประมาณที่เบิก\t0 บาท.-\t11,300 บาท.-",
        "ใช้",
        "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
        "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย"))
    entries = result.entries
    assert sorted(entries) == [9, 10]
    assert not entries[9].expenses
    assert [(e.item, e.amount) for e in entries[10].expenses] == [("ค่าจ้างเหมาจัดทำเอกสาร", "5,800"),
                                                                  ("ค่าวัสดุอุปกรณ์", "5,500")]
    values = {n: figure_values(entries[n])[0] for n in (9, 10)}
    assert [values[n]["progress_pct"] for n in (9, 10)] == [21.0, 22.5]
    assert [str(values[n]["disbursed"]) for n in (9, 10)] == ["0.00", "11300.00"]
    assert entries[9].description.endswith("งบประมาณ")


def test_a_run_on_table_whose_description_label_ocr_garbled_is_read():
    # a generated one-line form after OCR: "รายละเอียดการตดำเนินงาน" (a letter OCR put inside the label). Before,
    # the description row's label was not found, the table was "not whole" and left as text: its reports were lost
    lines = list(_RUN_ON_MIXED)
    lines[1] = lines[1].replace("รายละเอียดการดำเนินงาน", "รายละเอียดการตดำเนินงาน")
    entries = parse_entries(_lines(*lines)).entries
    assert sorted(entries) == [1, 2, 3, 4]
    assert [figure_values(entries[n])[0]["progress_pct"] for n in (1, 2)] == [11.0, 20.0]


def test_a_header_row_cut_inside_its_word_or_without_its_label_cell_opens_its_table():
    # a generated set's plain entries_side_by_side_wide after OCR: "รายงานครั้ง" / "ที่ ๑" (a wrap inside
    # "ครั้งที่"), the label cell "รายการ" lost; the next line holds the rest of each cut header, in order
    rows = list(_OCR_TABLE)
    rows[0:1] = [("รายงานครั้ง\tรายงานครั้งที่ ๒", (18, 42)), ("ที่ ๑", (18,))]
    entries = parse_entries(_ocr_lines(*rows, start=85)).entries
    assert sorted(entries) == [1, 2]
    assert [entries[n].date.isoformat() for n in (1, 2)] == ["2021-01-27", "2021-02-10"]
    # a header row of no label cell whose first cell holds headers, one of them a number OCR garbled ("%")
    rows = list(_OCR_TABLE)
    rows[0] = ("รายงานครั้งที่ % \tรายงานครั้งที่ ๒", (0, 42))
    entries = parse_entries(_ocr_lines(*rows, start=85)).entries
    assert sorted(entries) == [1, 2]
    assert figure_values(entries[2])[0]["progress_pct"] == 31.0
    # a first cell of other words with a figure is no header row's label: no table
    rows[0] = ("วันที่ ๑ รายงาน\tรายงานครั้งที่ ๒", (0, 42))
    assert untranspose(_ocr_lines(*rows[:3], start=85))[0].text == rows[0][0]


# A table of four entries after OCR (a generated set's entries_side_by_side_wide, its gaps read as spaces): the
# date row's four dates in one cell, the progress row's label merged with its first value and the other three
# in one cell, the budget row with no tab at all and its last amount's unit wrapped under it
_FOUR_WIDE = (
    ("ครั้งที่ 1\tครั้งที่ 2\tครั้งที่ 3\tครั้งที่ 4", (0, 12, 23, 35)),
    ("วันที่รายงาน\t2020-10-14 2020-11-19 2020-12-12 2021-1-17", (0, 15)),
    ("รายละเอียด\tประชุม\tจัดทำ\tอยู่ระหว่าง\tอยู่ระหว่าง", (0, 15, 27, 39, 51)),
    ("ความก้าวหน้า 13.00 %\t17.00% 41.00 % 42.50%", (0, 24)),
    ("ของงานฯ", ()),
    ("งบประมาณที่ 0.00 บาท ๐.- บาท 0.00 บาท 16,200.00", ()),
    ("เบิกใช้\tบาท", (0, 45)),
    ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 15, 27, 39, 51)),
    ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
     (0, 15, 27, 39, 51)),
)


def test_a_figure_row_whose_cell_gaps_ocr_read_as_spaces_parts_by_its_values_shapes():
    # before, each such row gave its one or two cells to the entries by page column (entry_cell_in_doubt): the
    # first entries got the row's text run together, the others nothing
    result = parse_entries(_ocr_lines(*_FOUR_WIDE, start=75))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3, 4]
    assert [entries[n].date.isoformat() for n in (1, 2, 3, 4)] == ["2020-10-14", "2020-11-19", "2020-12-12",
                                                                   "2021-01-17"]
    values = {n: figure_values(entries[n])[0] for n in (1, 2, 3, 4)}
    assert [values[n]["progress_pct"] for n in (1, 2, 3, 4)] == [13.0, 17.0, 41.0, 42.5]
    assert [str(values[n]["disbursed"]) for n in (1, 2, 3, 4)] == ["0.00", "0.00", "0.00", "16200.00"]
    assert not [i for i in result.issues if i.code == "entry_cell_in_doubt"
                and i.field in ("progress_reports.report_date", "progress_reports.progress_pct")]


def test_a_figure_row_that_does_not_part_into_one_value_per_entry_stays_placed_by_column_and_said():
    # three percentages for four entries (one cell left empty): no shape gives each entry one, so the row is
    # placed by its cells' columns as before, and said
    rows = list(_FOUR_WIDE)
    rows[3] = ("ความก้าวหน้า 13.00 %\t17.00% 41.00 %", (0, 24))
    result = parse_entries(_ocr_lines(*rows, start=75))
    assert [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports.progress_pct"]
    # a cell of a figure and other words is no run of figures either
    rows[3] = ("ความก้าวหน้า 13.00 %\t17.00% ดำเนินการ 41.00 % 42.50%", (0, 24))
    result = parse_entries(_ocr_lines(*rows, start=75))
    assert [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports.progress_pct"]


def _three_wide(head: tuple, rest: tuple, date_row: tuple, figures: tuple[str, str, str]) -> list[tuple]:
    """A table of three entries after OCR: its header row and the line under it, its date row, its other rows."""
    return [head, rest, date_row,
            ("รายละเอียด\tประชุม\tจัดทำ\tอยู่ระหว่าง", (0, 15, 30, 46)),
            ("ความก้าวหน้า\t" + "\t".join(f"{f}.0%" for f in figures), (0, 15, 28, 44)),
            ("งบประมาณที่\t๐.- บาท\t๐.- บาท\t๐.- บาท", (0, 16, 31, 49)),
            ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 16, 31, 49)),
            ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 16, 31, 49))]


def test_a_cut_header_row_whose_next_line_holds_a_number_ocr_garbled_opens_its_table():
    # a generated set's entries_side_by_side_wide after OCR: the headers' gaps read as spaces, two headers cut by a
    # wrap ("รายงานครั้ง" / "ที่ ๑", "รายงานครั้งที่" / "๒" read as "ไช่)"). Before, the next line was no header's
    # rest, so no table was read: the three entries were lost, their rows run into one description
    rows = _three_wide(("รายการ\tรายงานครั้ง รายงานครั้งที่ รายงานครั้งที่ ๓", (0, 17)), ("ที่ ๑\tไช่)", (0, 14)),
                       ("วันที่รายงาน\t01/11/2567\t22/12/2567\t13/01/2568", (0, 16, 31, 49)), ("4", "6", "7"))
    entries = parse_entries(_ocr_lines(*rows, start=103)).entries
    assert sorted(entries) == [1, 2, 3]
    assert [entries[n].date.isoformat() for n in (1, 2, 3)] == ["2024-11-01", "2024-12-22", "2025-01-13"]
    assert [figure_values(entries[n])[0]["progress_pct"] for n in (1, 2, 3)] == [4.0, 6.0, 7.0]
    # a next line of a word is no header's rest: the header row is not rejoined
    rows[1] = ("ที่ ๑\tการประชุม", (0, 14))
    assert untranspose(_ocr_lines(*rows[:2], start=103))[0].text == rows[0][0]


def test_a_header_row_of_no_gaps_after_another_table_and_numbers_repeating_earlier_reports_opens_new_entries():
    # the second table's header row read with no gap at all ("รายการ รายงานครั้งที่ ๔ รายงานครั้งที่ รายงาน" /
    # "๑<tab>ครั้งที่ ๓": ๕ and ๖ misread as numbers of reports already read), its date row not parted (no date
    # given). Each header cell opens its entry: the numbers that repeat earlier reports' are mended by the
    # sequence (report_sequence), not read as those reports' text (before: merged into reports 1 and 3, and
    # reports 5 and 6 lost with nothing said)
    first = _three_wide(("รายการ\tรายงานครั้งที่ ๑\tรายงานครั้งที่ ๒\tรายงานครั้งที่ ๓", (0, 16, 31, 49)),
                        ("วันที่รายงาน\t01/11/2567\t22/12/2567\t13/01/2568", (0, 16, 31, 49)),
                        ("รายละเอียด\tประชุม\tจัดทำ\tอยู่ระหว่าง", (0, 15, 30, 46)), ("4", "6", "7"))
    first = first[:1] + first[2:]
    second = _three_wide(("รายการ รายงานครั้งที่ ๔ รายงานครั้งที่ รายงาน", ()), ("๑\tครั้งที่ ๓", (0, 6)),
                         ("วันที่รายงาน ๑๓ A.A. ๒๕๖๘ ๓ ส.ค. ๒๕๖๘ ๒๕ ก.ย.", ()), ("8", "10", "13"))
    result = parse_entries(_ocr_lines(*first, *second, start=101))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3, 4, 5, 6]
    assert [figure_values(entries[n])[0]["progress_pct"] for n in (1, 3, 4, 5, 6)] == [4.0, 7.0, 8.0, 10.0, 13.0]
    assert [json.loads(i.evidence)["chosen"] for i in result.issues
            if i.code == "value_repaired" and i.field == "progress_reports.seq"] == [5, 6]


def test_rows_ocr_read_apart_from_their_labels_are_told_by_their_shapes():
    # a generated set's entries_side_by_side after OCR (s20bpa001, s19bpa011): the labels' column read on its own
    # before the table, then its header row and its rows with no label: two dates (one year damaged), the
    # descriptions, the figures alone, the amounts, the plan's flags (one cut by a wrap), the target's row with
    # its label. Before, a header row with no labelled row under it was text: the two entries ran into the
    # entry before them
    rows = [("รายงานครั้งที่ 3\tรายงานครั้งที่ 4", (0, 15)),
            ("๓ มิ.ย. 6b\t๑/๓/66", (0, 17)),
            ("จัดเตรียม\tอยู่ระหว่างขั้นตอน...พิจารณาเกณฑ์", (0, 15)),
            ("ข้อมูล/จัดทำ\tตัดสินผลงาน", (0, 15)),
            ("๑๓\t20", (0, 16)),
            ("0 บาท.-\t๓๒,๒๒๐ บาท,-", (0, 18)),
            ("เป็นไปตามแผน\tเป็นไปตามแผน", (0, 16)),
            ("ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย", ())]
    entries = parse_entries(_ocr_lines(*rows, start=152)).entries
    assert sorted(entries) == [3, 4]
    assert entries[4].date.isoformat() == "2023-03-01"
    assert entries[3].description == "จัดเตรียม ข้อมูล/จัดทำ"
    values = {n: figure_values(entries[n])[0] for n in (3, 4)}
    assert [values[n]["progress_pct"] for n in (3, 4)] == [13.0, 20.0]
    assert [str(values[n]["disbursed"]) for n in (3, 4)] == ["0.00", "32220.00"]
    assert all(values[n]["on_plan"] is True and values[n]["on_target"] is True for n in (3, 4))
    # a header row with text under it that is no row of dates stays text
    rows[1] = ("ประชุมผู้บริหาร\tจัดทำคำสั่ง", (0, 17))
    assert untranspose(_ocr_lines(*rows[:3], start=152))[0].text == rows[0][0]


def test_a_header_row_of_no_gaps_over_rows_with_no_labels_and_cut_flags_is_read():
    # fresh set m s19m008 after OCR: the header row's gap read as a space and the first header's number under it
    # as a speck ("รายงานครั้งที่ รายงานครั้งที่ 3" / "a"), the rows with no label, the flags cut by a wrap ("เป็นไปตาม"
    # / "แผน", then the target's "เป็นไปตาม" / "เป้าหมาย"). Before, the header row was text, and a lone "แผน" under
    # a cut flag was taken for a label's tail, which ended the table before the target's row
    rows = [("รายงานครั้งที่ ๑", ()), (":: 22/10/2564 : อยู่ระหว่างขั้นตอน", ()),
            ("ความก้าวหน้าของงานฯ = 1.0% : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย", ()),
            ("รายงานครั้งที่ รายงานครั้งที่ 3", ()), ("a", ()),
            ("18/11/64\t๒ ธ.ค. 64", (0, 16)),
            ("ประชุม\tเวียนแจ้ง", (0, 12)),
            ("ผู้บริหาร\tประชาสัมพันธ์", (0, 12)),
            ("๓.0%\t5.0%", (0, 16)),
            ("฿0\t฿0", (0, 16)),
            ("เป็นไปตาม\tเป็นไปตามแผน", (0, 12)),
            ("แผน", ()),
            ("เป็นไปตาม\tเป็นไปตาม", (0, 12)),
            ("เป้าหมาย\tเป้าหมาย", (0, 12))]
    result = parse_entries(_ocr_lines(*rows, start=140))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert [entries[n].date.isoformat() for n in (2, 3)] == ["2021-11-18", "2021-12-02"]
    assert [entries[n].description for n in (2, 3)] == ["ประชุม ผู้บริหาร", "เวียนแจ้ง ประชาสัมพันธ์"]
    values = {n: figure_values(entries[n])[0] for n in (2, 3)}
    assert [values[n]["progress_pct"] for n in (2, 3)] == [3.0, 5.0]
    assert all(values[n]["on_plan"] is True and values[n]["on_target"] is True for n in (2, 3))
    # the speck under the header row is its number only where the row under them confirms the entries, one cell
    # each: over a row of one cell for the two entries, the headers are left as text
    lines = _ocr_lines(*rows[3:5], ("วันที่รายงาน\t2071-10-22 )20211123", (0, 16)), start=143)
    assert untranspose(lines)[0].text == rows[3][0]


# A table of four entries after OCR (fresh set s19bpa008's shape): the header row's gaps all read as single
# spaces, the label's word "รายการ" first; the date row's first two dates in one cell and its last date's year
# wrapped under it ("27 สิงหาคม" / "62")
_HEAD_WITH_LABEL_WORD = (
    ("รายการ ครั้งที 1 ครั้งที 2 ครั้งที 3 ครั้งที่ 4", ()),
    ("วันที่รายงาน\t9/5/2562 23/6/62\t15/7/62\t27 สิงหาคม", (0, 18, 41, 60)),
    ("62", ()),
    ("รายละเอียด\tจัดทำโครงการ\tจัดเตรียมข้อมูล\tขอรายชื่อ\tจัดสัมมนา", (0, 15, 27, 39, 51)),
    ("ความก้าวหน้า 1.00 %\t1.00 %\t16.00 %\t18.00 %", (0, 24, 36, 50)),
    ("ของงานฯ", ()),
    ("งบประมาณที่\t0 บาท.-\t0 บาท.-\t0 บาท.-\t11,300 บาท.-", (0, 15, 27, 39, 51)),
    ("เบิกใช้", ()),
    ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 15, 27, 39, 51)),
    ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
     (0, 15, 27, 39, 51)),
)


def test_a_header_row_whose_gaps_ocr_all_read_as_spaces_after_its_label_word_opens_its_table():
    # before, "รายการ ครั้งที 1 ครั้งที 2 ..." was no header row (the label's word before the headers): the
    # table was text before the first entry and its four entries were lost
    entries = parse_entries(_ocr_lines(*_HEAD_WITH_LABEL_WORD, start=79)).entries
    assert sorted(entries) == [1, 2, 3, 4]
    values = {n: figure_values(entries[n])[0] for n in (1, 2, 3, 4)}
    assert [values[n]["progress_pct"] for n in (1, 2, 3, 4)] == [1.0, 1.0, 16.0, 18.0]
    assert [str(values[n]["disbursed"]) for n in (1, 2, 3, 4)] == ["0.00", "0.00", "0.00", "11300.00"]
    # a line of other words after the label's word is no header row
    assert untranspose(_ocr_lines(("รายการ ครั้งที 1 ได้ดำเนินการ ครั้งที 2", ()), *_HEAD_WITH_LABEL_WORD[1:],
                                  start=79))[0].text == "รายการ ครั้งที 1 ได้ดำเนินการ ครั้งที 2"


def test_a_date_rows_last_date_whose_year_wrapped_parts_with_the_others_by_their_shapes():
    # before, "27 สิงหาคม" (its year "62" on the next line) was of no date's shape: the row's three cells went
    # to the entries by page column (entry 1 holding "9/5/2562 23/6/62", unreadable) and were said in doubt
    result = parse_entries(_ocr_lines(*_HEAD_WITH_LABEL_WORD, start=79))
    entries = result.entries
    assert [entries[n].date.isoformat() for n in (1, 2, 3, 4)] == ["2019-05-09", "2019-06-23", "2019-07-15",
                                                                   "2019-08-27"]
    assert not [i for i in result.issues if i.code == "entry_cell_in_doubt"
                and i.field == "progress_reports.report_date"]
    # a day and a word with no year anywhere but last is no date: the row stays placed by column, and said
    rows = list(_HEAD_WITH_LABEL_WORD)
    rows[1] = ("วันที่รายงาน\t9 พฤษภาคม 23/6/62\t15/7/62\t27/8/62", (0, 18, 41, 60))
    rows[2] = ("", ())
    result = parse_entries(_ocr_lines(*rows, start=79))
    assert [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports.report_date"]


# A table of two entries after OCR (fresh set s19bpa011's shape): the header row, a page break, then the labels'
# column read on its own (each label wrapped, read twice over, specks from the rules among them, the header's
# own "รายการ" alone), and only then the rows, with no label
_LABELS_BETWEEN = (
    ("รายการ ครังที 1 ครังที 2", ()),
    ("SS...", ()),
    ("วันทีรายงาน", ()),
    ("รายละเอียดการ", ()),
    ("ดำเนินงาน", ()),
    ("ความก้าวหน้าของ", ()),
    ("งานฯ", ()),
    ("งบประมาณทที่เบิก", ()),
    ("ใช้", ()),
    ("ความสอดคล้องกับ", ()),
    ("แผน", ()),
    ("ความสอดคล้องกับ", ()),
    ("เป้าหมาย", ()),
    ("รายการ", ()),
    ("วันที่รายงาน", ()),
    ("vy\t๑7", (0, 8)),
    ("ความก้าวหน้า", ()),
    ("ของงานฯ", ()),
    ("az\t๑", (0, 6)),
    ("เบิกใช้", ()),
    ("4 พฤศจิกายน 2565\t7 ธันวาคม 2565", (0, 22)),
    ("จัดทำคำสั่ง\tอยู่ระหว่างการเตรียม", (0, 22)),
    ("๑.๕%\t๓.๐%", (0, 22)),
    ("๐.๐๐ บาท\t0.๐๐ บาท", (0, 22)),
    ("เป็นไปตามแผน\tไม่เป็นไปตามแผน", (0, 22)),
    ("เป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 22)),
)


def test_the_labels_column_read_on_its_own_between_the_header_row_and_its_rows_is_passed_over():
    # before, the first label alone under the header row ("วันทีรายงาน", no value) ended the table: the header
    # was text and both entries were lost (said as missing_report)
    entries = parse_entries(_ocr_lines(*_LABELS_BETWEEN, start=130)).entries
    assert sorted(entries) == [1, 2]
    assert [entries[n].date.isoformat() for n in (1, 2)] == ["2022-11-04", "2022-12-07"]
    values = {n: figure_values(entries[n])[0] for n in (1, 2)}
    assert [values[n]["progress_pct"] for n in (1, 2)] == [1.5, 3.0]
    assert [values[n]["on_plan"] for n in (1, 2)] == [True, False]
    # a labels' column with no date row under it is no such table: the header stays text, as before
    rows = [r for r in _LABELS_BETWEEN if not r[0].startswith("4 พฤศจิกายน")]
    assert untranspose(_ocr_lines(*rows, start=130))[0].text == "รายการ ครังที 1 ครังที 2"
    # nor is a column of lines that are not all labels (a paragraph of text among them)
    rows = list(_LABELS_BETWEEN)
    rows[5] = ("โครงการนี้ได้ดำเนินการตามแผนที่กำหนดไว้ทุกประการ", ())
    assert untranspose(_ocr_lines(*rows, start=130))[0].text == "รายการ ครังที 1 ครังที 2"


def test_a_header_row_whose_cut_headers_lost_their_numbers_on_the_next_line_too_opens_its_table():
    # fresh set setb s19bpb001: "รายการ<tab>รายงาน<tab>รายงานครั้งที่๑ รายงานครั้งที่" / "ครั้งที่", the first header
    # cut after "รายงาน", its rest under it with no number, the third printed with none either. Before, no
    # number on the next line left the row as text: its entries ran into the entry before them, three lost
    rows = list(_OCR_TABLE)
    rows[0:1] = [("รายการ\tรายงาน\tรายงานครั้งที่ ๘ รายงานครั้งที่", (0, 17, 30)), ("ครั้งที่", (0,))]
    rows[2] = ("วันที่รายงาน\t27/01/2564\t10/02/2564\t11/03/2564", (0, 19, 46, 60))
    heads = untranspose(_ocr_lines(*rows, start=85))
    assert [ln.text for ln in heads if ln.text.startswith("รายงานครั้งที่")] == \
        ["รายงานครั้งที่", "รายงานครั้งที่ ๘", "รายงานครั้งที่"]
    assert [ln.text for ln in heads if ln.text.startswith("::")] == [":: 27/01/2564 :", ":: 10/02/2564 :",
                                                                   ":: 11/03/2564 :"]
    # header words of more headers than the row left unfinished do not finish it: the row stands as it is
    rows[1] = ("ครั้งที่ ครั้งที่ ครั้งที่", (0,))
    assert untranspose(_ocr_lines(*rows[:2], start=85))[0].text == rows[0][0]


def test_a_header_row_whose_rests_stand_past_a_blank_line_with_a_rule_speck_opens_its_table():
    # fresh set s89a bma_progress_s89a001: "รายงานครั้งที รายงานครังที<tab>รายงาน<tab>รายงานครัง" / blank /
    # "|<tab>1<tab>2<tab>ครั้งที่3 "4" (a rule's speck a cell of its own, two rests in one cell, the last number
    # garbled). Before, the blank line hid the rests and the speck made one piece too many: the row was text and
    # the table's first four reports were lost
    rows = list(_OCR_TABLE)
    rows[0:1] = [("รายงานครั้งที รายงานครังที	รายงาน", (0, 30)), ("", ()), ("|	1	2	ครั้งที่3", (0, 16, 30, 45))]
    rows[3] = ("วันที่รายงาน	27/01/2564	10/02/2564	11/03/2564", (0, 19, 46, 60))
    heads = untranspose(_ocr_lines(*rows, start=85))
    assert [ln.text for ln in heads if ln.text.startswith("รายงานครั้งที่")] == \
        ["รายงานครั้งที่ 1", "รายงานครั้งที่ 2", "รายงานครั้งที่ 3"]


# A run-on table of a form that prints ฿ before its amounts and no บาท (fresh sets bp/set1 s19bpa010, h s20h004):
# OCR read every disbursement's sign as a digit or a letter ("80 80" for ฿0 ฿0, "BO 846,550" for ฿0 ฿46,550), and
# the sign as a sign before the expense lines' unit amounts ("x B250")
_RUN_ON_SIGNED = (
    "ครั้งที่ 1 ครั้งที่ 2 วันที่รายงาน 2019-2-9 2019-3-15",
    "รายละเอียดการดำเนินงาน ได้รับการอนุมัติโครงการ ค่าอาหาร 147 คน x B250 = 836,750",
    "ค่าตอบแทนวิทยากร 12 ชั่วโมง x B600 = 87,200 ความก้าวหน้าของงานฯ",
    "21.00 % 31.00 % งบประมาณที่เบิกใช้ 80 843,950 ความสอดคล้องกับแผน",
    "เป็นไปตามแผน เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย",
    "เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def test_a_run_on_disbursement_row_whose_every_sign_ocr_read_as_a_digit_is_read_without_it_and_said():
    # before, "80 843,950" (no บาท, no ฿) did not part into amounts: no report was given its disbursement
    result = parse_entries(_lines(*_RUN_ON_SIGNED))
    entries = result.entries
    values = {n: figure_values(entries[n])[0] for n in (1, 2)}
    assert [str(values[n]["disbursed"]) for n in (1, 2)] == ["0.00", "43950.00"]
    said = [json.loads(i.evidence) for i in result.issues if i.code == "value_repaired"]
    assert [(e["rule"], e["printed"], e["chosen"]) for e in said] == [("baht_sign", "80", "0.00"),
                                                                      ("baht_sign", "843,950", "43950.00")]
    # a sign read as a sign ("BO", ฿0) stays as it reads, unsaid
    rows = list(_RUN_ON_SIGNED)
    rows[3] = "21.00 % 31.00 % งบประมาณที่เบิกใช้ BO 843,950 ความสอดคล้องกับแผน"
    result = parse_entries(_lines(*rows))
    assert [str(figure_values(result.entries[n])[0]["disbursed"]) for n in (1, 2)] == ["0.00", "43950.00"]
    assert [json.loads(i.evidence)["printed"] for i in result.issues if i.code == "value_repaired"] == ["843,950"]
    # one amount with no such first character: the others' may be digits, and the row gives none, as before
    rows[3] = "21.00 % 31.00 % งบประมาณที่เบิกใช้ 80 43,950 ความสอดคล้องกับแผน"
    result = parse_entries(_lines(*rows))
    assert all(figure_values(result.entries[n])[0].get("disbursed") is None for n in (1, 2))
    # nor where the document shows no sign read as a sign
    rows = [r.replace("x B250", "x 250").replace("x B600", "x 600") for r in _RUN_ON_SIGNED]
    result = parse_entries(_lines(*rows))
    assert all(figure_values(result.entries[n])[0].get("disbursed") is None for n in (1, 2))


def test_a_header_row_whose_label_merged_with_its_first_header_takes_its_numbers_from_the_next_line():
    # fresh set s31o OCR: "รายการ รายงานครั้งที่<tab>รายงานครั้งที่<tab>รายงานครั้งที่" / "5<tab>6<tab>7", the label's
    # gap to the first header read as a space. Before, the label cell took the first header with it, the next
    # line held one number more than the headers left, and the table's three entries were lost
    rows = _three_wide(("รายการ รายงานครั้งที่\tรายงานครั้งที่\tรายงานครั้งที่", (0, 22, 37)), ("5\t6\t7", (16, 31, 49)),
                       ("วันที่รายงาน\t01/11/2567\t22/12/2567\t13/01/2568", (0, 16, 31, 49)), ("4", "6", "7"))
    entries = parse_entries(_ocr_lines(*rows, start=103)).entries
    assert sorted(entries) == [5, 6, 7]
    assert [entries[n].date.isoformat() for n in (5, 6, 7)] == ["2024-11-01", "2024-12-22", "2025-01-13"]
    # a first cell of the label and words that are no header stays a label
    rows[0] = ("รายการ ที่ต้องรายงาน\tรายงานครั้งที่\tรายงานครั้งที่", (0, 22, 37))
    assert untranspose(_ocr_lines(*rows[:2], start=103))[0].text == rows[0][0]


def test_specks_between_a_header_row_and_its_first_row_do_not_end_the_table():
    # the rules' specks OCR read under a header row at a page break ("[ๆๆ"): before, the table ended at them and
    # its entries were lost
    rows = _three_wide(("รายการ\tรายงานครั้งที่ 7\tรายงานครั้งที่ 8\tรายงานครั้งที่ 9", (0, 16, 31, 49)), ("[ๆๆ", (0,)),
                       ("วันที่รายงาน\t01/11/2567\t22/12/2567\t13/01/2568", (0, 16, 31, 49)), ("4", "6", "7"))
    entries = parse_entries(_ocr_lines(*rows, start=103)).entries
    assert sorted(entries) == [7, 8, 9]
    assert [figure_values(entries[n])[0]["progress_pct"] for n in (7, 8, 9)] == [4.0, 6.0, 7.0]
    # a line of words there is no speck: the table ends as before
    rows[1] = ("โครงการนี้", (0,))
    assert not parse_entries(_ocr_lines(*rows, start=103)).entries.keys() >= {7, 8, 9}
    # specks with a digit after the page's furniture are specks too; right under the header row such a line may be
    # a header's wrapped number, and the table is not read past it
    # (the clean-up drops the page's furniture, line 103: the printed lines' numbers show it stood there)
    rows[1] = (" ๕-", (0,))
    lines = _ocr_lines(*rows, start=103)
    head = lines[0]
    lines[0] = Line(102, head.text, cols=head.cols)
    assert sorted(parse_entries(lines).entries) == [7, 8, 9]
    lines[0] = head
    assert not parse_entries(lines).entries.keys() >= {7, 8, 9}


def _latin_header_row(header: str) -> tuple[list, list[tuple[int, bool]]]:
    """A table three reports wide under the header row `header` (Latin cells among its headers): its rows, and the
    (line, says Latin) of each header doubt; its three entries read with their figures."""
    rows = _three_wide((header, (0, 16, 31, 49)), ("", ()),
                       ("วันที่รายงาน\t01/11/2567\t22/12/2567\t13/01/2568", (0, 16, 31, 49)), ("4", "6", "7"))
    del rows[1]
    result = parse_entries(_ocr_lines(*rows, start=87))
    assert sorted(result.entries) == [1, 2, 3]
    assert [figure_values(result.entries[n])[0]["progress_pct"] for n in (1, 2, 3)] == [4.0, 6.0, 7.0]
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports.seq"]
    return rows, [(i.line_start, "Latin" in i.message) for i in said]


def test_header_cells_ocr_read_as_latin_letters_open_their_entries_and_are_said():
    # fresh set s29o OCR: "รายการ<tab>ANN ©<tab>ครังที ๒<tab>ARN 3", two of three headers' words read as Latin
    # letters. Before, the row was no header row and its three entries were lost; now each such cell opens its
    # entry by its place in the row, its number as printed (3) or the sequence's (©: 1), each said
    rows, said = _latin_header_row("รายการ\tANN ©\tครังที ๒\tARN 3")
    assert said == [(87, True), (87, True)]
    # a row of Latin cells alone, or under another label, is no header row
    rows[0] = ("รายการ\tANN ©\tABC 2\tARN 3", (0, 16, 31, 49))
    assert not parse_entries(_ocr_lines(*rows, start=87)).entries.keys() >= {1, 2, 3}
    rows[0] = ("หมายเหตุ\tANN ©\tครังที ๒\tARN 3", (0, 16, 31, 49))
    assert not parse_entries(_ocr_lines(*rows, start=87)).entries.keys() >= {1, 2, 3}


def test_a_header_cell_whose_words_and_number_ocr_read_as_latin_letters_opens_its_entry():
    # fresh set s89a bma_progress_s89a008: "รายการ<tab>axon ov<tab>ครั้งที่ ๕", ครั้งที่ ๗'s words and number both read
    # as Latin letters. Before, the row was no header row and the block's entries were lost; now the cell opens
    # its entry, its number the sequence's, said
    assert _latin_header_row("รายการ\tANN ov\tครังที ๒\tครั้งที่ 3")[1] == [(87, True)]


def test_a_one_wide_tables_header_cell_ocr_read_as_latin_letters_opens_its_entry_and_is_said():
    # extra4 t016's OCR: a block one report wide, "รายการ<tab>ann" (ครั้งที่ ๑'s words read as Latin letters) over its
    # rows. Before, the row was no header row: the entry's cells ran into the text before the next entry and the
    # entries after it were numbered one early
    rows = [("รายการ\tann", (0, 20)), ("วันที่รายงาน\t05/11/2564", (0, 19)),
            ("รายละเอียดการดำเนินงาน\tจัดทำคำสั่งคณะกรรมการ", (0, 15)), ("ความก้าวหน้าของงานฯ\t3.00 %", (0, 15)),
            ("งบประมาณที่เบิกใช้\t0 บาท", (0, 16)), ("ความสอดคล้องกับแผน\tเป็นไปตามแผน", (0, 16)),
            ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 16)),
            ("รายงานครั้งที่ 2 :: 26/12/2564 : อยู่ระหว่างขั้นตอน", ()),
            ("ความก้าวหน้าของงานฯ = 5.00 % งบประมาณที่เบิกใช้ = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย", ())]
    result = parse_entries(_ocr_lines(*rows, start=99))
    assert sorted(result.entries) == [1, 2]
    assert figure_values(result.entries[1])[0]["progress_pct"] == 3.0
    assert result.entries[1].description.startswith("จัดทำคำสั่ง")
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports.seq"]
    assert [(i.line_start, "'ann'" in i.message) for i in said] == [(99, True)]
    # under another label the cell is no header
    rows[0] = ("หมายเหตุ\tann", (0, 20))
    assert 1 not in parse_entries(_ocr_lines(*rows, start=99)).entries


def test_a_run_on_tables_first_header_ocr_read_as_latin_letters_opens_its_entry_and_is_said():
    # fresh set s30o OCR: "... การใช้จ่ายงบประมาณ ARN 1" / "ครั้งที่ 2 วันที่รายงาน ...", the first head's words read as
    # Latin letters. Before, the table had one head for two entries' values: both entries were lost
    lines = list(_RUN_ON)
    lines[0] = "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ ARN 1"
    lines.insert(1, "ครั้งที่ ๒ วันที่รายงาน 20/03/2568")
    result = parse_entries(_lines(*lines))
    assert sorted(result.entries) == [1, 2, 3]
    assert result.entries[1].date.isoformat() == "2025-03-20"
    values = {n: figure_values(result.entries[n])[0] for n in (1, 2)}
    assert [values[n]["progress_pct"] for n in (1, 2)] == [20.0, 55.0]
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports.seq"]
    assert [(i.line_start, "'ARN 1'" in i.message) for i in said] == [(1, True)]
    # Latin letters joined to a word before them are no head
    lines[0] = "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณARN 1"
    assert sorted(parse_entries(_lines(*lines)).entries) != [1, 2, 3]


def _block(head: str | None, dates: tuple[str, ...], progress: tuple[str, ...]) -> list[str]:
    """One block of an entries table printed as blocks of columns, its header row `head` (None: OCR dropped it)."""
    n = len(dates)
    return ([head] if head is not None else []) + [
        "วันที่รายงาน\t" + "\t".join(dates),
        "รายละเอียดการดำเนินงาน\t" + "\t".join(["ดำเนินการ"] * n),
        "ความก้าวหน้าของงานฯ\t" + "\t".join(progress),
        "งบประมาณที่เบิกใช้\t" + "\t".join(["0 บาท"] * n),
        "ความสอดคล้องกับแผน\t" + "\t".join(["เป็นไปตามแผน"] * n),
        "ความสอดคล้องกับเป้าหมาย\t" + "\t".join(["เป็นไปตามเป้าหมาย"] * n),
    ]


def test_a_block_whose_header_row_ocr_garbled_takes_its_numbers_from_the_block_before():
    # fresh set s32o OCR: block 1's header "ครั้งที่ ๑ ... ครั้งที่ ๕" (๔ read ๕), block 2's read "ee ee ee ee", block 3's
    # "ครั้งที่ ๕ ครั้งที่ ๑๐" (๙ read ๕). Before, block 2's rows went on under block 1's last entry (reports 5-8
    # lost) and block 3's first entry was read as report 5; now block 2 is as wide as block 1, its columns numbered
    # on from it (said), and block 3's misread header follows the sequence
    one = _block("รายการ\tครั้งที่ ๑\tครั้งที่ ๒\tครั้งที่ ๓\tครั้งที่ ๕", ("1/11/2567", "2/12/2567", "3/01/2568", "4/02/2568"),
                 ("10", "20", "30", "40"))
    two = _block("ee ee ee ee", ("5/03/2568", "6/04/2568", "7/05/2568", "8/06/2568"), ("50", "60", "70", "80"))
    three = _block("รายการ\tครั้งที่ ๕\tครั้งที่ ๑๐", ("9/07/2568", "10/08/2568"), ("90", "100"))
    lines = _lines(*one, *two, *three, start=110)
    result = parse_entries(lines)
    assert sorted(result.entries) == list(range(1, 11))
    assert [figure_values(result.entries[n])[0]["progress_pct"] for n in range(1, 11)] == \
        [Decimal(10 * n) for n in range(1, 11)]
    lost = [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports"]
    assert [(i.line_start, i.line_end) for i in lost] == [(117, 118)]
    given = [json.loads(i.evidence)["chosen"] for i in result.issues
             if i.code == "value_repaired" and i.line_start == 117]
    assert given == [5, 6, 7, 8]
    # the header row dropped with no line left of it: the date row itself opens the block
    result = parse_entries(_lines(*one, *two[1:], *three, start=110))
    assert sorted(result.entries) == list(range(1, 11))


def test_a_last_block_whose_header_row_was_lost_is_as_wide_as_its_rows_cells_and_said():
    one = _block("รายการ\tครั้งที่ 1\tครั้งที่ 2\tครั้งที่ 3", ("1/11/2567", "2/12/2567", "3/01/2568"), ("10", "20", "30"))
    two = _block("~~ ~~", ("4/02/2568", "5/03/2568"), ("40", "50"))
    result = parse_entries(_lines(*one, *two, start=80))
    assert sorted(result.entries) == [1, 2, 3, 4, 5]
    lost = [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports"]
    assert len(lost) == 1 and "last block" in lost[0].message
    # a block whose headers do not say where it starts (one readable number): its lost neighbour is not numbered
    # by it, the sequence numbers it (parsers.bma_progress.assemble)
    one[0] = "รายการ\tครั้งที่ 1\tครั้งที่ @\tครั้งที่ ©"
    result = parse_entries(_lines(*one, *two, start=80))
    assert not [i for i in result.issues if i.code == "value_repaired" and i.line_start == 87
                and "block before it" in i.message]


# A table printed in two blocks of columns after OCR (a fresh set's entries_side_by_side_wide, s33o003): the
# second block's header row lost a letter of one header's words ("คั้งที่6" for ครั้งที่ 6) and its gap to the next
_TWO_BLOCKS = (
    ("ครั้งที่ 1\tครั้งที่ 2", (0, 20)),
    ("วันที่รายงาน\t2018-10-12\t2018-11-12", (0, 14, 30)),
    ("รายละเอียด\tประชุม\tจัดทำโครงการ", (0, 14, 30)),
    ("ความก้าวหน้า\t21\t26", (0, 14, 30)),
    ("งบประมาณที่\t0 บาท\t0 บาท", (0, 14, 30)),
    ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 14, 30)),
    ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 14, 30)),
    ("ครั้งที่ 3\tคั้งที่4 ครั้งที่ 5", (0, 13)),
    ("วันที่รายงาน\t2019-2-5\t2019-3-9\t2019-5-1", (0, 14, 28, 40)),
    ("รายละเอียด\tอบรม\tพิจารณา\tสรุปผล", (0, 14, 28, 40)),
    ("ความก้าวหน้า\t70\t75\t76", (0, 14, 28, 40)),
    ("งบประมาณที่\t0 บาท\t12,000 บาท\t0 บาท", (0, 14, 28, 40)),
    ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tไม่เป็นไปตามแผน", (0, 14, 28, 40)),
    ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 14, 28, 40)),
)


def test_a_blocks_header_row_one_of_whose_headers_ocr_damaged_past_a_mark_opens_its_block_and_says_so():
    # before, "คั้งที่4" made the row no header row: the second block's rows were read as the first's (its date
    # row ended the table) and entries 3-5 were lost whole
    result = parse_entries(_ocr_lines(*_TWO_BLOCKS, start=96))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3, 4, 5]
    assert [entries[n].date.isoformat() for n in (3, 4, 5)] == ["2019-02-05", "2019-03-09", "2019-05-01"]
    values = {n: figure_values(entries[n])[0] for n in (3, 4, 5)}
    assert [values[n]["progress_pct"] for n in (3, 4, 5)] == [70.0, 75.0, 76.0]
    assert [str(values[n]["disbursed"]) for n in (3, 4, 5)] == ["0.00", "12000.00", "0.00"]
    assert [values[n]["on_plan"] for n in (3, 4, 5)] == [True, True, False]
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports.seq"]
    assert [(i.line_start, "คั้งที่4" in i.message) for i in said] == [(103, True)]
    # a header's words two letters off ("คัที่4") are no header's: the row stays text, as before
    rows = list(_TWO_BLOCKS)
    rows[7] = ("ครั้งที่ 3\tคัที่4 ครั้งที่ 5", (0, 13))
    assert [ln.text for ln in untranspose(_ocr_lines(*rows, start=96)) if ln.no == 103] == [rows[7][0]]
    # a header whose number OCR read with a speck before it ("ครั้งที่ ๆ4", s32z003), the row's gaps read as spaces,
    # is read so too, and said
    rows = list(_TWO_BLOCKS)
    rows[7] = ("ครั้งที่ 3 ครั้งที่ ๆ4 ครั้งที่ 5", ())
    result = parse_entries(_ocr_lines(*rows, start=96))
    assert [result.entries[n].date.isoformat() for n in (3, 4, 5)] == ["2019-02-05", "2019-03-09", "2019-05-01"]
    assert [i.line_start for i in result.issues if i.code == "entry_cell_in_doubt"
            and i.field == "progress_reports.seq" and "speck" in i.message] == [103]
    # nor is a row of such words with no date row under it (a description line naming reports)
    rows = list(_TWO_BLOCKS[7:8]) + [("อยู่ระหว่างดำเนินการ", ())] * 3 + list(_TWO_BLOCKS[8:])
    assert [ln.text for ln in untranspose(_ocr_lines(*rows, start=96)) if ln.no == 96] == [rows[0][0]]


def test_a_header_row_cut_inside_its_headers_whose_numbers_ocr_lost_is_numbered_by_the_block_after_it():
    # fresh set s30z008: "รายการ<tab>รายงาน<tab>รายงานครั้งที่ รายงานครั้งที่", its numbers' line under it read as specks
    # ("asain 1  2  3", dropped by the clean-up): before, the row was no header row and the block's entries were
    # lost whole. Over its date row, with the next block's headers numbering from 3, its two heads are reports 1, 2
    rows = list(_TWO_BLOCKS)
    rows[0] = ("รายการ\tรายงาน รายงานครั้งที่", (0, 14))
    rows[7] = ("ครั้งที่ 3\tครั้งที่ 4\tครั้งที่ 5", (0, 14, 28))
    result = parse_entries(_ocr_lines(*rows, start=96))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3, 4, 5]
    assert [entries[n].date.isoformat() for n in (1, 2)] == ["2018-10-12", "2018-11-12"]
    assert [figure_values(entries[n])[0]["progress_pct"] for n in (1, 2)] == [21.0, 26.0]
    assert [i.line_start for i in result.issues if i.code == "entry_cell_in_doubt"
            and i.field == "progress_reports.seq" and "numbers) lost" in i.message] == [96]
    assert [json.loads(i.evidence)["chosen"] for i in result.issues if i.code == "value_repaired"
            and i.field == "progress_reports.seq"] == [1, 2]
    # the next block's headers that do not say where it starts (one number only) leave the row as it is
    rows[7] = ("ครั้งที่ 3\tครั้งที่\tครั้งที่", (0, 14, 28))
    assert untranspose(_ocr_lines(*rows, start=96))[0].text == rows[0][0]
    # as does a line of another text between the heads and the date row
    rows = list(_TWO_BLOCKS)
    rows[0] = ("รายการ\tรายงาน รายงานครั้งที่", (0, 14))
    rows[1:1] = [("อยู่ระหว่างดำเนินการ", ())]
    assert untranspose(_ocr_lines(*rows, start=96))[0].text == rows[0][0]


def test_a_row_label_ocr_misspelt_by_a_letter_is_read_as_its_row_and_said():
    """The disbursement row's label OCR read with a letter added ("งปบประมาณที่"
    for งบประมาณที่, extra4 t015's): the row is the disbursement row the table
    lacks, its amounts each entry's, said (label_inferred); before, the row
    was lines of the progress row no cell order placed, its amounts lost."""
    table = list(_TABLE[:7])
    table[4] = "งปบประมาณที่\t0 บาท\t1,500 บาท"
    result = parse_entries(_lines(*table, start=70))
    assert [figure_values(result.entries[seq])[0]["disbursed"] for seq in (1, 2)] == [Decimal("0"), Decimal("1500")]
    said = [i for i in result.issues if i.code == "label_inferred"]
    assert [(i.line_start, i.field) for i in said] == [(74, "progress_reports.disbursed")]
    # a row read twice is no such row: a second misspelt budget row after a whole one stays unread
    table[4] = "งบประมาณที่เบิกใช้\t0 บาท\t1,500 บาท"
    table.insert(5, "งปบประมาณที่\t9 บาท\t9 บาท")
    result = parse_entries(_lines(*table, start=70))
    assert not [i for i in result.issues if i.code == "label_inferred"]
    assert [figure_values(result.entries[seq])[0]["disbursed"] for seq in (1, 2)] == [Decimal("0"), Decimal("1500")]


def test_a_date_row_that_lost_its_cell_gaps_and_wrapped_its_years_parts_its_dates_cut_short():
    # a fresh set's entries_side_by_side after OCR: the date row, its gaps read as spaces, holds four dates two of
    # which a wrap cut short, their years on the line under it ("... ๘ เม.ย. ๒๕ พ.ค. ๖๖ ๙ มิถุนายน" / "๖๖ <tab>
    # ๒๕๖๖"). Before, the row parted only into whole dates, so no entry had one; now it parts as a row of cells
    # whose dates a wrap cut does (one reading alone gives four dates: "๖๖" the third's year, not a day, said),
    # and the wrap's years finish the dates that lack them
    rows = ("ความก้าวหน้าของงานฯ\t๖.๕๐ %\t๒๙.๕๐ %\t๔๑.๐๐ %\t๔๔.๐๐ %",
            "งบประมาณที่เบิกใช้\t๐ บาท\t๐ บาท\t๐ บาท\t๐ บาท",
            "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
            "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย")
    head = ",\tครั้งที่ ๑\tครั้งที่ ๒\tครั้งที่ ๓\tครั้งที่ ๔"
    result = parse_entries(_lines(head, "วันที่รายงาน ๓๐/๓/๖๖ ๘ เม.ย. ๒๕ พ.ค. ๖๖ ๙ มิถุนายน", "๖๖\t๒๕๖๖", *rows))
    entries = result.entries
    assert [entries[n].date.isoformat() for n in (1, 2, 3, 4)] == ["2023-03-30", "2023-04-08", "2023-05-25",
                                                                    "2023-06-09"]
    assert any(i.code == "entry_cell_in_doubt" and "two-digit figure" in i.message for i in result.issues)
    assert figure_values(entries[4])[0]["progress_pct"] == 44.0


def test_a_speck_cell_beside_the_dates_is_no_entrys_date():
    # a fresh set's entries table after OCR: a speck of the table's rule read as a cell after the dates
    # ("...<tab>13 ธ.ค. 2562<tab>;"), one cell more than entries, the cells' page columns off the headers'. Before,
    # the cells were placed by their columns (both dates the second entry's) and no entry had its date; now a cell
    # of punctuation alone is left out where the others are then one per entry, and they go in order
    rows = (("ความก้าวหน้าของงานฯ\t1.00 %\t2.00 %", (0, 20, 40)),
            ("งบประมาณที่เบิกใช้\t0 บาท\t0 บาท", (0, 20, 40)),
            ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 20, 40)),
            ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 20, 40)))
    head = ("รายการ\tครั้งที่ 1\tครั้งที่ 2", (0, 20, 40))
    dates = ("วันที่รายงาน\t27/11/2562\t13 ธ.ค. 2562\t;", (0, 32, 50, 70))
    entries = parse_entries(_ocr_lines(head, dates, *rows, start=90)).entries
    assert [entries[n].date.isoformat() for n in (1, 2)] == ["2019-11-27", "2019-12-13"]
    # a dash may hold a dateless entry's place: no speck, the cells placed by their columns as before
    dashed = ("วันที่รายงาน\t27/11/2562\t-\t13 ธ.ค. 2562", (0, 32, 50, 70))
    result = parse_entries(_ocr_lines(head, dashed, *rows, start=90))
    assert ("entry_cell_in_doubt", "progress_reports.report_date") in {(i.code, i.field) for i in result.issues}


def test_a_date_row_that_lost_its_cell_gaps_parts_at_a_garbled_day_or_a_latin_month():
    # fresh sets' entries tables after OCR: a date row whose cells' gaps were read as spaces, a day OCR garbled past
    # a day's shape before its month's name ("wo สิงหาคม", "บ กันยายน": a digit the engine cannot write read as
    # letters), or a month's abbreviation written in Latin look-alikes ("NA."). Before, such a token parted no
    # date and no entry of the row had its date (or the first had them all); now a garbled day opens its date
    # before a month's name, a Latin abbreviation is a month's word, and each entry has its own date's text
    rows = ("ความก้าวหน้าของงานฯ\t๕.๐๐ %\t๒๐.๐๐ %\t๓๐.๐๐ %",
            "งบประมาณที่เบิกใช้\t๐ บาท\t๐ บาท\t๐ บาท",
            "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
            "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย")
    head = ",\tครั้งที่ ๑\tครั้งที่ ๒\tครั้งที่ ๓"
    entries = parse_entries(_lines(head, "วันที่รายงาน\t๓ กรกฎาคม ๒๕๖๔ wo สิงหาคม ๒๕๖๔\tบ กันยายน ๒๕๖๔", *rows)).entries
    assert entries[1].date.isoformat() == "2021-07-03"
    assert [entries[n].date_text for n in (2, 3)] == ["wo สิงหาคม ๒๕๖๔", "บ กันยายน ๒๕๖๔"]
    assert entries[2].date is None and entries[3].date is None
    entries = parse_entries(_lines(head, "วันที่รายงาน\t๑๕ มี.ค. ๒๕๖๔ ๒๓ NA. ๒๕๖๔\t๒ ส.ค. ๒๕๖๔", *rows)).entries
    assert entries[1].date.isoformat() == "2021-03-15" and entries[3].date.isoformat() == "2021-08-02"
    assert entries[2].date_text == "๒๓ NA. ๒๕๖๔"
    # a garbled day is read so only where the row parts no other way, and into that count alone: three cells
    # for four entries whose last date's year ("๖๑") might be a fourth date's day parts into none (the row's
    # cells may be one per entry, the header's count wrong), as before
    from parsers.bma_progress.transposed import _date_parts_apart
    assert _date_parts_apart(["๓ กรกฎาคม", "๕/๕/๖๑", "al กุย. ๖๑"], 4) is None
    assert _date_parts_apart(["๓ กรกฎาคม ๒๕๖๔ wo สิงหาคม ๒๕๖๔", "บ กันยายน ๒๕๖๔"], 3) == (
        ["๓ กรกฎาคม ๒๕๖๔", "wo สิงหาคม ๒๕๖๔", "บ กันยายน ๒๕๖๔"], False)


# The description's label wrapped over three lines of the table ("รายละเอียด" / "การ" / "ดำเนินงาน ..."), its
# last words glued to report 1's cell, and report 1's closing mark alone before the other reports' cells on a
# later line (s57z's entries_side_by_side_wide, OCR'd).
_LABEL_OVER_THREE_LINES = (
    "รายการ\tรายงานครั้งที่ 1\tรายงานครั้งที่ 2\tรายงานครั้งที่ 3",
    "วันที่รายงาน\t8/10/2562\t23/1/2563\t18/6/2563",
    "รายละเอียด\tอยู่ระหว่าง\tประชุม\tอยู่ระหว่าง",
    "การ\tขั้นตอน...\tผู้บริหาร\tขั้นตอน...พิจารณา",
    "ดำเนินงาน แต่งตั้ง\tสถานศึกษา\tเกณฑ์การคัดเลือก",
    "ฯ\tจัดสัมมนา\tค่าตอบแทน",
    "วิทยากร จำนวน 11 ชั่วโมงๆ ละ 600 บาท เป็นเงิน 6,600 บาท",
    "ความก้าวหน้าของงานฯ\t3.5\t11.5\t15",
    "งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t6,600 บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
)


def test_a_description_label_wrapped_over_three_lines_is_finished_by_the_words_read_so_far():
    # "ดำเนินงาน" finishes "รายละเอียด" + "การ": the label's, not report 1's; the label then whole, the lone
    # mark on a later line is report 1's cell, and the other cells keep their reports (before, the mark was
    # read as the label's tail and report 3's expense item went to report 2)
    entries = parse_entries(_lines(*_LABEL_OVER_THREE_LINES)).entries
    assert [entries[n].description for n in (1, 2, 3)] == [
        "อยู่ระหว่าง ขั้นตอน... แต่งตั้ง ฯ", "ประชุม ผู้บริหาร สถานศึกษา จัดสัมมนา",
        "อยู่ระหว่าง ขั้นตอน...พิจารณา เกณฑ์การคัดเลือก"]
    assert [(x.item, x.amount) for x in entries[3].expenses] == [("ค่าตอบแทน วิทยากร", "6,600")]
    assert not entries[2].expenses


# A run-on table whose date row holds a day OCR garbled past a day's shape before its month's name ("»" for ๖)
# (s57z's entries run on in a paragraph, OCR'd).
_RUN_ON_GARBLED_DAY = (
    "รายงานครั้งที่ ๑ รายงานครั้งที่ 2 รายงานครั้งที่ 3",
    "วันที่รายงาน ๒๑/๑/๒๕๖๑ 14 ก.พ. ๖๑ » มีนาคม ๒๕๖๑",
    "รายละเอียดการดําเนินงาน จัดทําโครงการเพื่อขออนุมัติ ได้รับการอนุมัติโครงการ จัดกิจกรรมครบ",
    "ความก้าวหน้าของงานฯ 5 30.5 51 งบประมาณที่เบิกใช้ 0 บาท.-",
    "0 บาท.- ๐ บาท.- ความสอดคล้องกับแผน เป็นไปตามแผน",
    "เป็นไปตามแผน เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
    "เป็นไปตามเป้าหมาย ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้",
)


def test_a_run_on_date_row_with_a_garbled_day_parts_into_its_dates():
    # the garbled day before a month's name and a year is a date's (before, the row parted into no dates and
    # every report lost its date); its text is kept for the date's repair to read or say, never a day guessed
    result = parse_entries(_lines(*_RUN_ON_GARBLED_DAY))
    entries = result.entries
    assert [entries[n].date.isoformat() for n in (1, 2)] == ["2018-01-21", "2018-02-14"]
    assert entries[3].date is None and entries[3].date_text.strip(": ") == "» มีนาคม ๒๕๖๑"
    assert not [i for i in result.issues if i.field == "progress_reports.report_date" and "does not part" in i.message]


def test_a_garbled_day_is_read_only_where_the_row_parts_no_other_way():
    from parsers.bma_progress.transposed import _run_dates
    assert _run_dates("๒๑/๑/๒๕๖๑ 14 ก.พ. ๖๑ » มีนาคม ๒๕๖๑", 3) == ["๒๑/๑/๒๕๖๑", "14 ก.พ. ๖๑", "» มีนาคม ๒๕๖๑"]
    assert _run_dates("๒๑/๑/๒๕๖๑ 14 ก.พ. ๖๑ » มีนาคม ๒๕๖๑", 4) is None  # never more dates than the shapes give
    assert _run_dates("๒๑/๑/๒๕๖๑ 14 ก.พ. ๖๑ » ๒๕๖๑", 3) is None  # no month's name after it: no day


# A table of one entry (a wide table's copy read a report at a time) whose header a narrow column cut: "รายงาน"
# beside the label, "ครั้งที่ ๑" on the next line, the date row right under them (s51z009's second copy, OCR'd).
def test_a_lone_cut_header_needs_its_label_its_whole_rest_and_the_date_row_under_it():
    from parsers.bma_progress.transposed import _numbers_carried
    def header(*texts):
        return _numbers_carried([Line(i + 1, t) for i, t in enumerate(texts)])[0].text
    assert header("รายการ\tรายงาน", "ครั้งที่ ๑", "วันที่รายงาน\t๒๓ ม.ค.") == "รายการ\tรายงานครั้งที่ ๑"
    assert header("รายการ\tรายงาน", "ครั้งที่ ๑", "ประชุม") == "รายการ\tรายงาน"  # no date row under it
    assert header("รายการ\tรายงาน", "๑", "วันที่รายงาน\t๒๓ ม.ค.") == "รายการ\tรายงาน"  # a number alone: no header's rest
    assert header("รายงาน", "ครั้งที่ ๑", "วันที่รายงาน\t๒๓ ม.ค.") == "รายงาน"  # no label cell before it


# A description line of fewer cells than entries opening with the label's last words, the gap lost ("การดำเนินงาน
# จัดสัมมนา" under "รายละเอียด"), its cells' gaps no width parts (s58z008's third block, OCR'd).
_LABEL_REST_SHORT_LINE = (
    "รายการ\tครั้งที่ ๑๐\tครั้งที่ ๑๑\tครั้งที่ ๑๒",
    "วันที่รายงาน\t๒๖/๗/๒๕๖๗\t๓๐/๘/๒๕๖๗\t๑๖/๙/๒๕๖๗",
    "รายละเอียด\tดำเนินการ\tดำเนินการ\tดำเนินการเบิกจ่าย",
    "การดำเนินงาน จัดสัมมนา\tการประกวด",
    "ความก้าวหน้าของงานฯ\t๖๘.๐๐ %\t๖๘.๐๐ %\t๑๐๐.๐๐ %",
    "งบประมาณที่เบิกใช้\t๐ บาท\t๐ บาท\t๐ บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
)


def test_the_labels_last_words_before_a_short_description_line_are_the_labels():
    # "การดำเนินงาน" finishes the label "รายละเอียด": not report 10's text (before, it stayed in its description
    # wherever the line's cells were not parted again by width)
    entries = parse_entries(_lines(*_LABEL_REST_SHORT_LINE)).entries
    assert "การดำเนินงาน" not in entries[10].description
    assert entries[10].description.startswith("ดำเนินการ")
    assert "จัดสัมมนา" in entries[10].description


def test_the_labels_last_words_end_where_they_finish_the_label():
    # "การดำเนินงาน" finishes "รายละเอียด"; "ดำเนินการ" after it is report 4's own word, though a label's word
    # too (before, the greedy run of label words took both, finished no label, and all of it stayed in report 4)
    entries = parse_entries(_lines(
        "รายการ\tครั้งที่ 4\tครั้งที่ 5\tครั้งที่ 6",
        "วันที่รายงาน\t5/4/61\t27/5/61\t15/6/61",
        "รายละเอียด\tอยู่ระหว่างการ\tอยู่ระหว่าง\tจัดกิจกรรม",
        "การดำเนินงาน ดำเนินการ ดังนี้\tขั้นตอน...\tนิเทศ",
        "ความก้าวหน้าของงานฯ\t๕.๐๐ %\t๕.๐๐ %\t๕.๐๐ %",
        "งบประมาณที่เบิกใช้\t๐ บาท\t๐ บาท\t๐ บาท",
        "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
        "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย")).entries
    assert entries[4].description == "อยู่ระหว่างการ ดำเนินการ ดังนี้"
    assert entries[5].description == "อยู่ระหว่าง ขั้นตอน..."




def test_a_year_alone_under_a_one_entry_tables_date_is_the_dates_wrap():
    """A table of one entry whose date cell OCR wrapped ("๒๓ ม.ค." / "๒๕๖๕", the year a line of its own with no
    tab, s51z009's second copy): the year is the date's, and the rows after it are still the table's."""
    result = parse_entries(_lines(
        "รายการ\tครั้งที่ ๔", "วันที่รายงาน\t๒๓ ม.ค.", "๒๕๖๕", "รายละเอียดการดำเนินงาน\tจัดกิจกรรมครบ",
        "ความก้าวหน้าของงานฯ\t๔๐", "งบประมาณที่เบิกใช้\t๐ บาท", "ความสอดคล้องกับแผน\tเป็นไปตามแผน",
        "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย", start=50))
    entry = result.entries[4]
    assert entry.date.isoformat() == "2022-01-23"
    values, _ = figure_values(entry)
    assert values["progress_pct"] == Decimal("40") and values["on_plan"] is True
