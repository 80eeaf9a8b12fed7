"""Classes of layout and OCR damage fresh sets s125o-s126o showed, each
read before with a wrong value or a lost row and no issue naming it:

- a budget table OCR read down the page, its later rows past the risks'
  heading in pieces that split the clause's words across lines
  ("กลาง จำนวน ๓" / "ละ ๑,๒๐๐.-บาท") and a second category's name
  ("ค่าตอบแทน" / "วิทยากร") among them: the rows stayed with the risks;
- a budget table of item columns whose unit cell's first letter OCR read
  as digits glued to the word ("2 15รงเรียบ" for 2 โรงเรียน): the row was
  of another shape, lost, the lines after it numbered short;
- a KPI table's type cell with the table's rule before it read as a
  letter joined to the word ("ร้อยละ คผลลัพธ์"): no row read, the table's
  one row lost (said);
- an action plan whose steps' lines OCR lost, its chart's month titles
  damaged ("พุย." / "ธุค." for พ.ย. / ธ.ค.) and its caption's year read
  with a Latin look-alike ("ปีงบประมาณ พ.ศ. 255d"): those were read as
  steps, the plan's real steps lost with nothing said of their numbers;
- a list's numbers in a column of their own, a speck read as a short word
  ("มี") alone between the column and the first text: read as item 1;
- a templated text one printing of which holds Latin letters where the
  others print a Thai word ("(ANNIE)" for "(สัมภาษณ์)"): kept as read with
  nothing said (an acronym's shape);
- a proposal's benefits numbered "๙.N" read with the dot lost and the 9 as
  a letter ("ฒ๒") or a figure ("๓๕๓", its dot read as a digit too): items
  2 and 3 ran into item 1, their rows lost with nothing said of them;
- an OBEC main activity's heading read as one run of Latin letters
  ("NANITNUANN ๓ จัดทำคำสั่ง..." for กิจกรรมหลักที่ ๓): the activity ran
  into the one above's progress, its row lost with nothing said;
- an item-column budget row whose unit amount's ".-" OCR read as a colon
  ("๕ ๐๐๐:"): the figure was cut at its first digit and read as 5."""

from __future__ import annotations

from parsers.bma_proposal.budget import expense_stream, item_columns, read_expenses, rows_past_heading
from parsers.bma_proposal.kpis import _type_in, read_rows
from parsers.bma_proposal.read import opens_beneficiary, read_list
from parsers.bma_proposal.tables import read_activities
from parsers.units import mend_unit, unit_by_glued_digits
from pipeline.siblings import restore_from_siblings
from schemas.document import CopyReading, Line
from tests.conftest import numbered_lines
from tests.test_prop_budget_rows_past_heading import BUDGET, _lines
from tests.test_prop_numbers_column_garbled_between import _WANT, _read
from tests.test_prop_obec_activity_gap import SECOND, _activities, _with
from tests.test_siblings import rows_of

_RISKS_PIECES = ["ความเสี่ยง", "ครูติดภารกิจในวันอบรม ทำให้ผู้เข้าอบรมไม่ครบตามจำนวนที่กำหนด", "4,800 บาท",
                 "- โรงเรียนขนาด", "กลาง จำนวน ๓", "โรงเรียนๆ ละ", "๑๒,๕๐๐.-บาท", "เป็นเงิน", "๓๗,๕๐๐.-บาท", "",
                 "ค่าตอบแทน", "", "วิทยากร", "", "- วิทยากรภายนอก", "จำนวน ๓ ชั่วโมงๆ", "ละ ๑,๒๐๐.-บาท",
                 "เป็นเงิน", "๓,๖๐๐.-บาท", "", "ประสานโรงเรียนล่วงหน้าก่อนจัดกิจกรรม"]


def test_expense_rows_past_the_risks_heading_in_pieces_and_with_a_category_go_back_to_the_budget():
    budget, risks = rows_past_heading(_lines(BUDGET, 10), _lines(_RISKS_PIECES, 30))
    assert [ln.text for ln in risks if ln.text] == [_RISKS_PIECES[0], _RISKS_PIECES[1], _RISKS_PIECES[-1]]
    assert budget[-1].text == "รวมทั้งสิ้น"
    found = read_expenses(expense_stream(budget, ""))
    assert [(e.item, e.qty, e.each, e.amount) for e in found] == [
        ("ผู้เข้าอบรม", "40", "120", "4,800"), ("โรงเรียนขนาด กลาง", "๓", "๑๒,๕๐๐", "๓๗,๕๐๐"),
        ("วิทยากรภายนอก", "๓", "๑,๒๐๐", "๓,๖๐๐")]
    assert found[-1].category.replace(" ", "") == "ค่าตอบแทนวิทยากร"


