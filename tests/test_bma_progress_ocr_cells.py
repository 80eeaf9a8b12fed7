"""OCR damage in section 2 of the BMA progress form: garbled date cells and
budget clauses whose report number has specks glued to it."""

from parsers.bma_progress.clauses import DAMAGED_DATE_CELL_RE, BUDGET_RE, budget_seq, damaged_date_cell, events_of
from normalizers.numbers import thai_digits_to_arabic
from schemas.document import Line


def test_garbled_date_cells_are_date_cells():
    for text in ("ฆ UA. 2563 :  จัดทำโครงการ", "om สี.ค. ๒5๒๓ : อยู่ระหว่าง", "26 A.A. 2567 : x",
                 "๑ณ๕/๐๑/๒๕๒๐๕ : ได้รับ"):
        assert DAMAGED_DATE_CELL_RE.match(thai_digits_to_arabic(text)), text


def test_text_and_wrapped_months_are_not_date_cells():
    # a wrapped date's second line ("... :: ๒๙" / "พ.ย. ๒๕๖๔ :") and ordinary text stay what they are
    for text in ("พ.ย. ๒๕๖๔ : ประชุม", "มี.ค. ๒๕๖๕ : ๑) ขอรายชื่อ", "ปี พ.ศ. 2563 : x", "ค่าอาหาร 2563 : x"):
        assert not DAMAGED_DATE_CELL_RE.match(thai_digits_to_arabic(text)), text


def test_garbled_date_cell_gives_an_undated_date_event():
    events = events_of(Line(1, "ฆ UA. 2563 :  จัดทำโครงการเพื่อขออนุมัติ"))
    assert events[0].kind == "date" and events[0].value is None and events[0].damaged == "ฆ UA. 2563"
    assert events[1].kind == "text" and events[1].text.startswith("จัดทำโครงการ")


def test_budget_clause_number_with_specks_keeps_its_amount():
    src = thai_digits_to_arabic("งบประมาณที่เบิกใช้ (ครั้งที่ ๕@) = ๑,๒๐๐ บาท")
    m = BUDGET_RE.search(src)
    assert m.group(2).startswith("1,200") and budget_seq(src, m) is None
    clean = thai_digits_to_arabic("งบประมาณที่เบิกใช้ (ครั้งที่ ๕) = ๑,๒๐๐ บาท")
    m = BUDGET_RE.search(clean)
    assert budget_seq(clean, m) == 5 and m.group(2).startswith("1,200")


def _column_table(second_date: str, speck: str = "") -> list[Line]:
    """Section 2's table read column by column: numbers, dates and descriptions, figures, flags."""
    text = ["รายงานครั้งที่ 1", *([speck] if speck else []), "รายงานครั้งที่ 2", "รายงานครั้งที่ 3",
            "8 ตุลาคม 2562 : จัดทำโครงการ", f"{second_date} : ได้รับการอนุมัติโครงการ",
            "4 ธันวาคม 2562 : ประชุมคณะกรรมการ ค่าวัสดุ = 1,000 บาท"]
    text += [f"ความก้าวหน้าของงานฯ = {p}.00 % งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {a} บาท"
             for n, p, a in ((1, 10, "0"), (2, 20, "0"), (3, 30, "1,000"))]
    text += ["เป็นไปตามแผน : เป็นไปตามเป้าหมาย"] * 3
    return [Line(i, t) for i, t in enumerate(text, start=1)]


def test_a_date_cell_whose_year_ocr_garbled_still_opens_its_entry_in_a_column_table():
    from parsers.bma_progress.entries import parse_entries
    assert damaged_date_cell(thai_digits_to_arabic("๕ มิถุนายน weds : ได้รับ")) is not None
    assert damaged_date_cell("ได้ดำเนินการ xx yy : z") is None  # the word must be a month
    result = parse_entries(_column_table("9 พฤศจิกายน weds"))
    entries = result.entries
    assert [entries[n].description for n in (1, 2, 3)] == ["จัดทำโครงการ", "ได้รับการอนุมัติโครงการ",
                                                          "ประชุมคณะกรรมการ"]
    assert entries[2].date is None and entries[2].date_text == "9 พฤศจิกายน weds"
    assert [e.item for e in entries[3].expenses] == ["ค่าวัสดุ"] and not entries[2].expenses


