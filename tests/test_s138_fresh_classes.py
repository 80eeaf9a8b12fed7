"""Classes of layout and OCR damage that fresh sets showed read wrong with no issue naming them, or repaired wrong
(session 128: sets s151o and s151p, and a wrong repair of s148p).  Each test fails on the code before its rule."""

from __future__ import annotations

import json

import pytest

from schemas.document import Line
from tests.test_bma_proposal import run
from tests.test_prop_budget_unread_amount_free import proposal_with_budget
from tests.test_prop_item_columns import _lines

# fresh set s148p, bma_proposal_s148p001 after OCR: a category's first line "๑ x ๒๐,๐๐๐ = 90,000", its amount's ๒
# read 9, multiplies out as 1 x 60,000 = 60,000 (9 for ๖, and the unit amount's ๒ for ๖): the product alone moved
# two figures, one of them read clean, where the category's subtotal as printed (๒๕,๕๐๐) less its other line
# (๕,๕๐๐) leaves 1 x 20,000, the line's quantity and unit amount as printed (money._subtotal_rivals)
_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมส่งเสริมการจัดการเรียนรู้เชิงรุก

รายการ                                      จำนวน หน่วย       ราคาต่อหน่วย (บาท)    จำนวนเงิน (บาท)
ค่าวัสดุในการจัดกิจกรรมส่งเสริมการจัดการเรียนรู้เชิงรุก                                       {subtotal}
- โรงเรียนขนาดใหญ่                      ๑ โรงเรียน         ๒๐,๐๐๐       90,000
- โรงเรียนขนาดเล็ก                       ๑ โรงเรียน          ๕,๕๐๐         ๕,๕๐๐
ค่าอาหารกลางวัน                                                                                 ๑๐,๕๒9๐
ผู้เข้ารับการอบรม                            4๕ คน                     ๑๒๐         ๑๐,๕๒๐๐
รวมทั้งสิ้น                                                                                           ๓๓,๐๒๐

