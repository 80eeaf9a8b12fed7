"""BMA proposals after OCR: classes of damage that used to lose or misread a
list item, a budget line or a period with no issue naming it (nothing
silent).  Each test damages the real sample proposal the way tesseract does."""

from __future__ import annotations

import json

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run


def _sample() -> str:
    return sample_text(PROPOSAL)


def _issues(rows: dict, code: str) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == code]


def test_a_first_item_whose_number_ocr_damaged_past_any_opener_is_item_one():
    # "๙.1" read "e.g", "๒.๑" read "ว1": the first item's text was the lead's (unplaced text), its row
    # lost with no issue naming the row
    text = _sample().replace("\t\t๙.1 นักเรียนสามารถ", "e.g นักเรียนสามารถ").replace("\t\t๒.๑ เพื่อส่งเสริม", "ว1 เพื่อส่งเสริม")
    rows, orig = run(text), run(_sample())
    benefits = [(f["seq"], f["text"]) for f in rows["findings"] if f["kind"] == "benefit"]
    assert benefits == [(f["seq"], f["text"]) for f in orig["findings"] if f["kind"] == "benefit"]
    assert [(o["seq"], o["text"]) for o in rows["objectives"]] == [(o["seq"], o["text"]) for o in orig["objectives"]]
    printed = {(i["field"], json.loads(i["evidence"])["printed"]) for i in _issues(rows, "value_repaired")}
    # ("ว1" opens item 1 as a number printed since the hundred-and-nineteenth session: the section's digit read as a
    # letter, the dot lost, the item's 1 read as printed, numbering._LETTER_DIGIT_RE; no repair of the seq to say)
    assert ("findings.seq", "e.g") in printed and ("objectives.seq", "ว1") not in printed
    assert not _issues(rows, "unplaced_text")


def test_text_before_item_two_without_a_thai_word_stays_the_lead():
    from parsers.bma_proposal.numbering import Item, first_from_lead
    from schemas.document import Line
    items = [Item(2, "๙.๒", ["ข้อความ"], 5, 5)]
    assert first_from_lead(items, [Line(4, "| 9 .")]) == (items, [Line(4, "| 9 .")])


def test_a_step_lost_between_two_read_names_the_table():
    # step 3 lost whole with its number: the issue names the activities table, so the lost row's
    # number (activities.seq) is not silent
    text = _sample().replace("\t3. โรงเรียนรายงานแผนการจัดกิจกรรมตามโครงการและแผนการใช้จ่ายงบประมาณส่ง\nสำนักการศึกษา ", "")
    rows = run(text)
    assert [a["seq"] for a in rows["activities"]] == [1, 2, 4, 5, 6, 7]
    (issue,) = _issues(rows, "missing_row")
    assert issue["field"] == "activities" and json.loads(issue["evidence"])["missing"] == [3]


def test_a_budget_line_whose_quantity_ocr_read_as_letters_keeps_its_place():
    # "จำนวน ay ชั่วโมงๆ ละ ..." (a figure read as letters, "oy" for ๗): the clause was not read at all, so the lines after it
    # took its place (seq 1 held line 3's figures, whose repair was judged against line 1's truth)
    text = _sample().replace("จำนวน 2 โรงเรียนๆ ละ 15,100.-บาท", "จำนวน ay โรงเรียนๆ ละ ๑๕,๑๐๐.-บาท")
    rows = run(text)
    lines = [(e["seq"], e["item"], e["quantity"], e["unit_amount"], e["amount"]) for e in rows["expenses"]]
    assert [line[:2] for line in lines] == [(1, "โรงเรียนขนาดใหญ่"), (2, "โรงเรียนขนาดกลาง")]
    # (its quantity, printed as letters, is the quotient 30,200 / 15,100 the total settles: money.latin_quantity)
    assert str(lines[0][2]) == "2" and str(lines[0][3]) == "15100.00" and str(lines[0][4]) == "30200.00"
    flagged = {(i["code"], i["field"]) for i in rows["issues"] if i["line_start"] == rows["expenses"][0]["line_start"]}
    assert ("value_repaired", "expenses.quantity") in flagged


def test_a_unit_factor_in_arabic_digits_is_not_in_doubt():
    text = _sample().replace("จำนวน 2 โรงเรียนๆ ละ 15,100.-บาท", "จำนวน ay โรงเรียนๆ ละ 15,100.-บาท")
    assert not _issues(run(text), "unchecked_value")


def test_a_unit_two_units_could_be_is_kept_and_flagged():
    # "คนั": คน or คัน with a mark OCR misread, and a mark on a letter neither has one on; it used to be
    # kept with no issue
    rows = run(_sample().replace("จำนวน 3 โรงเรียนๆ ละ", "จำนวน 3 คนัๆ ละ"))
    assert rows["expenses"][1]["unit"] == "คนั"
    (issue,) = _issues(rows, "repair_ambiguous")
    assert issue["field"] == "expenses.unit" and json.loads(issue["evidence"])["candidates"] == ["คน", "คัน"]


def test_a_unit_whose_mark_ocr_misread_is_the_unit_with_a_mark_on_that_letter():
    # "ค้น" (คัน, its ั read as ้): คน has no mark, so OCR would have made one up; คัน has one on the same
    # letter. It was kept as printed and flagged (five lines of extra2 and extra3 OCR, all คัน)
    rows = run(_sample().replace("จำนวน 3 โรงเรียนๆ ละ", "จำนวน 3 ค้นๆ ละ"))
    assert rows["expenses"][1]["unit"] == "คัน"
    (issue,) = [i for i in _issues(rows, "value_repaired") if i["field"] == "expenses.unit"]
    assert json.loads(issue["evidence"])["chosen"] == "คัน"
    assert not _issues(rows, "repair_ambiguous")


def _years(text: str, fy: str, start: str) -> str:
    """The sample with its fiscal year printed `fy` everywhere and its period's first year `start`."""
    return (text.replace("๒๕69", fy).replace("2569", fy).replace("พฤศจิกายน 2568", f"พฤศจิกายน {start}"))


def test_a_period_inside_a_fiscal_year_of_no_archive_is_in_doubt_with_it():
    # every mention of the year misread alike (๒๕๗๐ read ๒๕๓๐): the year is flagged, and the period
    # inside it used to be taken as proven by it (1986-87 dates, silently)
    rows = run(_years(_sample(), "2530", "2529"))
    project = rows["projects"][0]
    assert project["fiscal_year_be"] == 2530 and str(project["start_date"]) == "1986-11-01"
    named = {i["field"] for i in _issues(rows, "implausible_value")}
    assert {"projects.start_date", "projects.end_date"} <= named


