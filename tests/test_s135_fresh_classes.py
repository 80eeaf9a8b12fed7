"""Classes of layout and OCR damage fresh sets s145o and after showed:

- a proposal budget's activity named in its paragraph with a quote mark
  OCR read from a speck inside a word ("...ดิจิทั' ลเพื่อ..."): the
  activity's skeleton held it, so the table's label line ("กิจกรรม : ...")
  was taken for another activity, and a category cell wrapped over lines
  that spell the activity's name on ("ค่าวัสดุในการจัดกิจกรรมส่งเสริม" /
  "การใช้เทคโนโลยีดิจิทัลเพื่อ" / "การเรียนการสอน") was read as a category
  and two items, every line under it one row off
  (parsers.bma_proposal.budget.activity_name, _QUOTE_SPECK_RE);
- a BMA progress form printed as running text, a section's heading OCR
  misread after its dotted number inside a line ("... ต่อเนื่อง 1.4
  วตกประสงค์ของโครงการ ๑. เพื่อ..."): only a heading that opens its line
  was compared fuzzily, so the objectives ran into the rationale
  (parsers.anchors.AnchorSet._fuzzy_run_in);
- a section number left at a line's end, its heading on a line further
  down past a line of two specks ("... ผู้รับผิดชอบ : ... 1.3" / "๑  ๑7" /
  "หลักการและเหตุผล พระราชบัญญัติ..."): only a line of one speck was passed,
  so the rationale ran into the owner's name (parsers.anchors.speck_line);
- a BMA progress report's targets under a line of the owner's agency alone,
  a running header printed once (a page's top): it was read as target 1,
  both labelled groups after it numbered one on; where both groups the
  form prints follow under their labels, text before them is no target,
  left out and said (parsers.values.target_groups);
- an OBEC list of projects printed as a table, a row's title word OCR read
  with a letter doubled ("โคครงการ") and its number misread ("๕" for ๔):
  only the very number expected was taken with such a word, so that row
  and the rows after it ran into the title before, two projects lost
  (parsers.obec_progress.read._letter_lost_title);
- an OBEC summary's undisbursed amount, its planned total less its
  disbursed one as printed, where a total of them differs from its rows'
  sum and its digits may be misread: both misread alike, the amount was
  wrong with nothing said (parsers.obec_progress.rows.check_totals);
- a text of a row cut by the page's edge inside a word ("...และภาว"),
  which the document prints whole in other rows: kept short with nothing
  said; read as the whole, or said where the cut falls between two words
  (pipeline.siblings.restore_cut_texts);
- a long heading printed anywhere whose line the page's edge cut ("...
  ดำเนินการกับแผนแม่บทภา"): no anchor compared with it, so the text above
  ran on into it silently; a line that is over half of such a heading's
  opening, and no other's, is it (parsers.anchors.AnchorSet._cut_heading);
- a target group's label OCR misspelt after a number that lost its mark
  ("1 ดต้านปริมาณ"): the label was mended only after a marked number, so
  the group's target was read with no group (parsers.values
  _LABEL_OPENING_RE);
- a proposal budget table's header cell "รายการค่าใช้จ่าย" OCR read under a
  category: read as the category's wrapped end, silently
  (parsers.bma_proposal.budget._HEADER_WORDS)."""

from __future__ import annotations

import json

from parsers.anchors import speck_line
from parsers.bma_progress.fields import ANCHORS
from parsers.bma_proposal.budget import activity_name, budget_activity
from parsers.obec_progress.anchors import ANCHORS as OBEC_ANCHORS
from parsers.values import target_groups
from pipeline.siblings import restore_cut_texts
from pipeline.stages import process_document
from tests.test_obec_ocr import report
from tests.test_s134_fresh_classes import _categories
from tests.test_obec_ocr import run as run_obec
from schemas.document import Line
from tests.conftest import sample_text

SEED = "003_c0975e1d5f59aaa1.txt"  # a BMA progress report, two copies


def _progress(text: str) -> dict:
    return process_document("progress.txt", text.encode("utf-8"))


