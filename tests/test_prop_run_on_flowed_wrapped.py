"""A BMA progress form printed as running text (the whole form on one line or
a few) that OCR wrapped over many lines, blank lines between them: its
entries table, run on in the paragraph, was lost whole (fresh set s33o
004: 48 misses with no lines, and four header fields wrong with no issue).

- a tab OCR set before a speck at the end of the date row ("... 30 ก.ย.
  2567<tab>|") made the table look like one in cells, which the run-on
  reader leaves to the cell reader, which read nothing: a cell of specks
  alone parts no cells;
- a row label OCR misread by a letter ("ความค้าวหน้าของงานฯ", ก read as
  ค) left the whole table unread: the labels and flag phrases are read
  letter-tolerantly;
- the ฿ sign read as an 8 everywhere ("BO 812,580 88,000", the header's
  "820,580" for ฿20,580), with only one sign read as a sign: the expense
  lines prove it ("127 เล่มๆ ละ 850 เป็นเงิน 86,350": 127 x 50 = 6,350),
  and count with the signs seen;
- the expense line groups whose sums OCR misread go to the reports that
  spent, in order, when as many reports spent as there are groups;
- a label's leader dot read as a comma ("ตัวขี้วัด.., :") and a heading
  wrapped across a blank line.
"""

from parsers.bma_progress.baht_sign import proven_signs, signs_seen
from parsers.bma_progress.fields import FORM
from parsers.bma_progress.transposed import _in_cells, run_expense_owners, untranspose_with_doubts
from pipeline.stages import process_document
from schemas.document import Line
from tests.conftest import entries_by_header

_WRAPPED = (
    "2. .รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ ครั้งที่ 1 ครั้งที่ 2",
    "ครั้งที่ 3 วันที่รายงาน 30 ก.ค. 2567 4 ส.ค. 2567 30 ก.ย. 2567\t|",
    "",
    "รายละเอียดการดำเนินงาน ได้รับการอนุมัติโครงการ และโอนเงินกิจกรรมที 1 ให้",
    "23 เครือข่ายโรงเรียน โดยผ่านเขต อยู่ระหว่างการเตรียมการประชุม",
    "",
    "ค่าจัดทำเอกสาร จำนวน 127 เล่มๆ ละ 850 เป็นเงิน 86,350",
    "",
    "ค่าอาหารว่างและเครื่องดื่ม จำนวน 178 คนๆ ละ 835 เป็นเงิน 86,230",
    "",
    "ดำเนินการเบิกจ่ายงบประมาณเสร็จสิ้น และสรุปรายงานผลการดำเนินโครงการ",
    "",
    "ค่าอาหารกลางวัน จำนวน 100 คนๆ ละ 880 เป็นเงิน 88,000",
    "",
    "ความค้าวหน้าของงานฯ 48.50 % 60.00 % 100.00 % งบประมาณทีเบิกใช้ BO",
    "812,580 88,000 ความสอดคล้องกับแผน เป็นไปตามแผน ไม่เป็นไปตามแผน",
    "",
    "เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย",
    "",
    "ไม่เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย ขอรับรองว่า",
)


def _lines(texts, start=58):
    return [Line(no, t) for no, t in enumerate(texts, start=start) if t]