def test_a_date_cell_whose_day_ocr_read_as_a_sign_outside_ascii_still_opens_its_entry():
    # "«" (and "©", "¢") stand for digits as OCR writes them (normalizers.confusions.LOOKALIKES) though they are no
    # ASCII: a day read so, a month name and a garbled year are a date cell, not the entry above's text
    from parsers.bma_progress.entries import parse_entries
    assert damaged_date_cell(thai_digits_to_arabic("« กุมภาพันธ์ od : อยู่ระหว่าง")) is not None
    assert damaged_date_cell("« ข้อความ od : x") is None  # the word must still be a month
    entries = parse_entries(_column_table("« พฤศจิกายน od")).entries
    assert [entries[n].description for n in (1, 2, 3)] == ["จัดทำโครงการ", "ได้รับการอนุมัติโครงการ",
                                                          "ประชุมคณะกรรมการ"]
    assert entries[2].date is None and entries[2].date_text == "« พฤศจิกายน od"
    # a day OCR made one Thai consonant no table lists ("ง" for ๙), a month name, a year: a date cell too
    assert damaged_date_cell(thai_digits_to_arabic("ง กุมภาพันธ์ ๒๕๒๒ : อยู่ระหว่าง")) is not None
    assert damaged_date_cell("ณ โรงเรียน ก : x") is None  # (no month)
    entries = parse_entries(_column_table("ง พฤศจิกายน ๒๕๒๒")).entries
    assert entries[3].description == "ประชุมคณะกรรมการ" and entries[2].date_text == "ง พฤศจิกายน ๒๕๒๒"


def test_a_speck_under_a_header_neither_parts_a_column_of_numbers_nor_joins_a_description():
    from parsers.bma_progress.entries import parse_entries
    result = parse_entries(_column_table("9/11/2562", speck="Bd"))
    assert result.layout == "columns"
    assert [result.entries[n].description for n in (1, 2, 3)] == ["จัดทำโครงการ", "ได้รับการอนุมัติโครงการ",
                                                                 "ประชุมคณะกรรมการ"]
    (issue,) = [i for i in result.issues if i.code == "unplaced_text"]
    assert "Bd" in str(issue.evidence)


def _rows(*entries: tuple[str, str, str]) -> list[Line]:
    """Entries one per line group: (header number as printed, date, budget clause's number as printed)."""
    text = []
    for n, (number, day, named) in enumerate(entries, start=1):
        text += [f"รายงานครั้งที่ {number} :: {day} : ดำเนินการครั้งที่ {n}",
                 f":: ความก้าวหน้าของงานฯ = {10 * n}.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ {named}) = 0 บาท : "
                 "เป็นไปตามแผน : เป็นไปตามเป้าหมาย"]
    return [Line(i, t) for i, t in enumerate(text, start=1)]


def test_a_header_number_no_reading_mends_is_the_one_its_budget_clause_names():
    from parsers.bma_progress.entries import parse_entries
    # "25" for 2: no reading of its digits is 2, its entry's budget clause names 2
    result = parse_entries(_rows(("1", "8/10/2562", "1"), ("25", "9/11/2562", "2"), ("3", "4/12/2562", "3")))
    assert sorted(result.entries) == [1, 2, 3]
    assert result.entries[2].description == "ดำเนินการครั้งที่ 2"
    assert [i for i in result.issues if i.code == "value_repaired" and "budget clause names report 2" in i.message]
    # a clause naming another number says nothing: the header stays as printed
    result = parse_entries(_rows(("1", "8/10/2562", "1"), ("25", "9/11/2562", "7"), ("3", "4/12/2562", "3")))
    assert 25 in result.entries