def test_a_quote_speck_inside_the_activitys_name_is_no_letter_of_it():
    paragraph = "รายการค่าใช้จ่ายในกิจกรรมส่งเสริมการใช้เทคโนโลยีดิจิทั' ลเพื่อการเรียนการสอน เป็นเงิน ๔๗,๕๕๐.-บาท"
    label = [Line(5, "กิจกรรม : จัดกิจกรรมส่งเสริมการใช้เทคโนโลยีดิจิทัลเพื่อการเรียนการสอน")]
    # the paragraph's name and the label's are one: the label's, read whole, is the activity
    assert activity_name(paragraph) == "จดกจกรรมสงเสรมการใชเทคโนโลยดจทลเพอการเรยนการสอน"
    assert budget_activity(paragraph, label) == activity_name(paragraph)


def _run_in(heading: str) -> str:
    text = sample_text(SEED)
    old = "เป็นไปตามวัตถุประสงค์และบรรลุเป้าหมายเชิงคุณภาพ\n\n**1.4 วัตถุประสงค์ของโครงการ**\n\n- ๒.๑  เพื่อพัฒนา"
    assert text.count(old) == 2
    return text.replace(old, f"เป็นไปตามวัตถุประสงค์และบรรลุเป้าหมายเชิงคุณภาพ 1.4 {heading} ๒.๑  เพื่อพัฒนา")


def test_a_misread_heading_after_its_number_inside_a_line_opens_its_section():
    rows = _progress(_run_in("วตกประสงค์ของโครงการ"))  # (ถุ read ก)
    objectives = [o["text"] for o in rows["objectives"]]
    assert len(objectives) == 4 and objectives[0].startswith("เพื่อพัฒนาบุคลากรหลักของศูนย์วิชาการเขต")
    assert not rows["projects"][0]["rationale"].endswith("เพื่อพัฒนา")
    assert "วตกประสงค" not in rows["projects"][0]["rationale"]


def test_the_heading_printed_right_inside_a_line_opens_its_section_as_before():
    objectives = [o["text"] for o in _progress(_run_in("วัตถุประสงค์ของโครงการ"))["objectives"]]
    assert len(objectives) == 4 and objectives[0].startswith("เพื่อพัฒนาบุคลากรหลักของศูนย์วิชาการเขต")


def test_running_words_near_a_heading_after_a_number_inside_a_line_are_no_heading():
    # (a dotted number inside a line before words that only share a heading's opening stays text)
    hits = ANCHORS.scan("ประเด็นยุทธศาสตร์ย่อย : ๓.๓ - การศึกษาสำหรับทุกคน เป้าหมาย 3.3 วัตถุดิบของโรงเรียนในสังกัด")
    assert "s1_4" not in [h.anchor.key for h in hits]


def test_a_misread_heading_after_a_number_inside_a_line_is_found_where_the_number_stands():
    hits = ANCHORS.scan("ต่อเนื่อง 1.4 วตกประสงค์ของโครงการ ๑. เพื่อเป็นต้นแบบให้กับ")
    assert [h.anchor.key for h in hits] == ["s1_4"] and hits[0].start == len("ต่อเนื่อง ")


def test_a_line_of_two_specks_between_a_section_number_and_its_heading_is_passed():
    assert speck_line("๑  ๑7") and speck_line("จ7")
    assert not speck_line("ก ข ค") and not speck_line("ab cd") and not speck_line("1.5")
    text = sample_text(SEED)
    old = "โทร.1551\n\n**1.3 หลักการและเหตุผล**\n\nกรุงเทพมหานครได้กำหนด"
    assert text.count(old) == 4  # (four copies)
    rows = _progress(text.replace(old, "โทร.1551 1.3\n\n๑  ๑7\n\nหลักการและเหตุผล กรุงเทพมหานครได้กำหนด"))
    project = rows["projects"][0]
    assert project["rationale"].startswith("กรุงเทพมหานครได้กำหนดให้มีการจัดตั้งศูนย์วิชาการเขต")
    assert "หลักการ" not in (project["coordinator_name"] or "") and project["coordinator_phone"] == "1551"


def _targets_under(lead: str) -> dict:
    text = sample_text(SEED)
    old = "**1.5 เป้าหมายของโครงการ..**\n\n- ๓.๑ ด้านปริมาณ"
    assert text.count(old) == 2
    return _progress(text.replace(old, f"**1.5 เป้าหมายของโครงการ..**\n\n{lead}\n\n- ๓.๑ ด้านปริมาณ"))


