"""Section 2 of the BMA progress form after OCR: entries whose structure OCR
damaged (side-by-side table cells, headers whose number was lost or
misread, amounts carried under another column).  The texts are modified
copies of OCR'd extra documents' lines (tesseract tha+eng)."""

from datetime import date
from decimal import Decimal
import pytest

from parsers.bma_progress.clauses import events_of, pieces
from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.sidebyside import _split, unweave
from schemas.document import Line
from tests.lines import numbered_lines as _lines


# A four-column table OCR read row by row with its cells side by side (extra x016): "ความก้าวหน้าของ"
# wrapped, its "งานฯ =" stands after the description's words; "งบประมาณที่เบิก" wrapped, its
# "ใช้ (ครั้งที่ N)" likewise; report 3's header lost its number ("รายงานครั้งที" alone, the date on the
# next line); report 4's number wrapped under "ครั้งที"; report 4's amount stands under the description.
_WOVEN = (
    "รายงาน ๑๒ ม.ค. ๒๕๖๓ :          ความก้าวหน้าของ      เป็นไปตามแผน",
    "ครั้งที่ ๑ ได้รับการอนุมัติโครงการ งานฯ = ๕.๐๐ %      : เป็นไปตาม",
    "และโอนเงินกิจกรรม    งบประมาณที่เบิก    เป้าหมาย",
    "ให้เครือข่าย          ใช้ (ครั้งที่ ๑) = ๐ บาท",
    "รายงาน ๒๐ ก.พ. ๒๕๖๓ :          ความก้าวหน้าของ      เป็นไปตามแผน",
    "ครั้งที่ ๒ อยู่ระหว่างการเตรียม       งานฯ = ๑๒.๐๐ % : เป็นไปตาม",
    "จัดทำคำสั่งเจ้าหน้าที่       งบประมาณที่เบิกใช้    เป้าหมาย",
    "และผู้ร่วมโครงการ         (ครั้งที่ ๒) = ๐ บาท",
    "รายงาน ต๓๐ พ.ค. ๒๕๖๓ :              ความก้าวหน้าของ เป็นไปตาม",
    "ครั้งที จัดกิจกรรมนิเทศ ติดตาม       งานฯ = ๕๕.๐๐ % แผน:",
    "การดำเนินงานของโรงเรียน      งบประมาณที่เบิก      เป็นไปตาม",
    "ในสังกัด                      ใช้ (ครั้งที่ ๓) = ๐ บาท เป้าหมาย",
    "รายงาน ๒๓ ส.ค. ๒๕๖๓ : ได้ดำเนิน ความก้าวหน้าของ เป็นไปตาม",
    "ครั้งที      การอบรมแกนนำนักเรียน       งานฯ = ๖๐.๐๐ % แผน:",
    "๔           และครูที่ปรึกษา       งบประมาณที่เบิก        เป็นไปตาม",
    "ไปแล้ว      ใช้ (ครั้งที่ ๔) =      เป้าหมาย",
    "ขณะนี้อยู่ระหว่างการ           ๐ บาท",
)


def test_woven_cells_keep_the_clause_words_a_wrap_cut_with_their_clause():
    assert _split("ครั้งที่ ๑ ได้รับการอนุมัติโครงการ งานฯ = ๕.๐๐ %      : เป็นไปตาม") == (
        "ครั้งที่ ๑", "ได้รับการอนุมัติโครงการ", "งานฯ = ๕.๐๐ %", ": เป็นไปตาม")
    assert _split("ในสังกัด                      ใช้ (ครั้งที่ ๓ๆ) = ๐ บาท เป้าหมาย")[1:3] == (
        "ในสังกัด", "ใช้ (ครั้งที่ ๓ๆ) = ๐ บาท")
    # the description's "งบประมาณ", then the clause's: the clause starts at the second
    assert _split("งบประมาณ                    งบประมาณทีเบิก      เป็นไปตาม")[1:3] == ("งบประมาณ", "งบประมาณทีเบิก")


def test_a_woven_table_gives_every_entry_its_figures_number_and_date():
    result = parse_entries(_lines(*_WOVEN))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3, 4]
    progress = [figure_values(entries[n])[0].get("progress_pct") for n in (1, 2, 3, 4)]
    assert progress == [5.0, 12.0, 55.0, 60.0]
    assert [str(figure_values(entries[n])[0].get("disbursed")) for n in (1, 2, 3, 4)] == ["0.00"] * 4
    assert entries[1].description == "ได้รับการอนุมัติโครงการ และโอนเงินกิจกรรม ให้เครือข่าย"
    assert entries[3].description == "จัดกิจกรรมนิเทศ ติดตาม การดำเนินงานของโรงเรียน ในสังกัด"
    # report 3's header lost its number: it is the next one, and said; its date stays its own
    assert entries[3].date is not None and entries[3].date.month == 5
    assert [i for i in result.issues if i.code == "value_repaired" and i.line_start == 9]
    # report 4's number wrapped under "ครั้งที": read as its header's, not as text
    assert "๔" not in entries[4].description and entries[4].date.month == 8


def test_a_header_whose_number_ocr_lost_is_no_column_title_when_a_date_follows():
    lines = _lines("รายงานครั้งที่ ๑ :: ๘ ต.ค. ๒๕๖๒ : จัดทำโครงการ", "รายงานครั้งที",
                   "ต๓๐ พ.ย. ๒๕๒๓ : ประชุมคณะกรรมการ")
    texts = [p.text for p in pieces(lines)]
    assert texts[-1].startswith("รายงานครั้งที\nต๓๐")
    # the column title in a table's title row stays a title
    titles = _lines("รายงานครั้งที่", "วันที่รายงาน", "รายงานครั้งที่ ๑ :: ๘ ต.ค. ๒๕๖๒ : จัดทำโครงการ")
    assert [p.text for p in pieces(titles)] == ["รายงานครั้งที่ ๑ :: ๘ ต.ค. ๒๕๖๒ : จัดทำโครงการ"]


def test_a_day_on_the_line_after_a_numberless_header_is_no_report_number():
    events = events_of(pieces(_lines("รายงานครั้งที", "๑๓ พ.ศ. ๒๕๒๒ : อยู่ระหว่างติดต่อประสานงาน"))[0])
    assert events[0].kind == "header" and events[0].seq is None and events[0].damaged.startswith("๑๓")
    assert events[1].text == "อยู่ระหว่างติดต่อประสานงาน"
    # a number on the header's own line is its number
    events = events_of(Line(1, "รายงานครั้งที่ ๑๓ :: ๕ พ.ค. ๒๕๖๓ : อยู่ระหว่าง"))
    assert events[0].seq == 13


def test_a_number_before_a_whole_date_on_the_line_after_a_numberless_header_is_its_number():
    # the form prints "รายงานครั้งที่ N D/M/Y :" with no "::" between number and date: a wrap after the
    # header's words takes both to the next line (s55o010, s50z010), where the number is the header's
    for below, seq, day in (("๑๐ ๒๓/๙/๒๕๖๓ : ยกเลิกโครงการ", 10, date(2020, 9, 23)),
                            ("2 19 เมษายน 2568 : ประชุมผู้บริหาร", 2, date(2025, 4, 19)),
                            ("๑ ๓/๑๒/๒๕๖๒ : จัดเตรียมข้อมูล", 1, date(2019, 12, 3))):
        events = [e for p in pieces(_lines("เป็นไปตามเป้าหมาย รายงานครั้งที่", below)) for e in events_of(p)]
        header = next(e for e in events if e.kind == "header")
        assert (header.seq, header.value) == (seq, day)
    # its date damaged past reading, a date cell's shape: the number is still the header's, the date read later
    events = events_of(pieces(_lines("รายงานครั้งที่", "๑๐ ๒๓/๕/๒๕๒๓ : ยกเลิกโครงการ"))[0])
    assert events[0].kind == "header" and events[0].seq == 10 and events[0].text.strip() == "๒๓/๕/๒๕๒๓"
    # a day before a month OCR garbled has no date after it: the digits stay the day
    events = events_of(pieces(_lines("รายงานครั้งที", "๑๓ พ.ศ. ๒๕๒๒ : อยู่ระหว่างติดต่อประสานงาน"))[0])
    assert events[0].seq is None and events[0].damaged.startswith("๑๓")


def test_an_equals_sign_before_a_damaged_date_is_its_separator():
    events = events_of(Line(1, "= Wo ม.ค. ๒๕5๒ :"))
    assert events[0].kind == "date" and events[0].damaged == "Wo ม.ค. ๒๕5๒"


def _rows(*entries: tuple[str, str, str]) -> list[Line]:
    """Entries one per line group: (header number as printed, date, budget clause's number as printed)."""
    text = []
    for n, (number, day, named) in enumerate(entries, start=1):
        text += [f"รายงานครั้งที่ {number} :: {day} : ดำเนินการครั้งที่ {n}",
                 f":: ความก้าวหน้าของงานฯ = {10 * n}.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ {named}) = 0 บาท : "
                 "เป็นไปตามแผน : เป็นไปตามเป้าหมาย"]
    return _lines(*text)


def test_a_dated_header_that_repeats_a_number_is_the_next_report_with_its_figures():
    # report 4's number read as ๑ (no digit table turns ๑ into 4), its budget clause misread alike
    result = parse_entries(_rows(("1", "8/10/2562", "1"), ("2", "9/11/2562", "2"), ("3", "4/12/2562", "3"),
                                 ("๑", "7/1/2563", "๑")))
    assert sorted(result.entries) == [1, 2, 3, 4]
    assert result.entries[4].description == "ดำเนินการครั้งที่ 4"
    assert result.entries[4].figures["progress"] == "40.00" and result.entries[1].figures["progress"] == "10.00"
    assert not [i for i in result.issues if i.code == "conflicting_figures"]
    # the headers after it say a report before it was lost: it takes their number
    result = parse_entries(_rows(("1", "8/10/2562", "1"), ("2", "9/11/2562", "2"), ("1", "4/12/2562", "1"),
                                 ("5", "7/1/2563", "5")))
    assert sorted(result.entries) == [1, 2, 4, 5]


def test_a_wild_header_number_the_headers_after_it_contradict_is_the_next_one():
    # "๕1" for 4: no reading of two characters is 4, but the headers after it go on from 4
    result = parse_entries(_rows(("1", "8/10/2562", "1"), ("2", "9/11/2562", "2"), ("3", "4/12/2562", "3"),
                                 ("๕1", "7/1/2563", "๕"), ("5", "8/2/2563", "5")))
    assert sorted(result.entries) == [1, 2, 3, 4, 5]
    assert result.entries[4].description == "ดำเนินการครั้งที่ 4"


def test_a_jump_the_headers_after_it_do_not_carry_on_from_is_the_number_they_say():
    # "1 2 5 4 5 6" (fresh set ag, side-by-side entries): ๓ read as 5, no reading of which is 3, and no
    # budget clause names a report; the headers after it go on from 3, so it is 3, said (not 5 kept, with
    # every report after it renumbered on from 6 and its expense lines given to the wrong report)
    numbers = ["1", "2", "5", "4", "5", "6"]
    text = []
    for n, number in enumerate(numbers, start=1):
        text += [f"รายงานครั้งที่ {number} :: {n}/1/2563 : ดำเนินการครั้งที่ {n}",
                 f":: ความก้าวหน้าของงานฯ = {10 * n}.00 % : งบประมาณที่เบิกใช้ = 0 บาท : เป็นไปตามแผน"]
    result = parse_entries(_lines(*text))
    assert sorted(result.entries) == [1, 2, 3, 4, 5, 6]
    assert result.entries[3].description == "ดำเนินการครั้งที่ 3"
    assert result.entries[6].description == "ดำเนินการครั้งที่ 6"
    repaired = [i for i in result.issues if i.code == "value_repaired" and i.field == "progress_reports.seq"]
    assert len(repaired) == 1 and "'5'" in repaired[0].message


def test_a_budget_clause_naming_a_report_with_figures_of_its_own_is_the_figureless_entry_it_stands_in():
    # report 4's clause names 1 (๙ read as ๑: no digit table says so); report 1 has its own clause
    result = parse_entries(_rows(("1", "8/10/2562", "1"), ("2", "9/11/2562", "2"), ("3", "4/12/2562", "3"),
                                 ("4", "7/1/2563", "1")))
    assert result.entries[4].figures["progress"] == "40.00" and result.entries[1].figures["progress"] == "10.00"
    assert [i for i in result.issues if i.code == "value_repaired" and "report 4 has no other figures" in i.message]
    # entries that do not run 1..N: the structure is in doubt, nothing is moved (the conflict is said)
    result = parse_entries(_rows(("1", "8/10/2562", "1"), ("2", "9/11/2562", "2"), ("3", "4/12/2562", "3"),
                                 ("9", "7/1/2563", "1")))
    assert "progress" not in result.entries[9].figures
    assert [i for i in result.issues if i.code == "conflicting_figures"]


def _columns(numbers: list[str], dates: list[str], named: list[str]) -> list[Line]:
    """Section 2's table read column by column (extra x018): numbers, dates and descriptions, figures, flags."""
    text = [f"รายงานครั้งที่ {n}" for n in numbers]
    text += [f"{d} : ดำเนินการครั้งที่ {k}" for k, d in enumerate(dates, start=1)]
    text += [f"ความก้าวหน้าของงานฯ = {10 * k}.00 % งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = 0 บาท"
             for k, n in enumerate(named, start=1)]
    text += ["เป็นไปตามแผน : เป็นไปตามเป้าหมาย"] * len(dates)
    return _lines(*text)


def test_a_number_column_whose_ends_are_as_far_apart_as_it_is_long_numbers_its_rows_by_place():
    result = parse_entries(_columns(["๑", "๒", "2", "๕", "๕"], ["๒๓/๐๕/๒๕๖๓"] * 5, ["1", "2", "3", "4", "5"]))
    assert sorted(result.entries) == [1, 2, 3, 4, 5]
    assert [result.entries[n].description for n in (3, 4)] == ["ดำเนินการครั้งที่ 3", "ดำเนินการครั้งที่ 4"]
    repaired = [i for i in result.issues if i.code == "value_repaired" and "number column" in i.message]
    assert [i.line_start for i in repaired] == [3, 4]
    # a column whose ends do not span its length ("1 2 2 5" for four rows) is left to the sequence rules,
    # unless the budget clauses name its last number (see the next tests)
    result = parse_entries(_columns(["1", "2", "2", "5"], ["๒๓/๐๕/๒๕๖๓"] * 4, ["1", "2", "3", "5"]))
    assert not [i for i in result.issues if "number column" in i.message]
    result = parse_entries(_columns(["1", "2", "2", "5"], ["๒๓/๐๕/๒๕๖๓"] * 4, ["1", "2", "3", "4"]))
    assert [i.line_start for i in result.issues if "number column" in i.message] == [3, 4]


def test_in_a_whole_number_column_a_clause_naming_a_number_past_it_is_misread():
    # "(ครั้งที่ 8)" for 4: the column runs 1..5 and holds five budget clauses, so no header was lost
    result = parse_entries(_columns(["1", "2", "3", "4", "5"], ["๒๓/๐๕/๒๕๖๓"] * 5, ["1", "2", "3", "8", "5"]))
    assert sorted(result.entries) == [1, 2, 3, 4, 5] and result.entries[4].figures["progress"] == "40.00"
    # more budget clauses than rows: a report past the column may be one whose header was lost
    result = parse_entries(_columns(["1", "2", "3", "4"], ["๒๓/๐๕/๒๕๖๓"] * 5, ["1", "2", "3", "4", "6"]))
    assert 6 in result.entries


def test_date_cells_with_a_garbled_month_or_a_year_that_lost_a_digit_are_date_cells():
    from normalizers.numbers import thai_digits_to_arabic
    from parsers.bma_progress.clauses import damaged_date_cell
    for text in ("๑๑/๑๐อ๒๐๑/๒๕๒๓ : จัดทำ", "๒๐/๐9/๒๕๓ : ดำเนินการ", "2๐/๐9/๒๕6ว3 : ดำเนินการ"):
        assert damaged_date_cell(thai_digits_to_arabic(text)) is not None, text
    for text in ("ปี 2563/64 : x", "1/2 ส่วน/3 : x", "ค่าอาหาร 2563 : x"):
        assert damaged_date_cell(thai_digits_to_arabic(text)) is None, text


def test_year_first_date_cells_ocr_damaged_are_date_cells():
    # report_date_iso after OCR (extra x013): a day read as "@", a year with a digit doubled, month and day garbled
    from normalizers.numbers import thai_digits_to_arabic
    from parsers.bma_progress.clauses import damaged_date_cell
    for text in ("๒๐๒๓-๑-@ : จัดทำคำสั่ง", "๒๒๐๒๓-๒-๕ : ประชุม", "๒๐๒ต๓-ส่-อ : @) ขอรายชื่อ"):
        assert damaged_date_cell(thai_digits_to_arabic(text)) is not None, text
        events = events_of(Line(1, text))
        assert events[0].kind == "date" and events[0].value is None and events[0].damaged == text.split(" :")[0]
    for text in ("ค่าอาหาร-1-2 : x", "12-3-4 : x", "ปี 2563-64 : x"):
        assert damaged_date_cell(thai_digits_to_arabic(text)) is None, text