def test_a_period_end_whose_year_ocr_read_as_letters_is_unknown_not_the_other_end_s():
    # "พฤศจิกายน 2568 – กรกฎาคม Wedd": the end used to be the last day of the first month (2025-11-30)
    rows = run(_sample().replace("กรกฎาคม 2569", "กรกฎาคม Wedd"))
    project = rows["projects"][0]
    assert str(project["start_date"]) == "2025-11-01" and project["end_date"] is None
    (issue,) = [i for i in _issues(rows, "missing_value") if i["field"] == "projects.end_date"]
    assert "last month" in issue["message"]
    rows = run(_sample().replace("พฤศจิกายน 2568", "พฤศจิกายน ๒๕๐ฉ่"))
    assert rows["projects"][0]["start_date"] is None and str(rows["projects"][0]["end_date"]) == "2026-07-31"


def test_the_year_in_ce_is_in_doubt_with_the_thai_digit_year_it_is_computed_from():
    from pipeline.doubtful import flag_values
    from schemas.document import Line
    row = {"project_key": "k", "line_start": 1, "line_end": 1, "fiscal_year_be": 2550, "fiscal_year": 2007}
    issues = flag_values("4689", {"projects": [row]}, [Line(1, "ปีงบประมาณ พ.ศ. ๒๕๕๐", "text")], [])
    assert {i.field for i in issues} == {"projects.fiscal_year_be", "projects.fiscal_year"}


LINE_1 = "จำนวน 2 โรงเรียนๆ ละ 15,100.-บาท เป็นเงิน 30,200.-บาท"
LINE_2 = "จำนวน 3 โรงเรียนๆ ละ 13,100.-บาท เป็นเงิน 39,300.-บาท"


def _lines(rows: dict) -> list[tuple]:
    return [(e["seq"], e["item"], e["quantity"] and str(e["quantity"]), e["unit_amount"] and str(e["unit_amount"]),
             e["amount"] and str(e["amount"])) for e in rows["expenses"]]


def test_a_makes_word_ocr_read_as_latin_letters_still_closes_the_clause():
    # "เป็นเงิน" read "udu": the clause was not read, its line lost and the next took its place
    rows = run(_sample().replace(LINE_1, LINE_1.replace("เป็นเงิน", "udu")))
    assert _lines(rows) == _lines(run(_sample()))


def test_a_unit_amount_read_as_latin_look_alikes_keeps_its_line():
    # "๓๐๐" read "moo" (m for ๓, o for ๐): the line is read, its unit amount unread and said
    rows = run(_sample().replace(LINE_2, "จำนวน 3 โรงเรียนๆ ละ moo.-บาท เป็นเงิน 900.-บาท"))
    assert _lines(rows)[1] == (2, "โรงเรียนขนาดกลาง", "3.00", None, "900.00")
    assert ("unparsed_value", "expenses.unit_amount") in {(i["code"], i["field"]) for i in rows["issues"]}


def test_a_line_whose_clause_specks_broke_is_read_by_its_words_and_flagged():
    # "... ละ 15,100.-บาท เธร = เป็นเงิน ..." (another column's specks inside the clause): the line was lost,
    # and line 2's figures became line 1's; now it keeps its place, its figures read after their words
    rows = run(_sample().replace(LINE_1, LINE_1.replace("บาท เป็นเงิน", "บาท เธร = เป็นเงิน")))
    assert _lines(rows) == _lines(run(_sample()))
    (issue,) = _issues(rows, "unread_cells")
    assert issue["field"] == "expenses" and issue["line_start"] == rows["expenses"][0]["line_start"]


def test_a_broken_clause_gives_the_figures_after_its_words_and_only_a_quantity_makes_a_line():
    from parsers.bma_proposal.budget import loose_line
    line = loose_line("- โรงเรียนขนาดใหญ่ จำนวน ๕ โรงเรียนๆ ละ ๑๕,๐๐๐ เธร = เป็นเงิน ๗๕,๐๐๐", None, 1, 2)
    assert (line.item, line.qty, line.each, line.amount, line.loose) == ("โรงเรียนขนาดใหญ่", "๕", "๑๕,๐๐๐", "๗๕,๐๐๐", True)
    assert loose_line("- ข้อบัญญัติกรุงเทพมหานคร", None, 1, 1) is None


def test_a_risk_level_with_a_speck_letter_before_it_still_closes_its_row():
    # "1 1 หน้อยมาก": the level was no level, so the row did not close and its risk went into the one above
    from tests.test_bma_proposal import RISK_OCR_ROWS, _risks, _with_risks
    rows = run(_with_risks(RISK_OCR_ROWS.format(l="2", i="1", level="หน้อยมาก")))
    clean = run(_with_risks(RISK_OCR_ROWS.format(l="2", i="1", level="น้อยมาก")))
    assert _risks(rows) == _risks(clean) and len(_risks(rows)) == 2


def _objectives(rows: dict) -> list[tuple]:
    return [(o["seq"], o["text"]) for o in rows["objectives"]]


def test_an_item_number_whose_dot_ocr_read_as_a_space_opens_its_item():
    # "2 3 เพื่อ..." for 2.3: the objective went into the one above, its row lost with no issue
    rows = run(_sample().replace("\t\t๒.2 เพื่อพัฒนา", "๒ 2 เพื่อพัฒนา"))
    assert _objectives(rows) == _objectives(run(_sample()))


def test_an_inline_item_number_ocr_misread_opens_its_item_before_the_words_that_open_one():
    # a list run into one line, "... ๒.๖ เพื่อ..." for ๒.๒ (a misread of the next number before "เพื่อ")
    rows = run(_sample().replace("\n\t\t๒.2 เพื่อพัฒนา", " ๒.๖ เพื่อพัฒนา"))
    assert _objectives(rows) == _objectives(run(_sample()))
    printed = [json.loads(i["evidence"])["printed"] for i in _issues(rows, "value_repaired") if i["field"] == "objectives.seq"]
    assert printed == ["๒.๖"]


def test_a_step_number_read_as_a_vowel_and_a_letter_opens_its_step():
    # "าว, สรุปผล..." for "๗. สรุปผล...": no word opens with a vowel like า; the step went into the one above
    rows = run(_sample().replace("\t7. สำนักการศึกษาสรุปผล", "าว, สำนักการศึกษาสรุปผล"))
    assert [(a["seq"], a["text"]) for a in rows["activities"]] == [(a["seq"], a["text"]) for a in run(_sample())["activities"]]


def test_a_kpi_period_that_names_no_quarter_and_no_fiscal_year_is_flagged():
    # "ภายใน" (its year and ปีงบประมาณ lost, or read into another cell): kept as read, and said
    rows = run(_sample().replace("\tปีงบประมาณ 2569", "\tภายใน"))
    assert rows["targets"][0]["period"] == "ภายใน"
    (issue,) = [i for i in _issues(rows, "missing_value") if i["field"] == "targets.period"]
    assert "no quarter" in issue["message"]
    assert not [i for i in run(_sample())["issues"] if i["field"] == "targets.period"]