def test_a_wrapped_run_on_table_is_read_entry_by_entry_with_its_signs_proven():
    out, issues = untranspose_with_doubts(_lines(_WRAPPED))
    got = entries_by_header(out)
    assert list(got) == ["รายงานครั้งที่ 1", "รายงานครั้งที่ 2", "รายงานครั้งที่ 3"]
    assert got["รายงานครั้งที่ 1"][0] == ":: 30 ก.ค. 2567 :"
    assert "ความก้าวหน้าของงานฯ = 60.00 %" in got["รายงานครั้งที่ 2"]
    assert "งบประมาณที่เบิกใช้ = 12,580 บาท" in got["รายงานครั้งที่ 2"]  # "812,580": the sign read as 8
    assert "งบประมาณที่เบิกใช้ = 8,000 บาท" in got["รายงานครั้งที่ 3"]
    assert ": ไม่เป็นไปตามเป้าหมาย" in got["รายงานครั้งที่ 2"]
    assert any("ค่าจัดทำเอกสาร" in t for t in got["รายงานครั้งที่ 2"])
    assert any("ค่าอาหารกลางวัน" in t for t in got["รายงานครั้งที่ 3"])
    repaired = [i for i in issues if i.code == "value_repaired"]
    assert {i.field for i in repaired} == {"progress_reports.disbursed"} and len(repaired) == 2
    # the first two reports' descriptions run into one another: parted where a word may open one (not after
    # the figures "1", "23", nor before "และ", "โดย"), at a space, not a line's end: read, nothing said
    assert got["รายงานครั้งที่ 1"][1:3] == ["ได้รับการอนุมัติโครงการ และโอนเงินกิจกรรมที 1 ให้", "23 เครือข่ายโรงเรียน โดยผ่านเขต"]
    assert got["รายงานครั้งที่ 2"][1] == "อยู่ระหว่างการเตรียมการประชุม"
    assert not [i for i in issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports.description"]


def test_a_tab_between_two_cells_still_leaves_the_table_to_the_cell_reader():
    texts = ("ครั้งที่ 1 ครั้งที่ 2 วันที่รายงาน 1/1/2567\t5/2/2567",) + _WRAPPED[3:]
    out, _ = untranspose_with_doubts(_lines(texts))
    assert not entries_by_header(out)  # not run-on: as before


def test_expense_lines_prove_a_sign_read_as_a_digit():
    assert proven_signs("ค่าจัดทำเอกสาร จำนวน 127 เล่มๆ ละ 850 เป็นเงิน 86,350") == 1
    assert proven_signs("ค่าจัดทำเอกสาร จำนวน 127 เล่มๆ ละ 50 เป็นเงิน 6,350") == 0  # no sign read
    assert proven_signs("ค่าอาหาร จำนวน 3 คนๆ ละ 850 เป็นเงิน 2,550") == 0  # holds as read: 850 it is
    assert proven_signs("ค่าอาหาร จำนวน 3 คนๆ ละ 850 เป็นเงิน 82,600") == 0  # holds neither way
    assert proven_signs("ค่าอาหาร 100 คน x 880 = 88,000") == 0  # holds both ways: proves nothing
    assert signs_seen("ค่าเอกสาร 127 เล่ม x 850 = 86,350 ค่าอาหาร 178 คน x 835 = 86,230") == 2


def test_expense_groups_go_to_the_reports_that_spent_when_as_many_spent():
    cell = ("อยู่ระหว่างขั้นตอน อยู่ระหว่างการเตรียมการ ค่าเช่ารถโดยสาร จำนวน 3 คันๆ ละ 3,500 บาท เป็นเงิน "
            "100,500 บาท จัดเตรียมข้อมูล ค่าอาหาร จำนวน 53 คนๆ ละ 250 บาท เป็นเงิน 21,150 บาท")
    placed = run_expense_owners(cell, ["0.00", "113,520.00", "21,350.00"], 3)
    assert placed is not None and placed[1] == [1, 2]
    # three reports spent, two groups: which one listed none is not said by anything
    assert run_expense_owners(cell, ["5.00", "113,520.00", "21,350.00"], 3) is None


def test_a_leader_dot_read_as_a_comma_before_the_separator():
    hits = FORM.anchors.scan("ตัวขี้วัด.., : มิติที่ 1 ร้อยละของข้าราชการครู")
    assert [h.anchor.key for h in hits] == ["indicator"]
    assert not FORM.anchors.scan("งานประจำ, : ของหน่วยงาน")  # a comma with no dot before it: no leader


def test_a_heading_broken_across_a_blank_line_is_mended():
    lines = [Line(48, "แนนร้อยละ 60 2. รายงานความก้าวหน้าของโครงการและ"), Line(49, ""),
             Line(50, "การใช้จ่ายงบประมาณ ครั้งที่ วันที่รายงาน : รายละเอียด")]
    out = FORM.anchors.mend_breaks(lines)
    assert [(ln.no, ln.text) for ln in out] == [
        (48, "แนนร้อยละ 60"), (50, "2. รายงานความก้าวหน้าของโครงการและ การใช้จ่ายงบประมาณ ครั้งที่ วันที่รายงาน : รายละเอียด")]


def test_a_heading_broken_across_a_line_with_a_letter_of_its_rest_changed_is_mended_alone():
    lines = [Line(48, "แนนร้อยละ 60 2. รายงานความก้าวหน้าของโครงการและ"), Line(49, ""),
             Line(50, "การใช้จข่ายงบประมาณ ครั้งที่ วันที่รายงาน : รายละเอียด")]
    out = FORM.anchors.mend_breaks(lines)
    assert [(ln.no, ln.text) for ln in out] == [
        (48, "แนนร้อยละ 60"), (50, "2. รายงานความก้าวหน้าของโครงการและ การใช้จข่ายงบประมาณ"),
        (50, "ครั้งที่ วันที่รายงาน : รายละเอียด")]
    assert [h.anchor.key for h in FORM.anchors.scan(out[1].text)] == ["s2"]
    # the same first part before other words: no heading, nothing moved; and none without a section number
    other = [Line(48, lines[0].text), Line(50, "การเงินของโรงเรียน ครั้งที่")]
    assert FORM.anchors.mend_breaks(other) == other
    bare = [Line(48, "แนนร้อยละ 60 รายงานความก้าวหน้าของโครงการและ"), lines[2]]
    assert FORM.anchors.mend_breaks(bare) == bare


def test_a_heading_broken_across_a_line_with_letters_of_its_first_part_changed_is_mended_alone():
    """A form printed on a few lines (a fresh set's): section 2's heading stands
    inside a line after running text, OCR added a letter to its first part
    ("กถ้าว") and changed one ("ให้จ่าย"), and the line breaks before its last
    word: its section number opens it, the whole compares as a numbered title
    does, and it is moved onto a line of its own (before, section 2 went unread
    and every report was lost)."""
    lines = [Line(66, "ตามเกณฑ์ที่กำหนด 2. รายงานความกถ้าวหน้าของโครงการและการให้จ่าย"),
             Line(68, "งบประมาณ รายงานครั้งที่ ๑ รายงานครั้งที่ ๒ วันที่รายงาน ๒๖ ต.ค. ๒๕๖๗")]
    out = FORM.anchors.mend_breaks(lines)
    assert [(ln.no, ln.text) for ln in out] == [
        (66, "ตามเกณฑ์ที่กำหนด"), (68, "2. รายงานความกถ้าวหน้าของโครงการและการให้จ่าย งบประมาณ"),
        (68, "รายงานครั้งที่ ๑ รายงานครั้งที่ ๒ วันที่รายงาน ๒๖ ต.ค. ๒๕๖๗")]
    assert [h.anchor.key for h in FORM.anchors.scan(out[1].text)] == ["s2"]
    # with no section number before it, or too few of its letters before the break, nothing is moved
    bare = [Line(66, "ตามเกณฑ์ที่กำหนด รายงานความกถ้าวหน้าของโครงการและการให้จ่าย"), lines[1]]
    assert FORM.anchors.mend_breaks(bare) == bare
    short = [Line(66, "ตามเกณฑ์ที่กำหนด 2. รายงานความกถ้าว"), Line(68, "หน้าของโครงการและการใช้จ่ายงบประมาณอื่น ๆ")]
    assert [ln.text for ln in FORM.anchors.mend_breaks(short)][0] == short[0].text


def test_a_short_cell_of_a_letter_or_digit_is_a_cell():
    assert _in_cells("วันที่รายงาน ๓๐ ธ.ค. ๑มี.ค.\t๒๓ เม.ย.")
    assert not _in_cells("วันที่รายงาน 30 ก.ค. 2567 4 ส.ค. 2567 30 ก.ย. 2567\t|")


def test_a_line_of_sure_figures_that_does_not_hold_names_each_figure():
    """Arabic digits, sure, and 7 x 11 is not 10,000 under any reading: which figure OCR misread nothing
    says, so each is named (before, only the amount was: a quantity read "160" for 140 was silent)."""
    from tests.conftest import sample_text
    from tests.test_bma_progress_expenses import SEED, _food_line
    text = _food_line(sample_text(SEED), "ค่าอาหารฯ 7 คน x 11 บาท = 10,000.- บาท")
    rows = process_document("003.txt", text.encode("utf-8"))
    fields = {i["field"] for i in rows["issues"] if i["code"] == "expense_line_mismatch"}
    assert fields >= {"expenses.quantity", "expenses.unit_amount", "expenses.amount"}


_RUN_ON_BODY = """ครั้งที่ 1 ครั้งที่ 2 วันที่รายงาน 14/3/2568 30/5/2568 รายละเอียดการดำเนินงาน
ประชุมผู้บริหารสถานศึกษา จัดทำคำสั่งคณะกรรมการ
ความก้าวหน้าของงานฯ 14.0% 23.5% งบประมาณที่เบิกใช้ {paid}
ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน
ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย"""


def test_amounts_standing_alone_with_their_sign_show_the_headers_8_a_sign():
    """A run-on table prints its disbursements as "BO BO" (฿0 ฿0, no "=" before them): two signs read as
    signs, so the header's leading 8s ("82,300") are the sign too (fresh set s30o004; before, only signs
    after "=" or ":" counted, and the allocation read 82,300 for ฿2,300)."""
    from tests.test_prop_header_doubts import _form
    rows = process_document("x.txt", _form("82,300", "81,785", "นายสมชาย ใจดี โทร. 1200",
                                           _RUN_ON_BODY.format(paid="BO BO")).encode("utf-8"))
    [project] = rows["projects"]
    assert (str(project["budget_allocated"]), str(project["budget_spent"])) == ("2300.00", "1785.00")
    # one alone is no proof: kept as read
    rows = process_document("x.txt", _form("82,300", "81,785", "นายสมชาย ใจดี โทร. 1200",
                                           _RUN_ON_BODY.format(paid="BO 0")).encode("utf-8"))
    [project] = rows["projects"]
    assert str(project["budget_allocated"]) == "82300.00"