def test_a_number_column_whose_last_numbers_ocr_misread_is_closed_by_the_clauses_that_name_them():
    # nine rows; ๔ read as ๕, ๗ as ๓, 8 as 3, ๙ as ๓ (extra x013): the budget clauses name 1..9, so the
    # column runs 1..9 and each row is its place; its date cells, two of them damaged, go in order
    dates = ["๒๐๒๓-๑-@", "๒๒๐๒๓-๒-๕", "2๐๒3-3-2๒", "๒๐๒3-๕-๑6", "๒๐๒๓-๕-๑๐", "๒๐๒๓-๒-๑๐", "2023-7-13",
             "๒๐๒ต๓-ส่-อ", "2023-9-21"]
    result = parse_entries(_columns(["๑", "2", "๓", "๕", "5", "6", "๓", "3", "๓"], dates,
                                    ["๑", "2", "3", "๕", "๕", "๒", "๓", "8", "9"]))
    entries = result.entries
    assert sorted(entries) == list(range(1, 10))
    assert [entries[n].description for n in range(1, 10)] == [f"ดำเนินการครั้งที่ {n}" for n in range(1, 10)]
    assert [entries[n].date_text for n in (1, 2, 8)] == ["๒๐๒๓-๑-@", "๒๒๐๒๓-๒-๕", "๒๐๒ต๓-ส่-อ"]
    # "(ครั้งที่ ๒)" in report 6's place, then "(ครั้งที่ ๓)" in report 7's: each is the entry it stands in
    assert [entries[n].figures["progress"] for n in range(1, 10)] == [f"{10 * n}.00" for n in range(1, 10)]
    assert not [i for i in result.issues if i.code in ("conflicting_figures", "entry_header_missing")]
    repaired = [i.line_start for i in result.issues if i.code == "value_repaired" and "number column" in i.message]
    assert repaired == [4, 7, 8, 9]
    # clauses that name a number past the column (a report whose header was lost): no place numbering
    result = parse_entries(_columns(["๑", "2", "๓", "๕", "5", "6", "๓", "3"], dates[:8],
                                    ["1", "2", "3", "4", "5", "6", "7", "9"]))
    assert not [i for i in result.issues if "number column" in i.message]


def test_the_certification_run_on_after_the_last_entry_is_no_text_of_it():
    # entries in one paragraph (extra x010): the certification follows the last flags on their line, its
    # words OCR-damaged past the heading's anchor ("ฉบับ" read "คบับ")
    result = parse_entries(_lines(
        "รายงานครั้งที่ ๓ :: ๒/๙/๒๕๖๖ : ดำเนินการจัดกิจกรรมครบทุก",
        "กิจกรรมตามแผน และเบิกจ่ายตามงบประมาณ :: ความก้าวหน้าของงานฯ = ๑๐๐ :",
        "งบประมาณที่เบิกใช้ (ครั้งที่ ๓) = 33,200.25 บาท : เป็นไปตามแผน :",
        "เป็นไปตามเป้าหมาย ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารคบับนี้"))
    entry = result.entries[3]
    assert entry.description == "ดำเนินการจัดกิจกรรมครบทุก กิจกรรมตามแผน และเบิกจ่ายตามงบประมาณ"
    assert entry.figures["target"] is True


def test_the_certification_spelt_with_do_chada_is_no_text_of_the_last_entry():
    # the same sentence whose last letter ฏ is printed or read ฎ ("ปรากฎ", the word's common misspelling),
    # its first words at a line's end: before, the last entry's description ran on into it
    result = parse_entries(_lines(
        "รายงานครั้งที่ ๓ :: ๒/๙/๒๕๖๖ : ดำเนินการจัดกิจกรรมครบทุก",
        "กิจกรรมตามแผน และเบิกจ่ายตามงบประมาณ :: ความก้าวหน้าของงานฯ = ๑๐๐ :",
        "งบประมาณที่เบิกใช้ (ครั้งที่ ๓) = 33,200.25 บาท : เป็นไปตามแผน :",
        "เป็นไปตามเป้าหมาย ขอรับรองว่า",
        "ข้อมูลที่ปรากฎในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงาน"))
    entry = result.entries[3]
    assert entry.description == "ดำเนินการจัดกิจกรรมครบทุก กิจกรรมตามแผน และเบิกจ่ายตามงบประมาณ"
    assert entry.figures["target"] is True


def test_a_header_of_a_column_of_headers_whose_number_ocr_read_as_two_letters_is_no_text():
    # a table read column by column, its headers one a line (fresh set s43z, cut down): report 2's ๒ read "เว",
    # two letters no look-alike table lists; between the headers above and below it, the line is report 2's
    # header, numbered by its place and said; before, "รายงานครั้งที่" alone was a false header and "เว" text,
    # which ran into report 1's description
    result = parse_entries(_lines(
        "รายงานครั้งที่ ๑",
        "รายงานครั้งที่ เว",
        "รายงานครั้งที่ ๓",
        "",
        "วันที่รายงาน : รายละเอียดการดำเนินงาน",
        "",
        "๑๓ มิถุนายน ๒๕๖๘ : อยู่ระหว่างการเตรียมจัดทำคำสั่งเจ้าหน้าที่",
        "และผู้ร่วมโครงการ",
        "๒๕ กรกฎาคม ๒๕๖๘ : ได้รับการอนุมัติโครงการ",
        "๓ สิงหาคม ๒๕๖๘ : จัดทำโครงการเพื่อขออนุมัติ",
        "",
        "ความก้าวหน้าของงานฯ = ๔๔.๐๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐ บาท",
        "ความก้าวหน้าของงานฯ = ๕๖.๐๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๐ บาท",
        "ความก้าวหน้าของงานฯ = ๖๔.๐๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๓) = ๐ บาท"))
    assert sorted(result.entries) == [1, 2, 3]
    assert [result.entries[n].description for n in (1, 2, 3)] == [
        "อยู่ระหว่างการเตรียมจัดทำคำสั่งเจ้าหน้าที่ และผู้ร่วมโครงการ", "ได้รับการอนุมัติโครงการ",
        "จัดทำโครงการเพื่อขออนุมัติ"]
    assert [i for i in result.issues if i.code == "value_repaired" and "'เว'" in i.message]


def test_a_header_whose_double_colon_ocr_read_as_i_opens_its_entry_with_its_date_slot():
    # entries in one paragraph (extra x007): report 7's "๗ :: ๑ พฤษภาคม" read "a i:" / "พฤษภาคม ๒๕๒๑ :"
    lines = _lines(
        "๐.- บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย รายงานครั้งที่ ๖ :: ๑๒",
        "เมษายน ๒๕๖๑ : จัดทำคำสั่งคณะกรรมการ :: ความก้าวหน้าของงานฯ = ๒.๕๐ % :",
        "งบประมาณที่เบิกใช้ (ครั้งที่ ๖) = ๐.- บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย รายงานครั้งที่ a i:",
        "พฤษภาคม ๒๕๒๑ : ได้ดำเนินการอบรมเชิงปฏิบัติการ ::",
        "ความก้าวหน้าของงานฯ = ๑๓.๐๐ % : งบประมาณที่เบิกใช้ (ครั้งที่ 7) =",
        "๐.- บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย")
    events = events_of(pieces(lines[2:4])[-1])
    assert events[0].kind == "header" and events[0].seq is None and events[0].damaged == "พฤษภาคม ๒๕๒๑"
    result = parse_entries(lines)
    assert sorted(result.entries) == [6, 7]
    assert result.entries[6].description == "จัดทำคำสั่งคณะกรรมการ"
    assert result.entries[7].description == "ได้ดำเนินการอบรมเชิงปฏิบัติการ"
    assert result.entries[7].figures["progress"] == "13.00"


def test_a_speck_before_the_double_colon_leaves_the_damaged_date_slot_out_of_the_description():
    # extra x016 "รายงาน ก:: ๕ ม.ค. ๒๕๒๐๕ :", held-out h004 "รายงาน 1: ๒๓ พ.ุย. ๒๕๒๐ :": a speck read before
    # "::" (or for its first colon); the date past reading, the slot is still the entry's date, not its text
    for head, slot in (("ก::", "๕ ม.ค. ๒๕๒๐๕"), ("1:", "๒๓ พ.ุย. ๒๕๒๐")):
        lines = _lines(f"รายงานครั้งที่ ๑ {head} {slot} : ประชุมผู้บริหารสถานศึกษา",
                       ":: ความก้าวหน้าของงานฯ = ๕.๐๐ % : งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐ บาท : เป็นไปตามแผน :",
                       "เป็นไปตามเป้าหมาย")
        events = events_of(pieces(lines)[0])
        assert events[0].kind == "header" and events[0].seq == 1 and events[0].damaged == slot
        assert parse_entries(lines).entries[1].description == "ประชุมผู้บริหารสถานศึกษา"


def test_a_unit_a_wrap_cut_from_its_budget_clause_is_no_text_of_the_entry():
    # corpus 013, held-out h016: the budget clause's "บาท" wrapped onto a line of its own, after the flags or
    # between them; it is left (unplaced_text), not the end of the entry's description
    for flags in ((": เป็นไปตามแผน : เป็นไปตามเป้าหมาย", "บาท"), (": เป็นไปตามแผน", "บาท", ": เป็นไปตามเป้าหมาย")):
        lines = _lines("รายงานครั้งที่ 1 :: 23/11/2567 : จัดเตรียมข้อมูล/จัดทำโครงการ",
                       ":: ความก้าวหน้าของงานฯ = 5.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.00 " + flags[0], *flags[1:],
                       "รายงานครั้งที่ 2 :: 28/01/2568 : ประชุมผู้บริหาร",
                       ":: ความก้าวหน้าของงานฯ = 9.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0.00 บาท : เป็นไปตามแผน :"
                       " เป็นไปตามเป้าหมาย")
        result = parse_entries(lines)
        assert result.entries[1].description == "จัดเตรียมข้อมูล/จัดทำโครงการ"
        assert [i.line_start for i in result.issues if i.code == "unplaced_text"] == [3]
    # a unit inside a line of text is the text's ("ค่าอาหาร 100 บาท" stays whole)
    from parsers.bma_progress.clauses import is_lone_unit
    assert is_lone_unit(" บาท.- ") and not is_lone_unit("100 บาท") and not is_lone_unit("บาทหลวง")


def test_a_repetition_mark_before_an_equals_sign_names_no_expense_item():
    # "(ครั้งที่ ๓๑ๆ=" / "๐.- บาท" (extra x007): the budget clause's bracket misread, its tail no expense line
    from parsers.bma_progress.clauses import expenses_in
    assert expenses_in("ๆ= 0.- บาท", "ๆ= ๐.- บาท", 1) == []
    assert [e.value.item for _, _, e in expenses_in("ค่าวัสดุ = 3,500.- บาท", "ค่าวัสดุ = ๓,๕๐๐.- บาท", 1)] == ["ค่าวัสดุ"]


def test_an_expense_line_whose_amount_a_wrap_carried_down_spans_both_lines():
    # the amount's line is the expense row's too, so a doubt about its Thai digits is said there (extra x002)
    result = parse_entries(_lines("รายงานครั้งที่ ๒ :: ๕ ม.ค. ๒๕๖๓ : แต่งตั้งคณะกรรมการ ค่าถ่ายเอกสาร =",
                                  "๑๓,๓๐๐.- บาท :: ความก้าวหน้าของงานฯ = ๑๓.๐ %"))
    expense = result.entries[2].expenses[0]
    assert (expense.item, expense.amount, expense.line, expense.last_line) == ("ค่าถ่ายเอกสาร", "๑๓,๓๐๐", 1, 2)


def test_a_report_number_cell_read_apart_from_its_header_is_no_text_of_its_entry():
    # corpus 014: report 10's "รายงาน" lost, its "ครั้งที10" cell read beside the description's wrap
    lines = _lines("รายงานครั้งที่ 9 :: 22/07/2562 : พิจารณาเกณฑ์",
                   ":: ความก้าวหน้าของงานฯ = 39 : งบประมาณที่เบิกใช้ (ครั้งที่ 9) = 0.- บาท",
                   ": เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
                   ":: 01/08/2562 : ดำเนินการจัด", "ครั้งที10      ส้มมนา และเบิกจ่ายตาม",
                   ":: ความก้าวหน้าของงานฯ = 47 : งบประมาณที่เบิกใช้ (ครั้งที่ 10) = 0.- บาท",
                   ": เป็นไปตามแผน : เป็นไปตามเป้าหมาย")
    result = parse_entries(lines)
    assert result.entries[10].description == "ดำเนินการจัด ส้มมนา และเบิกจ่ายตาม"
    assert [i.line_start for i in result.issues if i.code == "unplaced_text"] == [5]
    # "ครั้งที่ 2" inside report 10 is its text
    lines[4] = Line(5, "ครั้งที่ 2      ของคณะกรรมการ")
    assert parse_entries(lines).entries[10].description == "ดำเนินการจัด ครั้งที่ 2 ของคณะกรรมการ"


def test_a_repetition_mark_ocr_left_for_a_header_number_is_a_speck_standing_for_it():
    events = events_of(pieces(_lines("รายงาน", "ครังที", "ๆ"))[0])
    assert events[0].kind == "header" and events[0].seq is None and events[0].printed == "ๆ"


# The line-group layout printed as a two-row table (header | date : description, then | figures | flags),
# read back side by side (extra x016's first project): "รายงาน :: date" opens a row, the figures cell
# wraps to the left ("%", the amount), the two flag cells interleave.
_WOVEN_FIGURE_ROWS = (
    "รายงาน ก:: ๕ ม.ค. ๒๕๖๔ : ประชุมผู้บริหาร",
    "ครั้งที่๑     สถานศึกษาเพื่อกำหนดวันจัดสัมมนา",
    "= ความก้าวหน้าของงานฯ = ๗.๐๐      :              : เป็นไปตาม",
    "% งบประมาณที่เบิกใช้ (ครั้งที่ ๑  = เป็นไปตาม เป้าหมาย",
    "8๐                     :           แผน",
    "รายงาน :: ๒๐ มี.ค. ๒๕๖๔ : จัดทำคำสั่ง",
    "ครั้งที่๒ คณะกรรมการ",
    ":: ความก้าวหน้าของงานฯ = ๑๓.๕๐ :             : เป็นไปตาม",
    "% งบประมาณที่เบิกใช้ (ครั้งที่๒ = เป็นไปตาม เป้าหมาย",
    "8๐                            แผน",
)


def test_a_woven_figures_row_gives_its_entry_progress_amount_and_both_flags():
    result = parse_entries(_lines(*_WOVEN_FIGURE_ROWS))
    entries = result.entries
    assert sorted(entries) == [1, 2]
    for n, pct in ((1, 7.0), (2, 13.5)):
        values, _ = figure_values(entries[n])
        assert values["progress_pct"] == pct and values["on_plan"] is True and values["on_target"] is True, n
        assert entries[n].figure_texts["budget"].endswith("8๐")
    # the speck OCR glued before "::" does not keep the date from its slot
    assert entries[1].date is not None and entries[1].date.month == 1
    assert entries[1].description == "ประชุมผู้บริหาร สถานศึกษาเพื่อกำหนดวันจัดสัมมนา"


def test_flag_cells_side_by_side_on_one_line_are_told_apart():
    lines = _lines("รายงาน : ๒๕/๒/๒๕๖๕ : อยู่ระหว่างขั้นตอน",
                   "ครั้งที่๑ แต่งตั้งคณะกรรมการฯ",
                   ":: ความก้าวหน้าของงานฯ = ๒๕.๕๐ % :            : เป็นไปตาม\t: ไม่เป็นไปตาม",
                   "งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.00 บาท     แผน\tเป้าหมาย",
                   "รายงาน : ๒๕/๓/๒๕๖๕ : จัดทำคำสั่ง",
                   "ครั้งที่๒ คณะกรรมการ")
    flags = [ln.text for ln in unweave(lines) if "ตาม" in ln.text]
    assert flags == [": เป็นไปตามแผน", ": ไม่เป็นไปตามเป้าหมาย"]
    values, _ = figure_values(parse_entries(lines).entries[1])
    assert values["on_plan"] is True and values["on_target"] is False


def test_flag_cells_side_by_side_whose_gap_ocr_read_as_spaces_are_told_apart():
    # a fresh set's entries_line_groups (plan and target in cells of their own) after OCR: the tab between the
    # two cells became spaces, one only between "เป็นไปตาม" and "เป็นไปตาม"; before, the first "เป็นไปตาม" and
    # "แผน" stayed with the budget clause and the report lost its plan flag
    lines = _lines("รายงาน :: ๒ เม.ย. 62 : ประชุมผู้บริหาร",
                   "ครั้งที่1    สถานศึกษาเพื่อกำหนดวันจัด",
                   ":: ความก้าวหน้าของงานฯ =       :            :",
                   "23.00 % : งบประมาณที่เบิกใช้ เป็นไปตาม เป็นไปตาม",
                   "(ครั้งที่ 1) = BO                 แผน         เป้าหมาย",
                   "รายงาน :: 26/5/62 : อยู่ระหว่าง",
                   "ครั้งที่2    ขั้นตอน...แต่งตั้งคณะกรรมการฯ",
                   "= ความก้าวหน้าของงานฯ =       : ไม่         : ไม่",
                   "53.00 % : งบประมาณที่เบิกใช้ เป็นไปตาม เป็นไปตาม",
                   "(ครั้งที่ 2) = BO                  แผน          เป้าหมาย")
    flags = [ln.text for ln in unweave(lines) if "ตาม" in ln.text or "ไม่" in ln.text]
    assert flags == ["เป็นไปตามแผน", "เป็นไปตามเป้าหมาย", ": ไม่", "เป็นไปตามแผน", ": ไม่", "เป็นไปตามเป้าหมาย"]
    entries = parse_entries(lines).entries
    for n, flag in ((1, True), (2, False)):
        values, _ = figure_values(entries[n])
        assert values["on_plan"] is flag and values["on_target"] is flag, n
        assert values["disbursed"] == 0, n
    assert entries[1].description == "ประชุมผู้บริหาร สถานศึกษาเพื่อกำหนดวันจัด"