def test_a_risk_line_that_opens_with_a_category_word_and_makes_no_clause_stays():
    risks = ["ความเสี่ยง", "ค่าวัสดุ", "สูงขึ้น", "- ปรับรายการ", "ให้เหมาะสม"]
    budget, left = rows_past_heading(_lines(BUDGET, 10), _lines(risks, 30))
    assert [ln.text for ln in left] == ["ความเสี่ยง", "ค่าวัสดุ", "สูงขึ้น", "ปรับรายการ", "ให้เหมาะสม"]
    assert len(budget) == len(BUDGET)


_GLUED_ROWS = ["ค่าวัสดุในการจัดกิจกรรม", "โรงเรียนขนาดใหญ่\t2 15รงเรียบ\t18,000\t36,000",
               "- โรงเรียนขนาดกลาง\t1 โรงเรียน\t10,000\t10,000", "รวมทั้งสิ้น\t46,000"]


def test_a_unit_whose_first_letter_ocr_read_as_glued_digits_is_read_and_said():
    lines = [Line(n, t) for n, t in enumerate(["รายการ\tจำนวน หน่วย\tราคาต่อหน่วย (บาท)\tจำนวนเงิน (บาท)",
                                               *_GLUED_ROWS], 40)]
    found, total = item_columns(lines, [], [])
    assert [(e.item, e.qty, e.unit, e.each, e.amount) for e in found] == [
        ("โรงเรียนขนาดใหญ่", "2", "15รงเรียบ", "18,000", "36,000"),
        ("โรงเรียนขนาดกลาง", "1", "โรงเรียน", "10,000", "10,000")]
    unit, issues = mend_unit("15รงเรียบ", "โรงเรียนขนาดใหญ่", "expense line 1", (41, 41))
    assert unit == "โรงเรียน" and [i.code for i in issues] == ["value_repaired"]
    # two letters more misread, or a short unit: no unit read, and the unit kept as printed is said
    assert unit_by_glued_digits("15รงเรอบ") is None and unit_by_glued_digits("1น") is None
    unit, issues = mend_unit("15รงเรอบ", "โรงเรียนขนาดใหญ่", "expense line 1", (41, 41))
    assert unit == "15รงเรอบ" and [i.code for i in issues] == ["implausible_value"]


def test_a_type_word_with_the_rule_read_as_a_letter_before_it_is_the_type():
    assert _type_in("นักเรียนที่เข้าร่วม ร้อยละ คผลลัพธ์").group(0) == "คผลลัพธ์"
    rows, _ = read_rows(numbered_lines(["นักเรียนที่เข้าร่วม ร้อยละ คผลลัพธ์", "", "กิจกรรมมี   85", "",
                                        "ความพึงพอใจใน"]))
    assert [(r.value, r.type) for r in rows] == [(["ร้อยละ", "85"], "ผลลัพธ์")]
    # a word that opens with a letter and is no type stays none
    assert _type_in("นักเรียน คผลงานดีเด่น วิธีการคำนวณ") is None


def test_a_charts_damaged_month_titles_and_caption_are_no_steps():
    out = CopyReading(0, 1, 40)
    read_activities(numbered_lines(["ขั้นตอนการดำเนินงาน", "", "ปีงบประมาณ พ.ศ. 255d", "", "ต.ุค.", "พุย.", "ธุค.",
                                    "ม.ค.", "ก.ุพ."]), out)
    assert not out.tables.get("activities")
    # the steps printed as words stay steps, a word of the titles' shape among them too
    out = CopyReading(0, 1, 40)
    read_activities(numbered_lines(["ปีงบประมาณ พ.ศ. 255d", "พุย.", "ประชุมชี้แจงครูทุก", "ทุก"]), out)
    assert [r.value for _, r in sorted((k, v["text"]) for k, v in out.tables["activities"].items())] == [
        "ประชุมชี้แจงครูทุก", "ทุก"]


def test_a_speck_read_as_a_short_word_before_the_first_text_is_no_item():
    assert _read(["2.1", "2.2", "2.3", "'", "มี"]) == _WANT
    assert _read(["2.1", "2.2", "2.3", "มี"]) == _WANT
    # a word of more letters there is kept as it was (read as the first text)
    assert _read(["2.1", "2.2", "2.3", "มีการ"])[0][1].startswith("มีการ")


_TEMPLATE = "ดำเนินการประเมินคุณลักษณะและภาวะผู้นำ (สัมภาษณ์)"


def test_latin_letters_where_the_texts_printings_print_a_thai_word_read_as_it_and_said():
    tables = rows_of(_TEMPLATE, "ดำเนินการประเมินคุณลักษณะและภาวะผู้นำ (ANNIE)", _TEMPLATE)
    issues = restore_from_siblings(tables, [])
    assert [t["text"] for t in tables["targets"]] == [_TEMPLATE] * 3
    assert [(i.code, i.line_start) for i in issues] == [("value_repaired", 2)] and "ANNIE" in issues[0].message
    # the Thai text printed once: no reading agrees on it, the Latin stays
    tables = rows_of(_TEMPLATE, "ดำเนินการประเมินคุณลักษณะและภาวะผู้นำ (ANNIE)")
    assert restore_from_siblings(tables, []) == [] and "ANNIE" in tables["targets"][1]["text"]
    # two Thai texts fit where the Latin stands: which is not known, kept
    other = "ดำเนินการประเมินคุณลักษณะและภาวะผู้นำ (ทดสอบ)"
    tables = rows_of(_TEMPLATE, "ดำเนินการประเมินคุณลักษณะและภาวะผู้นำ (ANNIE)", _TEMPLATE, other, other)
    assert restore_from_siblings(tables, []) == []