def test_a_category_mixed_with_the_activity_column_s_words_is_flagged():
    # OCR read the budget table across its columns: the category took words of the activity beside it
    from parsers.bma_proposal.budget import activity_name, interleaved
    activity = activity_name("รายการค่าใช้จ่ายในกิจกรรมส่งเสริมผลสัมฤทธิ์ทางการเรียนคณิตศาสตร์ เป็นเงิน")
    assert interleaved("ค่าตอบแทน ส่งเสริม ; วิทยากร ผลสัมฤทธิ์ ทางการเรียน คณิตศาสตร์", activity)
    assert interleaved("ค่าวัสดุในการ ทางการเรียน จัดกิจกรรมส่งเสริม คณิตศาสตร์", activity)  # out of the name's order
    assert not interleaved("ค่าวัสดุในการ จัดกิจกรรมส่งเสริม ผลสัมฤทธิ์ทางการเรียนคณิตศาสตร์", activity)  # wrapped
    assert not interleaved("ค่าวัสดุ ในการจัดกิจกรรม ส่งเสริมผลสัมฤทธิ์ทางการเรียนคณิตศาสตร์", activity)
    assert not interleaved("ค่าตอบแทนวิทยากร", activity) and not interleaved("ค่าเช่ารถโดยสาร ปรับอากาศ", activity)
    text = _sample().replace("\tค่าวัสดุในการจัดกิจกรรมส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้ ",
                             "\tค่าวัสดุ สร้างสรรค์ผลงาน ในการจัดกิจกรรม ")
    flagged = [i for i in _issues(run(text), "unread_cells") if i["field"] == "expenses.category"]
    assert len(flagged) == 2 and not [i for i in _issues(run(_sample()), "unread_cells")]


def test_a_kpi_whose_text_holds_the_table_s_header_cells_flags_the_table():
    # the KPI table read down its columns with its header among the first row's cells: the first KPI's
    # text held the header, its type and method were another row's, and the second row was lost, silently
    from parsers.bma_proposal.kpis import holds_header
    assert holds_header("ตัวชี้วัด ค่า ประเภ วิธีการคำนวณ ระยะเวลา เป้าหม ผู้เข้ารับการอบรมมีความรู้")
    assert not holds_header("โรงเรียนดำเนินกิจกรรมได้ครบตามระยะเวลาที่กำหนด")
    rows = run(_sample().replace("\tโรงเรียนมีการรายงานผลการดำเนินงาน", "\tตัวชี้วัด วิธีการคำนวณ โรงเรียนมีการรายงานผลการดำเนินงาน"))
    (issue,) = [i for i in _issues(rows, "unread_cells") if i["field"] == "targets"]
    assert issue["line_start"] == rows["targets"][0]["line_start"]
    assert not [i for i in _issues(run(_sample()), "unread_cells") if i["field"] == "targets"]


def test_a_bare_step_number_before_a_first_word_ocr_read_as_latin_opens_its_step():
    # "๒ Una ติดตาม" for "๖. นิเทศ ติดตาม": the step went into step 5 and every later step moved up one
    rows = run(_sample().replace("\t6. โรงเรียนรายงานผล", "6 Una รายงานผล"))
    steps = [(a["seq"], a["text"][:12]) for a in rows["activities"]]
    assert [s for s, _ in steps] == [1, 2, 3, 4, 5, 6, 7] and steps[5][1].startswith("Una")
    assert run(_sample().replace("\t6. โรงเรียนรายงานผล", "6 UNA: รายงานผล"))["activities"][4]["text"].endswith("รายงานผล"
                                                                                                     "การดำเนินงาน")


def test_a_running_header_with_the_project_s_title_inside_a_section_is_no_text_of_it():
    # a page break inside step 5: the next page's header prints "โครงการ<name>", which ran into the step
    header = "โครงการส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้"
    text = _sample().replace("ที่มีคุณภาพดีที่สุด \n", f"ที่มีคุณภาพดีที่สุด \n{header}\n", 1)
    assert text != _sample()
    steps = [(a["seq"], a["text"]) for a in run(text)["activities"]]
    assert steps == [(a["seq"], a["text"]) for a in run(_sample())["activities"]]


def test_objective_numbers_in_a_column_before_their_texts_number_the_texts():
    """Objectives printed as a column of numbers ('2.1' ... '2.4', each alone)
    and then the texts, every objective's first line indented and its
    wrapped lines not (extra3's list_numbers_column_tabs): each text takes
    its number; the texts ran into objective 4 and 2.1-2.3 were lost."""
    from parsers.bma_proposal.numbering import numbers_apart, read_items, sub_opener
    from schemas.document import Line

    texts = [("เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรม",), ("เพื่อพัฒนาผู้เรียนให้สร้างสรรค์ชิ้นงาน", "ด้วยตนเองได้"),
             ("เพื่อสร้างเครือข่ายความร่วมมือ", "ผู้ปกครอง และชุมชน"), ("เพื่อให้ครูผู้สอนจัดกิจกรรมได้",)]
    lines = [Line(26 + i, f"2.{i + 1}", indent=True) for i in range(4)]
    no = 31
    for text in texts:
        for k, part in enumerate(text):
            lines.append(Line(no, part, indent=k == 0))
            no += 1
    items, lead = read_items(lines, sub_opener("2"), sub=True)
    got = numbers_apart(items, lines)
    assert [(it.number, it.text) for it in got] == [(i + 1, " ".join(t)) for i, t in enumerate(texts)]
    assert [(it.start, it.end) for it in got] == [(31, 31), (32, 33), (34, 35), (36, 36)]
    # as many texts as numbers only: three indented texts for four numbers are left as read
    short = [ln for ln in lines if ln.no != 36]
    assert [it.number for it in numbers_apart(read_items(short, sub_opener("2"), sub=True)[0], short)
            if it.texts] == [4]


def test_a_year_with_an_arabic_digit_among_thai_ones_may_be_any_thai_digit_there():
    # ๒๕๖๖ printed, read '๒๕5๐' (a ๖ the Thai model cannot write read by the English one as 5, the other
    # as ๐) in every mention, the period's ๒๕๖๕ read ๒๕๒๕: '5' taken as a certain 5 made the year 2556,
    # repaired with no doubt, and the KPIs' periods after it
    from parsers.bma_proposal.years import readings_of_year
    assert {2556, 2566} <= readings_of_year("๒๕5๐")
    assert readings_of_year("2550") == {2550}  # a year all in Arabic digits as it is
    text = _years(_sample(), "๒๕5๐", "๒๕๒๕")
    assert text.count("\tปีงบประมาณ ๒๕5๐") == 1  # the KPI's period, read with a digit more (๖ as ๒๐)
    rows = run(text.replace("\tปีงบประมาณ ๒๕5๐", "\tปีงบประมาณ ๒๕๒5๐"))
    assert not [i for i in _issues(rows, "value_repaired") if json.loads(i["evidence"])["rule"] == "fiscal_year"]
    # the year kept in doubt repairs no other: the KPI's period is kept as read, and said
    (kpi,) = [t for t in rows["targets"] if t["period"]]
    assert kpi["period"].endswith("๒๕๒5๐")
    assert "targets.period" in {i["field"] for i in _issues(rows, "implausible_value")}
    fy = {i["field"]: json.loads(i["evidence"])["candidates"] for i in _issues(rows, "repair_ambiguous")
          if i["field"].startswith("projects.fiscal_year")}
    assert set(fy) == {"projects.fiscal_year_be", "projects.fiscal_year"} and 2566 in fy["projects.fiscal_year_be"]
    assert rows["projects"][0]["fiscal_year_be"] != 2556