def test_a_date_cell_with_no_header_beside_it_ends_the_woven_row():
    # part of the table read column by column after a woven row: its lines are no cells of that row
    lines = _lines("รายงาน ๐๑/๐๘/๒๕๖๒ : ดำเนินการจัด",
                   "ครั้งที่๑ สัมมนา",
                   ":: ๐๙/๐๙/๒๕๖๒ : ยกเลิกโครงการ :: ความก้าวหน้าของงานฯ = ๕ %",
                   "เป็นไปตาม",
                   "รายงาน ๐๑/๑๐/๒๕๖๒ : ดำเนินการ",
                   "ครั้งที่๓ ต่อ")
    out = unweave(lines)
    assert [ln.text for ln in out if ln.no == 3] == [":: ๐๙/๐๙/๒๕๖๒ : ยกเลิกโครงการ :: ความก้าวหน้าของงานฯ = ๕ %"]


def test_an_entry_with_no_plan_or_target_flag_or_description_in_any_copy_is_said():
    from parsers.bma_progress.rows import check_figures
    from schemas.document import Reading
    reports = {1: {"progress_pct": Reading(10.0, "10.00", 5, 7), "on_plan": Reading(True, "เป็นไปตามแผน", 5, 7)},
               2: {"progress_pct": Reading(20.0, "20.00", 8, 9), "on_plan": Reading(True, "เป็นไปตามแผน", 8, 9),
                   "on_target": Reading(True, "เป็นไปตามเป้าหมาย", 8, 9)}}
    found = [(i.code, i.field, i.line_start) for i in check_figures(reports, {}, {})]
    # (with the description, whether the report cancels the project, read from its opening words, is unread too)
    assert found == [("missing_value", "progress_reports.on_target", 5), ("missing_value", "progress_reports.description", 5),
                     ("missing_value", "progress_reports.cancelled", 5), ("missing_value", "progress_reports.disbursed", 5),
                     ("missing_value", "progress_reports.description", 8), ("missing_value", "progress_reports.cancelled", 8),
                     ("missing_value", "progress_reports.disbursed", 8)]


def test_an_expense_item_a_wrap_broke_is_one_line_of_text():
    from parsers.bma_progress.clauses import Piece
    events = events_of(Piece.join(_lines("ค่าอาหารว่างและ", "เครื่องดื่ม = ๔,๕๒๕ บาท")))
    (expense,) = [e.value for e in events if e.kind == "expense"]
    assert expense.item == "ค่าอาหารว่างและ เครื่องดื่ม"


def test_a_progress_figure_and_a_clause_tail_carried_under_the_description_go_to_the_figures():
    lines = _lines("รายงาน :: 21 มิ.ย. 2565 : อยู่ระหว่างการ",
                   "ครั้งที่7 เตรียมการสัมมนา",
                   "ออกไป        :: ความก้าวหน้าของงานฯ =        : ไม่",
                   "36.0%       งบประมาณที่เบิกใช้ (ครั้งที่        เป็นไปตาม",
                   "7) = 0 บาท                                แผน",
                   "รายงาน :: 9 ก.ค. 2565 : อยู่ระหว่างการ",
                   "ครั้งที่8 เตรียมการ")
    entry = parse_entries(lines).entries[7]
    values, _ = figure_values(entry)
    assert values["progress_pct"] == 36.0 and str(values["disbursed"]) == "0.00" and values["on_plan"] is False
    assert entry.description == "อยู่ระหว่างการ เตรียมการสัมมนา ออกไป"


def test_a_headless_date_before_the_rows_own_date_cell_does_not_end_the_row():
    # the header's two words, then the previous row's stray amount, then this row's date cell
    lines = _lines("รายงาน 20 ม.ค. 2565 : จัดทำ", "ครั้งที่1 โครงการ", "รายงาน 20 ก.พ. 2565 : ประชุม", "ครั้งที่2 ต่อ",
                   "รายงาน", "ครั้งที่3", ":: 22 พ.ค. 2565 : เวียนแจ้ง     ความก้าวหน้าของ     เป็นไปตาม",
                   "ประชาสัมพันธ์     งานฯ = 33.5 %     แผน")
    entries = parse_entries(lines).entries
    assert entries[3].date is not None and entries[3].date.month == 5
    assert entries[3].description == "เวียนแจ้ง ประชาสัมพันธ์"
    values, _ = figure_values(entries[3])
    assert values["progress_pct"] == 33.5 and values["on_plan"] is True


def test_with_the_entries_in_doubt_no_disbursement_is_read_from_the_others():
    from decimal import Decimal
    from parsers.bma_progress.repairs import repair_amounts, structure_in_doubt
    from schemas.document import Issue, Reading

    def records():
        project = {"budget_spent": Reading(Decimal("19000"), "19,000 บาท", 10, 10)}
        reports = {1: {"disbursed": Reading(Decimal("0"), "0 บาท", 20, 20)},
                   2: {"progress_pct": Reading(53.0, "53.0", 30, 30)}}  # its amount lost
        return project, reports

    project, reports = records()
    found = repair_amounts(project, reports, {}, "k")
    assert reports[2]["disbursed"].value == Decimal("19000") and found
    assert structure_in_doubt(reports, [Issue("warning", "conflicting_figures", "two budget clauses")])
    project, reports = records()
    assert not repair_amounts(project, reports, {}, "k", across=False) and "disbursed" not in reports[2]


def test_with_the_entries_in_doubt_no_report_date_is_read_again():
    from datetime import date
    from parsers.bma_progress.repairs import repair_dates
    from schemas.document import Reading

    def records():
        project = {"fiscal_year_be": Reading(2565, "๒๕๖๕", 3, 3)}
        reports = {1: {"report_date": Reading(date(2021, 11, 20), "๒๐ พ.ย. ๒๕๖๔", 20, 20)},
                   2: {"report_date": Reading(date(1982, 1, 10), "๑๐ ม.ค. ๒๕๒๕", 30, 30)}}  # ๖ read as ๒
        return project, reports

    project, reports = records()
    assert [i.field for i in repair_dates(project, reports, "k")] == ["progress_reports.report_date"]  # read again
    project, reports = records()
    said = repair_dates(project, reports, "k", span=False)
    # not read again among its neighbours (no value_repaired): its year alone, which the fiscal year proves
    # whichever entry it is of, in doubt (repairs._years_proven_in_doubt)
    assert [i.code for i in said] == ["repair_ambiguous"] and "year_proven" in said[0].evidence
    assert reports[2]["report_date"].value == date(2022, 1, 10)


def test_an_entry_that_disburses_without_lines_while_others_lines_do_not_add_up_is_said():
    from decimal import Decimal
    from parsers.bma_progress.rows import check_figures
    from schemas.document import Reading
    reports = {5: {"disbursed": Reading(Decimal("0"), "0", 10, 12)},
               8: {"disbursed": Reading(Decimal("5500"), "5,500", 30, 33)}}
    found = [(i.code, i.field, i.line_start) for i in check_figures(reports, {5: [Decimal("5500")]}, {})]
    assert ("missing_value", "expenses", 30) in found
    # lines that add up where they stand: an entry that disburses without lines is no doubt by itself
    reports[5]["disbursed"] = Reading(Decimal("5500"), "5,500", 10, 12)
    assert not [i for i in check_figures(reports, {5: [Decimal("5500")]}, {}) if i.field == "expenses"]


def test_an_entry_whose_disbursement_was_lost_without_lines_while_others_lines_do_not_add_up_is_said():
    # held-out h005: report 6's three lines went under reports 5 and 8, and its disbursement was lost
    from decimal import Decimal
    from parsers.bma_progress.rows import check_figures
    from schemas.document import Reading
    reports = {5: {"disbursed": Reading(Decimal("0"), "0", 10, 12)}, 6: {"description": Reading("x", "x", 20, 25)},
               7: {"disbursed": Reading(None, "๕,๕OO", 30, 33)}}
    found = [(i.code, i.field, i.line_start) for i in check_figures(reports, {5: [Decimal("5500")]}, {})]
    assert ("missing_value", "expenses", 20) in found and ("missing_value", "expenses", 30) in found
    # the lines add up where they stand: a lost disbursement is said as that (progress_reports.disbursed) only
    reports[5]["disbursed"] = Reading(Decimal("5500"), "5,500", 10, 12)
    assert not [i for i in check_figures(reports, {5: [Decimal("5500")]}, {}) if i.field == "expenses"]


def test_no_disbursement_is_read_from_the_others_when_one_of_them_names_another_report():
    # corpus 019: report 10's tail "10) = 0 บาท" carried into report 6's clause, whose own amount (19,000) was
    # lost; the others add up to nothing, but report 6's 0 is report 10's: the sum proves nothing
    from decimal import Decimal
    from parsers.bma_progress.repairs import repair_amounts
    from schemas.document import Reading

    def records(text):
        project = {"budget_spent": Reading(Decimal("19000"), "19,000 บาท", 10, 10)}
        reports = {1: {"disbursed": Reading(Decimal("0"), "งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท", 20, 20)},
                   2: {"disbursed": Reading(Decimal("0"), text, 25, 26)},
                   3: {"progress_pct": Reading(53.0, "53.0", 30, 30)}}  # its amount lost
        return project, reports

    project, reports = records("งบประมาณทีเบิกใช้ (ครั้งที เป็น 3) = 0 บาท")
    assert not repair_amounts(project, reports, {}, "k") and "disbursed" not in reports[3]
    project, reports = records("งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท")
    assert repair_amounts(project, reports, {}, "k") and reports[3]["disbursed"].value == Decimal("19000")


def test_a_progress_that_lost_characters_is_not_read_again_from_what_is_left():
    # corpus 036: "๖6.๐0" read " ๐0" while every other report prints two decimals: the characters left are
    # no misread of the figure, so no reading of them (60.0 fits between its neighbours) is chosen
    from parsers.bma_progress.repairs import repair_progress
    from schemas.document import Reading

    def reports(token):
        texts = {1: "ความก้าวหน้าของงานฯ = ๒๕.๐0", 2: f"ความก้าวหน้าของงานฯ = {token}", 3: "ความก้าวหน้าของงานฯ = 70.๐0"}
        values = {1: 25.0, 2: None, 3: 70.0}
        return {s: {"progress_pct": Reading(values[s], texts[s], s, s)} for s in texts}

    found = reports("๐0")
    issues = repair_progress(found, "k")
    assert found[2]["progress_pct"].value is None and not [i for i in issues if i.code == "value_repaired"]
    found = reports("@๐.๐0")  # its decimals kept: its readings are weighed
    assert repair_progress(found, "k")


def test_a_baht_sign_the_sum_proves_leaves_thai_digits_misread_alike_unchosen():
    # corpus 022: "฿๑๗,๐๐๐" read "8๑๓,๐๐๐" in report 2 and "%๑๓,๐๐๐" as the budget spent: the 8 is a sign, but
    # ๓ may be ๗ in both, and every such reading adds up too: the sign is dropped, the digits are kept as printed
    # and left in doubt (no reading of them chosen), and report 1, which lost its amount, is nothing either way
    from decimal import Decimal
    from parsers.bma_progress.repairs import repair_amounts
    from schemas.document import Reading

    def records(part, spent):
        project = {"budget_spent": Reading(Decimal(spent[1]), spent[0], 10, 10)}
        reports = {1: {"progress_pct": Reading(7.0, "7", 20, 20)},  # its amount lost
                   2: {"disbursed": Reading(Decimal(part[1]), f"งบประมาณที่เบิกใช้ (ครั้งที่ 2) = {part[0]}", 30, 30)}}
        return project, reports

    project, reports = records(("8๑๓,๐๐๐", "813000"), ("%๑๓,๐๐๐", "13000"))
    found = repair_amounts(project, reports, {}, "k")
    ambiguous = [i for i in found if i.line_start == 30]
    assert [(i.code, i.field) for i in ambiguous] == [("repair_ambiguous", "progress_reports.disbursed")]
    assert "kept as printed without the sign, 13,000.00" in ambiguous[0].message
    assert reports[2]["disbursed"].value == Decimal("13000")
    assert reports[1]["disbursed"].value == 0
    assert [(i.code, i.field) for i in found if i.line_start == 20] == [("value_repaired", "progress_reports.disbursed")]
    # Arabic digits are read as printed: the sum pins them
    project, reports = records(("813,000", "813000"), ("13,000", "13000"))
    repair_amounts(project, reports, {}, "k")
    assert reports[2]["disbursed"].value == Decimal("13000")


def test_a_percent_sign_read_as_96_is_no_part_of_the_progress():
    # "50.0%" read "50.096" (extra2 z004): the other reports print one decimal and a "%", this one three
    # decimals and no "%": its "96" is the sign. Without that evidence (two decimals elsewhere, or a "%"
    # after it) the figure is left as read
    import json

    from parsers.bma_progress.repairs import repair_percent_sign
    from schemas.document import Reading

    def reports(token, second="15.0%"):
        texts = {1: "ความก้าวหน้าของงานฯ = 13.5% :", 2: f"ความก้าวหน้าของงานฯ = {second} :",
                 3: f"ความก้าวหน้าของงานฯ = {token} :"}
        return {s: {"progress_pct": Reading(float(t.split("= ")[1].rstrip(" %:")), t, s, s)} for s, t in texts.items()}

    found = reports("50.096")
    (issue,) = repair_percent_sign(found, "k")
    assert found[3]["progress_pct"].value == 50.0 and issue.code == "value_repaired"
    assert json.loads(issue.evidence)["rule"] == "percent_sign" and issue.field == "progress_reports.progress_pct"
    for token, second in (("50.096 %", "15.0%"), ("50.096", "15.00 %"), ("50.096", "15")):
        found = reports(token, second)
        assert repair_percent_sign(found, "k") == [] and found[3]["progress_pct"].value == 50.096
    # fresh generated set j002: "2๙.5%" read "2๕.596": the sign is proven, not the Thai digit before it (๕ may be
    # ๔ ๘ ๙): flagged, kept as read
    found = {s: {"progress_pct": Reading(v, f"ความก้าวหน้าของงานฯ = {t} :", s, s)}
             for s, (v, t) in {1: (13.5, "13.5%"), 2: (15.0, "15.0%"), 3: (25.596, "2๕.596")}.items()}
    (issue,) = repair_percent_sign(found, "k")
    assert issue.code == "repair_ambiguous" and found[3]["progress_pct"].value == 25.596
    assert json.loads(issue.evidence)["candidates"] == [25.5]


def test_the_agency_name_standing_alone_in_section_2_is_the_running_header_not_an_entrys_text():
    # extra x017: "สำนักงานเขตยานนาวา" heads each page; with no page number beside it, OCR'd or not, no page
    # edge marks it, and it stood in report 2's and report 5's descriptions
    from parsers.bma_progress.read import read_entries
    from schemas.document import CopyReading, Reading

    out = CopyReading(0, 1, 20)
    out.put("project", 0, "agency", Reading("สำนักงานเขตยานนาวา", "สำนักงานเขตยานนาวา / ฝ่ายการศึกษา", 3, 3))
    read_entries(_lines("รายงานครั้งที่ 2 :: 2018-2-26 : ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดวันจัด",
                        "สัมมนา", "สํานักงานเขตยานนาวา", ": เป็นไปตามแผน",
                        "รายงานครั้งที่ 3 :: 2018-3-15 : ติดต่อสำนักงานเขตยานนาวา"), out)
    descriptions = {seq: rec["description"].value for seq, rec in out.tables["progress_reports"].items()}
    assert descriptions == {2: "ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดวันจัด สัมมนา", 3: "ติดต่อสำนักงานเขตยานนาวา"}