def test_an_unreadable_header_number_follows_the_numbers_the_headers_before_it_were_given():
    from parsers.bma_progress.entries import parse_entries
    # "๕" for 4 (๔ read as ๕) is read as 4, so the unreadable "©" after it is 5, not 6
    result = parse_entries(_rows(("1", "8/10/2562", "1"), ("2", "9/11/2562", "2"), ("3", "4/12/2562", "3"),
                                 ("๕", "7/1/2563", "๕"), ("©", "8/2/2563", "5")))
    assert sorted(result.entries) == [1, 2, 3, 4, 5]
    assert result.entries[5].description == "ดำเนินการครั้งที่ 5"


def test_a_header_with_a_damaged_date_slot_that_repeats_a_number_is_the_next_report():
    from parsers.bma_progress.entries import parse_entries
    # report 3's number read as "1" (no reading of ๑ is 3), its date damaged: a date slot says it opens an
    # entry; report 4's number is unreadable
    result = parse_entries(_rows(("1", "8/10/2562", "1"), ("2", "9/11/2562", "2"), ("1", "๑๒๐/๑๒/๒๕๐๒", "1"),
                                 ("©", "7/1/2563", "4")))
    assert sorted(result.entries) == [1, 2, 3, 4]
    assert result.entries[3].description == "ดำเนินการครั้งที่ 3"
    assert result.entries[4].description == "ดำเนินการครั้งที่ 4"
    assert result.entries[1].description == "ดำเนินการครั้งที่ 1"
    # without a date slot it is what it was: a header inside report 2's text
    result = parse_entries(_rows(("1", "8/10/2562", "1"), ("2", "9/11/2562", "2"))
                           + [Line(9, "รายงานครั้งที่ 1 ดังนี้")])
    assert sorted(result.entries) == [1, 2]


def test_a_damaged_date_with_no_colon_after_a_header_is_its_date_slot():
    for text, slot in (("รายงานครั้งที่ ๕      ๒๐๒๐ ๒ ๒๐ .  อยู่ระหว่างขั้นตอน", "๒๐๒๐ ๒ ๒๐ ."),
                       ("รายงานครั้งที่ ๒      ๒๐500 0 60  อยู่ระหว่างขั้นตอน", "๒๐500 0 60")):
        events = events_of(Line(1, text))
        assert events[0].kind == "header" and events[0].damaged == slot, text
        assert events[1].kind == "text" and events[1].text == "อยู่ระหว่างขั้นตอน"
    # a bare number after a header is no date: the header is text's ("... ครั้งที่ 2 2563 ...")
    events = events_of(Line(1, "รายงานครั้งที่ 2 2563 ตามแผน"))
    assert events[0].kind == "false_header"


def test_flags_standing_as_a_pair_or_after_a_full_stop_are_flags_whatever_precedes_them():
    kinds = [(e.kind, e.value) for e in events_of(Line(1, "ประชุมผู้บริหาร ดำเนินงาน เป็นไปตามแผน : เป็นไปตามเป้าหมาย"))]
    assert kinds == [("text", None), ("plan", True), ("target", True)]
    kinds = [(e.kind, e.value) for e in events_of(Line(1, "จึงเลื่อนไปในเดือนถัดไป . ไม่เป็นไปตามเป้าหมาย"))]
    assert kinds == [("text", None), ("target", False)]
    # the words alone inside a sentence are its text
    assert [e.kind for e in events_of(Line(1, "ดำเนินงาน เป็นไปตามแผนงานของเขต"))] == ["text"]


def test_a_budget_clause_whose_words_stand_apart_from_its_number_and_amount():
    from parsers.bma_progress.entries import figure_values, parse_entries
    # the words end one line, the description's wrapped tail and "(ครั้งที่ 1 =0 บาท" follow on the next
    lines = [Line(1, "รายงานครั้งที่ 1 :: 8/10/2562 : ได้รับการอนุมัติ ความก้าวหน้าของงานฯ = 10.00 % งบประมาณที่เบิกใช้"),
             Line(2, "โครงการ .(ครั้งที่ 1 =0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย")]
    result = parse_entries(lines)
    values, bad = figure_values(result.entries[1])
    assert str(values["disbursed"]) == "0.00" and not bad
    # words OCR garbled ("งบประมาณที่เบิกให้") leave the bracket, "=" and the amount: still a budget clause
    events = events_of(Line(1, "ดำเนินการจัดสัมมนา งบประมาณที่เบิกให้ (ครั้งที่ ๑๐) = ๐ บาท"))
    assert [(e.kind, e.seq) for e in events] == [("text", None), ("budget_tail", 10)]
    assert events[0].text == "ดำเนินการจัดสัมมนา งบประมาณที่เบิกให้"