def test_a_list_whose_numbers_stand_together_before_its_texts_names_its_table():
    # a list printed on one line with its numbers set apart ("๒.๑ ๒.2 เพื่อ... เพื่อ..."): one objective was
    # read, its text opening with the next number, and the second lost with no issue naming the table
    text = _sample().replace("\t\t๒.๑ เพื่อส่งเสริม", "\t\t๒.๑ ๒.2 เพื่อส่งเสริม").replace(
        "เพื่อการเรียนรู้\n\t\t๒.2 เพื่อพัฒนา", "เพื่อการเรียนรู้ เพื่อพัฒนา")
    rows = run(text)
    assert len(rows["objectives"]) == 1
    (issue,) = [i for i in _issues(rows, "unread_cells") if i["field"] == "objectives"]
    assert issue["line_start"] <= rows["objectives"][0]["line_start"] <= issue["line_end"]
    assert not [i for i in _issues(run(_sample()), "unread_cells") if i["field"] == "objectives"]
    # the numbers alone on their line after the heading, the texts after them: the first item's text opens
    # with all the others' numbers
    from parsers.bma_proposal.read import numbers_together
    (issue,) = numbers_together([(1, "9.2 9.3 9.4 ข้าราชการครูมีการจัดการเรียนรู้", 5, 7)], "9", "benefit", "findings")
    assert issue.field == "findings" and (issue.line_start, issue.line_end) == (5, 7)
    assert not numbers_together([(1, "ข้าราชการครู 9.2 ชั่วโมง", 5, 7), (2, "3.2 ล้านบาท", 8, 8)], "9", "benefit",
                                "findings")


def test_a_row_text_whose_thai_reads_as_no_words_is_flagged_at_its_row():
    # "ขออนุมตเงนจดสรร" (vowels OCR dropped): nothing in the proposal repeats an activity, so the wrong text
    # had no issue; its Thai leaves pieces no dictionary word covers.  ("ขออมนุมัติ", a letter OCR added to a
    # word the text prints right before it, is read as that word: pipeline.wording.echoed_words)
    text = _sample().replace("และขออนุมัติเงินจัดสรร", "และขออนุมตเงนจดสรร", 1)
    rows = run(text)
    (issue,) = _issues(rows, "unknown_words")
    first = rows["activities"][0]
    assert first["text"] == "ขออนุมัติโครงการ และขออนุมตเงนจดสรร"
    assert issue["field"] == "activities.text" and issue["line_start"] == first["line_start"]
    assert json.loads(issue["evidence"])["pieces"]
    assert not _issues(run(_sample()), "unknown_words")
    # the letter OCR added: read back, and said
    rows = run(_sample().replace("และขออนุมัติเงินจัดสรร", "และขออมนุมัติเงินจัดสรร", 1))
    assert rows["activities"][0]["text"] == "ขออนุมัติโครงการ และขออนุมัติเงินจัดสรร"
    (repair,) = [i for i in _issues(rows, "value_repaired") if i["field"] == "activities.text"]
    assert json.loads(repair["evidence"])["rule"] == "echoed_word" and not _issues(rows, "unknown_words")


def test_unknown_words_are_the_pieces_no_dictionary_word_covers():
    from pipeline.wording import unknown_words
    assert unknown_words("ขออนุมัติโครงการ และขออนุมตเงนจดสรร")
    # spaces OCR put inside words, abbreviations, figures, ๆ and Latin words are no damage
    assert unknown_words("ขออนุมัติ โครง การ (พ.ศ.๒๕๖๖) จำนวน ๔ โรงเรียนๆ ละ 5,000 Active Learning") == []
    # a Thai word the English model read, opening the text ("fina ติดตาม" for นิเทศ ติดตาม)
    assert unknown_words("fina ติดตาม การดำเนินงานของโรงเรียน") == ["fina"]
    # a word OCR stripped of a mark, read as two words ("แต่งตัง": แต่ง and ตัง, for แต่งตั้ง), when the word
    # with the mark is more common than the rarer of the two (not "มาใช้": ม้าใช้ is rarer than ใช้)
    assert unknown_words("แต่งตังคณะกรรมการดำเนินงาน") == ["แต่งตัง"]
    assert unknown_words("แต่งตั้งคณะกรรมการดำเนินงาน") == []
    assert unknown_words("นำนวัตกรรมหรือสื่อเทคโนโลยีสารสนเทศ มาใช้สร้างสรรค์ผลงาน") == []
    assert unknown_words("จัดกิจกรรม Active Learning ในโรงเรียน") == []


def test_benefit_numbers_alone_whose_section_digit_ocr_read_as_a_letter_are_the_list():
    # the list's numbers in a column of their own, ๙ read as a Thai letter ("ฝ.1", "ฒ.โ๒", "ผ่.3") and the
    # texts after them: the numbers were no openers, the benefits were one lead text (unplaced, naming
    # findings.text) and the rows lost named no issue of the table.  Each text opens with whom its benefit
    # is for, so they go one to each number (read.opens_beneficiary)
    old = _sample()
    start, end = old.index("\t\t๙.1 นักเรียน"), old.index("\n\n10. การติดตาม")
    texts = ["นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ", "ข้าราชการครูมีการจัดการเรียนรู้",
             "โรงเรียนมีกิจกรรมที่ส่งเสริมให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้"]
    text = old[:start] + "ฝ.1\nฒ.โ๒\nผ่.3\n\n" + "\n".join(texts) + old[end:]
    rows = run(text)
    benefits = [(f["seq"], f["text"]) for f in rows["findings"] if f["kind"] == "benefit"]
    assert benefits == list(enumerate(texts, start=1))
    assert not _issues(rows, "unplaced_text") and not _issues(rows, "missing_row")
    # texts that do not part so (the second one's opening word is no one's): the last number's, as before
    texts[1] = "มีการจัดการเรียนรู้โดยข้าราชการครู"
    rows = run(old[:start] + "ฝ.1\nฒ.โ๒\nผ่.3\n\n" + "\n".join(texts) + old[end:])
    (lost,) = _issues(rows, "missing_row")
    assert lost["field"] == "findings" and json.loads(lost["evidence"])["missing"] == [1, 2]


def test_an_item_number_alone_on_its_line_may_have_its_section_digit_read_as_a_letter():
    from parsers.bma_proposal.numbering import sub_opener
    opener = sub_opener("9")
    assert [opener(t) for t in ("ฝ.1", "ฒ.โ๒", "ผ่.4", "๙.3", "ก.ค.")] == [
        ("ฝ.1", ""), ("ฒ.๒", ""), ("ผ่.4", ""), ("๙.3", ""), None]


