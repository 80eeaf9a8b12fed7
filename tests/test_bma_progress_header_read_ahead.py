"""BMA progress form, line groups whose header cell OCR read ahead of its entry, among the lines of the entry
before it (extra2 bma_progress_z001: "รายงาน" / "ครั้งที่๕" read among report 3's expense lines, report 3's budget
clause "(ครั้งที่ 3)" after them, then report 4's own date ":: 17 มิถุนายน ..." with no header).  The expense lines
after the header went to report 4.  A header with no date of its own, followed only by words, expense lines and a
progress clause up to a budget clause naming the entry before it, after which a date with no header stands, is
that date's header (assemble._headers_read_ahead): the lines between stay the entry before it's, and said
(entry_cell_in_doubt, field expenses)."""

import datetime

from parsers.bma_progress.assemble import assemble
from parsers.bma_progress.clauses import Event, Expense

DAY = datetime.date(2023, 5, 10)


def _events(clause_names: int = 3) -> list[Event]:
    return [Event("header", 10, DAY, seq=3, printed="3", text="รายงานครั้งที่ 3"),
            Event("text", 11, text="ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดวันจัดสัมมนา"),
            Event("header", 12, None, seq=4, printed="4", text="รายงานครั้งที่ 4"),
            Event("expense", 13, Expense("ค่าอาหาร", "28,800", 13), text="ค่าอาหาร = 28,800 บาท"),
            Event("expense", 14, Expense("ค่าอาหารกลางวัน", "11,600", 14), text="ค่าอาหารกลางวัน = 11,600 บาท"),
            Event("progress", 15, "19.5", text="ความก้าวหน้าของงานฯ = 19.5"),
            Event("budget", 16, "40,400", seq=clause_names, printed=str(clause_names),
                  text=f"งบประมาณที่เบิกใช้ (ครั้งที่ {clause_names}) = 40,400 บาท"),
            Event("plan", 17, True, text="เป็นไปตามแผน"), Event("target", 17, True, text="เป็นไปตามเป้าหมาย"),
            Event("date", 18, datetime.date(2023, 6, 17), text=":: 17/06/2566 :"),
            Event("text", 19, text="เวียนแจ้งประชาสัมพันธ์เชิญชวนให้ข้าราชการครู"),
            Event("progress", 20, "23", text="ความก้าวหน้าของงานฯ = 23"),
            Event("budget", 21, "0", seq=4, printed="4", text="งบประมาณที่เบิกใช้ (ครั้งที่ 4) = 0 บาท"),
            Event("plan", 22, True, text="เป็นไปตามแผน"), Event("target", 22, True, text="เป็นไปตามเป้าหมาย")]


def test_a_header_read_among_the_entry_befores_lines_goes_to_the_date_after_its_clause():
    result = assemble(_events())
    assert [x.item for x in result.entries[3].expenses] == ["ค่าอาหาร", "ค่าอาหารกลางวัน"]
    assert not result.entries[4].expenses
    assert result.entries[4].date == datetime.date(2023, 6, 17)
    assert result.entries[4].description.startswith("เวียนแจ้ง")
    said = [(i.code, i.field, i.line_start, i.line_end) for i in result.issues if i.code == "entry_cell_in_doubt"]
    assert said == [("entry_cell_in_doubt", "expenses", 12, 16)]


def test_a_clause_naming_the_header_itself_leaves_it_where_it_stands():
    result = assemble(_events(clause_names=4))
    assert [x.item for x in result.entries[4].expenses] == ["ค่าอาหาร", "ค่าอาหารกลางวัน"]
    assert not [i for i in result.issues if i.code == "entry_cell_in_doubt"]


def test_with_no_expense_line_between_nothing_is_moved():
    # a figures cell beside the next header (sample 000: "รายงานครั้งที่ 8 :: ความก้าวหน้าของงานฯ = 23.00 :
    # งบประมาณที่เบิกใช้ (ครั้งที่ 7)" / ":: 10/5/2561 : ..."): no line whose entry the header decides, nothing said
    events = [e for e in _events() if e.kind != "expense"]
    result = assemble(events)
    assert not [i for i in result.issues if i.code == "entry_cell_in_doubt"]
