"""A "date : description" cell whose date OCR damaged past reading (a Thai
digit it cannot write read as a letter or an extra digit: "2๕ ธันวาคม ๒56๓๑ :",
"๕/ฒ/๒๕ :", "อ กรกฎาคม 2๕6๓ :", "๑๓/๐๓/๒๕อ๒ :") in a column of such cells (a
table read column by column, or run on in a few lines).  Before, such a cell
was no date slot: standing after the entry before's text on one line it ran
on in that entry's description, and at a line's start it was read as text;
either way every later cell of the column went one entry early.  Now it is
the next entry's date slot, its date unread (kept as printed, said after the
vote), and the cut refuses a date slot's own parts (two dates run together
after "::")."""

from parsers.bma_progress.assemble import assemble
from parsers.bma_progress.clauses import Event, events_of
from parsers.bma_progress.entries import _damaged_cells_inside, parse_entries
from schemas.document import Line
from tests.test_bma_progress_entries_ocr import _lines

_FIGURES = (
    "ความก้าวหน้าของงานฯ = 3.0% งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท ความก้าวหน้าของงานฯ = 5.0%",
    "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท ความก้าวหน้าของงานฯ = 9.0% งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0 บาท",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย เป็นไปตามแผน : เป็นไปตามเป้าหมาย เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
)


def test_a_damaged_date_cell_run_on_after_the_cell_before_opens_the_next_entry():
    entries = parse_entries(_lines(
        "รายงานครั้งที่ 1 รายงานครั้งที่ 2 รายงานครั้งที่ 3",
        "27 ตุลาคม 2567 : ประชุมผู้บริหารสถานศึกษา 23 พฤศจิกายน 2567 : อยู่ระหว่างการเตรียมจัดทำคำสั่ง",
        "และผู้ร่วมโครงการ 2๕ ธันวาคม ๒56๓๑ : จัดทำคำสั่งคณะกรรมการ",
        *_FIGURES, start=60)).entries
    assert entries[2].description == "อยู่ระหว่างการเตรียมจัดทำคำสั่ง และผู้ร่วมโครงการ"
    assert entries[3].description == "จัดทำคำสั่งคณะกรรมการ"
    assert entries[3].date is None and "ธันวาคม" in entries[3].date_text


def test_a_damaged_date_cell_opening_a_line_is_a_date_slot():
    for cell, damaged in (("๕/ฒ/๒๕ :", "๕/ฒ/๒๕"), ("อ กรกฎาคม 2๕6๓ :", "อ กรกฎาคม 2๕6๓"),
                          ("๑๓/๐๓/๒๕อ๒ :", "๑๓/๐๓/๒๕อ๒")):
        events = events_of(Line(5, f"{cell} อยู่ระหว่างการเตรียม"))
        assert [(ev.kind, ev.value, ev.damaged) for ev in events[:1]] == [("date", None, damaged)], cell
        assert events[1].text == "อยู่ระหว่างการเตรียม", cell
    # a whole date is read as before
    events = events_of(Line(5, "9 ก.ค. 2563 : อยู่ระหว่างการเตรียม"))
    assert events[0].kind == "date" and events[0].value is not None


def test_two_dates_run_together_in_one_slot_are_not_cut_apart():
    # (the slot's first date, its month a word, stands before the second: no cell's text before it)
    assert _damaged_cells_inside(":: ๑3 ธันวาคม เ1 มกราคม 64 :") == []
    assert _damaged_cells_inside("และผู้ร่วมโครงการ 2๕ ธันวาคม ๒56๓๑ : จัดทำ") == [18]


def test_expense_lines_of_a_date_cell_no_entry_claims_are_said():
    # column mode: two headers, three date cells (a header OCR lost): the third cell's expense line is said
    events = [Event("header", 1, None, seq=1), Event("header", 1, None, seq=2)]
    for line in ("1/10/2567 : ประชุม", "1/11/2567 : จัดทำ", "1/12/2567 : สรุปผล ค่าอาหาร 10 คน x 50 บาท = 500 บาท"):
        events += [ev for ev in events_of(Line(2 + len(events), line))]
    result = assemble(events)
    said = [i for i in result.issues if i.code == "unplaced_text" and i.field == "expenses"]
    assert len(said) == 1 and "500" in said[0].evidence