def test_list_numbers_apart_whose_texts_lost_their_indentation_go_by_what_opens_them():
    # numbers alone on their lines, then the texts without the indentation that cut them (OCR lost it):
    # all the texts were the last item's, the items before it lost
    from parsers.bma_proposal.numbering import Item, numbers_apart
    from parsers.items import opens_purpose
    from schemas.document import Line
    items = [Item(1, "2.1", [], 1, 1), Item(2, "2.2", [], 2, 2), Item(3, "2.3", [], 3, 7)]
    texts = [(4, "เพื่อพัฒนาผู้เรียนให้สามารถ"), (5, "สร้างความรู้"), (6, "เพื่อสร้างเครือข่าย"),
             (8, "เพื่อให้ครูผู้สอนมีความรู้"), (9, "ความเข้าใจ")]
    items[2].texts, items[2].end = [t for _, t in texts], 9
    lines = [Line(no, t) for no, t in texts]
    by_words = numbers_apart(items, lines, opens_purpose)
    assert [(it.number, it.text, it.start, it.end) for it in by_words] == [
        (1, "เพื่อพัฒนาผู้เรียนให้สามารถ สร้างความรู้", 4, 5), (2, "เพื่อสร้างเครือข่าย", 6, 6),
        (3, "เพื่อให้ครูผู้สอนมีความรู้ ความเข้าใจ", 8, 9)]
    # no opening words (benefits) and no indentation: where each text begins is not known (a blank line
    # may be a line of specks taken out, inside a text); the texts stay the last item's
    assert numbers_apart(items, lines) is items


def test_text_before_the_first_numbered_target_is_unplaced_not_a_target():
    # a wrapped line of the objectives OCR put under the targets' heading ("เพื่อพัฒนาการ" before
    # "๓.๑ ด้านปริมาณ"): it was a target of no kind, and every target after it one place down (the
    # last one a row the document does not have, no issue naming it)
    orig = run(_sample())
    rows = run(_sample().replace("๓. เป้าหมาย\n", "๓. เป้าหมาย\nเพื่อพัฒนาการ\n", 1))
    assert [(t["kind"], t["seq"], t["text"]) for t in rows["targets"] if t["kind"] != "indicator"] == \
        [(t["kind"], t["seq"], t["text"]) for t in orig["targets"] if t["kind"] != "indicator"]
    (issue,) = _issues(rows, "unplaced_text")
    assert issue["field"] == "targets.text" and "เพื่อพัฒนาการ" in issue["evidence"]


def test_a_list_whose_numbers_stand_together_is_read_where_its_texts_open_as_many_items():
    # "๒.๑ ๒.2 เพื่อ... เพื่อ...": the texts after the run open exactly as many objectives ("เพื่อ" where a word
    # starts) as the run holds numbers, the first right after it: each number goes before its text (extra3 w007)
    first = "เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้เพื่อพัฒนาผู้เรียนให้สามารถนำนวัตกรรมหรือ" \
            "สื่อเทคโนโลยีสารสนเทศ มาใช้สร้างสรรค์ผลงานต่างๆ"
    text = _sample().replace("\t\t๒.๑ เพื่อส่งเสริม", "\t\t๒.๑ ๒.2 เพื่อส่งเสริม").replace(
        "ผลงานต่างๆ เพื่อการเรียนรู้\n\t\t๒.2 เพื่อพัฒนา", "ผลงานต่างๆ เพื่อพัฒนา")
    rows = run(text)
    assert [o["text"] for o in rows["objectives"]] == [
        first, "เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ ผ่านการใช้เทคโนโลยีสารสนเทศด้วยตนเองได้"]
    assert not [i for i in _issues(rows, "unread_cells") if i["field"] == "objectives"]
    from parsers.bma_proposal.numbering import numbers_run_apart
    from parsers.items import opens_purpose
    from schemas.document import Line
    lines = [Line(3, "2.1 2.2 เพื่อสร้างเครือข่าย ผู้ปกครอง และชุมชน"), Line(4, "เพื่อให้ครูผู้สอนมีความรู้")]
    assert [ln.text for ln in numbers_run_apart(lines, "2", opens_purpose)] == [
        "2.1 เพื่อสร้างเครือข่าย ผู้ปกครอง และชุมชน", "2.2 เพื่อให้ครูผู้สอนมีความรู้"]
    # as many openers as numbers only: a third "เพื่อ" where a word starts, a list without openers, numbers out
    # of their order: as it is
    three = [lines[0], Line(4, "เพื่อให้ครู เพื่อการเรียนรู้")]
    assert numbers_run_apart(three, "2", opens_purpose) == three
    assert numbers_run_apart(lines, "2", None) == lines
    swapped = [Line(3, "2.2 2.1 เพื่อสร้างเครือข่าย"), lines[1]]
    assert numbers_run_apart(swapped, "2", opens_purpose) == swapped
    # the list's next item printed with its number ends the texts the run numbers
    more = lines + [Line(5, "2.3 เพื่อยกระดับ")]
    assert [ln.text for ln in numbers_run_apart(more, "2", opens_purpose)][-1] == "2.3 เพื่อยกระดับ"


_CATEGORY = "\tค่าวัสดุในการจัดกิจกรรมส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้ \n- โรงเรียนขนาดใหญ่ "


def test_a_category_cut_short_by_its_cell_s_wrap_is_said():
    # "ค่าอาหารว่างและ" / "เครื่องดื่ม": OCR put the cell's second line with another column's text, and the
    # category ending with "และ" was kept with no issue
    rows = run(_sample().replace(_CATEGORY, "\tค่าอาหารว่างและ\n- โรงเรียนขนาดใหญ่ "))
    first = rows["expenses"][0]
    assert first["category"] == "ค่าอาหารว่างและ"
    said = [i for i in _issues(rows, "unread_cells") if i["field"] == "expenses.category"]
    assert len(said) == len(rows["expenses"]) == 2  # each line under that category
    assert said[0]["line_start"] <= first["line_start"] <= said[0]["line_end"]
    assert not [i for i in run(_sample())["issues"] if i["field"] == "expenses.category"]


def test_a_category_and_its_item_printing_the_same_words_apart_are_both_in_doubt():
    # "ค่าวัสดุสำนึกงาน" over "- วัสดุสำนักงาน ...": a vowel OCR misread in one of them; both read as words,
    # and neither had an issue
    rows = run(_sample().replace(_CATEGORY, "\tค่าวัสดุสำนึกงาน \n- วัสดุสำนักงานและวัสดุคอมพิวเตอร์ "))
    first = rows["expenses"][0]
    assert (first["category"], first["item"]) == ("ค่าวัสดุสำนึกงาน", "วัสดุสำนักงานและวัสดุคอมพิวเตอร์")
    assert {i["field"] for i in _issues(rows, "repair_ambiguous")} >= {"expenses.category", "expenses.item"}
    # the same words printed alike: no doubt
    rows = run(_sample().replace(_CATEGORY, "\tค่าวัสดุสำนักงาน \n- วัสดุสำนักงานและวัสดุคอมพิวเตอร์ "))
    assert not [i for i in rows["issues"] if i["field"] in ("expenses.category", "expenses.item")]


