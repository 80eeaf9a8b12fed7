"""A table of "date : description" cells read column by column (a run of
report headers, then the cells one after another): a header of the run whose
number OCR wrote as Thai letters no look-alike table lists ("รายงานครั้งที่ ข"
for ๗, "เว" for ๖), and a date cell OCR damaged past reading standing after
an expense line's amount ("... เป็นเงิน ๓,๑๕๕ บาท.- ๒๕/ฒ/๒๕๒๑ : ...").
Before, the first was read as text (its header and the next one's lost, so
their entries were lost whole), and the second ran on in the entry before's
description, every later cell one entry early.  Fresh set s78o's
bma_progress_s78o010: reports 7-9 lost, their descriptions, flags and
figures with them."""

from __future__ import annotations

from parsers.bma_progress.clauses import events_of
from parsers.bma_progress.entries import _damaged_cells_inside, _header_run_apart, parse_entries
from schemas.document import Line
from tests.lines import numbered_lines as _lines


def test_a_header_whose_number_reads_as_letters_stands_alone_and_opens_its_entry():
    cut = _header_run_apart(_lines("รายงานครั้งที่ ๑ รายงานครั้งที่ ข รายงานครั้งที่ ๓"))
    assert [ln.text for ln in cut] == ["รายงานครั้งที่ ๑", "รายงานครั้งที่ ข", "รายงานครั้งที่ ๓"]
    events = events_of(Line(5, "รายงานครั้งที่ ข"))
    assert [(ev.kind, ev.seq, ev.printed) for ev in events] == [("header", None, "ข")]
    # two letters ("เว" for ๖) too
    assert [(ev.kind, ev.printed) for ev in events_of(Line(5, "รายงานครั้งที่ เว"))] == [("header", "เว")]


def test_a_word_after_a_header_that_reads_its_number_is_no_number():
    # the header before reads its digit: what follows it is a word, and the line is not cut before the next header
    kept = _header_run_apart(_lines("รายงานครั้งที่ ๑ ผล รายงานครั้งที่ ๒"))
    assert [ln.text for ln in kept] == ["รายงานครั้งที่ ๑ ผล รายงานครั้งที่ ๒"]
    # a word of three letters or with a mark is no number either
    kept = _header_run_apart(_lines("รายงานครั้งที่ ดู รายงานครั้งที่ ๒"))
    assert [ln.text for ln in kept] == ["รายงานครั้งที่ ดู รายงานครั้งที่ ๒"]
    # and a header followed by a word of its sentence, not at the line's end, is no header of a number
    events = events_of(Line(5, "รายงานครั้งที่ ผล การดำเนินงาน"))
    assert not any(ev.kind == "header" and ev.printed == "ผล" for ev in events)


def test_a_damaged_date_cell_after_an_amounts_unit_opens_the_next_entry():
    text = "ค่าเกียรติบัตร จำนวน ๙๑ ใบๆ ละ ๓๕ บาท.- เป็นเงิน ๓,๑๘๕ บาท.- ๒๕/ฒ/๒๕๒๑ : อยู่ระหว่าง"
    assert _damaged_cells_inside(text) == [text.index("๒๕/ฒ")]
    # an amount's figures with no date shape after the unit are not cut
    assert _damaged_cells_inside("ค่าอาหาร เป็นเงิน ๑,๐๐๐ บาท.- ๒ คน :") == []


_FIGURES = (
    "ความก้าวหน้าของงานฯ = 3.0% งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท ความก้าวหน้าของงานฯ = 5.0%",
    "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท ความก้าวหน้าของงานฯ = 9.0% งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 3,185 บาท",
    "ความก้าวหน้าของงานฯ = 12.0% งบประมาณที่เบิกใช้ (ครั้งที่ 4) = 0 บาท",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย เป็นไปตามแผน : เป็นไปตามเป้าหมาย เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
)


def test_the_column_keeps_every_entry_and_each_its_own_cell():
    result = parse_entries(_lines(
        "รายงานครั้งที่ ๑ รายงานครั้งที่ ๒ รายงานครั้งที่ ข รายงานครั้งที่ ๔",
        "27/10/2567 : ประชุมผู้บริหารสถานศึกษา 23/11/2567 : อยู่ระหว่างการเตรียมจัดทำคำสั่ง",
        "20/12/2567 : จัดเตรียมข้อมูล ค่าเกียรติบัตร จำนวน ๙๑ ใบๆ ละ ๓๕ บาท.- เป็นเงิน ๓,๑๘๕ บาท.-",
        "๒๕/ฒ/๒๕๖๘ : จัดทำคำสั่งคณะกรรมการ",
        *_FIGURES, start=60))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3, 4]
    assert entries[1].description == "ประชุมผู้บริหารสถานศึกษา"
    assert entries[2].description == "อยู่ระหว่างการเตรียมจัดทำคำสั่ง"
    assert entries[3].description == "จัดเตรียมข้อมูล"
    assert entries[4].description == "จัดทำคำสั่งคณะกรรมการ"
    assert entries[4].date is None and "ฒ" in entries[4].date_text
    # the header read from its letters is said: its number is unreadable, read by the sequence
    said = [i for i in result.issues if i.code == "value_repaired" and i.field == "progress_reports.seq"]
    assert len(said) == 1 and "'ข'" in said[0].message


