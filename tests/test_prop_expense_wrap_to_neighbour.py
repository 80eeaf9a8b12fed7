"""BMA progress entries printed as the columns of a table (transposed), an
expense line a narrow description cell wrapped over several printed lines,
one of its next lines placed by position under the NEIGHBOURING entry (a
line of fewer cells than entries: OCR lost the cell's indent or the gap
before it): "วิทยากร จำนวน 4 ชั่วโมงๆ ละ 600<tab>จ่าย" / "บาท.- เป็นเงิน 2,400
บาท.-" (fresh set w s19w011: the last line read after entry 8's cell, so
given to it), "กำหนดหัวข้อ<tab>โครงการ ค่าอาหาร จำนวน ๓๕" / "ดำเนินงาน<tab>คนๆ
ละ ๒๕๐ บาท เป็นเงิน" (h s20h005: entry 2's figures after entry 1's word,
given to entry 1).  The line was lost: its item under one report, its
figures under the other, each said as text no rule could read.  Now a line
placed by position that goes on with an expense line (it opens with the
words or signs that join its figures, or a figure with its unit) goes to
the one entry whose cell just above leaves an expense line open, where its
own entry leaves none open and holds no figures on the line above; said
(entry_cell_in_doubt on expenses).  Refused where two entries leave one
open."""

from parsers.bma_progress.transposed import untranspose, untranspose_with_doubts
from pipeline.clean import clean_lines
from tests.conftest import entries_by_header
from tests.test_bma_progress_entries_ocr import _lines


def _table(last_cell_8: str = "จ่าย") -> tuple[str, ...]:
    return (
        "รายงานครั้งที่ ๗\tรายงานครั้งที่ ๘",
        "วันที่รายงาน\t๒๘/๘/๒๕๖๔\t๘/๙/๒๕๖๔",
        "รายละเอียดการดำเนินงาน\tดำเนินการอบรมเชิงปฏิบัติการ\tได้ดำเนินการอบรม",
        "ตามแผนการดำเนินงาน ค่าอาหาร\tเชิงปฏิบัติการ ไปแล้ว",
        "จำนวน ๖๐ คนๆ ละ ๑๕๐ บาท.-\tระหว่างการรวบรวม",
        "เป็นเงิน ๙,๐๐๐ บาท.- ค่าตอบแทน\tเอกสารประกอบการเบิก -",
        f"วิทยากร จำนวน ๔ ชั่วโมงๆ ละ ๖๐๐\t{last_cell_8}",
        "บาท.- เป็นเงิน ๒,๔๐๐ บาท.-",
        "ความก้าวหน้าของงานฯ\t๖๒\t๖๘",
        "งบประมาณที่เบิกใช้\t๑๑,๔๐๐ บาท\t๐ บาท",
        "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
        "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
    )


def test_a_wrapped_expense_line_placed_under_the_neighbour_goes_on_with_its_own_entry():
    lines, issues = untranspose_with_doubts(_lines(*_table(), start=147))
    got = entries_by_header(lines)
    seventh, eighth = got["รายงานครั้งที่ ๗"], got["รายงานครั้งที่ ๘"]
    assert "บาท.- เป็นเงิน ๒,๔๐๐ บาท.-" in seventh
    assert not any("๒,๔๐๐" in t for t in eighth)
    assert any(i.code == "entry_cell_in_doubt" and i.field == "expenses" and i.line_start == 154 for i in issues)