def test_a_line_before_both_target_groups_labels_is_no_target():
    rows = _targets_under("สำนักการศึกษา")  # (the owner's agency, a page's running header printed once)
    assert sorted((t["seq"], t["kind"]) for t in rows["targets"]) == [(1, "quantity"), (2, "quality")]
    left = [i for i in rows["issues"] if i["code"] == "unplaced_text" and i["field"] == "targets"]
    assert left and "สำนักการศึกษา" in left[0]["evidence"]


def test_a_line_before_one_target_groups_label_is_still_read_and_said():
    # (one group's label lost: the text before the other may be that group's, as before)
    rows = _progress(sample_text(SEED).replace("- ๓.๑ ด้านปริมาณ\n", "- ๓.๑\n"))
    # (read as target 1, its kind inferred, said, as before)
    assert sorted((t["seq"], t["kind"]) for t in rows["targets"]) == [(1, "quantity"), (2, "quality")]
    assert any(i["code"] == "target_kind_unknown" for i in rows["issues"])


def test_a_table_row_whose_number_and_title_word_ocr_both_damaged_is_the_next_title():
    # (fresh set s146o, obec_progress_s146o002: "๕ โคครงการ..." for ๔, then "5 โครงการ...", ran into row 3's title)
    text = report() + ("๓. โครงการที่ยังไม่ได้ดำเนินการ (๕ โครงการ)\n"
                       "ที่ ชื่อโครงการ                                  กลุ่มที่รับผิดชอบ\n"
                       "๑ โครงการพัฒนาระบบเทคโนโลยีสารสนเทศ            กลุ่มส่งเสริมการจัดการศึกษา\n"
                       "๒ โครงการเสริมสร้างคุณธรรม จริยธรรม            กลุ่มนโยบายและแผน\n"
                       "3 โครงการป้องกันและแก้ไขปัญหายาเสพติด           กลุ่มส่งเสริมการจัดการศึกษา\n"
                       "๕ โคครงการการเพิ่มประสิทธิภาพการประชาสัมพันธ์  กลุ่มส่งเสริมการจัดการศึกษา\n"
                       "5 โครงการพัฒนาคุณภาพการจัดการศึกษาเรียนรวม      กลุ่มนโยบายและแผน\n")
    rows = run_obec(text)
    listed = sorted((p["group_seq"], p["name"]) for p in rows["projects"] if p["plan_status"] == "not_started")
    assert [seq for seq, _ in listed] == [1, 2, 3, 4, 5]
    assert listed[3][1].startswith("โครงการการเพิ่มประสิทธิภาพ") and listed[4][1].startswith("โครงการพัฒนาคุณภาพ")
    assert "ประชาสัมพันธ์" not in listed[2][1]


def _undisbursed(disbursed: str, rest: str) -> list[dict]:
    text = report(disbursed=disbursed)
    line = f"จำนวนเงินงบประมาณที่เบิกจ่ายจริง {disbursed} บาท คิดเป็นร้อยละ ๑๐๐.๐๐\n"
    assert line in text
    text = text.replace(line, line + f"จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้ตามแผนการใช้จ่าย {rest} บาท\n")
    return [i for i in run_obec(text)["issues"] if i["field"] == "report_summaries.budget_not_disbursed"]


def test_an_undisbursed_amount_resting_on_a_total_its_rows_do_not_bear_out_is_in_doubt_with_it():
    # (fresh set s146o, obec_progress_s146o002: "113,105" for 113,104 and "10,645" for 10,646, their sum the planned
    # total, the second with nothing said; here the rows disburse 10,000, the total reads ๕,๐๐๐, a misread ๘,๐๐๐ or
    # a row misread)
    said = _undisbursed("๕,๐๐๐.๐๐", "๕,๐๐๐.๐๐")
    assert [i["code"] for i in said] == ["summary_total_mismatch"] and "disbursed total" in said[0]["message"]


def test_an_undisbursed_amount_beside_totals_the_rows_bear_out_is_not_in_doubt():
    assert _undisbursed("๑๐,๐๐๐.๐๐", "๐.๐๐") == []


def _activities(*texts: str) -> list[dict]:
    return [{"text": t, "line_start": 10 * k, "line_end": 10 * k, "project_key": "p"} for k, t in enumerate(texts)]


_WHOLE = "ดำเนินการประเมินคุณลักษณะและภาวะผู้นำ (สัมภาษณ์)"