"""


def _with_table(subtotal: str) -> str:
    return proposal_with_budget(_TABLE.format(subtotal=subtotal), "๓๙,๐๖๐ บาท (สามหมื่นเก้าพันหกสิบบาทถ้วน)")


def _said(rows: dict, name: str) -> dict[str, str]:
    return {i["field"]: i["code"] for i in rows["issues"]
            if i["field"].startswith("expenses.") and f"the budget line {name}:" in i["message"]
            and i["code"] in ("value_repaired", "repair_ambiguous")}


def test_a_product_moving_two_figures_against_the_category_s_printed_subtotal_is_said_not_chosen():
    rows = run(_with_table("๒๕,๕๐๐"))
    assert _lines(rows)[0][1:] == ("โรงเรียนขนาดใหญ่", "1.00", "โรงเรียน", "20000.00", "90000.00")  # as read
    assert _said(rows, "โรงเรียนขนาดใหญ่") == {"expenses.amount": "repair_ambiguous",
                                                 "expenses.unit_amount": "repair_ambiguous"}


def test_where_the_subtotal_leaves_another_figure_the_product_is_chosen_as_before():
    rows = run(_with_table("๖๕,๕๐๐"))  # the subtotal backs 60,000: no reading of the line's figures as printed rivals
    assert _lines(rows)[0][1:] == ("โรงเรียนขนาดใหญ่", "1.00", "โรงเรียน", "60000.00", "60000.00")
    assert _said(rows, "โรงเรียนขนาดใหญ่") == {"expenses.amount": "value_repaired",
                                                 "expenses.unit_amount": "value_repaired"}


# fresh set s150o, bma_proposal_s150o002 after OCR: a sibling project's timetable prints step 2 "แต่งตั้งคณะกรรมการ"
# with the chart's marks beside it after a column gap, read as letters that make two dictionary words ("สอยอ"):
# the other printing was taken for one with a line more, and "สอยอ" read into the activity
# (pipeline.lostlines._first_columns)
def _restored_activity(other: list[str]) -> tuple[str, list]:
    from pipeline.lostlines import restore_lost_lines
    lines = [Line(10, "2. แต่งตั้งคณะกรรมการ\t[| |]"), Line(11, "ดำเนินงาน")]
    lines += [Line(50 + k, text) for k, text in enumerate(other)]
    tables = {"activities": [{"seq": 2, "text": "แต่งตั้งคณะกรรมการ ดำเนินงาน", "line_start": 10, "line_end": 11}]}
    issues = restore_lost_lines(tables, [], lines)
    return tables["activities"][0]["text"], issues


def test_the_chart_s_marks_after_a_column_gap_are_no_lost_line_of_an_activity():
    text, issues = _restored_activity(["2. แต่งตั้งคณะกรรมการ\tสอยอ", "ดำเนินงาน"])
    assert text == "แต่งตั้งคณะกรรมการ ดำเนินงาน" and not issues


def test_a_lost_line_of_its_own_beside_the_chart_s_marks_is_still_read_back():
    text, issues = _restored_activity(["2. แต่งตั้งคณะกรรมการ\tสอยอ", "ชุดใหม่เพื่อ", "ดำเนินงาน"])
    assert text == "แต่งตั้งคณะกรรมการ ชุดใหม่เพื่อ ดำเนินงาน"
    assert [i.code for i in issues] == ["value_repaired"]


# fresh set s151o, bma_progress_s151o007 after OCR: a column of "date : description" cells read down, one date cell
# OCR read as Latin look-alikes and lost its year's last digits ("low AW. ๒ :" for ๒๙ ก.พ. ๒๕๖๗): the cell ran on in
# the entry above's description, and each later cell of the column went one entry early (clauses._lookalike_slot)
def test_a_date_cell_of_look_alikes_around_a_misread_month_abbreviation_opens_an_entry():
    from normalizers.numbers import thai_digits_to_arabic
    from parsers.bma_progress.clauses import date_cell_opens
    assert date_cell_opens(thai_digits_to_arabic("low AW. ๒ : เวียนแจ้งประชาสัมพันธ์เชิญชวน"))
    # a description's words before a colon, or a token no digit's look-alike, are no date
    assert not date_cell_opens(thai_digits_to_arabic("ค่า ก.พ. ๒ : เวียนแจ้งประชาสัมพันธ์"))
    assert not date_cell_opens(thai_digits_to_arabic("low AW. ab : เวียนแจ้งประชาสัมพันธ์"))
    assert not date_cell_opens(thai_digits_to_arabic("hat AW. ๒ : เวียนแจ้งประชาสัมพันธ์"))


# fresh set s151o, obec_progress_s151o002 after OCR: a result's number with a comma OCR glued after its dot ("๒.,
# ผู้เข้าร่วม..."): the comma opened item ๒'s text, the list read ๑ then ๓, and item ๓ ran into ๒ (lists.strip_specks)
def test_an_item_number_with_a_comma_read_after_its_dot_opens_an_item():
    from parsers.obec_progress.lists import strip_specks
    from tests.test_obec_ocr import project, report, run as run_report
    assert strip_specks(Line(1, "๒., ผู้เข้าร่วมกิจกรรม")).text == "๒. ผู้เข้าร่วมกิจกรรม"
    assert strip_specks(Line(1, "๑.,๐๕๐ บาท")).text == "๑.,๐๕๐ บาท"  # an amount whose separator OCR doubled
    fy = "๒๕๖๗"
    tail = "ได้ดำเนินการครบตามแผนที่กำหนด\n"
    items = ("๑. ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๓๙ โรงเรียน\n\n"
             "๒., ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการปฏิบัติงานได้\n\n"
             "๓. ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์ของสำนักงาน\n")
    one = project(1, fy)
    rows = run_report(report(fy=fy, projects=[one[: -len(tail)] + items, project(2, fy)]))
    key = rows["projects"][0]["project_key"]
    assert [(f["seq"], f["text"]) for f in rows["findings"] if f["project_key"] == key and f["kind"] == "result"] == [
        (1, "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๓๙ โรงเรียน"),
        (2, "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการปฏิบัติงานได้"),
        (3, "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์ของสำนักงาน")]


# fresh set s151p, obec_progress_s151p004, clean text: the list's last title-only item wraps over a page whose foot
# is blank lines (no furniture printed), the reporter's signature right under its wrap: the name was cut at the
# page's end (read.SIGNED_AFTER, the signature lines the clean-up knew counted as the signature block)
_GROUP = "๒. โครงการที่ยังไม่ได้ดำเนินการ (๒ โครงการ)\n๒.๑ โครงการจิตอาสาด้วยกระบวนการลูกเสือ\n"
_LAST_TITLE = "๒.๒ โครงการการพัฒนาพหุปัญญาผู้เรียนรายบุคคลและการส่งเสริมความเป็นเลิศทางวิชาการ\n"
_WRAP = "ผ่านกิจกรรมศิลปหัตถกรรมนักเรียน ระดับเขตพื้นที่การศึกษา\n"
_SIGNATURE = ("ลงชื่อ..............................................ผู้รายงาน\n(นางสาวดวงใจ ทองดี)\n"
              "ตำแหน่ง ผู้อำนวยการกลุ่มนโยบายและแผน\n")


def _obec_names(tail: str) -> list[str]:
    from tests.test_obec_ocr import project, report, run as run_report
    rows = run_report(report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗")]) + _GROUP + tail)
    return [p["name"] for p in sorted(rows["projects"], key=lambda p: p["line_start"])]


def test_a_last_title_goes_on_past_a_blank_page_foot_right_above_the_signature():
    names = _obec_names(_LAST_TITLE + "\n\n\n" + _WRAP + "\n" + _SIGNATURE)
    assert names[-1] == _LAST_TITLE[4:].strip() + " " + _WRAP.strip()


def test_a_line_far_apart_from_the_last_title_and_from_the_signature_is_no_wrap_of_it():
    names = _obec_names(_LAST_TITLE + "\n\n\n" + _WRAP + "\n\n\n\n" + _SIGNATURE)
    assert names[-1] == _LAST_TITLE[4:].strip()


# fresh set s151p, obec_progress_s151p004 after OCR: a suggestion list whose numbers' dots OCR read a line low,
# beside each item's wrap ("2 ควรจัดสรรงบประมาณ...ตาม" / ". โครงการ"), the round's next heading right under the last:
# ". โครงการ" was read as a project's title, the project named "โครงการ", and the round after it lost to the project
# before (read.rule_title); and the dot was read into each item's text (normalizers.text._WRAP_DOT_RE)
def test_the_title_word_alone_after_a_dot_over_a_round_heading_is_an_item_s_wrap():
    from tests.test_obec_ocr import project, report, run as run_report
    second = project(2, "๒๕๖๗", quarter="๓")
    tail = ("ข้อเสนอแนะ\n1 หน่วยงานควรเพิ่มระยะเวลาในการอบรม และมีการจัดอบรมพัฒนา\n. อย่างต่อเนื่อง\n\n"
            "2 ควรจัดสรรงบประมาณให้เหมาะสมกับรูปแบบกิจกรรมตาม\n\n. โครงการ\n")
    later = second[second.index("ความก้าวหน้าของเป้าหมายโครงการ"):].replace("ไตรมาสที่ ๓", "ไตรมาสที่ ๔")
    rows = run_report(report(projects=[project(1, "๒๕๖๗"), second + tail + later]))
    assert len(rows["projects"]) == 2
    key = sorted(rows["projects"], key=lambda p: p["line_start"])[1]["project_key"]
    assert [f["text"] for f in rows["findings"] if f["project_key"] == key and f["kind"] == "suggestion"] == [
        "หน่วยงานควรเพิ่มระยะเวลาในการอบรม และมีการจัดอบรมพัฒนา อย่างต่อเนื่อง",
        "ควรจัดสรรงบประมาณให้เหมาะสมกับรูปแบบกิจกรรมตาม โครงการ"]
    assert {b["quarter"] for b in rows["quarterly_budgets"] if b["project_key"] == key} == {3, 4}


def test_a_dot_alone_opening_a_wrapped_line_is_left_out_of_the_joined_text():
    from normalizers.text import join_wrapped
    assert join_wrapped(["ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ใน", ". การปฏิบัติงานได้"]) == \
        "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ใน การปฏิบัติงานได้"
    # a first line's dot is the item's (its number lost), a dot before a figure or glued to a word is text
    assert join_wrapped([". การปฏิบัติงาน", "ได้"]) == ". การปฏิบัติงาน ได้"
    assert join_wrapped(["จำนวน", ".5 คน"]) == "จำนวน .5 คน"


# fresh set s151p, obec_progress_s151p004 after OCR: a sara am whose ring OCR read as a tone mark ("จ้านวน" for จำนวน:
# จ้าน + วน, both words), kept with nothing said; read as the word the document prints on far more lines
# (pipeline.wording.printed_lookalike, rule printed_word)
@pytest.mark.usefixtures("repair_on")
def test_a_sara_am_read_as_a_tone_mark_is_read_as_the_word_the_document_prints():
    from pipeline.wording import flag_unknown_words, printed_lookalike
    texts = ["มีผู้เข้าร่วมกิจกรรมจ้านวน58คน"] + [f"ครูในสังกัดจำนวน{n}คน" for n in range(6)]
    assert printed_lookalike("มีผู้เข้าร่วมกิจกรรม จ้านวน 58 คน", texts) == ("จ้านวน", "จำนวน")
    tables = {"activities": [{"project_key": "a", "seq": 2, "progress": "มีผู้เข้าร่วมกิจกรรม จ้านวน 58 คน",
                              "line_start": 670, "line_end": 672}]}
    said = flag_unknown_words(tables, [], texts)
    assert tables["activities"][0]["progress"] == "มีผู้เข้าร่วมกิจกรรม จำนวน 58 คน"
    assert [json.loads(i.evidence)["rule"] for i in said] == ["printed_word"]
    # the word printed no more often than the reading: nothing tells which is right
    assert printed_lookalike("มีผู้เข้าร่วมกิจกรรม จ้านวน 58 คน", texts[:2]) is None


# fresh sets s145p to s151o after OCR: "และ" between a year and a month's name, or two figures, read by the English
# model as "Was", "Way", "waz" ("ธันวาคม 2567 Way มกราคม – กันยายน ๒๕๖๘"): a proposal's period of two spans read short
# of its conjunction (normalizers.text._LATIN_MISREADS)
def test_and_read_as_latin_letters_between_figures_is_read_back():
    from normalizers.text import fix_latin_misreads, latin_misread_words
    assert fix_latin_misreads("ธันวาคม 2567 Way มกราคม – กันยายน ๒๕๖๘") == "ธันวาคม 2567 และ มกราคม – กันยายน ๒๕๖๘"
    assert fix_latin_misreads("โครงการที ๕ Was ๒ เป็นโครงการ") == "โครงการที ๕ และ ๒ เป็นโครงการ"
    assert latin_misread_words("ธันวาคม 2567 Way มกราคม") == [("Way", "และ", 0)]
    for kept in ("พ.ศ. 2545 way (ฉบับที่ 3)", "COVID 19 was here", "ธันวาคม Wedd Was มกราคม"):
        assert fix_latin_misreads(kept) == kept


# fresh set s151o, bma_proposal_s151o001 after OCR: a KPI table's first row whose line opens with its type, its
# indicator and value run on one line above it with a line of the table's rules OCR read as specks between
# ("นักเรียน...ดีขึ้นไป ร้อยละ 85" / "wo 6 aa ๐" / "ผลลัพธ์ วิธีการคำนวณ ..."): the row was lost, said
# (kpis.lead_into_first_row)
def _typed_row():
    from parsers.bma_proposal.kpis import Kpi
    row = Kpi()
    row.type, row.method, row.lines = "ผลลัพธ์", ["วิธีการคำนวณ จำนวนนักเรียนที่พึงพอใจ"], [237, 239]
    return row


def test_an_indicator_and_value_on_a_line_over_a_row_opened_by_its_type_are_the_row_s():
    from parsers.bma_proposal.kpis import lead_into_first_row
    row = _typed_row()
    above = Line(235, "นักเรียนที่เข้าร่วมกิจกรรมมีความพึงพอใจในระดับดีขึ้นไป ร้อยละ 85")
    assert lead_into_first_row(row, [Line(229, "ตัวชี้วัด ค่าเป้าหมาย"), above]) == [Line(229, "ตัวชี้วัด ค่าเป้าหมาย")]
    assert (row.text, row.value, row.lines) == (
        ["นักเรียนที่เข้าร่วมกิจกรรมมีความพึงพอใจในระดับดีขึ้นไป"], ["ร้อยละ", "85"], [235, 237, 239])
    # a line further up, or one with no figure after the value's word, is not taken
    for lead in ([Line(233, above.text)], [Line(235, "นักเรียนที่เข้าร่วมกิจกรรม ร้อยละ")]):
        row = _typed_row()
        assert lead_into_first_row(row, lead) == lead and not row.text and not row.value


# fresh set s151o, obec_progress_s151o001 after OCR: a project's name holding a Thai word that counts a figure read by
# the English model as one small Latin word ("... ด้านการศึกษา seman 10 สู่การปฏิบัติ" for รัชกาลที่ 10): one word of
# four letters or more after Thai passed as a program's name, and the name was wrong with nothing said
# (pipeline.wording.latin_debris)
def test_a_small_latin_word_before_a_figure_inside_thai_is_said():
    from pipeline.wording import unknown_words
    assert unknown_words("โครงการการน้อมนำพระบรมราโชบายด้านการศึกษา seman 10 สู่การปฏิบัติ") == ["seman"]
    # a program's name with no figure after it, or a capitalised name, stays unsaid
    assert unknown_words("ใช้โปรแกรม excel ในการทำงาน") == []
    assert unknown_words("ใช้ระบบ Excel 2016 ในการทำงาน") == []


# fresh set s151p, bma_progress_s151p003 after OCR: a budget clause wrapped after its label, its report-number bracket
# OCR garbled whole ("... งบประมาณที่เบิกใช้" / "(adem ev) = ๒๕,๒๐๐.- บาท"): the line opened a piece of its own, read
# as an expense line "(adem ev)", and the report's disbursement was lost (clauses._BUDGET_TAIL_RE)
def test_a_budget_clause_s_garbled_bracket_past_a_wrap_goes_on_the_clause():
    from parsers.bma_progress.clauses import _runs_across
    head = "บาท :: ความก้าวหน้าของงานฯ = ๕๕.๐๐ % : งบประมาณที่เบิกใช้"
    assert _runs_across(head, "(adem ev) = ๒๕,๒๐๐.- บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย")
    assert _runs_across(head, "(ครั้งที่ ๗) = ๒๕,๒๐๐.- บาท")
    # an expense line after another clause is no budget clause's rest
    assert not _runs_across("บาท :: ความก้าวหน้าของงานฯ = ๕๕.๐๐ %", "(adem ev) = ๒๕,๒๐๐.- บาท")


# fresh set s152o, obec_progress_s152o001 after OCR: a report that writes no ๔ ๖ ๗ ๘ ๙, ๒๕๖๗ read "๒๕๒๐" in most
# headings (๗ as ๐, which the table lacks: 2566 by its ๖ read ๐) and "๒๕๒ฒ" in one (2567 or 2569, never 2566): 2566
# went into every project with no issue naming a project's year (year._year_unwritten_rival)
def test_a_year_one_mention_rules_out_even_with_unwritten_digits_free_is_in_doubt():
    from parsers.obec_progress.year import _year_unwritten_rival
    mentions = [("heading", "๒๕๒๐", 0)] * 22 + [("heading", "๒๕๐๒", 0)] * 3 + [("heading", "๒๕๒ฒ", 0)] \
        + [("edition", "๑๓", 0)] * 13
    said = _year_unwritten_rival(mentions, 2566, "46789")
    assert said and {i.field for i in said} >= {"projects.fiscal_year_be", "quarterly_budgets.fiscal_year_be"}
    assert all(i.code == "repair_ambiguous" and "2567" in i.message for i in said)
    # every mention allowing the year (no "๒๕๒ฒ"), or a document that writes every digit: nothing said
    assert _year_unwritten_rival(mentions[:-14] + mentions[-13:], 2566, "46789") == []
    assert _year_unwritten_rival(mentions, 2566, "") == []


# fresh set s152p, bma_progress_s152p007 after OCR: the seed-001 layout (a report's expense carried over the page
# under the next report's label, "- รายงานครั้งที่ ๑๐ : ค่าตอบแทนวิทยากร ...") whose budget clause's number OCR misread
# past the table (๙ read ๑), naming an earlier report that holds its own figures: the label opened a report 10 the
# form does not print, which took report 9's expense and figures with nothing said (assemble._real_header)
def test_a_clause_under_the_next_reports_label_naming_an_earlier_report_with_figures_is_the_dated_entrys():
    from tests.test_s121_fresh_classes import _label_entries
    result = _label_entries("3")  # (an Arabic 3 is no reading of 9 or of 10; report 3 holds its own figures)
    assert sorted(result.entries) == [3, 9]
    assert [x.item for x in result.entries[9].expenses] == ["ค่าตอบแทนวิทยากร"]
    assert any(i.code == "false_entry_header" for i in result.issues)
    assert 10 in _label_entries("4").entries  # (report 4 is none: the label opens its entry, as before)


# fresh set s152o, bma_progress_s152o001 after OCR: an entries table whose first two rows OCR read across, then the
# headers' column, then the date and description column down: its first cell is report 2's description's rest
# ("... และโอนเงินกิจกรรมที่" / "1 ให้ 38 เครือข่าย" / "โรงเรียน โดยผ่านเขต"), no date, one cell more than the entries
# lacking one; before, it went to report 3 and every later cell one entry late (assemble._run_on_cell)
def _column_cells(ends_open: bool):
    from datetime import date
    from parsers.bma_progress.assemble import DateBlock, _Assembler
    from parsers.bma_progress.clauses import Entry
    asm = _Assembler([])
    asm.entries = {1: Entry(1, 113, 117, date(2020, 12, 3), "3/12/63", ["จัดทำคำสั่ง คณะกรรมการ"]),
                   2: Entry(2, 122, 126, date(2021, 1, 23), "23 ม.ค. 64", [
                       "ได้รับ การอนุมัติโครงการ และโอนเงินกิจกรรมที่" if ends_open else "ได้รับการอนุมัติโครงการ"]),
                   3: Entry(3, 127, 128), 4: Entry(4, 130, 131)}
    blocks = [DateBlock(None, "1 ให้ 38 เครือข่าย", 140, [("โรงเรียน โดยผ่านเขต", 142)]),
              DateBlock(date(2021, 2, 23), "23/2/2564", 143, [("เวียนแจ้ง", 143)]),
              DateBlock(date(2021, 3, 5), "5/3/2564", 156, [("จัดกิจกรรมนิเทศ", 158)])]
    return asm, blocks, asm._block_places(blocks, [1, 2, 3, 4], set())


def test_an_undated_first_cell_of_a_column_is_the_rest_of_the_open_description_above_it():
    asm, blocks, places = _column_cells(ends_open=True)
    assert places == [2, 3, 4]
    assert blocks[0].texts[0] == ("1 ให้ 38 เครือข่าย", 140) and not blocks[0].date_text
    assert [i.code for i in asm.issues] == ["entry_cell_in_doubt"]
    # a description that ends as a text ends: the cells are weighed by their months, as before
    _, _, places = _column_cells(ends_open=False)
    assert places[0] != 2
