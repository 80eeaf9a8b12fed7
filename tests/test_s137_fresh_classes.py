"""Classes of layout and OCR damage that fresh sets showed read wrong with no issue naming them, or not at all
(session 127: sets s149o to s150p, and a wrong repair of s148p).  Each test fails on the code before its
rule."""

from __future__ import annotations

from parsers.bma_progress.clauses import TARGET_RE
from parsers.bma_progress.read import FORM
from parsers.bma_progress.sidebyside import _FLAGS_TAIL_RE
from parsers.items import numbered_items, opened_by_words_issues, opens_purpose
from parsers.obec_progress.lists import opens_at_damaged_number
from parsers.obec_progress.read import _clipped_status
from schemas.document import Line
from tests.test_obec_ocr import report as obec_report, run as run_obec
from tests.test_prop_obec_amount_one_digit_lookalike import _row as _obec_row, _text as _obec_text


def _bulleted(blank_before_bullets: bool) -> list[Line]:
    # fresh set s149o, bma_proposal_s149o003 after OCR: objective 2's wrap set past a blank line OCR put in it, its
    # words opening as an objective's do ("...การเรียนรู้" / "" / "เพื่อพัฒนาทักษะ..."), in a list whose bullets
    # each stand right under the line before
    step = 2 if blank_before_bullets else 1
    return [Line(32, "เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์", bullet=True),
            Line(33, "ชิ้นงานต่างๆ ด้วยตนเองได้"),
            Line(33 + step, "เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้", bullet=True),
            Line(35 + step, "เพื่อพัฒนาทักษะภาษาอังกฤษเพื่อการสื่อสาร"),
            Line(35 + 2 * step, "เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาทักษะ", bullet=True),
            Line(36 + 2 * step, "ภาษาอังกฤษเพื่อการสื่อสารระหว่างโรงเรียน ผู้ปกครอง และชุมชน")]


def test_an_opener_past_a_blank_line_under_a_line_at_the_list_s_width_is_said_where_no_blank_parts_items():
    items, _ = numbered_items(_bulleted(blank_before_bullets=False), opens_purpose)
    assert [(i.line_start, i.unbulleted_wide) for i in items] == [(32, False), (34, False), (36, True), (37, False)]
    issues = opened_by_words_issues(items, "objective", "objectives")
    assert {(i.code, i.field, i.line_start, i.line_end) for i in issues} == {
        ("items_cut_in_doubt", "objectives.text", 34, 36), ("items_cut_in_doubt", "objectives.seq", 36, 38)}


def test_where_blank_lines_part_the_list_s_items_the_opener_past_one_is_an_item_and_nothing_is_said():
    items, _ = numbered_items(_bulleted(blank_before_bullets=True), opens_purpose)
    assert len(items) == 4 and not any(i.unbulleted_wide or i.unbulleted_gap for i in items)
    assert not opened_by_words_issues(items, "objective", "objectives")


# fresh set s149o, bma_progress_s149o005, clean text: a page's header printed once, the agency's name ending in "ปิ"
# ("สำนักงานเขตบางกะปิ"), over the budget row's label "งบประมาณที่เบิกใช้": the two read across the break as the fiscal
# year's label "ปีงบประมาณ", and "ปิ" was moved onto the next line; the header, no longer the agency's name whole, went
# into report 2's description with no issue naming it.  A label's first letters that close a word of the line
# above are that word's (AnchorSet._label_glued)
def test_a_label_s_first_letters_that_close_a_word_are_not_moved_across_a_break():
    out = FORM.anchors.mend_breaks([Line(54, "สำนักงานเขตบางกะปิ"), Line(56, "งบประมาณที่เบิกใช้\t0.- บาท\t0.- บาท")])
    assert [ln.text for ln in out] == ["สำนักงานเขตบางกะปิ", "งบประมาณที่เบิกใช้\t0.- บาท\t0.- บาท"]


def test_a_label_cut_by_a_break_past_a_gap_is_still_moved_whole():
    out = FORM.anchors.mend_breaks([Line(54, "โทร. 0 2222 1234 ปี"), Line(55, "งบประมาณ : 2567")])
    assert [ln.text for ln in out] == ["โทร. 0 2222 1234", "ปี งบประมาณ : 2567"]