_AGENCY = "หน่วยงานที่รับผิดชอบ\tฝ่ายการศึกษา และโรงเรียนในสังกัดสำนักงานเขตบางเขน"


def test_an_agency_whose_mark_ocr_dropped_reads_as_the_copy_s_other_printings_of_its_name():
    # "สำนกงานเขตบางเขน": the rationale and the place print "สำนักงานเขตบางเขน" (twice: OCR drops marks, it
    # does not add them); it was kept with no issue
    rows = run(_sample().replace(_AGENCY, _AGENCY.replace("สำนักงาน", "สำนกงาน")))
    project = rows["projects"][0]
    assert project["agency"] == "ฝ่ายการศึกษา และโรงเรียนในสังกัดสำนักงานเขตบางเขน"
    (repair,) = [i for i in _issues(rows, "value_repaired") if i["field"] == "projects.agency"]
    assert json.loads(repair["evidence"])["rule"] == "repeated_text"
    assert not [i for i in run(_sample())["issues"] if i["field"] in ("projects.agency", "projects.place")]


def test_an_agency_printed_with_other_marks_than_elsewhere_is_said_where_no_printing_decides():
    # "สำน้กงาน" against "สำนักงาน" elsewhere: a mark misread one way or the other, which is not known
    rows = run(_sample().replace(_AGENCY, _AGENCY.replace("สำนักงาน", "สำน้กงาน")))
    project = rows["projects"][0]
    assert project["agency"].endswith("สำน้กงานเขตบางเขน")
    assert {i["field"] for i in _issues(rows, "repair_ambiguous")} >= {"projects.agency", "projects.place"}


def test_a_benefit_whose_section_digit_ocr_read_as_a_digit_and_a_letter_opens_its_item():
    # "๓ฒ.๓" for ๙.๓ (the ๙ read as two glyphs): the line was the text of benefit 2, benefit 3 lost with no
    # issue naming its kind
    rows = run(_sample().replace("\t\t9.3 โรงเรียนมีกิจกรรม", "๓ฒ.๓ โรงเรียนมีกิจกรรม"))
    benefits = {f["seq"]: f["text"] for f in rows["findings"] if f["kind"] == "benefit"}
    assert sorted(benefits) == [1, 2, 3]
    assert benefits[3] == "โรงเรียนมีกิจกรรมที่ส่งเสริมให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้"
    assert benefits[2].endswith("ผลงานเพื่อการเรียนรู้") and "โรงเรียนมีกิจกรรม" not in benefits[2]


def test_a_sentence_before_the_first_benefit_says_the_benefits_table_over_its_rows():
    # the list's numbers read one short after the first item's was lost (its number column read apart: "1"
    # beside benefit 2, "2" beside benefit 3): the first benefit stands before item 1 as the lead, and the last
    # row is lost with no issue naming it; the table is said over the lead and the rows
    text = _sample().replace("\t\t๙.1 นักเรียนสามารถ", "นักเรียนสามารถ").replace("๙.2 ข้าราชการ", "๙.1 ข้าราชการ") \
        .replace("\t\t9.3 โรงเรียนมี", "9.2 โรงเรียนมี")
    rows = run(text)
    said = [i for i in _issues(rows, "unread_cells") if i["field"] == "findings"]
    benefits = [f for f in rows["findings"] if f["kind"] == "benefit"]
    assert len(said) == 1 and benefits
    assert said[0]["line_start"] < benefits[0]["line_start"] and said[0]["line_end"] >= benefits[-1]["line_end"]
    assert not [i for i in _issues(run(_sample()), "unread_cells") if i["field"] == "findings"]


_BENEFITS = _sample()[_sample().index("\t\t๙.1 นักเรียนสามารถ"):_sample().index("10. การติดตาม")]


def test_benefits_whose_numbers_stand_in_a_column_apart_go_one_to_each_number_by_whom_they_are_for():
    # the numbers read down their column first, then the texts, wrapped with no indentation: the texts part
    # where a line opens with whom a benefit is for (นักเรียน, ข้าราชการครู, โรงเรียน); they were one text
    column = """๙.1
๙.2
9.3

นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ ผ่านการใช้เทคโนโลยี
สารสนเทศด้วยตนเองได้
ข้าราชการครูและบุคลากรทางการศึกษากรุงเทพมหานคร
มีการจัดการเรียนรู้เพื่อพัฒนาทักษะของนักเรียน
โรงเรียนมีกิจกรรมที่ส่งเสริมให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้

"""
    rows = run(_sample().replace(_BENEFITS, column))
    benefits = [(f["seq"], f["text"]) for f in rows["findings"] if f["kind"] == "benefit"]
    assert benefits == [
        (1, "นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ ผ่านการใช้เทคโนโลยี สารสนเทศด้วยตนเองได้"),
        (2, "ข้าราชการครูและบุคลากรทางการศึกษากรุงเทพมหานคร มีการจัดการเรียนรู้เพื่อพัฒนาทักษะของนักเรียน"),
        (3, "โรงเรียนมีกิจกรรมที่ส่งเสริมให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้"),
    ]


def test_a_running_header_of_agency_title_and_year_between_a_section_s_lines_is_no_step_s_text():
    # the page's header ("<agency> โครงการ<name>" / "ปีงบประมาณ พ.ศ." / year), wrapped and read at a page break
    # after a step, and the agency alone on another page: they ran on into the step before them
    header = ("สำนักงานเขตบางเขน โครงการส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์\nผลงานเพื่อการเรียนรู้ ปีงบประมาณ พ.ศ.\n"
              "๒๕๖๙\n")
    text = _sample().replace("\t3. โรงเรียนรายงาน", header + "\t3. โรงเรียนรายงาน", 1) \
        .replace("\t5. โรงเรียนคัดสรร", "สำนักงานเขตบางเขน\n\t5. โรงเรียนคัดสรร", 1)
    rows, orig = run(text), run(_sample())
    assert [a["text"] for a in rows["activities"]] == [a["text"] for a in orig["activities"]]
    # a line that opens with the agency and goes on with other words is a step's text, kept
    text = _sample().replace("\t5. โรงเรียนคัดสรร", "\t5. สำนักงานเขตบางเขนคัดสรร", 1)
    assert run(text)["activities"][4]["text"].startswith("สำนักงานเขตบางเขนคัดสรร")


