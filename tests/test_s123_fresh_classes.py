"""Classes of layout and OCR damage fresh sets s122p-s123p showed, each
read before with a wrong value or a lost row and no issue naming it:

- a speck of three digits (a page number OCR garbled) at a page's foot
  between a risk's mitigation and the next risk, in a risk table read a
  cell to a line;
- a BMA progress header's day ending its line, a speck of figures on the
  next line, then the month: two days, the date read with the speck's;
- a risk table's last mitigation read past the benefits' heading in lines
  as wide as the table's widest column (the mitigation's), wider than a
  third of the table's widest line;
- an expense line's one fit, found through a rare misread, that keeps as a
  digit an amount's leading 2 where the ฿ sign stood;
- a KPI's method read as its tool alone, the formula's lines lost;
- a budget table's first category garbled past opening a line ("ค่า" apart
  from its name), its clause below: the line lost, the rest numbered short;
- a list item's number whose dot OCR read as a comma ("1, ...");
- a risk's two scores that read as no score, its level not read: the one
  reading of their characters was taken, checked by nothing."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.bma_progress.entries import parse_entries
from parsers.bma_proposal.risks import read_risk_rows, repair_risks
from parsers.bma_proposal.tables import read_budget
from parsers.items import split_item_number
from schemas.document import CopyReading, Reading
from tests.test_prop_kpi_method_tool_lost import Kpi, _method_issues
from tests.conftest import numbered_lines
from tests.test_bma_expense_product_pair import _line, _run, declined
from tests.test_bma_progress_entries_ocr import _lines
from tests.test_bma_proposal import _risks, _with_risk_section, run
from tests.test_obec_items_end_as_items import FY, _with_problems
from tests.test_obec_ocr import report as obec_report, run as obec_run


def _risk_cells(cells: list[str]) -> list[tuple]:
    rows, _, _ = read_risk_rows(numbered_lines(cells))
    return [(" ".join(t for t, _ in r.risk), [t for t, _ in r.scores], r.level, " ".join(t for t, _ in r.mitigation))
            for r in rows]


def test_a_speck_of_three_digits_between_a_mitigation_and_the_next_risk_is_no_rows_score():
    # fresh set s122p, bma_proposal_s122p004: "๑27" where the page's number stood read as the one score of a row
    # whose level OCR lost, the mitigation's second line that row's risk; every risk after it one row late, unsaid
    cells = ["ราคาวัสดุสูงกว่าที่ประมาณการไว้", "3", "3", "ปานกลาง", "สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย",
             "และปรับรายการให้เหมาะสมกับงบประมาณ", "๑27",
             "การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติงบประมาณใช้เวลานาน", "1", "2", "น้อยมาก",
             "เตรียมเอกสารขออนุมัติให้ครบถ้วน"]
    rows = _risk_cells(cells)
    assert [r[1:3] for r in rows] == [(["3", "3"], "ปานกลาง"), (["1", "2"], "น้อยมาก")]
    assert rows[0][3] == "สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย และปรับรายการให้เหมาะสมกับงบประมาณ"
    assert rows[1][0].startswith("การจัดกิจกรรม")
    # a score cell of one digit there is still the one score of a row whose level OCR lost
    rows = _risk_cells(cells[:6] + ["4"] + cells[7:])
    assert len(rows) == 3 and rows[1][1] == ["4"]


_DAY_TEXT = (
    "รายงานครั้งที่ 2 :: 10 มิ.ย. 61 : จัดทำโครงการเพื่อขออนุมัติ :: ความก้าวหน้าของงานฯ = 15.0% งบประมาณที่เบิกใช้",
    "(ครั้งที่ 2) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย รายงานครั้งที่ 3 :: {day}",
    "",
    "{speck}",
    "",
    "กรกฎาคม 61 : จัดกิจกรรมนิเทศ ติดตาม การดำเนินงานของโรงเรียนในสังกัด ::",
    "ความก้าวหน้าของงานฯ = 24.0% งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
)


def _day_entries(day: str, speck: str):
    return parse_entries(_lines(*(t.replace("{day}", day).replace("{speck}", speck) for t in _DAY_TEXT)))


def test_a_headers_day_before_a_speck_of_figures_leaves_the_date_in_doubt():
    # fresh set s123p, bma_progress_s123p004: "รายงานครั้งที่ 3 :: 7" / "๑7" / "กรกฎาคม 61 : ...": read 17 July with
    # nothing said of the 7 set aside, the truth 7 July
    result = _day_entries("7", "๑7")
    assert result.entries[3].date == date(2018, 7, 17)
    assert any(i.code == "unplaced_text" and i.field == "progress_reports.report_date" and "'7'" in i.message
               for i in result.issues)
    # the same day twice, or no day on the header's line: nothing in doubt
    for day, speck in (("17", "๑7"), ("", "๑7")):
        assert not any(i.field == "progress_reports.report_date" and i.code == "unplaced_text"
                       for i in _day_entries(day, speck).issues)


# fresh set s123o, bma_proposal_s123o004: a table read across whose mitigation column is its widest (21 of the
# widest line's 52), its last row's mitigation read past the benefits' heading
_WIDE_TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง โอกาสที่จ ผลกระทบ ระดับของ            แนวทางการบริหาร
เกิด                 ความเสียง       ความเสียง
ราคาวัสดุสูงกว่าที่           ๒ ๒ น้อย      สำรวจราคาวัสดุก่อนจัดทำ
ประมาณการไว้ ทำให้จัดซื้อ                                แผนการใช้จ่าย และปรับ
วัสดุได้ไม่ครบตามรายการ                     รายการให้เหมาะสมกับ
งบประมาณ
โรงเรียนไม่สามารถ                    ๓ ๒ ปานกลาง มีหนังสือแจ้งโรงเรียน

ดำเนินการได้ตามเป้าหมาย
เนื่องจากข้าราชการครูและ
บุคลากรทางการศึกษาที่ได้
รับมอบหมายให้ปฏิบัติงานมี
ภาระงานมาก

9. ประโยชน์ที่คาดว่าจะได้รับ

{past}
"""