# the table as OCR gave it (h s20h005, its figures read right): cells apart by runs of spaces
_SPACED = """รายการ       ครั้งที่ ๑               ครั้งที่ ๒
วันที่รายงาน ๑ พฤศจิกายน ๒๕๖๐ ๒ ธันวาคม ๒๕๖๐

รายละเอียดการ ประชุมผู้บริหาร อยู่ระหว่างการเตรียมจัดทํา

ดําเนินงาน       สถานศึกษาเพื่อ คําสั่งเจ้าหน้าที่ และผู้ร่วม
กําหนดหัวข้อ       โครงการ ค่าอาหาร จํานวน ๙๘
ดําเนินงาน        คนๆ ละ ๒๕๐ บาท เป็นเงิน

๒๔,๕๐๐ บาท

ความก้าวหน้า      ๓.๐๐ %          ๑๔.๐๐ %

ของงานฯ

งบประมาณที่       ๐ บาท             ๒๔,๕๐๐ บาท

เบิกใช้

ความสอดคล้อง เป็นไปตามแผน เป็นไปตามแผน

กับแผน

ความสอดคล้อง เป็นไปตาม        เป็นไปตามเป้าหมาย

กับเป้าหมาย       เป้าหมาย
"""


def test_figures_after_a_label_tail_go_to_the_entry_whose_item_waits_for_them():
    lines, _ = clean_lines(_SPACED)
    got = entries_by_header(untranspose(lines))
    first, second = got["รายงานครั้งที่ ๑"], got["รายงานครั้งที่ ๒"]
    assert "คนๆ ละ ๒๕๐ บาท เป็นเงิน" in second and "๒๔,๕๐๐ บาท" in second
    assert not any("๒๕๐ บาท" in t for t in first)


def test_refused_where_the_entry_it_stands_under_leaves_an_expense_line_open_too():
    # entry 8's cell above leaves "ค่าวัสดุ..." open as well: which expense line the line finishes is not told (and
    # entry 8's column, that cell as wide as the line, does not tell either: transposed._width_fit)
    got = entries_by_header(untranspose(_lines(*_table("ค่าวัสดุและอุปกรณ์สำนักงาน ="), start=147)))
    assert "บาท.- เป็นเงิน ๒,๔๐๐ บาท.-" in got["รายงานครั้งที่ ๘"]
    assert "บาท.- เป็นเงิน ๒,๔๐๐ บาท.-" not in got["รายงานครั้งที่ ๗"]


def test_an_item_holding_a_word_of_latin_letters_is_said():
    # (the line the rejoin reads whole in s19w011: "ค่าเกียรติ" / "tins จำนวน ..." - บัตร read as Latin letters;
    # before, the text no rule read was said, the line read now was not)
    from pipeline.stages import process_document
    from tests.conftest import sample_text

    text = sample_text("003_c0975e1d5f59aaa1.txt").replace("ค่าวัสดุ = 4,000.- บาท", "ค่าวัสดุ tins = 4,000.- บาท")
    rows = process_document("003.txt", text.encode("utf-8"))
    items = [r["item"] for r in rows["expenses"] if r["report_seq"] == 5]
    assert "ค่าวัสดุ tins" in items
    assert any(i["code"] == "implausible_value" and i["field"] == "expenses.item" and "tins" in i["message"]
               for i in rows["issues"])
    clean = process_document("003.txt", sample_text("003_c0975e1d5f59aaa1.txt").encode("utf-8"))
    assert not any(i["code"] == "implausible_value" and i["field"] == "expenses.item" for i in clean["issues"])


# Two cells glued on one line, the gap between them lost (t s24t003): the left entry's wrapped words, then the
# next piece of the expense line the right entry's cell leaves open ("... 111 เล่มๆ ละ 150 บาท.-" / "การศึกษา
# ส่งผลงาน เป็นเงิน 16,650 บาท.-"): read as one cell, the words stood inside the expense line and it was lost.
def _glued(open_line: str, glued: str) -> str:
    return f"""รายการ      รายงานครั้งที่ 5 รายงานครั้งที่ 6
วันที่รายงาน 22 ส.ค. 66      30 ส.ค. 66
รายละเอียดการ เวียนแจ้ง             อยู่ระหว่างขั้นตอน...
ดําเนินงาน        ประชาสัมพันธ์        พิจารณาเกณฑ์การคัดเลือก
เชิญชวนให้          และตัดสินผลงาน
ข้าราชการครูและ       {open_line}
{glued}
เข้าร่วมกิจกรรม
ความก้าวหน้า      68.0%               76.0%
ของงานฯ
งบประมาณที่      0 บาท.-              16,650 บาท.-
เบิกใช้
ความสอดคล้อง เป็นไปตามแผน       เป็นไปตามแผน
กับแผน
ความสอดคล้อง เป็นไปตาม        เป็นไปตามเป้าหมาย
กับเป้าหมาย       เป้าหมาย
"""