def test_disbursements_whose_sign_the_copys_clauses_show_lose_the_digit_ocr_read_for_it():
    # corpus 038: "= Bo" twice, every other amount "8๐" (฿๐, the sign read as an Arabic 8), no บาท after any
    from decimal import Decimal
    from parsers.bma_progress.repairs import _clause_signs
    from schemas.document import Reading

    def reports(*amounts):
        return {n: {"disbursed": Reading(Decimal(value), f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {printed}", n, n)}
                for n, (printed, value) in enumerate(amounts, start=1)}

    found = reports(("8๐", "80"), ("Bo", "0"), ("Bo", "0"), ("8๐", "80"), ("8๓6,๒๓๐", "836230"), ("813,500", "813500"))
    issues = _clause_signs(found, "k")
    assert [found[n]["disbursed"].value for n in (1, 4, 6)] == [0, 0, Decimal("13500")]
    # the Thai digits after the sign may be misread as well: the sign is dropped and said, the digits kept as
    # printed and left in doubt (none of their readings chosen)
    assert found[5]["disbursed"].value == Decimal("36230")
    assert "kept as printed without the sign" in next(i.message for i in issues if i.line_start == 5)
    assert sorted((i.code, i.line_start) for i in issues) == [
        ("repair_ambiguous", 5), ("value_repaired", 1), ("value_repaired", 4), ("value_repaired", 6)]
    # one clause shows the sign, or one amount opens with no sign character, or a unit follows: nothing
    assert not _clause_signs(reports(("8๐", "80"), ("Bo", "0"), ("8๐", "80")), "k")
    assert not _clause_signs(reports(("8๐", "80"), ("Bo", "0"), ("Bo", "0"), ("๕๐", "50")), "k")
    assert not _clause_signs(reports(("8๐ บาท", "80"), ("Bo", "0"), ("Bo", "0")), "k")
    # an amount OCR garbled past a sign or a digit ("Be", corpus 033) says nothing either way
    found = reports(("Bo", "0"), ("Bo", "0"), ("Be", "0"), ("8๐", "80"))
    assert _clause_signs(found, "k") and found[4]["disbursed"].value == 0


def test_disbursements_lose_the_digit_ocr_read_for_the_sign_the_header_amounts_are_shown_to_print():
    # extra x016: the header prints "8๐๒,๒๐๐" and "8๓๑,๑๐๐" (฿62,200 and ฿31,100, the sign proven by the
    # document: budget_*_sign), and every budget clause of the copy opens with the same 8 ("= 8๐" for ฿๐,
    # "= 8๒๕,๑๐๐" for ฿24,100), none showing the sign as a sign: read 80.00 and 825,100.00, not repaired
    from decimal import Decimal
    from parsers.bma_progress.repairs import _clause_signs, header_signs
    from schemas.document import Reading

    def reports(*amounts):
        return {n: {"disbursed": Reading(Decimal(value), f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {printed}", n, n)}
                for n, (printed, value) in enumerate(amounts, start=1)}

    project = {"budget_allocated": Reading(Decimal("2200"), "8๐๒,๒๐๐", 1, 1),
               "budget_allocated_sign": Reading(True, "8๐๒,๒๐๐", 1, 1)}
    assert header_signs(project) == ["budget_allocated"]
    found = reports(("8๐", "80"), ("8๐", "80"), ("8๒๕,๑๐๐", "825100"))
    issues = _clause_signs(found, "k", header_signs(project))
    assert [found[n]["disbursed"].value for n in (1, 2, 3)] == [0, 0, Decimal("25100")]
    # the digits after the sign are Thai digits OCR confuses: kept as printed without the sign, in doubt
    assert sorted((i.code, i.line_start, i.field) for i in issues) == [
        ("repair_ambiguous", 3, "progress_reports.disbursed"), ("value_repaired", 1, "progress_reports.disbursed"),
        ("value_repaired", 2, "progress_reports.disbursed")]
    assert all("header's budget allocated" in i.message for i in issues)
    # without the header's sign, or with one clause only, or an amount with no sign character, or a unit after
    # one: nothing
    assert not _clause_signs(reports(("8๐", "80"), ("8๐", "80")), "k")
    assert not _clause_signs(reports(("8๐", "80")), "k", ["budget_spent"])
    assert not _clause_signs(reports(("8๐", "80"), ("8๐", "80"), ("๕๐", "50")), "k", ["budget_spent"])
    assert not _clause_signs(reports(("8๐", "80"), ("8๐ บาท", "80")), "k", ["budget_spent"])


def test_an_amount_with_a_digit_ocr_wrote_as_a_symbol_is_one_token_not_the_digits_before_it():
    # fresh generated sets: "= ๕,@๒๐.-" (๔,๙๒๐: ๙ read as @) was read 5.00, silently; "= 83ฒ,ฒ00" (฿37,700: ๗
    # read as ฒ) was read 83, and a ฿-sign repair made it 3.00. The whole token is the amount as printed:
    # unreadable, so flagged (or repaired from its readings), never the digits before the symbol
    from decimal import Decimal

    from parsers.bma_progress.clauses import budget_amount
    from tests.test_repair import entries, form, read

    assert budget_amount("งบประมาณที่เบิกใช้ (ครั้งที่ 9) = 83ฒ,ฒ00 : เป็นไปตามแผน") == "83ฒ,ฒ00"
    assert budget_amount("งบประมาณทีเบิกใช้ (ครังที่ ๒) = ๕,@๒๐.-") == "๕,@๒๐.-"
    assert budget_amount("งบประมาณที่เบิกใช้ (ครั้งที่ 2) = ๕,๐๒๐.- บาท") == "๕,๐๒๐.-"
    rows = read(form(entries=entries(paid_2="๕,@๒๐")))
    paid = {r["seq"]: r["disbursed"] for r in rows["progress_reports"]}
    assert paid[2] != Decimal("5.00")
    assert [i for i in rows["issues"] if i["field"] == "progress_reports.disbursed" and i["line_start"]]


def test_the_each_of_an_expense_line_that_ocr_read_as_latin_letters_after_the_repetition_mark():
    # fresh generated set k011: "เล่มๆ ละ ฿50" read "เล่มๆ ax 850": the line was lost and the next one took its
    # place (seq 1), where its ฿-sign repair was judged against the lost line's truth
    from parsers.bma_progress.clauses import expenses_in

    for said in ("ax", "AE", "AL", "ag"):
        src = f"ค่าจัดทำเอกสาร จำนวน 65 เล่มๆ {said} 850 เป็นเงิน B3,250 ค่าอาหาร จำนวน 50 คนๆ ละ B25 เป็นเงิน 81,250"
        found = [e.value for _, _, e in expenses_in(src, src, 1)]
        assert [(e.item, e.quantity, e.unit) for e in found] == [("ค่าจัดทำเอกสาร", "65", "เล่ม"),
                                                                  ("ค่าอาหาร", "50", "คน")], said


def test_an_objective_ocr_ran_on_into_the_line_of_the_one_before_after_a_damaged_number_is_its_own():
    # fresh generated sets: "... ประสิทธิภาพ 9.0 เพื่อเป็นต้นแบบ ..." (๓. damaged), "... เรียนรู้ ๒.๒ เพื่อพัฒนา ..."
    # (the next number with no closing mark), "9.0  เพื่อ..." at a line's start: each opens the next objective
    import json

    from tests.test_repair import form, read

    def objectives(lines: str) -> tuple[list[str], list[dict]]:
        rows = read(form().replace("1. เพื่อทดสอบ\n", lines))
        seqs = [i for i in rows["issues"] if i["field"] == "objectives.seq"]
        return [o["text"] for o in sorted(rows["objectives"], key=lambda o: o["seq"])], seqs

    texts, seqs = objectives("1. เพื่อพัฒนาคุณภาพการศึกษา\n2. เพื่อยกย่องครูให้มีประสิทธิภาพ 9.0 เพื่อเป็นต้นแบบให้กับครู\n")
    assert texts == ["เพื่อพัฒนาคุณภาพการศึกษา", "เพื่อยกย่องครูให้มีประสิทธิภาพ", "เพื่อเป็นต้นแบบให้กับครู"]
    (issue,) = seqs
    assert issue["code"] == "value_repaired" and json.loads(issue["evidence"])["printed"] == "9.0"
    texts, _ = objectives("๒.๑ เพื่อพัฒนาคุณภาพการศึกษา ๒.๒ เพื่อยกย่องครู\n")
    assert texts == ["เพื่อพัฒนาคุณภาพการศึกษา", "เพื่อยกย่องครู"]
    texts, _ = objectives("1. เพื่อพัฒนาคุณภาพการศึกษา\n2. เพื่อยกย่องครู\n9.0 เพื่อเป็นต้นแบบให้กับครู\n")
    assert texts[2:] == ["เพื่อเป็นต้นแบบให้กับครู"]
    # a number further on is the list's own (an objective between lost): not renumbered here
    texts, _ = objectives("1. เพื่อพัฒนาคุณภาพการศึกษา ให้ได้ 5. เพื่อยกย่องครู\n")
    assert texts == ["เพื่อพัฒนาคุณภาพการศึกษา ให้ได้ 5. เพื่อยกย่องครู"]


def test_an_expense_line_in_section_2_that_no_entry_took_puts_the_expense_lines_in_doubt():
    # fresh generated set j013: the entries' headers OCR garbled ("ครั้งที่ #"), the text before the first entry
    # read held "ค่าอาหารฯ = ๑๓,๒๐๐": report 5's expense lines were lost with no issue naming the expenses
    from tests.test_repair import form, read

    heading = "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ\n"
    rows = read(form().replace(heading, heading + "ค่าอาหารฯ = ๑๓,๒๐๐\n"))
    assert [i for i in rows["issues"] if i["field"] == "expenses" and i["line_start"]]
    assert not [i for i in read(form())["issues"] if i["field"] == "expenses"]


# Two tables read column by column (corpus OCR 003, shortened): the first table's column title
# "รายละเอียดการดำเนินงาน" wrapped onto a line of its own after its header row; the second table's
# numbers misread ("๕ ๕ ? ๓" for 4 5 6 7) and its first date garbled ("๑๕/๐๓/๒๕๒»๓").
_TWO_COLUMN_TABLES = (
    "รายงาน", "ครั้งที่", "๑", "รายงาน", "ครั้งที่", "๒", "รายงาน", "ครั้งที่", "๓",
    "วันที่รายงาน : รายละเอียด", "การดำเนินงาน",
    "๒๐/๑๒/๒๕๖๒ :", "ประชุมผู้บริหาร",
    "๒๒/๐๑/๒๕๖๓ :", "ได้รับการอนุมัติโครงการ",
    "๒๕/๐๒/๒๕๖๓ :", "อยู่ระหว่างการเตรียม",
    "ความก้าวหน้าของ", "งานฯ = ๑๕", "งบประมาณที่เบิกใช้", "(ครั้งที่ ๑)=๐", "บาท",
    "ความก้าวหน้าของ", "งานฯ = ๒๑", "งบประมาณที่เบิกใช้", "(ครั้งที่ ๒)=๐", "บาท",
    "ความก้าวหน้าของ", "งานฯ = ๒๕", "งบประมาณที่เบิกใช้", "(ครั้งที่ ๓)=๐", "บาท",
    "เป็นไปตามแผน", ": เป็นไปตาม", "เป้าหมาย", "เป็นไปตามแผน", ": เป็นไปตาม", "เป้าหมาย",
    "เป็นไปตามแผน", ": เป็นไปตาม", "เป้าหมาย",
    "รายงาน", "ครั้งที่", "๕", "รายงาน", "ครั้งที่", "๕", "รายงาน", "ครั้งที่", "»", "รายงาน", "ครั้งที่", "๓",
    "๑๕/๐๓/๒๕๒»๓ : อยู่ระหว่างขั้นตอน",
    "๑๕/๐๕/๒๕๖๓ : ขอรายชื่อผู้ร่วมกิจกรรม",
    "๐๓/๐๕/๒๕๖๓ : ได้ดำเนินการอบรม",
    "๑๑/๐๒/๒๕๖๓ : อยู่ระหว่างการรวบรวมเอกสาร",
    "ความก้าวหน้าของ", "งานฯ = ๓๒", "งบประมาณที่เบิก", "ใช้ (ครั้งที่ ๕)=๐", "บาท",
    "ความก้าวหน้าของ", "งานฯ = ๕๕", "งบประมาณที่เบิก", "ใช้ (ครั้งที่ ๕)=๐", "บาท",
    "ความก้าวหน้าของ", "งานฯ = ๕๐", "งบประมาณที่เบิก", "ใช้ (ครั้งที่ ๒)=๐", "บาท",
    "ความก้าวหน้าของ", "งานฯ = ๓๑", "งบประมาณที่เบิก", "ใช้ (ครั้งที่ ๓)=๐", "บาท",
)


def test_a_column_title_wrapped_onto_its_own_line_is_no_text_of_the_header_above():
    entries = parse_entries(_lines(*_TWO_COLUMN_TABLES)).entries
    assert sorted(entries) == [1, 2, 3, 4, 5, 6, 7]  # report 3's header holds: the second table runs on from 4
    assert "การดำเนินงาน" not in entries[3].description
    # the garbled date holds report 4's place: the dates after it stay on their own reports
    assert entries[4].date is None and entries[4].date_text == "๑๕/๐๓/๒๕๒»๓"
    assert [entries[n].date.month for n in (5, 6, 7)] == [5, 5, 2]
    assert [entries[n].description for n in (4, 5)] == ["อยู่ระหว่างขั้นตอน", "ขอรายชื่อผู้ร่วมกิจกรรม"]


def test_an_objective_number_a_wrap_left_at_the_end_of_the_line_before_goes_with_its_words():
    # extra3 OCR w004: a numbered list run on in a paragraph, "2" ending one line, its words opening the next
    from parsers.bma_progress.read import _carry_wrapped_numbers
    from parsers.items import numbered_items, opens_purpose

    lines = _lines("1 เพื่อส่งเสริมและกระตุ้นให้", "ข้าราชการครูได้แสดงศักยภาพ",
                   "ความสามารถในการเรียนการสอนตามกลุ่มสาระและงานที่รับผิดชอบ 2",
                   "เพื่อเป็นต้นแบบให้กับข้าราชการครูได้ศึกษาและเรียนรู้วัฒนธรรม",
                   "ชุมชนแห่งการเรียนรู้ทางวิชาชีพ (PLC) 3 เพื่อพัฒนาบุคลากรหลักของ", "ศูนย์วิชาการเขต")
    items, _ = numbered_items(_carry_wrapped_numbers(lines), opens=opens_purpose)
    assert len(items) == 3
    assert [i.text.startswith(w) for i, w in zip(items, ("เพื่อส่งเสริม", "เพื่อเป็นต้นแบบ", "เพื่อพัฒนา"))] == [True] * 3
    assert items[0].text.endswith("ที่รับผิดชอบ")
    # a number that is not the list's next one ("ปี 2567" / "เพื่อ...") stays where it stands
    other = _lines("1 เพื่อจัดงานในปี 25", "เพื่อเป็นต้นแบบ")
    assert _carry_wrapped_numbers(other)[0].text == "1 เพื่อจัดงานในปี 25"
    # a sub-list's numbers the same (fresh set "af" OCR, objectives_sub + few_lines): "๒.๓" ends a line, the
    # words it numbers open the next; "๒.๒" stood inside a line
    lines = _lines("๒.๑ เพื่อส่งเสริมข้าราชการครู",
                   "กลุ่มสาระและงานที่รับผิดชอบ ๒.๒ เพื่อพัฒนาบุคลากรหลักของศูนย์วิชาการเขต",
                   "ให้มีทักษะในการทำงานด้านพัฒนาคุณภาพการศึกษา ๒.๓",
                   "เพื่อส่งเสริมการพัฒนาศักยภาพผู้บริหารสถานศึกษา")
    carried = _carry_wrapped_numbers(lines)
    assert carried[2].text.endswith("คุณภาพการศึกษา") and carried[3].text.startswith("๒.๓ เพื่อส่งเสริมการพัฒนา")
    # ... and one level up ("2" after "1.3" ends a line: the list's next top number)
    up = _carry_wrapped_numbers(_lines("1.3 เพื่อพัฒนาครู ในสังกัด 2", "เพื่อเป็นต้นแบบ"))
    assert up[1].text == "2 เพื่อเป็นต้นแบบ"


def test_unnumbered_objectives_run_on_in_a_paragraph_ocr_wrapped_are_cut_and_the_cut_is_said():
    # fresh-set OCR (objectives_unnumbered + one_line): two objectives open lines by chance of the wrap,
    # two open inside them
    from types import SimpleNamespace

    from parsers.bma_progress.read import _run_on_in_doubt
    from parsers.items import numbered_items, opens_purpose, run_on

    lines = _lines("เพื่ออำนวยความสะดวกและควบคุมดูแลการดำเนินงานของศูนย์", "วิชาการเขตให้เป็นไปตามแนวทางที่กำหนด",
                   "เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต เพื่อสร้างเครือข่าย",
                   "ความร่วมมือระหว่างโรงเรียน ผู้ปกครอง และชุมชน",
                   "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ เพื่อเป็นต้นแบบให้กับข้าราชการครู")
    assert run_on(lines, opens_purpose) == lines  # as many open lines as open inside them: not cut there
    out = SimpleNamespace(issues=[])
    items, _ = numbered_items(_run_on_in_doubt(lines, out), opens=opens_purpose)
    assert len(items) == 5 and items[2].text.startswith("เพื่อสร้างเครือข่าย")
    assert {(i.code, i.field) for i in out.issues} == {("items_cut_in_doubt", "objectives.text"),
                                                       ("items_cut_in_doubt", "objectives.seq")}
    # one "เพื่อ" inside an objective of a list one a line: left as it stands, nothing said
    single = _lines("เพื่อจัดอบรมครู เพื่อพัฒนาทักษะการสอน", "เพื่อยกระดับผลสัมฤทธิ์")
    out = SimpleNamespace(issues=[])
    assert _run_on_in_doubt(single, out) == single and not out.issues


def test_an_expense_unit_ocr_read_as_latin_letters_is_the_unit_they_stand_for_and_said():
    # corpus 004 with its unit "เล่ม" as OCR reads it at times ("LANG"): the one unit those letters stand for
    # (parsers.units.units_by_latin), a repair said (until this session kept as read, and said implausible)
    from pathlib import Path

    from pipeline.stages import process_document

    path = Path(__file__).resolve().parent / "corpus" / "clean" / "bma_progress_004.txt"
    text = path.read_text(encoding="utf-8").replace("๑๗๔ เล่ม x", "๑๗๔ LANG x")
    rows = process_document("004.txt", text.encode())
    assert "LANG" not in [r["unit"] for r in rows["expenses"]] and "เล่ม" in [r["unit"] for r in rows["expenses"]]
    said = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "expenses.unit"]
    assert len(said) == 1 and "LANG" in said[0]["message"] and "unit_latin" in said[0]["evidence"]


def test_a_latin_unit_of_two_readings_is_the_one_another_line_of_its_item_reads():
    """"AU" is what OCR writes for คน and for คัน alike: the unit another line
    of the same item reads in the copy (คัน for the bus hire), a repair said;
    with no such line, the one the thing the item names is counted in (the
    meal: food, คน), said; an item naming neither keeps it as printed, said."""
    from pipeline.stages import process_document
    text = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
ชื่อโครงการ/กิจกรรม : พัฒนาระบบการประกันคุณภาพภายในสถานศึกษา
รหัสโครงการ : 50330000-1234    ปีงบประมาณ พ.ศ. : 2565
1.4 วัตถุประสงค์ของโครงการ
1. เพื่อสร้างเครือข่ายความร่วมมือ
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 : 25/10/2564 : จัดกิจกรรม
ค่าเช่ารถโดยสาร 2 คัน x 2,000 บาท = 4,000 บาท
ความก้าวหน้าของงานฯ = 5 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 4,000 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
รายงานครั้งที่ 2 : 25/11/2564 : จัดกิจกรรม
ค่าเช่ารถโดยสาร 1 AU x 2,000 บาท = 2,000 บาท
ค่าอาหารกลางวัน 20 AU x 50 บาท = 1,000 บาท
ความก้าวหน้าของงานฯ = 10 : งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 3,000 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
"""
    rows = process_document("x.txt", text.encode("utf-8"))
    # (the meal: no other line of its item reads a unit, but food is counted in คน, which the item names:
    # parsers.units.classifier_unit; tests/test_prop_expense_unit_classifier.py)
    assert [e["unit"] for e in rows["expenses"]] == ["คัน", "คัน", "คน"]
    said = {(i["code"], i["line_start"]) for i in rows["issues"] if i["field"] == "expenses.unit"}
    assert ("value_repaired", 13) in said and ("value_repaired", 14) in said
    rows = process_document("x.txt", text.replace("ค่าอาหารกลางวัน 20 AU", "ค่าวัสดุ 20 AU").encode("utf-8"))
    assert [e["unit"] for e in rows["expenses"]] == ["คัน", "คัน", "AU"]  # an item naming neither: kept, and said
    said = {(i["code"], i["line_start"]) for i in rows["issues"] if i["field"] == "expenses.unit"}
    assert ("repair_ambiguous", 14) in said


def test_an_expense_line_whose_amounts_close_with_a_dash_after_the_unit_is_read():
    # extra4 `amount_baht_dash` (t009, t015): "๓๐ บาท.- = ๕,๘๒๐ บาท.-", "5๐ บาท.- เป็นเงิน ๑,๕๐๐ บาท.-": the ".-"
    # after "บาท" stood between the each and "=" / "เป็นเงิน", and the line was lost (or kept whole as the item)
    from parsers.bma_progress.clauses import expenses_in

    src = ("ตามแผนการดำเนินงาน ค่าอาหารว่างและเครื่องดื่ม ๑๙๔ คน x ๓๐ บาท.- = ๕,๘๒๐ บาท.- "
           "ค่าจัดทำเอกสาร จำนวน ๓0 เล่มๆ ละ 5๐ บาท.- เป็นเงิน ๑,๕๐๐ บาท.- ค่าวัสดุ = ๒,๐๐๐ บาท.-")
    found = [e.value for _, _, e in expenses_in(src, src, 1)]
    assert [(e.item, e.quantity, e.unit, e.each, e.amount) for e in found] == [
        ("ค่าอาหารว่างและเครื่องดื่ม", "๑๙๔", "คน", "๓๐", "๕,๘๒๐"), ("ค่าจัดทำเอกสาร", "๓0", "เล่ม", "5๐", "๑,๕๐๐"),
        ("ค่าวัสดุ", None, None, None, "๒,๐๐๐")]


def test_an_expense_line_whose_la_ocr_read_as_latin_letters_is_read_on_a_line_of_its_own():
    """"ละ" read as "as" after "ๆ", the line on its own with no "=" (a fresh
    set's expense_each after OCR): still the entry's expense line."""
    result = parse_entries(_lines(
        "รายงานครั้งที่ ๒ :: ๕/๒/๒๕๖๕ :",
        "ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดหัวข้อดำเนินงาน",
        "ค่าจัดทำเอกสาร จำนวน ๕๓ เล่มๆ as 8๕๐ เป็นเงิน 8๒,๒๕๐",
        "ค่าเช่ารถโดยสาร จำนวน ๑ คันๆ ละ 3๒.๐๐๐ เป็นเงิน 8๒.๐๐๐",
        ":: ความก้าวหน้าของงานฯ = ๒๓.๐๐ % : งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๒๐,๐๐๐ :"))
    entry = result.entries[2]
    assert [(x.item, x.quantity, x.each, x.amount) for x in entry.expenses] == [
        ("ค่าจัดทำเอกสาร", "๕๓", "8๕๐", "8๒,๒๕๐"), ("ค่าเช่ารถโดยสาร", "๑", "3๒.๐๐๐", "8๒.๐๐๐")]
    assert entry.description == "ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดหัวข้อดำเนินงาน"


def test_a_budget_amount_whose_thousands_comma_ocr_read_as_a_space_is_one_amount():
    """"= 821 280 :" for ฿21,280: one amount with its comma, not "821" (whose
    ฿ sign repair gave 21.00, wrong) and a stray "280"."""
    result = parse_entries(_lines(
        "รายงานครั้งที่ ๕ :: ๒๕ เม.ย. ๒๕๖๘ : เวียนแจ้งประชาสัมพันธ์",
        ":: ความก้าวหน้าของงานฯ = 29.00 % งบประมาณที่เบิกใช้ (ครั้งที ๕) = 821 280 :",
        "เป็นไปตามแผน : เป็นไปตามเป้าหมาย"))
    entry = result.entries[5]
    assert entry.figures["budget"] == "821,280"
    assert str(figure_values(entry)[0]["disbursed"]) == "821280.00"  # its ฿ sign is the repairs' to weigh
    assert entry.description == "เวียนแจ้งประชาสัมพันธ์"


def test_a_budget_amount_with_satang_whose_thousands_comma_ocr_read_as_a_space_is_one_amount():
    """"= ๒ ๓๐๓.๐๐ บาท" for 2,303.00 (corpus 029 report 3): the satang after
    the spaced groups kept the amount from being read whole, and "๒" alone
    was the disbursement (2.00)."""
    result = parse_entries(_lines(
        "รายงานครั้งที่ ๓ 2024-2-14 : เลื่อนการสัมมนาเชิงปฏิบัติการ",
        "ค่าอาหารว่างและเครื่องดื่ม จำนวน ๑๘๔ คนๆ ละ ๑๒.๕๐ บาท เป็นเงิน 2,303.00 บาท ความก้าวหน้าของงานฯ = 31.0%",
        "งบประมาณทีเบิกใช้ (ครั้งที 3) = ๒ ๓๐๓.๐๐ บาท  ไม่เป็นไปตามแผน :",
        "ไม่เป็นไปตามเป้าหมาย"))
    entry = result.entries[3]
    assert entry.figures["budget"] == "2,303.00"
    assert str(figure_values(entry)[0]["disbursed"]) == "2303.00"


def test_a_baht_word_ocr_read_as_capital_latin_letters_still_closes_its_amount():
    """"บาท" read as "UM" (as well as "um"): the expense line and the budget
    clause still read their amounts."""
    result = parse_entries(_lines(
        "รายงานครั้งที่ ๒ :: ๑๑/๓/๒๕๖๓ : ยังไม่ได้ดำเนินกิจกรรมตามแผน",
        "ค่าอาหารกลางวัน ๒๐ คน % ๕๐ UM = ๑,๐๐๐ UM",
        ":: ความก้าวหน้าของงานฯ = ๑๐.๐๐ % : งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๑,๐๐๐.- UM :",
        "เป็นไปตามแผน : เป็นไปตามเป้าหมาย"))
    entry = result.entries[2]
    assert [(x.item, x.quantity, x.each, x.amount) for x in entry.expenses] == [
        ("ค่าอาหารกลางวัน", "๒๐", "๕๐", "๑,๐๐๐")]
    assert str(figure_values(entry)[0]["disbursed"]) == "1000.00"
    assert entry.description == "ยังไม่ได้ดำเนินกิจกรรมตามแผน"


def test_a_table_read_column_by_column_on_few_lines_gives_each_date_cell_to_its_entry():
    """The table read column by column (all headers, then all "date :
    description" cells, then the figures, then the flags) on a form printed
    on few lines (a fresh set's few_lines): each date cell stands after the
    previous cell's text, the first after the last header; each opens its
    entry's cell in turn."""
    result = parse_entries(_lines(
        "รายงานครั้งที่ ๑ รายงานครั้งที่ 2 รายงานครั้งที่ ๓ ๒๐๒๓-๑๑-๒๕ :",
        "ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดหัวข้อดำเนินงาน 2024-1-11 : ประชุมผู้บริหาร",
        "เพื่อกำหนดวันจัดสัมมนา ๒๐๒๔-๒-๒ : เวียนแจ้งประชาสัมพันธ์",
        "ความก้าวหน้าของงานฯ = 9 งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = 0 บาท ความก้าวหน้าของงานฯ = ๒๕",
        "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท ความก้าวหน้าของงานฯ = ๓๕ งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0 บาท",
        "เป็นไปตามแผน : เป็นไปตามเป้าหมาย เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
        "ไม่เป็นไปตามแผน : เป็นไปตามเป้าหมาย"))
    entries = result.entries
    assert [entries[n].date.isoformat() for n in (1, 2, 3)] == ["2023-11-25", "2024-01-11", "2024-02-02"]
    assert entries[1].description == "ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดหัวข้อดำเนินงาน"
    assert entries[3].description == "เวียนแจ้งประชาสัมพันธ์"


def test_an_expense_item_a_wrap_cut_after_its_first_word_keeps_that_word():
    """"... ค่าวัสดุ" / "อุปกรณ์ = ๑๕,๑๐๐ บาท" (corpus 003 after OCR): the
    line with the figures continues the item the line above began."""
    result = parse_entries(_lines(
        "รายงานครั้งที่ ๖ :: ๑๐/๓/๒๕๖๓ : จัดซื้อวัสดุสำหรับกิจกรรม ค่าวัสดุ",
        "อุปกรณ์ = ๑๕,๑๐๐ บาท",
        ":: ความก้าวหน้าของงานฯ = ๖๐.๐๐ % : งบประมาณที่เบิกใช้ (ครั้งที่ ๖) = ๑๕,๑๐๐ บาท :",
        "เป็นไปตามแผน : เป็นไปตามเป้าหมาย"))
    entry = result.entries[6]
    assert [(x.item, x.amount) for x in entry.expenses] == [("ค่าวัสดุ อุปกรณ์", "๑๕,๑๐๐")]
    assert entry.description == "จัดซื้อวัสดุสำหรับกิจกรรม"


def test_a_speck_ocr_glued_after_an_expense_quantity_is_no_part_of_the_item():
    """"ค่าจัดทำเอกสาร ๑๕5» เล่ม x ..." (corpus 009 after OCR): the quantity
    keeps the speck (its reading is the repairs' and checks' to weigh), the
    item is the words before it."""
    line = "ค่าจัดทำเอกสาร ๑๕5» เล่ม x 50.00 บาท = ฒ,๓๐๐.๐๐ UM"
    from normalizers.numbers import thai_digits_to_arabic
    from parsers.bma_progress.clauses import expenses_in
    [(_, _, event)] = expenses_in(thai_digits_to_arabic(line), line, 1)
    assert (event.value.item, event.value.quantity, event.value.unit) == ("ค่าจัดทำเอกสาร", "๑๕5»", "เล่ม")


def test_a_budget_amount_with_a_thai_letter_ocr_wrote_for_a_digit_is_unreadable_not_its_first_digits():
    """"= ๕,ญ๒๐.- บาท" (๗ read as ญ, extra2 z010): one damaged token, not
    "๕," read as 5.00 with no issue."""
    result = parse_entries(_lines(
        "รายงานครั้งที่ ๔ :: ๓ มิ.ย. ๒๕๖๒ : ผลการดำเนินงานในเดือนนี้",
        ":: ความก้าวหน้าของงานฯ = ๕๒.๐๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๔) = ๕,ญ๒๐.- บาท : เป็นไปตามแผน"))
    entry = result.entries[4]
    assert entry.figures["budget"] == "5,ญ20.-"
    values, bad = figure_values(entry)
    assert "disbursed" not in values and [column for column, _, _ in bad] == ["disbursed"]


def test_a_table_read_by_columns_whose_last_header_lost_its_number_keeps_its_date_column():
    """Section 2 as a table OCR read column by column: the run of headers, the last one's number lost,
    so the date column's first cell reads onto it ("รายงานครั้งที่" / "๒๐๒๕-๑-1 : ..."); that date is
    the first report's, the table stays read by columns, and the flag column goes to the reports in
    order."""
    lines = ["รายงานครั้งที่ 1", "รายงานครั้งที่ 2", "รายงานครั้งที่ 3", "รายงานครั้งที่",
             "2025-1-1 : จัดทำโครงการเพื่อขออนุมัติ", "2025-2-21 : ประชุมคณะกรรมการ",
             "2025-3-3 : ดำเนินการจัดสัมมนา", "2025-4-8 : สรุปผลการดำเนินงาน",
             "งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.00", "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0.00",
             "งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0.00", "งบประมาณที่เบิกใช้ (ครั้งที่ 4) = 0.00",
             "เป็นไปตามแผน : เป็นไปตามเป้าหมาย", "ไม่เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
             "เป็นไปตามแผน : ไม่เป็นไปตามเป้าหมาย", "เป็นไปตามแผน : เป็นไปตามเป้าหมาย"]
    entries = parse_entries(_lines(*lines)).entries
    assert sorted(entries) == [1, 2, 3, 4]
    assert [entries[n].date.isoformat() for n in (1, 2, 3, 4)] == ["2025-01-01", "2025-02-21", "2025-03-03",
                                                                   "2025-04-08"]
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n]["on_plan"] for n in (1, 2, 3, 4)] == [True, False, True, True]
    assert [values[n]["on_target"] for n in (1, 2, 3, 4)] == [True, True, False, True]


def test_one_objective_opening_inside_a_wrapped_paragraph_of_unnumbered_objectives_is_cut_and_said():
    # corpus 010's OCR (objectives_unnumbered + one_line): two objectives open lines, their text wraps onto
    # lines that open none, and one opens inside a line ("(PLC) เพื่อให้..."): a paragraph the page wrapped
    from types import SimpleNamespace

    from parsers.bma_progress.read import _run_on_in_doubt
    from parsers.items import numbered_items, opens_purpose

    lines = _lines("เพื่อส่งเสริมและกระตุ้นให้ข้าราชการครู", "และบุคลากรทางการศึกษาได้แสดงศักยภาพ",
                   "เพื่อเป็นต้นแบบให้กับข้าราชการครูได้ศึกษาและเรียนรู้วัฒนธรรม",
                   "ชุมชนแห่งการเรียนรู้ทางวิชาชีพ (PLC) เพื่อให้เครือข่ายโรงเรียนมี", "เวทีแสดงผลงานเชิงวิชาการ")
    out = SimpleNamespace(issues=[])
    items, _ = numbered_items(_run_on_in_doubt(lines, out), opens=opens_purpose)
    assert [i.text.split()[0] for i in items] == ["เพื่อส่งเสริมและกระตุ้นให้ข้าราชการครู",
                                                "เพื่อเป็นต้นแบบให้กับข้าราชการครูได้ศึกษาและเรียนรู้วัฒนธรรม",
                                                "เพื่อให้เครือข่ายโรงเรียนมี"]
    assert {i.code for i in out.issues} == {"items_cut_in_doubt"}


def test_a_header_whose_number_ocr_lost_before_the_date_takes_its_place_and_the_day_stays_the_date_s():
    # "รายงานครั้งที่ ๔ ๒๐/๑/๒๕๖๕" read without its number: "๒๐" is the date's day (its month and year follow),
    # not report 20; the header's number is its place after report 3
    from parsers.bma_progress.entries import parse_entries

    lines = _lines("รายงานครั้งที่ 3 ๓ ธันวาคม 2564 : อยู่ระหว่างขั้นตอน ความก้าวหน้าของงานฯ = 12",
                   "งบประมาณที่เบิกใช้ (ครั้งที่ ๓) = ๐ บาท เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
                   "รายงานครั้งที่ ๒๐/๑/๒๕๖๕ : อยู่ระหว่างการเตรียมจัดทำคำสั่ง ความก้าวหน้าของงานฯ = ๑๓",
                   "งบประมาณที่เบิกใช้ (ครั้งที่ ๔) = 0 บาท เป็นไปตามแผน : เป็นไปตามเป้าหมาย")
    entries = parse_entries(lines).entries
    assert sorted(entries) == [3, 4]
    assert entries[4].date.isoformat() == "2022-01-20"


def test_a_budget_clause_tail_behind_the_flag_cells_words_is_no_expense_line():
    # a woven row: "งบประมาณที่เบิกใช้ เป็นไปตาม เป็นไปตาม" / "(ครั้งที่ ฒ) = ๐.๐๐ บาท แผน เป้าหมาย" (held-out
    # h004): the clause's tail after the flag cells' words named no expense "เป็นไปตาม (ครั้งที่ ฒ)" of 0 baht
    from parsers.bma_progress.clauses import expenses_in
    from normalizers.numbers import thai_digits_to_arabic

    for text in ("เป็นไปตาม (ครั้งที่ ฒ) = ๐.๐๐ บาท", "เป็นไปตาม เป็นไปตาม (ครั้งที่ ก =0 บาท"):
        assert expenses_in(thai_digits_to_arabic(text), text, 1) == []
    # an item that names a time of its own is still an expense
    text = "ค่าอาหาร (ครั้งที่ 2) = 1,500 บาท"
    assert [e.value.item for _, _, e in expenses_in(text, text, 1)] == ["ค่าอาหาร (ครั้งที่ 2)"]


def test_a_unit_amount_whose_first_digit_ocr_read_as_a_letter_is_unreadable_not_the_digits_after_it():
    # "ค่าตอบแทนวิทยากร ๕ ชั่วโมง % อ๐๐ บาท = 3000 บาท" (held-out h016: ๖๐๐ with ๖ read as อ and ๆ ละ as %):
    # read as ๐๐ the unit amount was 0, and a baht-sign repair then cut the amount to 0 to match it
    from parsers.bma_progress.clauses import expenses_in
    from parsers.bma_progress.entries import expense_values
    from normalizers.numbers import thai_digits_to_arabic

    text = "ค่าตอบแทนวิทยากร ๕ ชั่วโมง % อ๐๐ บาท = 3000 บาท"
    (_, _, event), = expenses_in(thai_digits_to_arabic(text), text, 1)
    values, bad = expense_values(event.value)
    assert values["unit_amount"] is None and bad == ["unit_amount"]
    assert str(values["amount"]) == "3000.00" and str(values["quantity"]) == "5.00"


def test_an_expense_line_read_in_fewer_copies_than_its_report_whose_lines_do_not_add_up_is_said():
    # corpus 012: one of four copies read a wrapped line again as a fourth line of report 6, far below its entry
    from decimal import Decimal
    from parsers.bma_progress.rows import check_figures, lines_in_fewer_copies
    from schemas.document import Merged, Reading
    lines = {(6, 1): Decimal("24000"), (6, 2): Decimal("12000"), (6, 3): Decimal("22080"), (6, 4): Decimal("22080")}
    merged = Merged(tables={"expenses": {k: {"amount": Reading(v, str(v), 1, 1)} for k, v in lines.items()}},
                    n_copies={"expenses": {(6, 1): 4, (6, 2): 4, (6, 3): 4, (6, 4): 1}, "progress_reports": {6: 4}},
                    issues=[], votes={}, total_copies=4,
                    spans={"expenses": {(6, 1): (134, 134), (6, 2): (135, 135), (6, 3): (137, 137), (6, 4): (606, 608)}})
    reports = {6: {"disbursed": Reading(Decimal("58080"), "58,080", 131, 142)}}

    def said():
        # (with the project's budget spent, so the check goes on past the expense lines to the project's sums)
        return [i for i in check_figures(reports, {6: list(lines.values())}, {"budget_spent": Decimal("58080")},
                                         thin=lines_in_fewer_copies(merged)) if i.field == "expenses"]

    (issue,) = said()
    assert (issue.field, issue.line_start, issue.line_end) == ("expenses", 606, 608)
    assert "line 4 of report 6" in issue.message and "1 of the 4 copies" in issue.message
    # the lines add up without it: a line one copy lacks is no doubt by itself
    reports[6]["disbursed"] = Reading(Decimal("80160"), "80,160", 131, 142)
    assert said() == []


# A table read column by column (extra2 z014): the headers, then the date column, whose second
# cell OCR read with a speck before its separator ("๒๐๒๕-๒-๒๑» :").  The cell is still a date
# cell: without it, report 1's block swallowed report 2's text and every block after was a
# report early.
_COLUMNS_SPECK = (
    "รายงานครั้งที่ ๑",
    "รายงานครั้งที่ ๒",
    "รายงานครั้งที่ ๓",
    "๒๐๒๕-๑-๑ : จัดทำโครงการเพื่อขออนุมัติ",
    "๒๐๒๕-๒-๒๑» : ยังไม่สามารถดำเนินการประชุมคณะกรรมการ",
    "๒๐๒๕-๓-๓ : ได้ดำเนินการประชุมคณะกรรมการ",
)


def test_a_speck_before_a_date_cells_separator_leaves_it_a_date_cell():
    events = events_of(_lines("๒๐๒๕-๒-๒๑» : ยังไม่สามารถดำเนินการ")[0])
    assert [e.kind for e in events] == ["date", "text"]
    assert events[0].value.day == 21 and events[1].text == "ยังไม่สามารถดำเนินการ"
    entries = parse_entries(_lines(*_COLUMNS_SPECK)).entries
    assert [entries[n].description for n in (1, 2, 3)] == [
        "จัดทำโครงการเพื่อขออนุมัติ", "ยังไม่สามารถดำเนินการประชุมคณะกรรมการ", "ได้ดำเนินการประชุมคณะกรรมการ"]
    assert [entries[n].date.month for n in (1, 2, 3)] == [1, 2, 3]


# A table whose first row OCR read across (its header, a date cell it damaged past reading, its
# description), then the number column's other headers one after the other, then the date column
# from report 2 on (extra x019).  Report 1's date cell is read: the column's first block is report
# 2's, not report 1's (which took it, and every block after went a report early).
_FIRST_ROW_ACROSS = (
    "รายงานครั้งที่ ๑ :: ๑๐/๑๐/2๕๒อ3 : จัดเตรียมข้อมูล/จัดทำโครงการ",
    "รายงานครั้งที่ 2",
    "รายงานครั้งที่ ๓",
    "๑๕/๑๑/๒๕๖๓ : อยู่ระหว่างการเตรียมจัดทำคำสั่ง",
    "3/12/2563 : อยู่ระหว่างขั้นตอนพิจารณาเกณฑ์",
)


def test_a_first_row_read_across_keeps_its_place_before_the_date_column():
    entries = parse_entries(_lines(*_FIRST_ROW_ACROSS)).entries
    assert entries[1].date is None and entries[1].date_text.startswith("๑๐/๑๐")
    assert entries[1].description == "จัดเตรียมข้อมูล/จัดทำโครงการ"
    assert entries[2].description == "อยู่ระหว่างการเตรียมจัดทำคำสั่ง" and entries[2].date.month == 11
    assert entries[3].description == "อยู่ระหว่างขั้นตอนพิจารณาเกณฑ์" and entries[3].date.month == 12


# A table read column by column whose date column holds a cell with its day's digit read as a Thai
# letter ("ฒ/๑๑/๒๕๒๕ :", ๗ read as ฒ; extra3 w009): a date cell OCR damaged, which opens report 2's
# block, not text of report 1's.
def test_a_date_cell_whose_day_ocr_read_as_a_thai_letter_opens_its_block():
    entries = parse_entries(_lines("รายงานครั้งที่ ๑", "รายงานครั้งที่ ๒", "รายงานครั้งที่ ๓",
                                   "๑๓/๑๐/๒๕๖๔ : ประชุมเพื่อกำหนดหัวข้อ",
                                   "ฒ/๑๑/๒๕๒๕ : ประชุมเพื่อกำหนดวันจัดสัมมนา",
                                   "๖/๑๒/๒๕๖๔ : ได้รับการอนุมัติโครงการ")).entries
    assert [entries[n].description for n in (1, 2, 3)] == [
        "ประชุมเพื่อกำหนดหัวข้อ", "ประชุมเพื่อกำหนดวันจัดสัมมนา", "ได้รับการอนุมัติโครงการ"]
    assert entries[2].date is None and entries[2].date_text == "ฒ/๑๑/๒๕๒๕"


# A table read column by column, its last line after the flag column the signature's dotted line OCR
# read as letters (corpus 005): no clause, date or header follows it, so it is the section's tail, no
# date cell's text (left, and said).  Text after the flag column that more of the table follows is the
# open cell's, a page break having carried it on (corpus 014).
_COLUMNS_THEN_TAIL = (
    "รายงานครั้งที่ ๑",
    "รายงานครั้งที่ ๒",
    "รายงานครั้งที่ ๓",
    "๓๐/๔/๒๕๖๒ : อยู่ระหว่างการเตรียมจัดทำคำสั่ง",
    "๒๙/๖/๒๕๖๒ : จัดทำโครงการเพื่อขออนุมัติ",
    "๔/๙/๒๕๖๒ : จัดเตรียมข้อมูล/จัดทำโครงการ",
    "ความก้าวหน้าของงานฯ = ๑๕.๐๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐ บาท",
    "ความก้าวหน้าของงานฯ = ๑๗.๕๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๐ บาท",
    "ความก้าวหน้าของงานฯ = ๒๐.๐๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๓) = ๐ บาท",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
)


def test_text_after_the_flag_column_at_the_sections_end_is_no_date_cells():
    result = parse_entries(_lines(*_COLUMNS_THEN_TAIL, "PIV oe cee eee eee"))
    assert result.entries[3].description == "จัดเตรียมข้อมูล/จัดทำโครงการ"
    assert [ln.text for ln in result.preamble] == ["PIV oe cee eee eee"]
    # more of the table after it: the open cell's after all
    lines = _lines(*_COLUMNS_THEN_TAIL[:11], "และสรุปผล", _COLUMNS_THEN_TAIL[11])
    result = parse_entries(lines)
    assert result.entries[3].description == "จัดเตรียมข้อมูล/จัดทำโครงการ และสรุปผล"
    assert not result.preamble


# Entries run on in one paragraph whose header numbers OCR garbled into a token the header's
# separators follow (corpus 038): "ต๓ ::" (a letter before the ๓), "a: ๒๒ มิ.ย." (one colon, then
# the date).  Each is a header whose number is unreadable, numbered by its place and said; it was
# text of the entry before, which took its description while every entry after went a report early.
_GARBLED_NUMBERS = (
    "รายงานครั้งที่ ๑ :: ๒๓ ต.ค. ๒๕๖๕ : อยู่ระหว่างการเตรียมจัดทำคำสั่ง :: ความก้าวหน้าของงานฯ = ๕.๐% :",
    "งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ฿๐ : เป็นไปตามแผน : เป็นไปตามเป้าหมาย รายงานครั้งที่ ต๓ :: ๑๐ ธ.ค. ๒๕๖๕ :",
    "อยู่ระหว่างติดต่อประสานงาน :: ความก้าวหน้าของงานฯ = ๑๒.๐% : งบประมาณที่เบิกใช้ (ครั้งที่ ๒) =",
    "฿๐ : เป็นไปตามแผน : เป็นไปตามเป้าหมาย รายงานครังที",
    "a: ๒๒ ม.ค. ๒๕๖๖ : ได้ดำเนินการอบรม :: ความก้าวหน้าของงานฯ = ๓๑.๐% : งบประมาณที่เบิกใช้",
    "(ครั้งที่ ๓) = ฿๐ : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
)


def test_a_header_number_ocr_garbled_before_the_headers_separators_opens_its_entry():
    result = parse_entries(_lines(*_GARBLED_NUMBERS))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert [entries[n].description for n in (1, 2, 3)] == [
        "อยู่ระหว่างการเตรียมจัดทำคำสั่ง", "อยู่ระหว่างติดต่อประสานงาน", "ได้ดำเนินการอบรม"]
    assert [entries[n].date.month for n in (1, 2, 3)] == [10, 12, 1]
    repaired = [i for i in result.issues if i.code == "value_repaired" and i.field == "progress_reports.seq"]
    assert [i.line_start for i in repaired] == [2, 4]


def test_a_disbursement_its_expense_lines_do_not_add_up_to_is_said_as_in_doubt():
    # extra3 w016: "= ๒ ๕00.- บาท" (2,800 with ๘ read as ๕ and its comma as a space) under lines of 2,800:
    # either side may be misread, so the disbursement is named as well as the lines
    from decimal import Decimal
    from parsers.bma_progress.rows import check_figures
    from schemas.document import Reading
    events = events_of(_lines("งบประมาณที่เบิกใช้ (ครั้งที ๔) = ๒ ๕00.- บาท เป็นไปตามแผน :")[0])
    assert [(e.kind, e.value) for e in events][:1] == [("budget", "2,500.-")]
    reports = {4: {"disbursed": Reading(Decimal("2500"), "๒ ๕00.-", 10, 12)}}
    found = {(i.code, i.field) for i in check_figures(reports, {4: [Decimal("2800")]}, {}) if i.code != "missing_value"}
    assert found == {("expense_sum_mismatch", "expenses.amount"), ("expense_sum_mismatch", "progress_reports.disbursed")}


# Entries one after the other, report 2's header OCR read as Latin letters ("TWIMATIN ©") and report
# 3's number unreadable (extra3 w016; corpus 015 loses a header to a page break the same way).  Report
# 1's header is dated and two entries' clauses follow it: a whole entry stands between, so the
# unreadable number is 3, not 2, and the clauses after report 1's flags open report 2, its date read
# from the slot after the header's remains.  Without it report 1 took report 2's text and the
# unreadable header became 2, every entry after a report early.
_LOST_HEADER = (
    "รายงานครั้งที่ ๑ ๒๐๒๑-๒-๑๗ : อยู่ระหว่างติดต่อประสานงานสถานที่ศึกษาดูงาน",
    "ความก้าวหน้าของงานฯ = ๒๓.๕% งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐.- บาท เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "TWIMATIN © ๒๐๒๑-๓-๒๘ : อยู่ระหว่างการเตรียมกิจกรรมสัปดาห์ห้องสมุด",
    "ความก้าวหน้าของงานฯ = ๒๓.๕% งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๐.- บาท เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "รายงานครั้งที่ ฒซ ]ไ๒๐๒๑-๕“๒๕ : อยู่ระหว่างการดำเนินการ ดังนี้",
    "ความก้าวหน้าของงานฯ = ๒๕.๕% งบประมาณที่เบิกใช้ (ครั้งที่ ๓) = ๐.- บาท เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "รายงานครั้งที่ ๔ ๒๐๒๑-๖-๑๔ : เวียนแจ้งประชาสัมพันธ์",
    "ความก้าวหน้าของงานฯ = ๒๖.๕% งบประมาณที่เบิกใช้ (ครั้งที่ ๔) = ๐.- บาท เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
)


def test_an_entry_whose_header_ocr_lost_keeps_its_place_before_an_unreadable_number():
    result = parse_entries(_lines(*_LOST_HEADER))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3, 4]
    assert [entries[n].description for n in (1, 2, 3, 4)] == [
        "อยู่ระหว่างติดต่อประสานงานสถานที่ศึกษาดูงาน", "อยู่ระหว่างการเตรียมกิจกรรมสัปดาห์ห้องสมุด",
        "อยู่ระหว่างการดำเนินการ ดังนี้", "เวียนแจ้งประชาสัมพันธ์"]
    assert entries[2].date is not None and entries[2].date.month == 3
    assert [figure_values(entries[n])[0]["progress_pct"] for n in (1, 2, 3, 4)] == [23.5, 23.5, 25.5, 26.5]
    codes = {(i.code, i.line_start) for i in result.issues}
    assert ("entry_header_missing", 3) in codes and ("value_repaired", 5) in codes


def test_an_undated_header_before_two_entries_clauses_leaves_the_numbers_as_they_were():
    # report 1's header has no date: the layout is in doubt (a table's cells), no entry is added
    lines = _lines("รายงานครั้งที่ ๑", *_LOST_HEADER[1:5])
    assert sorted(parse_entries(lines).entries) == [1, 2]


# A table read column by column whose number column OCR read with specks from the table's rules under
# each header ("2 4", "ย 4", "Ua"; extra3 w007, extra2 z013): the headers still run one after the other
# (column mode), the specks are no entry's text (left, and said).  They parted the headers, so each
# header but the first was read as text of report 1, its number as a false header's.
_COLUMN_SPECKS = (
    "รายงานครงท ๑", "2 4", "รายงานครงท ๒", "Ua", "รายงานครงท ๓", "ย 4",
    "๑๒ พฤศจิกายน ๒๕๖๖ : ประชุมผู้บริหารสถานศึกษา",
    "๑๕ ธันวาคม ๒๕๖๖ : อยู่ระหว่างการดำเนินการ",
    "๑ มกราคม ๒๕๖๗ : อยู่ระหว่างการเตรียมการอบรม",
)


def test_specks_under_the_headers_of_a_number_column_leave_it_a_column():
    result = parse_entries(_lines(*_COLUMN_SPECKS))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert [entries[n].description for n in (1, 2, 3)] == [
        "ประชุมผู้บริหารสถานศึกษา", "อยู่ระหว่างการดำเนินการ", "อยู่ระหว่างการเตรียมการอบรม"]
    assert [entries[n].date.month for n in (1, 2, 3)] == [11, 12, 1]
    assert any(i.code == "unplaced_text" and "2 4" in i.evidence for i in result.issues)
    # text after a header that a date opens is its entry's, however short ("2 4" is no speck there)
    rows = parse_entries(_lines("รายงานครั้งที่ ๑ :: ๑๒ พ.ย. ๒๕๖๖ : ประชุม", "2 4")).entries
    assert rows[1].description == "ประชุม 2 4"


# A table read column by column whose date blocks and figure clauses interleave, one clause naming
# report 0 ("(ครั้งที่ 0)", a digit OCR misread; corpus 013): no report has that number, so the block
# the clause follows is the entry after the group before's, as its figures are (and said).  The block
# opened a report 0 of its own, its report left without a date or description.
_NAMES_ZERO = (
    "รายงานครั้งที่ 1", "รายงานครั้งที่ 2", "รายงานครั้งที่ 3",
    ":: 23/11/2567 : จัดเตรียมข้อมูล",
    ":: ความก้าวหน้าของงานฯ = 5.00 % :", "งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.00 บาท",
    ":: 28/01/2568 : ประชุมผู้บริหาร",
    ":: ความก้าวหน้าของงานฯ = 28.00 % :", "งบประมาณที่เบิกใช้ (ครั้งที่ 0) = 0.00 บาท",
    ":: 06/02/2568 : ได้รับการอนุมัติโครงการ",
    ":: ความก้าวหน้าของงานฯ = 31.00 % :", "งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0.00 บาท",
)


def test_a_budget_clause_naming_report_0_gives_its_block_to_the_entry_in_its_place():
    result = parse_entries(_lines(*_NAMES_ZERO))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert [entries[n].description for n in (1, 2, 3)] == ["จัดเตรียมข้อมูล", "ประชุมผู้บริหาร", "ได้รับการอนุมัติโครงการ"]
    assert [figure_values(entries[n])[0]["progress_pct"] for n in (1, 2, 3)] == [5.0, 28.0, 31.0]
    assert any(i.code == "value_repaired" and "report 0" in i.message for i in result.issues)


# A table's number column with a header whose number OCR wrote as a Thai letter and nothing after it
# on its line ("รายงานครั้งที ซ" for ๗; extra x016): a header whose number is unreadable, so the column
# runs on unbroken (1 to 4 over four rows, each numbered by its place).  It was a false header, text
# that parted the column, and the number after it went a report early.
def test_a_number_column_header_whose_number_is_a_thai_lookalike_at_its_lines_end_keeps_the_column():
    lines = _lines("รายงานครั้งที ๑", "รายงานครั้งที ๒", "รายงานครั้งที ซ", "รายงานครั้งที ๔",
                   "๒๐ พ.ย. ๒๕๖๓ : อยู่ระหว่างขั้นตอน", "๑๒ ธ.ค. ๒๕๖๓ : ได้รับการอนุมัติโครงการ",
                   "๒๖ ม.ค. ๒๕๖๔ : อยู่ระหว่างการดำเนินการ", "๙ ก.พ. ๒๕๖๔ : จัดทำคำสั่งคณะกรรมการ")
    entries = parse_entries(lines).entries
    assert sorted(entries) == [1, 2, 3, 4]
    assert [entries[n].date.month for n in (1, 2, 3, 4)] == [11, 12, 1, 2]
    assert entries[3].description == "อยู่ระหว่างการดำเนินการ"


# Entries run on in one paragraph, a header's date cut by a line break after its day ("รายงานครั้งที่ ๓
# =: ๒๓" / "มีนาคม ๒๕๒ : จัดเตรียมข้อมูล"; corpus 022): the month on the next line goes on with the
# header's piece even where a cell gap (a tab) would open a piece of its own, so the date slot is the
# header's and the description starts after it.
def test_a_header_date_cut_after_its_day_by_a_line_break_stays_the_headers():
    lines = _lines("รายงานครั้งที่ ๒ :: ๑๙ ก.พ. ๒๕๖๗ : จัดทำคำสั่งคณะกรรมการ :: ความก้าวหน้าของงานฯ = ๑๐ :",
                   "งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ฿๐ : เป็นไปตามแผน : เป็นไปตามเป้าหมาย รายงานครั้งที่ ๓ =: ๒๓",
                   "มีนาคม ๒๕๒ : จัดเตรียมข้อมูล/จัดทำโครงการ ::\t: ความก้าวหน้าของงานฯ = ๒๐ :",
                   "งบประมาณที่เบิกใช้ (ครั้งที่ ๓) = ฿๐ : เป็นไปตามแผน : เป็นไปตามเป้าหมาย")
    entries = parse_entries(lines).entries
    assert entries[3].description == "จัดเตรียมข้อมูล/จัดทำโครงการ"
    assert entries[3].date is None and "มีนาคม" in entries[3].date_text


# An entries table OCR read column by column, each header cell wrapped so that its number stands alone
# under "รายงานครั้งที่" ("รายงานครั้งที่" / "๑" / "acl พฤษภาคม": extra4 t008): the header and its number are
# one piece, since a date's day and month (or a date) follow the number.  The lone "รายงานครั้งที่" was
# dropped as a column title and the number read as a figure, so report 1 was lost and report 2's header,
# out of sequence, read as text.  A title over a number column ("รายงานครั้งที่" / "๑" / "๒") stays one.
def test_a_header_whose_number_a_column_read_put_on_the_next_line_keeps_its_number():
    lines = _lines("รายงานครั้งที่", "๑", "acl พฤษภาคม", "๒๕๒๕", "ประชุมผู้บริหาร", "สถานศึกษาเพื่อ", "๑๕", "28",
                   "รายงานครงท ๒", "๓๐ มิ.ย. ๒๕๒๐๕", "อยู่ระหว่างการเตรียมการประชุมสัมมนา")
    entries = parse_entries(lines).entries
    assert sorted(entries) == [1, 2]
    assert "ประชุมผู้บริหาร" in entries[1].description
    assert "อยู่ระหว่างการเตรียมการประชุมสัมมนา" in entries[2].description
    column = parse_entries(_lines("รายงานครั้งที่", "๑", "๒", "๑๗ พฤษภาคม ๒๕๖๘ : ประชุม", "๒ มิ.ย. ๒๕๖๘ : จัดทำ")).entries
    assert sorted(column) == [1, 2] and column[1].date.month == 5 and column[2].date.month == 6


# Side-by-side tables, two entries to a table, that OCR read column by column down the page: the left
# columns of every table, then the right ones ("1 3 5 2 4 6"; extra4 t001).  The printed numbers, each of
# 1..6 once in that order, are right as printed, and said (entry_cell_in_doubt); read in order, each
# column's start broke the run and the entries were renumbered 1 3 4 5 6 ..., report 2 lost.  A run
# of two tables only ("1 3 2 4": two misreads may make it) is no grid; its "2" repeats nothing and the
# header after it goes on from 3, so it stands as printed.
def test_headers_of_side_by_side_tables_read_column_by_column_keep_their_printed_numbers():
    texts = [f"รายงานครั้งที่ {n} :: {d}/0{m}/2565 : {w}" for n, d, m, w in (
        (1, 11, 1, "จัดทำคำสั่ง"), (3, 13, 3, "จัดทำโครงการ"), (5, 12, 5, "อยู่ระหว่างขั้นตอน"),
        (2, 7, 2, "ได้รับการอนุมัติ"), (4, 16, 4, "เตรียมจัดทำ"), (6, 23, 6, "ติดต่อประสานงาน"))]
    texts.append("รายงานครั้งที่ 7 :: 20/07/2565 : สรุปผล")
    result = parse_entries(_lines(*texts))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3, 4, 5, 6, 7]
    assert [entries[n].description for n in (2, 4, 6)] == ["ได้รับการอนุมัติ", "เตรียมจัดทำ", "ติดต่อประสานงาน"]
    assert [entries[n].date.month for n in range(1, 8)] == [1, 2, 3, 4, 5, 6, 7]
    assert any(i.code == "entry_cell_in_doubt" and "1 3 5 2 4 6" in i.message for i in result.issues)
    short = parse_entries(_lines(*texts[:2], texts[3], "รายงานครั้งที่ 4 :: 16/04/2565 : เตรียมจัดทำ")).entries
    # no grid, but "2" repeats no number and the header after it goes on from 3: it stands as printed
    # (it was renumbered 4 before, report 2 lost and a report 5 added)
    assert sorted(short) == [1, 2, 3, 4] and short[2].date.month == 2


# The same tables, an odd count of reports, so the last table holds one entry: reports 1-2 read across, then
# tables 3-4, 5-6 and 7 read column by column ("3 5 7 4 6"; fresh s71a001).  The run spans three tables and ends
# the headers, so it is the grid and its numbers stand as printed (said); before, it was no grid (six headers
# asked), "5" was renumbered 4 and "4" renumbered 8, report 5 lost.  With a header after it that does not
# fill its short table, such a run is no grid.
def test_side_by_side_tables_read_column_by_column_whose_last_table_is_short_keep_their_printed_numbers():
    texts = [f"รายงานครั้งที่ {n} :: {d}/0{m}/2567 : {w}" for n, d, m, w in (
        (1, 6, 2, "ประชุมผู้บริหาร"), (2, 9, 3, "อยู่ระหว่างการเตรียม"), (3, 18, 4, "จัดทำโครงการ"),
        (5, 4, 6, "เวียนแจ้งประชาสัมพันธ์"), (7, 2, 9, "อยู่ระหว่างการดำเนินการ"), (4, 14, 5, "ได้รับการอนุมัติ"),
        (6, 26, 7, "อยู่ระหว่างการประชุม"))]
    result = parse_entries(_lines(*texts))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3, 4, 5, 6, 7]
    assert [entries[n].description for n in (4, 5, 7)] == ["ได้รับการอนุมัติ", "เวียนแจ้งประชาสัมพันธ์",
                                                           "อยู่ระหว่างการดำเนินการ"]
    assert [entries[n].date.month for n in range(1, 8)] == [2, 3, 4, 5, 6, 7, 9]
    assert any(i.code == "entry_cell_in_doubt" and "(printed 3 5 7 4 6)" in i.message for i in result.issues)
    # a header after the run that does not fill its last table ("9", not 8): that table is no form's last
    later = parse_entries(_lines(*texts, "รายงานครั้งที่ 9 :: 20/09/2567 : สรุปผล"))
    assert not any("(printed 3 5 7 4 6" in i.message for i in later.issues)