def test_a_last_mitigation_past_the_heading_as_wide_as_the_tables_widest_column_is_the_rows():
    past = ("เป็นระยะๆ และการแจ้งข่าว\nทางเว็บไซต์สำนักการศึกษา\nเพื่อให้แต่ละโรงเรียนทราบ\nขั้นตอนและผลการ\n\n"
            "ปฏิบัติงาน\n")
    rows = run(_with_risk_section(_WIDE_TABLE.format(past=past)))
    risks = _risks(rows)
    assert risks[-1][4] == ("มีหนังสือแจ้งโรงเรียน เป็นระยะๆ และการแจ้งข่าว ทางเว็บไซต์สำนักการศึกษา "
                            "เพื่อให้แต่ละโรงเรียนทราบ ขั้นตอนและผลการ ปฏิบัติงาน")
    assert {i["field"] for i in rows["issues"] if i["code"] == "unread_cells"
            and "under the benefits' heading" in i["message"]} == {"findings.text", "findings.mitigation"}
    # a benefit's paragraph there, a page's width, is left to the benefits as before
    wide = "โรงเรียนมีสื่อการเรียนรู้ดิจิทัลที่มีคุณภาพ สามารถเผยแพร่เป็นแบบอย่างได้ทุกโรงเรียนในสังกัด\n"
    assert _risks(run(_with_risk_section(_WIDE_TABLE.format(past=wide))))[-1][4] == "มีหนังสือแจ้งโรงเรียน"