def test_a_progress_clause_whose_paiyannoi_ocr_read_as_kho():
    events = events_of(Line(1, "ความก้าวหน้าของงานข = 4.50 % งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท"))
    assert [(e.kind, e.value) for e in events][:1] == [("progress", "4.50")]


def test_a_description_that_holds_an_entry_label_ocr_damaged_is_cut_before_it_and_said():
    # the next row's label ran into the description's end, damaged past the parser's anchors
    # ("งบประ /มาณที่เบิกใช้", "เป็นไปคายแผน"): cut before it, an issue names the description
    from parsers.bma_progress.rows import label_inside

    assert label_inside("อยู่ระหว่างการเตรียมการประชุมคณะกรรมการ งบประ /มาณที่เบิกใช้")[0] == "งบประมาณที่เบิกใช้"
    assert label_inside("จัดทำโครงการเพื่อขออนุมัติ เป็นไปคายแผน")[0] == "เป็นไปตามแผน"
    # a description's own words: "ตามแผน", "งบประมาณ" alone are no label
    assert label_inside("ดำเนินการจัดกิจกรรมครบทุกกิจกรรมตามแผน และเบิกจ่ายตามงบประมาณ") is None

    from pipeline.stages import process_document
    from tests.conftest import sample_text

    text = sample_text("000_54d7a76ee7e0d007.txt")
    entry = ":: 10/11/2560 : อยู่ระหว่างขั้นตอน...แต่งตั้งคณะกรรมการฯ"
    assert text.count(entry) == 2  # both copies of the form
    rows = process_document("000.txt", text.replace(entry, entry + " เป็นไปคายแผน").encode("utf-8"))
    report = next(r for r in rows["progress_reports"] if r["seq"] == 2)
    assert report["description"] == "อยู่ระหว่างขั้นตอน...แต่งตั้งคณะกรรมการฯ"
    said = [i for i in rows["issues"] if i["field"] == "progress_reports.description" and "เป็นไปคายแผน" in i["evidence"]]
    assert len(said) == 1 and said[0]["code"] == "unplaced_text"


def test_a_label_in_a_description_s_first_half_is_cut_before_when_only_the_rows_words_follow_it():
    # extra4 t017 (cells side by side): the entry's other rows ran into its description's end, their labels
    # and flags only ("ความก้าวหน้าของงานฯ เป็นไปตาม = ๕๑.5% : งบประมาณที่ เป็นไปตาม เป้าหมาย เบิกใช้ แผน"),
    # longer than the description: no word of it is the description's, so it is cut before all the same
    from parsers.bma_progress.rows import _label_cut
    from schemas.document import Reading
    own = "อยู่ระหว่างขันตอน... พิจารณาเกณฑ์ การคัดเลือกและตัดสิน ผลงาน"
    for tail, kept in (("ความก้าวหน้าของงานฯ เป็นไปตาม = ๕๑.5% : งบประมาณที่ เป็นไปตาม เป้าหมาย เบิกใช้ แผน", own),
                       # other words after the label: which are the description's is in doubt, kept whole
                       ("ความก้าวหน้าของงานฯ = ๕๑.5% ดำเนินการจัดสัมมนา และเบิกจ่ายตามงบประมาณ เป็นไปตามแผน", None)):
        desc = f"{own} {tail}"
        out = {"description": desc}
        issue = _label_cut(3, {"description": Reading(desc, desc, 10, 12)}, out)
        assert issue is not None and issue.field == "progress_reports.description"
        assert out["description"] == (kept or desc)