def test_two_cells_glued_part_where_the_open_expense_line_goes_on():
    lines, _ = clean_lines(_glued("ค่าจัดทําเอกสาร จํานวน 111 เล่มๆ ละ 150 บาท.-",
                                  "การศึกษาส่งผลงาน เป็นเงิน 16,650 บาท.-"))
    got, issues = untranspose_with_doubts(lines)
    by = entries_by_header(got)
    fifth, sixth = by["รายงานครั้งที่ 5"], by["รายงานครั้งที่ 6"]
    assert "เป็นเงิน 16,650 บาท.-" in sixth and "การศึกษาส่งผลงาน" in fifth
    assert not any("การศึกษา" in t for t in sixth)
    assert any(i.code == "entry_cell_in_doubt" and i.field == "expenses" and "glued" in i.message for i in issues)


def test_words_after_an_item_whose_figures_have_not_begun_stay_with_it():
    # "ค่าอาหารว่างและ" / "เครื่องดื่ม จำนวน 142 ...": the words are the item's own, not a glued cell's
    lines, _ = clean_lines(_glued("ค่าอาหารว่างและ", "เครื่องดื่ม จำนวน 142 คนๆ ละ 25 บาท เป็นเงิน 3,550 บาท"))
    by = entries_by_header(untranspose(lines))
    assert not any(t.strip() == "เครื่องดื่ม" for t in by["รายงานครั้งที่ 5"])


def _narrow_table() -> tuple[str, ...]:
    # (extra4 t018: a narrow cell wraps the item over three lines, "ค่า" four lines above the amount's line)
    return (
        "รายงานครั้งที่ ๔\tรายงานครั้งที่ ๖",
        "วันที่รายงาน\t๑๗/๕/๒๕๖๒\t๓/๗/๒๕๖๒",
        "รายละเอียดการดำเนินงาน\tจัดทำคำสั่ง\tได้ดำเนินการประชุม",
        "คณะกรรมการ และเจ้าหน้าที่ดำเนิน\tการรวบรวม",
        "โครงการ ค่า\tเอกสาร",
        "อาหารว่างและ\tประกอบการเบิก",
        "เครื่องดื่ม จำนวน ๙๘\t- จ่าย",
        "คนๆ ละ ๒๕ บาท.-",
        "เป็นเงิน ๒,๔๕๐ บาท.-",
        "ความก้าวหน้าของงานฯ\t๕๕\t๗๐",
        "งบประมาณที่เบิกใช้\t๒,๔๕๐ บาท\t๐ บาท",
        "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
        "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
    )


def test_an_expense_line_whose_item_a_narrow_cell_wrapped_over_lines_gets_its_figures_back():
    lines, issues = untranspose_with_doubts(_lines(*_narrow_table(), start=110))
    got = entries_by_header(lines)
    fourth, sixth = got["รายงานครั้งที่ ๔"], got["รายงานครั้งที่ ๖"]
    assert "คนๆ ละ ๒๕ บาท.-" in fourth and "เป็นเงิน ๒,๔๕๐ บาท.-" in fourth
    assert not any("เป็นเงิน" in t or "คนๆ" in t for t in sixth)
    assert {i.line_start for i in issues if i.code == "entry_cell_in_doubt" and i.field == "expenses"} >= {117, 118}