@pytest.mark.usefixtures("repair_on")
def test_a_lone_fit_keeping_an_amounts_leading_two_as_a_digit_is_declined():
    # fresh set s123o, bma_progress_s123o008: "๑๔๑ ใบๆ ละ ฿๓๕ เป็นเงิน ฿๔,๙๓๕" read "๑๕๑ ... 2๕,ส๓๕", the entry's
    # disbursement unread: the one fit, through ๑ read for ๗ (a rare misread), 741 x 35 = 25,935, kept the 2 (the ฿
    # OCR misread) as the amount's first digit; before, both figures were said repaired, wrong
    line = _line("๑๕๑", "๓๕", "2๕,ส๓๕")
    issues = _run(None, line)
    assert "leading 8, 3 or 2" in declined(issues)[0].message


def test_a_method_read_as_its_tool_alone_is_said():
    # fresh set s123p, bma_proposal_s123p005: the row's first lines read as debris, its method read as
    # "เครื่องมือที่ใช้ในการวัด แบบสอบถามความพึงพอใจ" (the formula before it lost), with nothing said
    def said(method: str) -> list:
        return _method_issues([Kpi(["นักเรียนมีความพึงพอใจ"], ["ร้อยละ 80"], "ผลลัพธ์", [method], ["ไตรมาสที่ ๔"],
                                   [3, 4])])[1]
    assert said("เครื่องมือที่ใช้ในการวัด แบบสอบถามความพึงพอใจ") == [("missing_value", "targets.method")]
    # the method's word read, its opening lost or not: nothing said
    assert said("การคำนวณ จำนวนนักเรียนที่พึงพอใจ/จำนวนนักเรียนทั้งหมด x 100 เครื่องมือที่ใช้ในการวัด แบบสอบถาม") == []


# fresh set s124o, bma_proposal_s124o004: the first category's "ค่า" apart from "อาหารกลางวัน", the activity's
# words between, its line's clause below them
_LOST_LINE_BUDGET = [
    "๗. งบประมาณ",
    "เบิกจ่ายจากงบประมาณรายจ่ายประจำปี พ.ศ.๒๕๖๙",
    "รายการค่าใช้จ่ายในกิจกรรมส่งเสริมการใช้เทคโนโลยีดิจิทัลเพื่อ",
    "การเรียนการสอน เป็นเงิน ๒๘,๒๑๐.-บาท (สองหมื่นแปดพันสองร้อยสิบบาทถ้วน) ตามรายละเอียดดังนี้",
    "กิจกรรม     รายการค่าใช้จ่าย จำนวน     กฎหมาย",
    "เงิน        ระเบียบที่",
    "เกี่ยวข้อง",
    "จัดกิจกรรม ค่า                    ๕,๑๐.-      ข้อบัญญัติ",
    "ส่งเสริม      อาหารกลางวัน     บาท       กรุงเทพมหานคร",
    "การใช้                                 เรื่อง",
    "ผู้เข้ารับการอบรม",
    "จำนวน ๔๓ คนๆ",
    "ละ ๑๒๐.-บาท",
    "เป็นเงิน ๕,๑๖๐.-",
    "บาท",
    "ค่าอาหารว่างและ ๔,๐๕๐.-",
    "เครื่องดื่ม            บาท",
    "ผู้เข้ารับการอบรม",
    "จำนวน ๑๓๕ คนๆ ละ ๓๐.-บาท",
    "เป็นเงิน ๔,๐๕๐.-",
    "บาท",
    "ค่าเช่ารถโดยสาร ๑๙,๐๐๐.-",
    "ปรับอากาศ       บาท",
    "- รถโดยสารปรับอากาศ จำนวน ๒ คันๆ ละ ๙,๕๐๐.-บาท เป็นเงิน ๑๙,๐๐๐.-บาท",
    "รวมทั้งสิ้น                  ๒๘,๒๑๐.-",
]