def test_a_description_run_on_into_the_project_s_indicator_is_cut_before_it():
    # corpus 003, 021, extra4 t016: the column reader put section 1.6's indicator ("ตัวชี้วัด... : มิติที่ ๑
    # ร้อยละ...", its marks or label's head lost) after a report's text; no description prints "มิติที่"
    from parsers.bma_progress.rows import _indicator_cut
    from schemas.document import Reading
    own = "อยู่ระหว่างการเตรียม การอบรมเชิงปฏิบัติการ ๒. คำสัง ผู้เข้าร่วมกิจกรรม (กลุ่มเป้าหมายเดียวกัน)"
    for tail in ("มิติที ๑ ร้อยละของโรงเรียนทีมีผลงานของนักเรียน", "ชวัด... : มิติที๑ ร้อยละโครงการทีเป็นงานประจำ"):
        desc = f"{own} {tail}"
        out = {"description": desc}
        issue = _indicator_cut(3, {"description": Reading(desc, desc, 10, 12)}, out)
        assert out["description"] == own and issue.field == "progress_reports.description"
    # nothing of the entry's own before it: no cut (whose text it is, is not known)
    out = {"description": "มิติที่ 1 ร้อยละของโรงเรียน"}
    assert _indicator_cut(3, {"description": Reading("x", "x", 1, 1)}, out) is None


def test_figures_a_label_cut_leaves_out_are_said_of_the_expenses():
    # fresh-set shape (entries as table columns): the entry's budget row ran into its description after the
    # progress label's tail; the label cut leaves it out, and with it the amounts the entry's expense lines
    # should add up to, which no rule read: the expenses are said to be unchecked, not left silent
    from parsers.bma_progress.rows import _figures_left_out
    from schemas.document import Reading
    own = "1. ได้ดำเนินการประกวดผลงานนวัตกรรม รวบรวมเอกสารประกอบการเบิกจ่าย 21.00 % 22.50 % ของง"
    read = own + "านฯ งบประมาณที่เบิก 0 บาท.- 18,600 บาท.- ใช้ เป็นไปตามแผน กับแผน"
    rec = {"description": Reading(read, read, 171, 193)}
    said = _figures_left_out(10, rec, read, own)
    assert [(i.code, i.field, i.line_start) for i in said] == [("unplaced_text", "expenses", 171)]
    # a tail of the rows' words alone, no amount: nothing more to say than the cut itself
    plain = own + "านฯ เป็นไปตามแผน กับแผน เป็นไปตาม เป้าหมาย"
    assert _figures_left_out(10, {"description": Reading(plain, plain, 171, 193)}, plain, own) == []


def test_the_first_header_read_with_its_number_unreadable_puts_its_row_in_doubt():
    from parsers.bma_progress.entries import parse_entries
    # the first header read prints no readable number, and a report's flags stand before it (a report lost
    # with its header): it is read as report 1 by its place, which nothing confirms: the row is in doubt
    lost = [Line(0, "เป็นไปตามแผน : เป็นไปตามเป้าหมาย")]
    result = parse_entries(lost + _rows(("©", "8/10/2562", "©"), ("2", "9/11/2562", "2")))
    assert sorted(result.entries) == [1, 2]
    (doubt,) = [i for i in result.issues if i.code == "entry_cell_in_doubt"]
    assert doubt.field == "progress_reports" and doubt.line_start == 1
    # with nothing before it, it is report 1 as its place says (the number's repair said, no doubt)
    result = parse_entries(_rows(("©", "8/10/2562", "©"), ("2", "9/11/2562", "2")))
    assert not [i for i in result.issues if i.code == "entry_cell_in_doubt"]
    # a later header with its number unreadable follows the one before: no doubt about the row
    result = parse_entries(_rows(("1", "8/10/2562", "1"), ("©", "9/11/2562", "©")))
    assert sorted(result.entries) == [1, 2] and not [i for i in result.issues if i.code == "entry_cell_in_doubt"]