def test_a_damaged_date_cell_run_on_after_an_amount_is_the_next_entrys():
    entries = parse_entries(_lines(
        "รายงานครั้งที่ ๑ รายงานครั้งที่ ๒ รายงานครั้งที่ ๓ รายงานครั้งที่ ๔",
        "27/10/2567 : ประชุมผู้บริหารสถานศึกษา 23/11/2567 : อยู่ระหว่างการเตรียมจัดทำคำสั่ง",
        "20/12/2567 : จัดเตรียมข้อมูล ค่าเกียรติบัตร จำนวน ๙๑ ใบๆ ละ ๓๕ บาท.- เป็นเงิน ๓,๑๘๕ บาท.- ๒๕/ฒ/๒๕๖๘ :",
        "จัดทำคำสั่งคณะกรรมการ",
        *_FIGURES, start=60)).entries
    assert sorted(entries) == [1, 2, 3, 4]
    assert entries[3].description == "จัดเตรียมข้อมูล"
    assert entries[4].description == "จัดทำคำสั่งคณะกรรมการ"
    assert entries[4].date is None and "ฒ" in entries[4].date_text


def test_a_date_cell_a_wrap_cut_whose_month_or_year_ocr_garbled_is_made_whole():
    """A "date :" cell a line break cut, its day and month ending a line: the month an abbreviation OCR read as
    other letters ("12 Aw." for ๑๒ ก.พ.), or the year given a digit too many on the next line ("๒๕59๐5 :"): the cell
    is carried whole to the next line, the next entry's undated slot.  Before, both halves were the entry before's
    text and the two entries ran on in one."""
    from parsers.bma_progress.entries import _date_heads_carried
    carried = _date_heads_carried(_lines("อยู่ระหว่างขั้นตอน...แต่งตั้งคณะกรรมการฯ 12 Aw.",
                                         "๒๕๐๑๕ : อยู่ระหว่างการดำเนินการ"))
    assert [ln.text for ln in carried] == ["อยู่ระหว่างขั้นตอน...แต่งตั้งคณะกรรมการฯ",
                                           "12 Aw. ๒๕๐๑๕ : อยู่ระหว่างการดำเนินการ"]
    carried = _date_heads_carried(_lines("ขณะนี้อยู่ระหว่างการรวบรวมเอกสาร ๕ มิถุนายน", "๒๕59๐5 : ดำเนินการประชุม"))
    assert [ln.text for ln in carried] == ["ขณะนี้อยู่ระหว่างการรวบรวมเอกสาร", "๕ มิถุนายน ๒๕59๐5 : ดำเนินการประชุม"]
    # a line ending in a figure and a word with no dot, or a next line with no separator, stays as it was
    kept = _date_heads_carried(_lines("ค่าอาหาร 12 คน", "๒๕๐๑๕ : อยู่ระหว่าง"))
    assert [ln.text for ln in kept] == ["ค่าอาหาร 12 คน", "๒๕๐๑๕ : อยู่ระหว่าง"]
    kept = _date_heads_carried(_lines("แต่งตั้งคณะกรรมการฯ 12 Aw.", "๒๕๐๑๕ อยู่ระหว่าง"))
    assert [ln.text for ln in kept] == ["แต่งตั้งคณะกรรมการฯ 12 Aw.", "๒๕๐๑๕ อยู่ระหว่าง"]


def test_the_cell_made_whole_opens_its_entry_in_the_column():
    entries = parse_entries(_lines(
        "รายงานครั้งที่ ๑ รายงานครั้งที่ ๒ รายงานครั้งที่ ๓ รายงานครั้งที่ ๔",
        "27/10/2567 : ประชุมผู้บริหารสถานศึกษา 23/11/2567 : อยู่ระหว่างการเตรียมจัดทำคำสั่ง",
        "20/12/2567 : อยู่ระหว่างขั้นตอน...แต่งตั้งคณะกรรมการฯ 12 Aw.",
        "๒๕๐๑๕ : จัดทำคำสั่งคณะกรรมการ",
        *_FIGURES, start=60)).entries
    assert sorted(entries) == [1, 2, 3, 4]
    assert entries[3].description == "อยู่ระหว่างขั้นตอน...แต่งตั้งคณะกรรมการฯ"
    assert entries[4].description == "จัดทำคำสั่งคณะกรรมการ"
    assert entries[4].date is None and "Aw." in entries[4].date_text