def test_an_expense_clause_before_the_first_line_read_says_a_line_lost():
    out = CopyReading(0, 1, 40)
    read_budget(numbered_lines(_LOST_LINE_BUDGET), out)
    said = [i for i in out.issues if i.code == "unread_cells" and i.field == "expenses"
            and "before its first line read" in i.message]
    assert len(said) == 1 and said[0].line_start == 12 and said[0].line_end >= 24
    # the same table with its first category read whole: nothing said so
    whole = _LOST_LINE_BUDGET[:7] + ["จัดกิจกรรม\tค่าอาหารกลางวัน\t๕,๑๖๐.-\tข้อบัญญัติ"] + _LOST_LINE_BUDGET[8:]
    out = CopyReading(0, 1, 40)
    read_budget(numbered_lines(whole), out)
    assert not [i for i in out.issues if "before its first line read" in i.message]


def test_an_items_number_whose_dot_ocr_read_as_a_comma_numbers_it():
    # fresh set s124p, obec_progress_s124p004: "1, ภาระงานอื่น ๆ ..." / "> มีเจ้าหน้าที่..." (๒) read as ">"): no number
    # read, the list was one item, the second row lost with nothing said of its quarter, kind or number
    assert split_item_number("1, ภาระงานอื่น ๆ ค่อนข้างเยอะ")[0] == (1,)
    assert split_item_number("๒, มีเจ้าหน้าที่ผู้ปฏิบัติงาน")[0] == (2,)
    assert split_item_number("1,000 บาท")[0] is None and split_item_number("๑,๕๐๐ บาท")[0] is None
    # (the second item's words open an item of another project's list, as there)
    one = _with_problems(1, "๑) ระยะเวลาในการอบรมพัฒนามีจำกัด\n"
                            "๒) มีเจ้าหน้าที่ผู้ปฏิบัติงานจำนวนน้อย ส่งผลให้ต้องปฏิบัติงานแบบเร่งรีบ\n")
    two = _with_problems(2, "1, ภาระงานอื่น ๆ ค่อนข้างเยอะ จึงทำให้การดำเนินกิจกรรมในไตรมาสนี้ดำเนินการ\n"
                            "ได้ล่าช้ากว่าที่กำหนดไว้\n"
                            "> มีเจ้าหน้าที่ผู้ปฏิบัติงานจำนวนน้อย ส่งผลให้ต้องปฏิบัติงานแบบเร่งรีบ\n")
    rows = obec_run(obec_report(fy=FY, projects=[one, two]))
    key = rows["projects"][1]["project_key"]
    problems = [f["text"] for f in rows["findings"] if f["project_key"] == key and f["kind"] == "problem"]
    assert len(problems) == 2 and problems[0].startswith("ภาระงาน") and problems[1].startswith("มีเจ้าหน้าที่")


@pytest.mark.usefixtures("repair_on")
def test_two_scores_that_read_as_none_with_no_level_are_not_repaired():
    # fresh set s124p, bma_proposal_s124p005: a table read column by column, the first row's scores '๐๐' and '๐๐'
    # (specks of the rules), its level lost: said repaired to 4 x 4, the truth 1 x 4
    findings = {("risk", 1): {"likelihood": Reading(None, "๐๐", 5, 9), "impact": Reading(None, "๐๐", 5, 9)}}
    issues = repair_risks(findings)
    assert findings[("risk", 1)]["likelihood"].value is None and findings[("risk", 1)]["impact"].value is None
    assert {i.field for i in issues if i.code == "repair_ambiguous"} == {"findings.likelihood", "findings.impact"}
    assert not [i for i in issues if i.code == "value_repaired"]
    # with its level read, the one pair that gives it is taken as before
    findings = {("risk", 1): {"likelihood": Reading(None, "๐๐", 5, 9), "impact": Reading(None, "๐๐", 5, 9),
                              "level": Reading("สูงมาก", "สูงมาก", 5, 9)}}
    assert any(i.code == "value_repaired" for i in repair_risks(findings))