def test_a_section_heading_lost_whole_is_found_by_its_own_field_label():
    # "4. ลักษณะของโครงการ" read as specks ("€."), its first label with a letter lost ("ระเภทโครงการ"): the
    # labels counted only in section 4, so the project type and model were section 3's text (a quality target
    # ran on into them) and section 4 was missing
    text = _sample().replace("4. ลักษณะของโครงการ\n", "€.\n", 1).replace("\tประเภทโครงการ ", "ระเภทโครงการ ", 1)
    rows, orig = run(text), run(_sample())
    project, was = rows["projects"][0], orig["projects"][0]
    assert (project["project_type"], project["project_model"]) == (was["project_type"], was["project_model"])
    assert [t["text"] for t in rows["targets"]] == [t["text"] for t in orig["targets"]]
    assert [a["text"] for a in rows["alignments"]] == [a["text"] for a in orig["alignments"]]
    assert not _issues(rows, "missing_section")


def test_a_project_type_without_its_second_clause_is_said():
    # "... เป็นโครงการต่อเนื่อง" read as "020": the type kept its first clause only, with no issue
    text = _sample().replace("ของหน่วยงาน เป็นโครงการต่อเนื่อง", "ของหน่วยงาน\n020", 1)
    rows = run(text)
    assert rows["projects"][0]["project_type"] == "เป็นโครงการตามภารกิจประจำของหน่วยงาน"
    (issue,) = [i for i in _issues(rows, "missing_value") if i["field"] == "projects.project_type"]
    assert not [i for i in run(_sample())["issues"] if i["field"] == "projects.project_type"]


def test_a_project_s_name_place_or_agency_whose_thai_reads_as_no_words_is_flagged():
    # the project's own texts were never read for pieces no word covers: a name with a line of stamp or
    # dotted-leader letters run in ("...สร้างสรรค์ผลงาน ODD... 77โ111เฏญ08 0", "บาง ซือ"), an agency whose
    # marks OCR dropped ("ฝ่ายการศึกษา และโรงเรียนในสังกัดสำนักงานเขตบางเขน" read "...สังกดสำนักงาน...") was
    # wrong with no issue naming it
    old = _sample()
    assert not _issues(run(old), "unknown_words")
    text = old.replace("สร้างสรรค์ผลงานเพื่อการเรียนรู้\n", "สร้างสรรค์ผลงานเพื่อการเรียนรู้ ODD... 77โ111เฏญ08 0\n", 1)
    text = text.replace("โรงเรียนในสังกัดสำนักงานเขตบางเขน\n", "โรงเรียนในสังกดสำนักงานเขตบางเขน\n", 1)
    rows = run(text)
    fields = {i["field"] for i in _issues(rows, "unknown_words")}
    assert {"projects.name", "projects.agency"} <= fields
    project = rows["projects"][0]
    assert project["name"].endswith("เฏญ08 0") and "สังกด" in project["agency"]


def test_small_latin_letters_glued_to_thai_are_a_piece():
    # a dotted leader or a stamp OCR read as small Latin letters, run in with the Thai beside it, no space
    # ("ค่าอาหารกลางวันyuu", "0 cccceesesveeผู้รายงาน"): no word of the forms prints so
    from pipeline.wording import unknown_words
    assert unknown_words("ค่าอาหารกลางวันyuu") == ["yuu"]
    assert unknown_words("องค์กร 0 ccccecsesveeผู้รายงาน") == ["0", "ccccecsesvee"]  # (the zero alone: debris too)
    # an acronym in capitals glued to Thai, a Latin word apart from it, a lone letter: no piece
    assert unknown_words("ตามกรอบการประเมิน PISAได้ตามเป้าหมาย") == []
    assert unknown_words("จัดกิจกรรม Active Learning ในโรงเรียน") == []
    assert unknown_words("ระบบe-Learning ของโรงเรียน") == []


def test_a_list_text_that_holds_an_item_s_number_names_its_table():
    # item ๒.๒ run on after item ๒.๑ with its number misread out of sequence ("๒.5"): no opener, so its text
    # ran into item ๒.๑ and its row was lost, with no issue naming either
    text = _sample().replace("เพื่อการเรียนรู้\n\t\t๒.2 เพื่อพัฒนา", "เพื่อการเรียนรู้ ๒.5 เพื่อพัฒนา", 1)
    rows = run(text)
    (only,) = rows["objectives"]
    (issue,) = [i for i in _issues(rows, "unknown_words") if i["field"] == "objectives"]
    assert issue["line_start"] <= only["line_start"] <= issue["line_end"]
    assert "๒.5" in json.loads(issue["evidence"])["pieces"]
    # a decimal figure inside a text is no item's number
    from pipeline.wording import item_numbers
    assert item_numbers("เพื่อการเรียนรู้ ๒.5 เพื่อพัฒนา") == ["๒.5"]
    assert item_numbers("เพิ่มขึ้นร้อยละ 3.5 ของนักเรียน") == []
    assert item_numbers("ตามตัวชี้วัดที่ 2.1 ของแผน") == []


def _printings_check(value: str, lines: list[str], column: str = "place") -> tuple[dict, list]:
    from pipeline.siblings import check_printings
    from schemas.document import Line
    row = {"project_key": "p", column: value, "line_start": 1, "line_end": len(lines)}
    texts = [(n, t) for n, t in enumerate(lines, 1)]
    from pipeline.siblings import squashed_lines
    issues = check_printings({"projects": [row]}, [], [t for _, t in squashed_lines(
        [Line(n, t, "text") for n, t in texts])])
    return row, issues


def test_an_office_misread_once_reads_as_its_other_printings():
    # 'บึงกุ่ม' read 'ขึงกุ่ม' in the place (sc22a002): the title and target group print it right; both
    # spellings read as words, so nothing said the place was wrong
    lines = ["โครงการพัฒนาทักษะของนักเรียน", "ฝ่ายการศึกษา และโรงเรียนในสังกัดสำนักงานเขตบึงกุ่ม",
             "สถานที่ดำเนินการ : โรงเรียนในสังกัด", "สำนักงานเขตขึงกุ่ม",
             "เป้าหมาย โรงเรียนในสังกัดสำนักงานเขตบึงกุ่ม จำนวน 10 โรงเรียน"]
    row, issues = _printings_check("โรงเรียนในสังกัด สำนักงานเขตขึงกุ่ม", lines)
    assert row["place"] == "โรงเรียนในสังกัด สำนักงานเขตบึงกุ่ม"
    (issue,) = issues
    assert issue.code == "value_repaired" and issue.field == "projects.place"
    assert json.loads(issue.evidence)["rule"] == "own_printings"