# fresh set s149p, obec_progress_s149p001 after OCR: a list printed with a wide gap after each item's number, its
# numbers ๒. and ๓. read as look-alikes ("la.", "on."), a line of debris among its lines (so read as a table side by
# side): no row opened at them, and the items folded into one row, item ๓'s row lost with no issue naming it.  Two
# look-alikes a dot closes, a dictionary word opening the next cell, open a row as a quoted one does
def test_two_lookalikes_closed_by_a_dot_before_a_word_open_a_row_of_a_table_read_side_by_side():
    assert opens_at_damaged_number(["on.", "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์"])
    assert opens_at_damaged_number(["la.", "ผู้เข้าร่วมกิจกรรมมีความรู้"])


def test_a_speck_of_one_character_or_with_no_dot_opens_no_row():
    assert not opens_at_damaged_number(["a.", "ได้เผยแพร่ผลการดำเนินงาน"])
    assert not opens_at_damaged_number(["on", "ได้เผยแพร่ผลการดำเนินงาน"])
    assert not opens_at_damaged_number(["on.", "ยนได้รับ"])


# fresh set s148p, obec_progress_s148p001 after OCR: a planned amount ๑๖,๗๐๐ printed "๑อ๑,ฒ@๐๐", its figure's look-alike
# อ read as ๖ on the piece before the "ฒ" (a look-alike of several digits): "๑อ๑," read as 161.00 and said repaired,
# wrong.  A figure cut at its thousands comma, the token going on after it, is no figure: it stays unread
def test_a_figure_cut_at_its_thousands_comma_is_not_read_by_its_lookalike():
    rows = run_obec(_obec_text("๑อ๑,ฒ@๐๐"))
    assert _obec_row(rows)["disbursed"] is None
    assert not [i for i in rows["issues"] if i["field"] == "quarterly_budgets.disbursed"
                and i["code"] in ("value_repaired", "repair_ambiguous")]


# fresh set s150p, obec_progress_s150p002 after OCR: a status group's header whose number OCR lost but its dot, and
# the phrase's first letter misread (". เครงการที่อยู่ระหว่างดำเนินการ จำนวน ส โครงการ ..."): the header was read as
# the text of the project before it, the group's projects as the group before's, and its last two lost.  The phrase
# from its second letter, behind one letter OCR misread, opens the group (read._CLIPPED_STATUS_RES)
_OBEC_HEADER = "๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ โดยมีรายละเอียด ดังนี้"


def test_a_group_header_behind_its_dot_with_its_first_letter_misread_opens_its_group():
    text = obec_report()
    assert _OBEC_HEADER in text
    damaged = ". เครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ โดยมีรายละเอียด ดังนี้"
    rows = run_obec(text.replace(_OBEC_HEADER, damaged))
    assert [(p["plan_status"], p["group_seq"]) for p in rows["projects"]] == [("completed", 1), ("completed", 2)]
    assert _clipped_status(". เครงการที่อยู่ระหว่างดำเนินการ จำนวน 2 โครงการ") == "in_progress"


def test_a_status_phrase_after_other_words_opens_no_group():
    assert _clipped_status("ผลโครงการที่อยู่ระหว่างดำเนินการ จำนวน 2 โครงการ") is None


# fresh set s150o, bma_progress_s150o002 after OCR: entries side by side whose flags cell read its leading vowel
# twice (": เป็นไปตาม : เเป็นไปตาม" / "แผน  เป้าหมาย"): the line was no run of flag cells, and four entries lost
# both flags.  No Thai word opens with two เ: the first is passed over as a speck
def test_a_flag_whose_leading_vowel_ocr_read_twice_is_read():
    assert TARGET_RE.search(": เป็นไปตามแผน : เเป็นไปตามเป้าหมาย")
    assert _FLAGS_TAIL_RE.search(":: ความก้าวหน้าของงานฯ = 38.00     : เป็นไปตาม : เเป็นไปตาม")


def test_flags_as_printed_read_as_before():
    assert TARGET_RE.search(": เป็นไปตามแผน : ไม่เป็นไปตามเป้าหมาย").group(1)
    assert _FLAGS_TAIL_RE.search(":: ความก้าวหน้าของงานฯ = 59.00     : เป็นไปตาม :เป็นไปตาม")
