"""Section 2's four-column table read column by column (all the headers, then every "date : description"
cell, then the figures, then the flags) and run on in one line, as a form printed on few lines prints it
(generated sets' `few_lines` with entries as table columns).  Before, only the first header opened a piece
(the others were its text, or a header standing in text), a date whose month is a name inside the line was
description text, and every flag of the run, standing on the line of the last figures, went to the last
figures' entry: one entry's flags were given another's with no issue naming them."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.test_bma_progress_entries_ocr import _lines

_RUN_ON_COLUMNS = (
    "รายงานครั้งที่ ๑ รายงานครั้งที่ 2 รายงานครั้งที่ ๓ ๕ มีนาคม 2๕๖๓ : ประชุมผู้บริหารสถานศึกษา "
    "๑๐ เมษายน 2563 : อยู่ระหว่างการเตรียมจัดทำคำสั่ง ค่าเช่ารถโดยสาร = ๗,๘๐๐ บาท.- "
    "๖ ก.ค. 63 : ยกเลิกโครงการ เนื่องจากสถานการณ์การแพร่ระบาด "
    "ความก้าวหน้าของงานฯ = ๒8 งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐ บาท.- "
    "ความก้าวหน้าของงานฯ = 30 งบประมาณที่เบิกใช้ (ครั้งที่ 2) = ๗,๘๐๐ บาท.- "
    "ความก้าวหน้าของงานฯ = 30 งบประมาณที่เบิกใช้ (ครั้งที่ 3) = ๐ บาท.- "
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย เป็นไปตามแผน : เป็นไปตามเป้าหมาย ไม่เป็นไปตามแผน : ไม่เป็นไปตามเป้าหมาย",
)


def test_a_column_table_run_on_in_one_line_gives_each_entry_its_date_description_and_flags():
    result = parse_entries(_lines(*_RUN_ON_COLUMNS))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert [entries[n].date.isoformat() for n in (1, 2, 3)] == ["2020-03-05", "2020-04-10", "2020-07-06"]
    assert [entries[n].description for n in (1, 2, 3)] == [
        "ประชุมผู้บริหารสถานศึกษา", "อยู่ระหว่างการเตรียมจัดทำคำสั่ง", "ยกเลิกโครงการ เนื่องจากสถานการณ์การแพร่ระบาด"]
    assert [(x.item, x.amount) for x in entries[2].expenses] == [("ค่าเช่ารถโดยสาร", "๗,๘๐๐")]
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n]["on_plan"] for n in (1, 2, 3)] == [True, True, False]
    assert [values[n]["on_target"] for n in (1, 2, 3)] == [True, True, False]
    assert not any(i.code == "conflicting_figures" for i in result.issues)


def test_one_pair_of_flags_on_its_figures_line_is_still_that_entrys_in_a_column_table():
    # the headers and the date cells read as columns, each entry's figures and flags as a row of their own
    lines = _lines(
        "รายงานครั้งที่ 1", "รายงานครั้งที่ 2", "รายงานครั้งที่ 3",
        "5/3/2563 : ประชุมผู้บริหาร", "10/4/2563 : จัดทำคำสั่ง", "6/7/2563 : จัดกิจกรรม",
        "ความก้าวหน้าของงานฯ = 28 % งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0 บาท : ไม่เป็นไปตามแผน : ไม่เป็นไปตามเป้าหมาย",
        "ความก้าวหน้าของงานฯ = 10 % งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
        "ความก้าวหน้าของงานฯ = 20 % งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท : เป็นไปตามแผน : ไม่เป็นไปตามเป้าหมาย",
    )
    entries = parse_entries(lines).entries
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n]["on_plan"] for n in (1, 2, 3)] == [True, True, False]
    assert [values[n]["on_target"] for n in (1, 2, 3)] == [True, False, False]
    assert [values[n]["progress_pct"] for n in (1, 2, 3)] == [10.0, 20.0, 28.0]


# The table with its entries as columns (rows of fields) run on in a paragraph, its amounts printed with
# the baht sign before them and no unit after (amount_baht_sign; generated sets' one_line): before, the
# disbursement row parted into no value per report ("฿0" matched no "... บาท"), so every report's
# disbursement was lost (said), and with it the owner of each expense line group.
_RUN_ON_BAHT_SIGN = (
    "ครั้งที่ 1 ครั้งที่ 2 วันที่รายงาน 2019-2-9 2019-3-15 รายละเอียดการดำเนินงาน "
    "จัดทำคำสั่งคณะกรรมการ จัดกิจกรรมครบ ค่าอาหาร 147 คน x ฿250 = ฿36,750 ค่าตอบแทนวิทยากร 12 ชั่วโมง x ฿600 = ฿7,200 "
    "ความก้าวหน้าของงานฯ 21.00 % 31.00 % งบประมาณที่เบิกใช้ ฿0 ฿43,950 ความสอดคล้องกับแผน เป็นไปตามแผน "
    "เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย ไม่เป็นไปตามเป้าหมาย",
)


def test_a_run_on_row_table_s_disbursements_with_the_baht_sign_part_into_one_per_report():
    result = parse_entries(_lines(*_RUN_ON_BAHT_SIGN))
    entries = result.entries
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [str(values[n]["disbursed"]) for n in (1, 2)] == ["0.00", "43950.00"]
    assert [(x.item, x.amount) for x in entries[2].expenses] == [("ค่าอาหาร", "36,750"), ("ค่าตอบแทนวิทยากร", "7,200")]
    assert not entries[1].expenses
    assert not any(i.field == "progress_reports.disbursed" for i in result.issues)
    # a sign with no digits after it, or glued to a word, is no amount: the row does not part, and says so
    bad = _RUN_ON_BAHT_SIGN[0].replace("฿0 ฿43,950", "฿ ฿43,950")
    result = parse_entries(_lines(bad))
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.disbursed" for i in result.issues)


# A run-on table's expense lines go to the report whose disbursement they add up to; a report given no
# lines may still have disbursed (its lines unprinted).  Before, such a report ruled out every way, and
# the lines and the text around them were all lost (said).
_RUN_ON_PAID_WITHOUT_LINES = (
    "ครั้งที่ 1 ครั้งที่ 2 ครั้งที่ 3 วันที่รายงาน 5/1/2566 9/2/2566 20/3/2566",
    "รายละเอียดการดำเนินงาน จัดทำโครงการเพื่อขออนุมัติ ประชุมคณะกรรมการ กำหนดแผนงาน ค่าอาหาร จำนวน 20 คนๆ ละ 50",
    "บาท เป็นเงิน 1,000 บาท ค่าวัสดุ = 500 บาท จัดกิจกรรมครบ",
    "ความก้าวหน้าของงานฯ 10 % 40 % 100 % งบประมาณที่เบิกใช้ 0.- บาท 1,500.- บาท 2,000.- บาท",
    "ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def test_run_on_expense_lines_go_to_their_report_beside_a_report_that_paid_with_no_lines():
    result = parse_entries(_lines(*_RUN_ON_PAID_WITHOUT_LINES))
    entries = result.entries
    assert [[(x.item, x.amount) for x in entries[n].expenses] for n in (1, 2, 3)] == [
        [], [("ค่าอาหาร", "1,000"), ("ค่าวัสดุ", "500")], []]
    assert entries[3].description == "จัดกิจกรรมครบ"  # the text after the lines: report 3's alone
    assert not entries[1].description and not entries[2].description  # before them: reports 1 and 2 run on
    doubts = {i.field for i in result.issues if i.code == "entry_cell_in_doubt"}
    assert "expenses" not in doubts and "progress_reports.description" in doubts


def test_run_on_expense_lines_whose_sum_two_reports_paid_are_given_to_neither():
    lines = list(_RUN_ON_PAID_WITHOUT_LINES)
    lines[3] = lines[3].replace("0.- บาท 1,500.- บาท 2,000.- บาท", "1,500.- บาท 1,500.- บาท 0.- บาท")
    result = parse_entries(_lines(*lines))
    assert not any(result.entries[n].expenses for n in result.entries)
    doubts = {i.field for i in result.issues if i.code == "entry_cell_in_doubt"}
    assert {"progress_reports.description", "expenses"} <= doubts


# The text that stands for several reports of a run-on table parts at its spaces into one piece a report
# when it holds exactly that many: every report has a description.  A piece opening with "และ" or with no
# Thai letter goes on from the piece before it.  Before, the descriptions were given to no report (said).
_RUN_ON_PIECES = (
    "ครั้งที่ 1 ครั้งที่ 2 ครั้งที่ 3 วันที่รายงาน 5/1/2566 9/2/2566 20/3/2566",
    "รายละเอียดการดำเนินงาน จัดเตรียมข้อมูล/จัดทำโครงการ ดำเนินการจัดสัมมนา และเบิกจ่ายตามงบประมาณ",
    "รอการอนุมัติคำสั่ง (กลุ่มเป้าหมายเดียวกัน)",
    "ความก้าวหน้าของงานฯ 10 % 40 % 100 % งบประมาณที่เบิกใช้ 0.- บาท 0.- บาท 0.- บาท",
    "ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def test_run_on_descriptions_of_as_many_pieces_as_reports_part_one_piece_each():
    result = parse_entries(_lines(*_RUN_ON_PIECES))
    assert [result.entries[n].description for n in (1, 2, 3)] == [
        "จัดเตรียมข้อมูล/จัดทำโครงการ", "ดำเนินการจัดสัมมนา และเบิกจ่ายตามงบประมาณ",
        "รอการอนุมัติคำสั่ง (กลุ่มเป้าหมายเดียวกัน)"]
    # reports 2 and 3 part at a line's end, where OCR's wrap may as well part one description's words: said
    # (transposed._one_piece_each's callers), nothing else
    doubts = [i for i in result.issues if i.code == "entry_cell_in_doubt"]
    assert [i.field for i in doubts] == ["progress_reports.description"] and "line's end" in doubts[0].message


def test_run_on_descriptions_of_more_pieces_than_reports_are_given_to_none_and_said():
    # (on one line: no word opens a piece at a line's start only; transposed._one_piece_each's weak openers)
    lines = list(_RUN_ON_PIECES)
    lines[1] = lines[1].replace("ดำเนินการจัดสัมมนา", "ดำเนินการจัดสัมมนา ครบตามแผน") + " " + lines.pop(2)
    result = parse_entries(_lines(*lines))
    assert not any(result.entries[n].description for n in (1, 2, 3))
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.description" for i in result.issues)