def test_an_office_printed_two_ways_is_said_not_repaired():
    # 'บางซื่อ' read 'บางชื่อ' in the agency and once more, right four times (sc22a001): no one reading is
    # sure (the value's own spelling is printed twice), so the value is kept and the doubt said
    right, wrong = "สำนักงานเขตบางซื่อ", "สำนักงานเขตบางชื่อ"
    lines = [f"ในโรงเรียนสังกัด{right}", f"หน่วยงานที่รับผิดชอบ\t{wrong} / ฝ่ายการศึกษา",
             f"{wrong}จึงได้จัดทำโครงการ", f"ครูในโรงเรียนสังกัด{right} จำนวน ๕๒ คน", f"ใน{right}", f"ที่{right}"]
    row, issues = _printings_check(wrong, lines, "agency")
    assert row["agency"] == wrong
    (issue,) = issues
    assert issue.code == "repair_ambiguous" and issue.field == "projects.agency"
    assert json.loads(issue.evidence)["candidates"] == [right]
    # the value printed more often than the other spelling: no doubt
    _, issues = _printings_check(right, lines, "agency")
    assert not issues


def test_printings_that_are_other_texts_or_thinned_say_nothing():
    # a letter more ('ในโรงเรียนสังกัด...' beside 'โรงเรียนในสังกัด...': another phrase), marks lost alike
    # in every printing (an OBEC report's 'พืนที' for พื้นที่), figures in the other script
    place = "โรงเรียนในสังกัดสำนักงานเขตบางซื่อ"
    row, issues = _printings_check(place, [f"ใน{place[:8]}{place[10:]}"] * 3 + [place])
    assert row["place"] == place and not issues
    agency = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสงขลา เขต 1"
    row, issues = _printings_check(agency, ["สำนักงานเขตพืนทีการศึกษาประถมศึกษาสงขลา เขต 1"] * 5, "agency")
    assert row["agency"] == agency and not issues
    place = "โรงเรียนในสังกัดสำนักงานเขตบางแค จำนวน 5 โรงเรียน"
    row, issues = _printings_check(place, ["โรงเรียนในสังกัดสำนักงานเขตบางแค จำนวน ๕ โรงเรียน"] * 3)
    assert row["place"] == place and not issues


def test_a_sample_place_misread_once_is_said_where_the_other_spelling_reads_better():
    # the sample proposal's place with one letter misread: the target group prints it right once (a tie, one
    # printing each way); 'สังกัค' reads worse by the dictionary than 'สังกัด': the doubt is said at the place
    # (rule own_printings)
    label = "สถานที่ดำเนินการ    : โรงเรียนในสังกัดสำนักงานเขตบางเขน"
    rows = run(_sample().replace(label, label.replace("สังกัด", "สังกัค")))
    (project,) = rows["projects"]
    assert "สังกัค" in project["place"]
    assert [i for i in _issues(rows, "repair_ambiguous") if i["field"] == "projects.place"
            and json.loads(i["evidence"])["rule"] == "own_printings"]
    assert not [i for i in _issues(run(_sample()), "repair_ambiguous") if i["field"] == "projects.place"]


def test_an_expense_item_printed_as_often_each_way_is_said_where_the_other_reads_better():
    # 'ผู้เข้ารับการอบรม' read 'ผู้เข้าวับการอบรม' in both copies' budget line (s19pra005), right in both
    # copies' target: two and two; the other spelling reads better by the dictionary (วับ is a rare word)
    right, wrong = "ผู้เข้ารับการอบรม", "ผู้เข้าวับการอบรม"
    lines = [f"ค่าอาหารว่าง {wrong} 50 คน", f"{right}มีความรู้เพิ่มขึ้น"] * 2
    row, issues = _printings_check(wrong, lines, "item")
    assert not issues  # (a project's columns only: see the expenses below)
    from pipeline.siblings import check_printings, squashed_lines
    from schemas.document import Line
    text = [t for _, t in squashed_lines([Line(n, t, "text") for n, t in enumerate(lines, 1)])]
    rows = [{"project_key": "p", "item": wrong, "line_start": 1, "line_end": 1}]
    (issue,) = check_printings({"expenses": rows}, [], text)
    assert issue.code == "repair_ambiguous" and issue.field == "expenses.item" and rows[0]["item"] == wrong
    rows = [{"project_key": "p", "item": right, "line_start": 1, "line_end": 1}]
    assert not check_printings({"expenses": rows}, [], text)


def test_a_district_misread_alike_in_every_printing_reads_as_the_district():
    # 'คันนายาว' read 'ค้นนายาว' in every printing of the document (corpus bma_proposal_012): no printing
    # disagrees and both spellings read as words; Bangkok's districts are a closed list, and 'ค้นนายาว' is one
    # mark from one of them only
    from pipeline.districts import mend_districts
    row = {"project_key": "p", "agency": "สำนักงานเขตค้นนายาว", "place": "โรงเรียนในสังกัดสำนักงานเขตค้นนา ยาว",
           "name": "พัฒนาระบบการดูแลช่วยเหลือนักเรียน สำนักงานเขตบางซื่อ", "line_start": 1, "line_end": 9}
    issues = mend_districts({"projects": [row]}, [])
    assert row["agency"] == "สำนักงานเขตคันนายาว"
    assert row["place"] == "โรงเรียนในสังกัดสำนักงานเขตคันนายาว"
    assert row["name"].endswith("สำนักงานเขตบางซื่อ")  # (a district as printed: nothing to do)
    assert sorted(i.field for i in issues) == ["projects.agency", "projects.place"]
    assert {json.loads(i.evidence)["rule"] for i in issues} == {"district_name"}
    # an OBEC office is no district's; a district with other text run in, and a value damaged beyond its
    # district (a stamp's letters), are left alone
    row = {"project_key": "p", "agency": "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสงขลา เขต 1",
           "place": "สำนักงานเขตบางซื่อจึงได้จัดทำ", "name": "สำนักงานเขตบางซือ 1 รส่ะ ๑ y a a ew"}
    before = dict(row)
    assert not mend_districts({"projects": [row]}, []) and row == before


def test_an_office_that_names_no_district_is_said(monkeypatch):
    # 'โรงเรียนในสังกัดสำนักงานเขตหลักสี่' with the district read as Latin letters on the next line ('wana'):
    # the place ends at 'สำนักงานเขต' (fresh set s23r, bma_proposal_s23r003), silently before; repairs off too
    from pipeline.districts import mend_districts
    for switch in ("1", "0"):
        monkeypatch.setenv("RAINGAN_REPAIR", switch)
        row = {"project_key": "p", "agency": "สำนักงานเขตหลักสี่", "place": "โรงเรียนในสังกัดสำนักงานเขต",
               "line_start": 1, "line_end": 9}
        issues = mend_districts({"projects": [row]}, [])
        assert [(i.code, i.field) for i in issues] == [("missing_value", "projects.place")]
        assert row["place"] == "โรงเรียนในสังกัดสำนักงานเขต"  # kept as read


def test_a_sample_district_misread_is_read_back():
    # the sample proposal's agency and place with the district's last letter misread ('บางเขน' read 'บางเขห')
    text = _sample().replace("สำนักงานเขตบางเขน", "สำนักงานเขตบางเขห")
    (project,) = run(text)["projects"]
    (orig,) = run(_sample())["projects"]
    assert (project["agency"], project["place"]) == (orig["agency"], orig["place"])