def test_a_text_cut_inside_a_word_of_a_text_printed_in_other_rows_reads_as_it():
    # (fresh set s146p, obec_progress_s146p002: "...และภาว" where the report prints the whole name twice)
    tables = {"activities": _activities(_WHOLE, _WHOLE, "ดำเนินการประเมินคุณลักษณะและภาว")}
    said = restore_cut_texts(tables, [])
    assert tables["activities"][2]["text"] == _WHOLE
    assert [(i.code, json.loads(i.evidence)["rule"]) for i in said] == [("value_repaired", "sibling_cut")]


def test_a_text_cut_between_two_words_is_kept_and_said():
    tables = {"activities": _activities(_WHOLE, _WHOLE, "ดำเนินการประเมินคุณลักษณะและ")}
    said = restore_cut_texts(tables, [])
    assert tables["activities"][2]["text"] == "ดำเนินการประเมินคุณลักษณะและ"
    assert [i.code for i in said] == ["repair_ambiguous"]


def test_a_text_two_printed_texts_go_on_from_is_left_alone():
    other = "ดำเนินการประเมินคุณลักษณะและภาวะการเป็นครูที่ดี"
    tables = {"activities": _activities(_WHOLE, _WHOLE, other, other, "ดำเนินการประเมินคุณลักษณะและภาว")}
    assert restore_cut_texts(tables, []) == [] and tables["activities"][4]["text"].endswith("ภาว")


def test_a_long_heading_the_pages_edge_cut_is_the_heading():
    # (fresh set s146p, obec_progress_s146p002: "...กับแผนแม่บทภา", the rest of its line unread: the activity above
    # ran on into it silently)
    hit = OBEC_ANCHORS.at_start("ความก้าวหน้าของโครงการที่ดําเนินการกับแผนแม่บทภา")
    assert hit is not None and hit.anchor.key == "alignment"
    hit = OBEC_ANCHORS.at_start("ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจ")
    assert hit is not None and hit.anchor.key == "plan_nesdp"


def test_a_cut_headings_first_line_still_joins_the_line_that_holds_its_rest():
    first = "ความก้าวหน้าของโครงการทีดําเนินการกับแผนพัฒนาเศรษฐกิจ"
    assert OBEC_ANCHORS.wraps(first, "และสังคมแห่งชาติ ฉบับที่ ๑๓")


def test_words_two_long_headings_open_with_are_neither():
    assert OBEC_ANCHORS.at_start("ความก้าวหน้าของโครงการที่ดำเนินการกับแผน") is None


def test_a_target_groups_label_ocr_misspelt_after_a_number_that_lost_its_mark_is_its_label():
    # (fresh set s146p, bma_progress_s146p002: "1 ดต้านปริมาณ", read as a target of no group)
    lines = [Line(1, "1 ดต้านปริมาณ"), Line(2, "ผู้เข้าร่วมโครงการทั้งสิ้น ๓๗๐ คน"), Line(3, "2. ด้านคุณภาพ"),
             Line(4, "ผู้เข้าร่วมโครงการมีความรู้ความเข้าใจ")]
    groups, _ = target_groups(lines)
    assert [(kind, text) for kind, text, _, _ in groups] == [("quantity", "ผู้เข้าร่วมโครงการทั้งสิ้น ๓๗๐ คน"),
                                                            ("quality", "ผู้เข้าร่วมโครงการมีความรู้ความเข้าใจ")]


_HEADER_LATE = """จํานวน
เงิน

ค่าวัสดุในการ            40,100.-
จัดกิจกรรมส่งเสริม       บาท

- โรงเรียนขนาดใหญ่
จํานวน 1 โรงเรียนๆ
ละ 15,100.-บาท

เป็นเงิน 15,100.-บาท
ค่าวัสดุสํานักงาน

รายการค่าใช้จ่าย

5,950.-
บาท

- วัสดุสํานักงานและ

วัสดุคอมพิวเตอร์

จํานวน 17 ชุดๆ ละ

350.-บาท เป็นเงิน

5,950.-บาท
"""


def test_the_tables_header_words_read_under_a_category_are_no_end_of_it():
    # (fresh set s147p, bma_proposal_s147p002: the header cell "รายการค่าใช้จ่าย" OCR read under the second
    # category was read as its wrapped end, silently)
    categories, _ = _categories(_HEADER_LATE)
    assert categories[-1] == "ค่าวัสดุสำนักงาน"
