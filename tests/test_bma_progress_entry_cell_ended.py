"""A table of entries as columns read across whose first entry's description ends a few lines into its row: OCR
keeps no empty column before a line's first cell, so on the lines after it the later entries' cells stand from the
margin, and position gives them to the first entries.  Where a line's cells, two or more, already stood under the
later entries alone (placed by the columns' widths), the first entry's cell has ended there: a table's cells stand
at the top of their row and run on unbroken, so the cells of the lines below go past it
(transposed._entries_ended, _past_ended).  Before, report 2's words on those lines went to report 1, and report 3's
expense lines to report 2."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line

_HEAD = (
    ("รายการ รายงานครั้งที่ 1 รายงานครั้งที่ 2 รายงานครั้งที่ 3", ()),
    ("วันที่รายงาน 5/11/2562 18/12/2562 15/1/2563", ()),
)
_DESCRIPTION = (
    ("รายละเอียดการ ประชุมชี้แจง\tอยู่ระหว่างการเตรียม อยู่ระหว่างติดต่อ", (0, 31)),
    ("ดำเนินงาน\tคณะทำงาน\tกิจกรรมวันเด็ก\tประสานงานวิทยากร", (0, 18, 34, 55)),
    ("และครูผู้สอน\tในโรงเรียน\tรอบรม (กิจกรรม", (0, 17, 39)),
    ("ทุกคน\tที่ 2) ค่าวัสดุอุปกรณ์", (0, 34)),
    ("ซึ่งล่าช้ากว่าแผน\t= 3,500.00 บาท", (0, 21)),
    ("เนื่องจาก\tค่าถ่ายเอกสาร =", (0, 21)),
    ("สถานการณ์\t1,250.00 บาท", (0, 23)),
)
_LOWER = (
    ("ความก้าวหน้า\t2.00 %\t6.00 %\t33.00 %", (0, 16, 33, 55)),
    ("งบประมาณที่\t0.00 บาท\t0.00 บาท\t4,750.00 บาท", (0, 17, 35, 59)),
    ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 20, 36, 52)),
    ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 24, 44, 64)),
)


def _lines(*rows):
    return [Line(i, text, cols=cols) for i, (text, cols) in enumerate(rows, start=1)]


def test_cells_after_a_line_that_stood_past_an_ended_entry_go_past_it_too():
    result = parse_entries(_lines(*_HEAD, *_DESCRIPTION, *_LOWER))
    text = {n: "".join((result.entries[n].description or "").split()) for n in result.entries}
    assert text[1] == "ประชุมชี้แจงคณะทำงานและครูผู้สอนทุกคน"
    assert "เนื่องจาก" in text[2] and "สถานการณ์" in text[2]
    assert [e.item for e in result.entries[2].expenses] == []
    assert [e.item for e in result.entries[3].expenses] == ["ค่าวัสดุอุปกรณ์", "ค่าถ่ายเอกสาร"]
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.description" for i in result.issues)


def test_a_line_of_words_after_a_closed_expense_line_goes_to_the_other_entry_on_that_line():
    # the narrower column's wrap of words alone, no page column, read after the line whose last cell closes report
    # 3's expense line: report 2's (an entry's expense lines come after its words), not report 3's by the
    # reading order (transposed._past_closed_expense)
    rows = (*_HEAD, *_DESCRIPTION, ("ของโรคติดเชื้อ", ()), ("จึงเลื่อนออกไป", ()), *_LOWER)
    result = parse_entries(_lines(*rows))
    text = {n: "".join((result.entries[n].description or "").split()) for n in result.entries}
    assert text[2].endswith("สถานการณ์ของโรคติดเชื้อจึงเลื่อนออกไป")
    assert "ของโรคติดเชื้อ" not in text[3]
    # a line of an expense's words is left to the reading order
    rows = (*_HEAD, *_DESCRIPTION, ("ค่าเกียรติบัตร = 800 บาท", ()), *_LOWER)
    result = parse_entries(_lines(*rows))
    assert [e.item for e in result.entries[3].expenses][-1] == "ค่าเกียรติบัตร"