def test_a_progress_whose_decimal_point_ends_its_line_reads_no_percentage():
    """'= 25.' at a line's end: OCR lost the digit after the point (25.5 printed); read as 25.0 it was a
    wrong value no issue named.  The token keeps its point and reads no percentage (None, left to the
    progress-order repair or said); a point that a digit or a percent sign follows is read as before."""
    entries = parse_entries(_lines(
        "รายงานครั้งที่ 1 :: 2019-7-2 : ดำเนินการอบรมแกนนำนักเรียน ความก้าวหน้าของงานฯ = 25.",
        "งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 2,175.00 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
        "รายงานครั้งที่ 2 :: 2019-8-30 : ดำเนินการต่อ ความก้าวหน้าของงานฯ = 28.5 %",
        "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    )).entries
    assert str(entries[1].figures["progress"]) == "25."
    assert figure_values(entries[1])[0]["progress_pct"] is None
    assert figure_values(entries[2])[0]["progress_pct"] == 28.5


def test_an_expense_item_before_a_separator_ocr_doubled_keeps_no_separator():
    """'ค่าอาหารฯ = = 13,000.- บาท': the figures open at the second '='; the first is no part of the item."""
    from parsers.bma_progress.clauses import expenses_in
    src = "จัดทำคำสั่งคณะกรรมการ ค่าอาหารฯ = = 13,000.- บาท"
    (_, _, event), = expenses_in(src, src, 1)
    assert event.value.item == "ค่าอาหารฯ"


def test_a_quantity_whose_first_thai_digit_ocr_read_as_a_letter_is_no_part_of_the_item():
    # corpus 010 "ค่าเกียรติบัตร อ๑๒ ใบ x 20.00 บาท" (๖๖ read อ๑๒), held-out h016 "ค่าอาหาร ฒ๓ คน" (๗ read ฒ): the
    # quantity keeps its look-alike (its reading is in doubt, and said), the item ends before it
    from parsers.bma_progress.clauses import expenses_in
    from normalizers.numbers import thai_digits_to_arabic
    for text, item, quantity in (("ค่าเกียรติบัตร อ๑๒ ใบ x 20.00 บาท = ๑,๓2๐.๐๐ บาท", "ค่าเกียรติบัตร", "อ๑๒"),
                                 ("ค่าอาหาร ฒ๓ คน % ๒๕๐ บาท = ๑๑,๕๐๐ บาท", "ค่าอาหาร", "ฒ๓"),
                                 ("ค่าวัสดุ ๑,๒๐๐ ชิ้น x ๒ บาท = ๒,๔๐๐ บาท", "ค่าวัสดุ", "๑,๒๐๐")):
        (found,) = expenses_in(thai_digits_to_arabic(text), text, 1)
        assert (found[2].value.item, found[2].value.quantity) == (item, quantity)


def test_a_budget_clause_amount_glued_to_the_unit_ocr_read_as_um_is_the_amount():
    # corpus 020 "งบประมาณที่เบิกใช้ (  (Asan 1)=Oum:" for "= ๐ บาท": the amount ("O", ๐'s look-alike) and the
    # unit OCR read as "um" with no space between; a Latin word after an amount is still no amount ("= 0ab")
    from parsers.bma_progress.clauses import budget_amount
    events = events_of(_lines("งบประมาณที่เบิกใช้ (  (Asan 1)=Oum: เป็นไปตามแผน")[0])
    assert [(e.kind, e.value) for e in events] == [("budget", "O"), ("plan", True)]
    assert budget_amount("งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0um") == "0"
    assert budget_amount("งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0ab") is None


def test_a_progress_figure_a_cell_gap_parted_from_its_words_is_the_progress():
    """A table read row by row (held-out h004): "ความก้าวหน้าของงานฯ =" ends its
    cell's line, its figure "๑๓.๕๐ %" stands on the next line; unwoven, the
    two stand as texts of their own, the figure first: it ran into the
    description and the progress was lost."""
    result = parse_entries(_lines(
        "รายงานครั้งที่ ๒ :: ๓๑ ธ.ค. ๒๕๖๔ : ได้รับการอนุมัติโครงการ",
        "โดยผ่านเขต",
        "๑๓.๕๐ %",
        "ความก้าวหน้าของงานฯ =",
        "งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๐.๐๐ บาท",
        "เป็นไปตามแผน : เป็นไปตามเป้าหมาย"))
    entry = result.entries[2]
    assert figure_values(entry)[0]["progress_pct"] == 13.5
    assert entry.description == "ได้รับการอนุมัติโครงการ โดยผ่านเขต"


def test_a_number_with_a_percent_sign_away_from_the_progress_words_stays_text():
    """Only a figure right next to the progress words, alone with its sign,
    is taken: the clause read whole keeps its own figure."""
    result = parse_entries(_lines(
        "รายงานครั้งที่ ๒ :: ๓๑ ธ.ค. ๒๕๖๔ : ได้รับการอนุมัติโครงการ",
        "๕๐ %",
        "ความก้าวหน้าของงานฯ = ๑๓.๕๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๐.๐๐ บาท",
        "เป็นไปตามแผน : เป็นไปตามเป้าหมาย"))
    assert figure_values(result.entries[2])[0]["progress_pct"] == 13.5


def test_a_disbursement_its_lines_and_the_budget_spent_agree_on_is_repaired_and_the_lost_ones_are_nothing():
    # corpus 026 as OCR read it: report 12's "3๗,800" read "3๓800" (33,800; its lines add up to 37,800) and the
    # amounts of reports 4 and 8 lost ("um", "ou"); the budget spent 37,800 less the others' 0 is what the lines add
    # up to: 37,800 (a reading of "3๓800"), said; nothing is left for reports 4 and 8 (0, said)
    from pathlib import Path

    from pipeline.stages import process_document

    path = Path(__file__).resolve().parent / "corpus" / "clean" / "bma_progress_026.txt"
    text = (path.read_text(encoding="utf-8").replace("(ครั้งที่ 12) = 3๗,800 บาท", "(ครั้งที่ 12) = 3๓800 บาท")
            .replace("(ครั้งที่ 4) = 0 บาท", "(ครั้งที่ 4) = um").replace("(ครั้งที่ 8) = ๐ บาท", "(ครั้งที่ 8) = ou"))
    rows = process_document("026.txt", text.encode())
    paid = {r["seq"]: r["disbursed"] for r in rows["progress_reports"]}
    assert paid[12] == Decimal("37800.00") and paid[4] == Decimal("0.00") and paid[8] == Decimal("0.00")
    said = {i["line_start"] for i in rows["issues"]
            if i["code"] == "value_repaired" and i["field"] == "progress_reports.disbursed"}
    assert len(said) == 3


def test_a_budget_clause_whose_equals_sign_ocr_read_as_a_dash_reads_its_amount_on_the_next_line():
    """"(ครั้งที 2) -" / "0.00 บาท" (corpus 029 report 2): the "=" read as a
    dash ended the clause there, and the amount the wrap carried off was lost."""
    result = parse_entries(_lines(
        "รายงานครั้งที 2 2024-1-28 : ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดวันจัด",
        "สัมมนา     ความก้าวหน้าของงานฯ = 23.00% งบประมาณทีเบิกใช้ (ครั้งที 2) -",
        "0.00 บาท เป็นไปตามแผน : เป็นไปตามเป้าหมาย"))
    entry = result.entries[2]
    assert str(figure_values(entry)[0]["disbursed"]) == "0.00"
    assert entry.description == "ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดวันจัด สัมมนา"


def test_expense_lines_whose_sign_the_sum_proves_lose_the_digit_ocr_read_for_it():
    # corpus 038: "ค่าเช่ารถโดยสาร จำนวน ๑ คันๆ ละ ฿๓,๕๐๐ เป็นเงิน ฿๓,๕๐๐" read with each ฿ as an Arabic 8, the
    # entry's disbursement read ฿๓,๕๐๐ (its sign already dropped): the lines add up only without the 8
    from decimal import Decimal
    from parsers.bma_progress.repairs import _expense_sum, _line_signs
    from schemas.document import Reading

    def entry(total, *lines):
        report = {"disbursed": Reading(Decimal(total[1]), f"งบประมาณที่เบิกใช้ (ครั้งที่ 7) = {total[0]}", 9, 9)}
        recs = [{"quantity": Reading(Decimal(q), q, 10 + n, 10 + n),
                 "unit_amount": Reading(Decimal(each[1]), each[0], 10 + n, 10 + n),
                 "amount": Reading(Decimal(amount[1]), amount[0], 10 + n, 10 + n)}
                for n, (q, each, amount) in enumerate(lines)]
        return report, recs

    # Thai digits after the sign: kept as printed without it, in doubt (๓ may be ๗ in both)
    report, lines = entry(("8๓,๕๐๐", "3500"), ("1", ("8๓,๕๐๐", "83500"), ("8๓,๕๐๐", "83500")))
    issues = _expense_sum(report, lines, "k", 7)
    assert (lines[0]["unit_amount"].value, lines[0]["amount"].value) == (Decimal("3500"), Decimal("3500"))
    assert sorted((i.code, i.field) for i in issues) == [("repair_ambiguous", "expenses.amount"),
                                                          ("repair_ambiguous", "expenses.unit_amount")]
    # Arabic digits on both sides are read as printed: the sum pins them, the repair is said
    report, lines = entry(("3,500", "3500"), ("2", ("1,000", "1000"), ("2,000", "2000")),
                          ("1", ("81,500", "81500"), ("81,500", "81500")))
    issues = _expense_sum(report, lines, "k", 7)
    assert [r["amount"].value for r in lines] == [Decimal("2000"), Decimal("1500")]
    assert {(i.code, i.field) for i in issues} == {("value_repaired", "expenses.amount"),
                                                   ("value_repaired", "expenses.unit_amount")}
    # a leading ๓ whose rest opens with a zero is a digit, not a sign ("๓๐๐๐" is 3,000, never ฿0)
    report, lines = entry(("0", "0"), ("1", ("๓๐๐๐", "3000"), ("๓๐๐๐", "3000")))
    assert _line_signs(report["disbursed"], lines, "k", "report 7") is None
    # two lines, either of which may lose its sign to make the sum: none is chosen here
    report, lines = entry(("85,000", "85000"), ("1", ("80,000", "80000"), ("85,000", "85000")),
                          ("1", ("85,000", "85000"), ("85,000", "85000")))
    _expense_sum(report, lines, "k", 7)
    assert [r["amount"].value for r in lines] == [Decimal("85000"), Decimal("85000")]


def test_disbursements_that_add_up_with_several_choices_of_signs_take_the_one_that_drops_every_sign():
    # fresh generated set (amount_baht_sign): "฿0, ฿4,400, ฿0, ฿8,200, ฿0, ฿13,400" and a budget spent of ฿26,000
    # read "80, 84,400, 80, 88,200, BO, 813,400" and "826,000": dropping every leading 8 adds up, and so does
    # keeping those of 813,400 and 826,000; a form prints its sign before all its amounts or none, so the choice
    # that drops every one is read (and said), where before none was chosen and the amounts stayed as read
    from decimal import Decimal
    from parsers.bma_progress.repairs import repair_amounts
    from schemas.document import Reading

    def records(spent, *amounts):
        project = {"budget_spent": Reading(Decimal(spent[1]), spent[0], 10, 10)}
        reports = {n: {"disbursed": Reading(Decimal(value), f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {printed}", 10 * n, 10 * n)}
                   for n, (printed, value) in enumerate(amounts, start=1)}
        return project, reports

    parts = (("80", "80"), ("84,400", "84400"), ("80", "80"), ("88,200", "88200"), ("BO", "0"), ("813,400", "813400"))
    project, reports = records(("826,000", "826000"), *parts)
    found = repair_amounts(project, reports, {}, "k")
    assert [reports[n]["disbursed"].value for n in range(1, 7)] == [0, 4400, 0, 8200, 0, 13400]
    assert project["budget_spent"].value == Decimal("26000")
    assert sorted((i.code, i.field) for i in found) == sorted(
        [("value_repaired", "progress_reports.disbursed")] * 5 + [("value_repaired", "projects.budget_spent")])
    # a choice that keeps one leading 8 where another sign character stands unread is no uniform one: with the
    # budget spent printed without one ("26,000" read as such) only dropping every sign adds up, as before
    project, reports = records(("26,000", "26000"), *parts)
    repair_amounts(project, reports, {}, "k")
    assert reports[6]["disbursed"].value == Decimal("13400")
    # several choices, none dropping every sign (800 keeps its 8 in each): nothing chosen, each said
    project, reports = records(("826,800", "826800"), ("813,000", "813000"), ("813,000", "813000"), ("800", "800"))
    found = repair_amounts(project, reports, {}, "k")
    assert found and {i.code for i in found} == {"repair_ambiguous"}
    assert reports[1]["disbursed"].value == Decimal("813000")


def test_disbursements_that_add_up_several_ways_take_the_uniform_signs_when_every_amount_opens_with_one():
    # a form that prints ฿ before every amount, its sign read as an 8 throughout and never as a sign ("฿๐" read
    # "8๐", "฿๕,๕๐๐" read "8๕,๕๐๐"; the generator's amount_baht_sign): the sum holds with the three 8๐ dropped
    # and the budget spent kept, and with every leading 8 dropped.  Every amount the project prints opening with
    # one (its disbursements, budget spent and allocated: four or more) is the sign's trace, as a sign read as
    # one elsewhere is: the uniform choice is read, its digits left in doubt (before, none was chosen and each
    # ฿0 stayed 80)
    from decimal import Decimal
    from parsers.bma_progress.repairs import repair_amounts
    from schemas.document import Reading

    def records(spent, allocated, *amounts):
        project = {"budget_spent": Reading(Decimal(spent[1]), spent[0], 10, 10)}
        if allocated is not None:
            project["budget_allocated"] = Reading(Decimal(allocated[1]), allocated[0], 9, 9)
        reports = {n: {"disbursed": Reading(Decimal(value), f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {printed}", 10 * n, 10 * n)}
                   for n, (printed, value) in enumerate(amounts, start=1)}
        return project, reports

    parts = (("8๐", "80"), ("8๐", "80"), ("8๐", "80"), ("8๕,๕๐๐", "85500"))
    project, reports = records(("8๕,๕๐๐", "85500"), ("8๙,๓๐๐", "89300"), *parts)
    found = repair_amounts(project, reports, {}, "k")
    assert [reports[n]["disbursed"].value for n in range(1, 5)] == [0, 0, 0, 5500]
    assert project["budget_spent"].value == Decimal("5500")
    assert found and {i.code for i in found} == {"repair_ambiguous"}
    # the allocation, opening with the same 8, loses it too (in doubt: Thai digits follow)
    assert project["budget_allocated"].value == Decimal("9300")
    assert [i.field for i in found].count("projects.budget_allocated") == 1
    # the allocation opens with another digit: the 8s may be digits, nothing chosen (as before)
    project, reports = records(("8๕,๕๐๐", "85500"), ("๙,๓๐๐", "9300"), *parts)
    found = repair_amounts(project, reports, {}, "k")
    assert [reports[n]["disbursed"].value for n in range(1, 5)] == [80, 80, 80, 85500]
    assert found and {i.code for i in found} == {"repair_ambiguous"}
    # three amounts in all are too few to show a sign: nothing chosen
    project, reports = records(("8๕,๕๐๐", "85500"), None, ("8๐", "80"), ("8๕,๕๐๐", "85500"))
    repair_amounts(project, reports, {}, "k")
    assert [reports[n]["disbursed"].value for n in range(1, 3)] == [80, 85500]
    # no choice of signs adds up (the budget spent's ๔ read as ๕, "฿๑๔,๕๙๐" read "8๑๕,๕๙๐"), every amount opening
    # with an 8 (an allocation printed in millions with its unit carries no sign, and is left out): every such 8
    # is the sign, dropped, and each amount left in doubt, kept as printed without it
    parts = (("8๐", "80"), ("8๐", "80"), ("8๐", "80"), ("814,590", "814590"))
    project, reports = records(("8๑๕,๕๙๐", "815590"), ("1.34 ล้าน", "1340000"), *parts)
    found = repair_amounts(project, reports, {}, "k")
    assert [reports[n]["disbursed"].value for n in range(1, 5)] == [0, 0, 0, 14590]
    assert project["budget_allocated"].value == Decimal("1340000")
    # (the budget spent, its sign dropped, is then taken in doubt as the parts add up: _spent_as_parts_read)
    assert project["budget_spent"].value == Decimal("14590")
    assert sorted((i.code, i.field) for i in found) == sorted(
        [("repair_ambiguous", "progress_reports.disbursed")] * 4 + [("repair_ambiguous", "projects.budget_spent")] * 2)
    # the budget spent opening with a 3 among 8s ("฿๓๐,๕๐๐" whose sign OCR lost, read "30,500"): one printing's
    # signs come out one way, so the 3 is a digit and nothing is dropped
    project, reports = records(("30,500", "30500"), None, ("8๐", "80"), ("812,200", "812200"), ("8๑๕,๓๐๐", "815300"))
    repair_amounts(project, reports, {}, "k")
    assert project["budget_spent"].value == Decimal("30500") and reports[1]["disbursed"].value == Decimal("80")
    # one amount opening with another digit: the 8s may be digits, nothing dropped
    project, reports = records(("8๑๕,๕๙๐", "815590"), None, *parts[:3], ("๒๐๐", "200"), parts[3])
    repair_amounts(project, reports, {}, "k")
    assert [reports[n]["disbursed"].value for n in range(1, 6)] == [80, 80, 80, 200, 814590]

def test_an_entry_whose_flag_a_wrap_carried_onto_the_next_line_spans_that_line():
    # the row's lines are where its values are printed: the checks that look for a value's printed figure
    # among them (pipeline.doubtful) must find it. "เป็นไปตาม" / "เป้าหมาย" wrapped: the entry spans the line
    # of "เป้าหมาย" (before, only the lines the clauses open on: 1-4)
    entries = parse_entries(_lines(
        "รายงานครั้งที่ 1 :: 1/1/2563 : จัดทำโครงการ",
        ":: ความก้าวหน้าของงานฯ =",
        "50 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0",
        "บาท : เป็นไปตามแผน : เป็นไปตาม",
        "เป้าหมาย",
        "รายงานครั้งที่ 2 :: 1/2/2563 : ประชุม :: ความก้าวหน้าของงานฯ = 60 % : งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 "
        "บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย")).entries
    assert [(entries[n].line_start, entries[n].line_end) for n in (1, 2)] == [(1, 5), (6, 6)]
    assert entries[1].figures["target"] is True


def test_a_description_word_that_holds_budget_is_no_budget_clause_of_a_woven_row():
    # a side-by-side row whose description wraps "... ในปีงบประมาณ และเพื่อประหยัด" / "งบประมาณของทางราชการ"
    # (the generator's cancelled entries, after OCR): neither "งบประมาณ" is the budget clause's word, so the
    # description keeps them in its order; before, each went to the figures column and the text came out of order
    lines = _lines("รายงาน :: ๒ ก.ย. ๒๕๖๑ : ยกเลิก",
                   "ครั้งที่๑ โครงการ เนื่องจาก...ระยะเวลา",
                   "ดำเนินการได้ทันใน",
                   "ปีงบประมาณ และเพื่อประหยัด",
                   "งบประมาณของทางราชการ",
                   "จึงขอยกเลิกการดำเนินงาน",
                   ":: ความก้าวหน้าของงานฯ =       : เป็นไปตามแผน :",
                   "๒๒.๐๐ % งบประมาณ ที่เบิกใช้      เป็นไปตาม",
                   "(ครั้งที่ ๑) = ๐.๐๐ บาท            เป้าหมาย",
                   "รายงาน :: ๒ ต.ค. ๒๕๖๑ : ประชุม",
                   "ครั้งที่๒ ผู้บริหาร")
    entry = parse_entries(lines).entries[1]
    assert entry.description == ("ยกเลิก โครงการ เนื่องจาก...ระยะเวลา ดำเนินการได้ทันใน ปีงบประมาณ และเพื่อประหยัด "
                                 "งบประมาณของทางราชการ จึงขอยกเลิกการดำเนินงาน")
    # the clause's own word, "ที่เบิกใช้" after it (OCR put a space between), still opens the figures
    values, _ = figure_values(entry)
    assert values["disbursed"] == 0 and values["progress_pct"] == 22.0


def test_a_budget_clause_tail_whose_report_number_ocr_read_as_a_letter_is_no_expense_line():
    # a fresh set's row entries after OCR: "งบประมาณ ที่เบิกใช้ (ครั้งที่" / "อ) = ๐ บาท : เป็นไปตามแผน" (๖ read as
    # อ, a wrap after "ครั้งที่"). Before, "อ) = ๐ บาท" was an expense line of item "อ)" (silent) and the report
    # had no disbursement; now it is the clause's amount, its number the entry's place to say
    result = parse_entries(_lines("รายงานครั้งที่ 5 :: ๑๕/๕/๒๕๖๒ : ประชุม",
                                  ":: ความก้าวหน้าของงานฯ = ๑๑.๕% : งบประมาณ ที่เบิกใช้ (ครั้งที่",
                                  "อ) = ๐ บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
                                  "รายงานครั้งที่ 6 :: ๑๕/๖/๒๕๖๒ : ประชุม",
                                  ":: ความก้าวหน้าของงานฯ = ๒๐.๐% : งบประมาณที่เบิกใช้ (ครั้งที่ 6) = ๒๐๐ บาท : "
                                  "เป็นไปตามแผน : เป็นไปตามเป้าหมาย"))
    entry = result.entries[5]
    assert not entry.expenses
    assert str(figure_values(entry)[0]["disbursed"]) == "0.00"
    assert str(figure_values(result.entries[6])[0]["disbursed"]) == "200.00"


def test_progress_words_whose_abbreviation_mark_ocr_read_as_so_so_give_the_figure_after_the_separator():
    # fresh set s19w003: "ความก้าวหน้าของงานซ = ๒.๐๐ %" (ฯ read as ซ, a letter OCR also writes for ๗): before, the ซ
    # was taken for the figure, and the progress-order repair read it 7 (the truth was another figure)
    from parsers.bma_progress.clauses import progress_token
    assert progress_token(":: ความก้าวหน้าของงานซ = ๒.๐๐ %: งบประมาณทีเบิกใช้") == "๒.๐๐"
    assert progress_token(":: ความก้าวหน้าของงานซฯ = ๒๐.๐๐ % งบประมาณ") == "๒๐.๐๐"
    # a ซ with no separator after it is the figure (๗ read as ซ), as before
    assert progress_token("ความก้าวหน้าของงานฯ ซ %") == "ซ"
    entries = parse_entries(_lines("รายงานครั้งที่ ๑ :: ๑ ก.พ. ๒๕๖๒ : ประชุม", "ความก้าวหน้าของงานซ = ๒.๐๐ %")).entries
    assert figure_values(entries[1])[0]["progress_pct"] == 2.0


def test_a_budget_amount_whose_first_group_ends_in_a_letter_or_whose_symbol_bears_a_mark_is_one_token():
    """"๑๒จ,๓๐๐.๓๕" (๑๖,๓๐๐.๗๕: the first group's last digit read as a Thai letter before its comma) and
    "๑๐,ฒญ์๕.๐๐" (๑๐,๗๗๕.๐๐: a symbol OCR writes for a digit bearing a mark; fresh set s96o): one damaged token
    each, unreadable, not "๑๒" read as 12.00 nor "๑๐,ฒญ" as 10.00 with only the sums to doubt them."""
    from parsers.bma_progress.clauses import budget_amount
    from normalizers.errors import ValueParseError
    from normalizers.numbers import parse_baht

    assert budget_amount("งบประมาณที่เบิกใช้ = ๑๒จ,๓๐๐.๓๕ บาท") == "๑๒จ,๓๐๐.๓๕"
    assert budget_amount("งบประมาณที่เบิกใช้ = ๑๐,ฒญ์๕.๐๐ บาท") == "๑๐,ฒญ์๕.๐๐"
    for text in ("๑๒จ,๓๐๐.๓๕", "๑๐,ฒญ์๕.๐๐", "๑๐,ฒญ"):
        with pytest.raises(ValueParseError):
            parse_baht(text)
    assert parse_baht("๑๐,๐๐๐ บาท") == Decimal("10000.00")
    result = parse_entries(_lines(
        "รายงานครั้งที่ ๕ :: ๒๐ ก.ย. ๒๕๖๔ : สรุปผลการดำเนินงาน",
        ":: ความก้าวหน้าของงานฯ = ๑๐๐.๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๕) = ๑๒จ,๓๐๐.๓๕ บาท : เป็นไปตามแผน"))
    values, bad = figure_values(result.entries[5])
    assert "disbursed" not in values and [column for column, _, _ in bad] == ["disbursed"]


def test_a_budget_amount_whose_thousands_group_opens_with_any_thai_letter_is_unreadable_not_its_first_digits():
    """"งบประมาณที่เบิกใช้ ๓,ผ๕๐ บาท.-" (๓,๙๙๐: the group's first ๙ read as ผ, a letter no table of look-alikes
    lists; set s43o, opened at the session's end): one damaged token, not "๓" read as 3.00 with no issue. A letter
    glued after an amount with no comma before it stays no part of it."""
    from parsers.bma_progress.clauses import budget_amount

    assert budget_amount("งบประมาณที่เบิกใช้ ๓,ผ๕๐ บาท.-") == "๓,ผ๕๐"
    assert budget_amount("งบประมาณที่เบิกใช้ = ๑๒,ส๕๐,๐๐๐ บาท") == "๑๒,ส๕๐,๐๐๐"
    assert budget_amount("งบประมาณที่เบิกใช้ = ๓,๙๙๐ บาท") == "๓,๙๙๐"
    assert budget_amount("งบประมาณที่เบิกใช้ = ๓๐๐บาท") == "๓๐๐"
    result = parse_entries(_lines(
        "รายงานครั้งที่ ๕ :: ๒๐ ก.ย. ๒๕๖๔ : สรุปผลการดำเนินงาน",
        ":: ความก้าวหน้าของงานฯ = ๑๐๐.๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๕) = ๓,ผ๕๐ บาท.- : เป็นไปตามแผน"))
    values, bad = figure_values(result.entries[5])
    assert "disbursed" not in values and [column for column, _, _ in bad] == ["disbursed"]


def test_a_lost_disbursement_is_kept_at_nothing_not_proven_when_the_budget_spent_it_adds_up_to_is_in_doubt():
    # fresh set s116p007: the budget spent "ไช๓๐.๐๐๐" (฿30,600) is 0.00 once its leading ๓ is taken for a ฿ sign,
    # a reading the sum does not pin; the reports that lost their amount were repaired to 0.00 as if proven, one
    # of them ฿23,600. They are kept at 0.00 and said in doubt; beside a budget spent the sum pins, still repaired
    import json
    from decimal import Decimal

    from parsers.bma_progress.repairs import _baht_signs
    from schemas.document import Reading

    def weigh(spent_text, spent_value, *amounts):
        project = {"budget_spent": Reading(Decimal(spent_value), f"งบประมาณที่ใช้ไป : {spent_text}", 2, 2)}
        reports = {}
        for n, (printed, value) in enumerate(amounts, start=1):
            clause = f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {printed}"
            reports[n] = {"disbursed": Reading(Decimal(value), clause, 10 + n, 10 + n)} if printed else \
                {"description": Reading("ประชุม", "ประชุม", 10 + n, 10 + n)}
        issues, _ = _baht_signs(project, reports, "k")
        return reports, next(i for i in issues if i.line_start == 12)

    reports, lost = weigh("ไช๓๐.๐๐๐", "30000", ("8๐", "80"), ("", None), ("8๐", "80"))
    assert reports[2]["disbursed"].value == 0 and lost.code == "repair_ambiguous"
    assert json.loads(lost.evidence)["kept"] == "0.00" and lost.field == "progress_reports.disbursed"
    reports, lost = weigh("5,000", "5000", ("85,000", "85000"), ("", None), ("0", "0"))
    assert reports[2]["disbursed"].value == 0 and lost.code == "value_repaired"