def test_latin_letters_in_a_templated_text_with_its_own_figures_read_as_its_wording():
    tables = rows_of("ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๑๑๕ โรงเรียน",
                     "ได้ดำเนินการนิเทศ Gani โรงเรียนในสังกัด จำนวน ๑๓ โรงเรียน",
                     "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๒๕ โรงเรียน")
    issues = restore_from_siblings(tables, [])
    assert tables["targets"][1]["text"] == "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๑๓ โรงเรียน"
    assert [(i.code, i.line_start) for i in issues] == [("value_repaired", 2)]
    # a Latin word the dictionary's Thai would not replace (the wording's printings read another Latin there): kept
    tables = rows_of(*(f"โครงการ Active Learning ในโรงเรียน จำนวน {n} แห่ง" for n in ("๑๓", "๒", "๕")))
    assert restore_from_siblings(tables, []) == []


_BENEFITS = ["๕๑ โรงเรียนมีกิจกรรมที่ส่งเสริมการจัดการเรียนรู้เชิงรุกอย่างต่อเนื่อง",
             "ฒ๒ ทข้าราชการครูและบุคลากรทางการศึกษากรุงเทพมหานคร",
             "มีการจัดการเรียนรู้เพื่อพัฒนาการจัดการเรียนรู้เชิงรุกของนักเรียน",
             "๓๕๓ นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ", "ด้วยตนเองได้"]


def test_benefit_numbers_read_without_their_dot_open_or_say_their_items():
    out = CopyReading(0, 1, 100)
    got, _ = read_list([Line(n, t) for n, t in enumerate(_BENEFITS, 179)], "9", "expected benefit", "findings.seq",
                       out, item_opens=opens_beneficiary)
    assert [(n, a, b) for n, _, a, b in got] == [(1, 179, 179), (2, 180, 183)]  # "ฒ๒" opens item 2
    said = [i for i in out.issues if i.code == "unread_cells" and i.field == "findings"]
    assert len(said) == 1 and "๓๕๓" in said[0].message  # item 3 ran into item 2: said
    # a count opening a wrapped line: no item (said as before, a line opening as the benefits do)
    out = CopyReading(0, 1, 100)
    lines = [Line(n, t) for n, t in enumerate(["๙.๑ โรงเรียนมีกิจกรรมที่ส่งเสริมการจัดการเรียนรู้เชิงรุก จำนวน",
                                               "๕๐ โรงเรียนในสังกัดมีผลงานการจัดการเรียนรู้ที่มีคุณภาพ",
                                               "๙.๒ นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ"], 10)]
    got, _ = read_list(lines, "9", "expected benefit", "findings.seq", out, item_opens=opens_beneficiary)
    assert [(a, b) for _, _, a, b in got] == [(10, 11), (12, 12)]


def test_an_activity_heading_read_as_latin_letters_is_the_activity_its_number_next():
    rows = _with("NANITNUANN ๒ นิเทศ ติดตาม และประเมินผล\n")
    assert _activities(rows) == [(1, "ประชุมคณะกรรมการ"), (2, "นิเทศ ติดตาม และประเมินผล"),
                                 (3, "สรุปและรายงานผลการดำเนินงาน")]
    # a number out of sequence, or a Latin word too short for the heading's: no activity
    assert [n for n, _ in _activities(_with("NANITNUANN ๕ นิเทศ ติดตาม และประเมินผล\n"))] == [1, 3]
    assert [n for n, _ in _activities(_with("Zoom ๒ นิเทศ ติดตาม และประเมินผล\n"))] == [1, 3]
    assert _activities(_with(SECOND))[1] == (2, "นิเทศ ติดตาม และประเมินผล")


def test_a_unit_amounts_dot_and_dash_read_as_a_colon_end_the_figure():
    lines = [Line(n, t) for n, t in enumerate(["รายการ\tจำนวน หน่วย\tราคาต่อหน่วย (บาท)\tจำนวนเงิน (บาท)",
                                               "ค่าวัสดุในการจัดกิจกรรม",
                                               "โรงเรียนขนาดเล็ก\t๕ โรงเรียน ๕ ๐๐๐:\t๓๒,๐๐๐.-"], 206)]
    found, _ = item_columns(lines, [], [])
    assert [(e.qty, e.unit, e.each, e.amount) for e in found] == [("๕", "โรงเรียน", "๕ ๐๐๐", "๓๒,๐๐๐")]
