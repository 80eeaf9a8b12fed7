"""BMA progress entries after OCR (fresh set s62o, bma_progress_s62o002):

(1) expense lines that go on past a page break under a false label ('- รายงานครั้งที่ N+1 :', the generator's
entry_continued_false_label) where OCR misread the number the entry's budget clause names (so the clause names
no entry the label could continue), and entry N+1's own header holds its date slot damaged past reading
('รายงานครั้งที่ ๓ :: ๑๐ เมษายน ๒๕๒ :'): only a header whose date read kept the label from opening entry N+1,
so the label opened it, took the lines and the figures of entry N, and entry N+1's header joined it;

(2) a column of "date : description" cells (a table read column by column) where OCR damaged a cell's date into
a shape no date slot took: a numeric date whose year lost its last digit and misread the one before
('๒/อ/๒๕อ :' for ๒/๑/๒๕๖๗), or a day and a year in Thai digits around a month OCR wrote in Latin letters
('๒ A.A. ๒ :'): the cell ran on in the description of the cell above, and every cell after it went to the
entry before its own."""

from __future__ import annotations

from parsers.bma_progress.assemble import garbled_date_slot
from parsers.bma_progress.clauses import damaged_date_cell, events_of
from parsers.bma_progress.entries import parse_entries
from schemas.document import Line
from tests.test_bma_progress_entries_ocr import _lines

_CONTINUED = (
    "รายงานครั้งที่ ๑ :: ๑๒ กุมภาพันธ์ ๖๗ : จัดทำคำสั่งคณะกรรมการ",
    ":: ความก้าวหน้าของงานฯ = ๑.๐๐ % : งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐ บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "รายงานครั้งที่ ๒ :: ๑ ก.พ. de : เวียนแจ้งประชาสัมพันธ์เชิญชวนให้ข้าราชการครู",
    "- รายงานครั้งที่ ๓ : ค่าอาหาร ๙๗ คน x ๒๕๐ บาท = ๒๔,๒๕๐ บาท",
    "ค่าอาหารกลางวัน ๓๕ คน x ๗๐ บาท = ๒,๔๕๐ บาท",
    ":: ความก้าวหน้าของงานฯ = ๔๙ : งบประมาณที่เบิกใช้ (ครั้งที่ {named}) = ๒๖,๗๐๐ บาท",
    ": เป็นไปตามแผน",
    ": เป็นไปตามเป้าหมาย",
    "รายงานครั้งที่ ๓ :: ๑๐ เมษายน ๒๕๒ : อยู่ระหว่างการดำเนินการ ดังนี้",
    ":: ความก้าวหน้าของงานฯ = ๕๐ งบประมาณที่เบิกใช้ (ครั้งที่ ๓) = ๐ บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
)


def test_a_false_label_before_a_header_whose_date_ocr_damaged_continues_the_entry_before():
    for named in ("๕", "©"):  # the clause's number misread past the entry's, or unreadable
        result = parse_entries(_lines(*(ln.replace("{named}", named) for ln in _CONTINUED)))
        entries = result.entries
        assert sorted(entries) == [1, 2, 3], named
        assert [x.item for x in entries[2].expenses] == ["ค่าอาหาร", "ค่าอาหารกลางวัน"], named
        assert entries[3].expenses == [] and entries[3].description == "อยู่ระหว่างการดำเนินการ ดังนี้", named
        assert entries[3].date is None and entries[3].date_text == "๑๐ เมษายน ๒๕๒", named
        assert any(i.code == "false_entry_header" for i in result.issues), named


def test_the_label_still_opens_its_entry_where_no_header_of_its_number_stands():
    # no later header of that number, dated or with a date slot: the label is the entry's header, as before
    lines = [ln.replace("{named}", "๓") for ln in _CONTINUED[:8]]
    entries = parse_entries(_lines(*lines)).entries
    assert sorted(entries) == [1, 2, 3]
    assert [x.item for x in entries[3].expenses] == ["ค่าอาหาร", "ค่าอาหารกลางวัน"]


_COLUMN = (
    "รายงานครั้งที่ ๑",
    "รายงานครั้งที่ ๒",
    "รายงานครั้งที่ ๓",
    "รายงานครั้งที่ ๔",
    "๕ มีนาคม ๒๕๖๗ : อยู่ระหว่างการเตรียมจัดทำคำสั่งเจ้าหน้าที่",
    "{cell2} : อยู่ระหว่างติดต่อประสานงานสถานที่ศึกษาดูงาน",
    "{cell3} : ผลการดำเนินงานในเดือนนี้ ได้ดำเนินการอบรมครูแกนนำ",
    "๑๐ สิงหาคม ๒๕๖๗ : ดำเนินการจัดกิจกรรมครบทุกกิจกรรมตามแผน",
    "ความก้าวหน้าของงานฯ = ๕ งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐ บาท",
    "ความก้าวหน้าของงานฯ = ๔๑ งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๐ บาท",
    "ความก้าวหน้าของงานฯ = ๖๙ งบประมาณที่เบิกใช้ (ครั้งที่ ๓) = ๐ บาท",
    "ความก้าวหน้าของงานฯ = ๑๐๐ งบประมาณที่เบิกใช้ (ครั้งที่ ๔) = ๐ บาท",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
)


def test_damaged_date_cells_in_a_column_open_their_own_entries():
    lines = _lines(*(ln.replace("{cell2}", "๒/อ/๒๕อ").replace("{cell3}", "๒ A.A. ๒") for ln in _COLUMN), start=229)
    entries = parse_entries(lines).entries
    assert sorted(entries) == [1, 2, 3, 4]
    assert entries[2].description == "อยู่ระหว่างติดต่อประสานงานสถานที่ศึกษาดูงาน"
    assert entries[2].date is None and entries[2].date_text == "๒/อ/๒๕อ"
    assert entries[3].description == "ผลการดำเนินงานในเดือนนี้ ได้ดำเนินการอบรมครูแกนนำ"
    assert entries[4].description == "ดำเนินการจัดกิจกรรมครบทุกกิจกรรมตามแผน"


def test_the_damaged_shapes_and_what_stays_text():
    [date, text] = events_of(Line(5, "๒/อ/๒๕อ : อยู่ระหว่างติดต่อประสานงาน"))[:2]
    assert (date.kind, date.value, date.damaged, text.text) == ("date", None, "๒/อ/๒๕อ", "อยู่ระหว่างติดต่อประสานงาน")
    assert damaged_date_cell("2/อ/25อ : อยู่ระหว่าง") is not None
    # a year of two digits and a Thai word, or a fraction and a word, is no date's slot
    assert damaged_date_cell("2/อ/25 ปี : อยู่ระหว่าง") is None
    assert damaged_date_cell("1/2 ของ : อยู่ระหว่าง") is None
    assert garbled_date_slot("๒ A.A. ๒ : ผลการดำเนินงาน") == len("๒ A.A. ๒ :")
    assert garbled_date_slot("» TA. dé:  ประชุม") is not None  # as before
    # Thai letters are still no slot's: a word with a point, then a colon
    assert garbled_date_slot("ข้อ ก. ๒ : ผลการดำเนินงาน") is None

