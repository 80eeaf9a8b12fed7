"""Classes of layout and OCR damage that fresh sets showed read wrong, some with no issue naming them (session 129:
set s153o).  Each test fails on the code before its rule."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document
from tests.test_obec_ocr import project, report, run as run_report

# fresh set s153o, bma_progress_s153o004 after OCR: section 1.6's indicator label at the end of the goal's line, its
# separator and value three lines down, two lines of specks between ("... ตามความต้องการ  ตัวชี้วัด" / "1" / "AAA" /
# ": มิติที่ ๑ ร้อยละ..."): the indicator was lost and its value read into the goal, nothing said
# (bma_progress.read._labels_wrapped, LABEL_SPECKS)
_SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "001_fdefb2afb18072a2.txt"
_GOAL = "เป้าหมายที่ ๓.๓.๒ การพัฒนาคุณภาพการศึกษา"
_INDICATOR = "มิติที่ 1 ร้อยละของนักเรียนที่มีผลสัมฤทธิ์ทางการศึกษาทุกระดับชั้นผ่านเกณฑ์คะแนนร้อยละ 60"


def _goal_and_indicator(between: str) -> tuple[str, str]:
    text = _SAMPLE.read_text(encoding="utf-8")
    start = text.index("เป้าหมายที่ :")
    end = text.index("\n", text.index("ตัวชี้วัด...", start))
    rows = process_document("bma.txt", (text[:start] + f"เป้าหมายที่ : {_GOAL}  ตัวชี้วัด\n{between}: {_INDICATOR}"
                                        + text[end:]).encode("utf-8"))
    project = rows["projects"][0]
    return project["strategy_goal"], project["indicator"]


def test_a_label_ending_a_line_takes_its_value_past_lines_of_specks():
    assert _goal_and_indicator("\n1\nAAA\n\n") == (_GOAL, _INDICATOR)


def test_a_label_ending_a_line_takes_its_value_right_under_it_as_before():
    assert _goal_and_indicator("") == (_GOAL, _INDICATOR)


# fresh set s153o, obec_progress_s153o004 after OCR: a suggestion list whose numbers OCR read as a column apart
# ("๑." / "๒."), its first item's wrap set apart by a blank line, the wrap opening with the auxiliary "จะ": three
# paragraphs for two numbers, read as one suggestion, the second lost (obec_progress.lists._leans_on)
def _suggestions(first_wrap: str) -> list[str]:
    fy = "๒๕๖๗"
    tail = ("ข้อเสนอแนะ\n\n๑.\n๒.\n\nควรมีการวางแผนในการดำเนินกิจกรรมในไตรมาสให้ชัดเจน\n\n"
            f"{first_wrap}\n\nปรับโปรแกรมและสัญญาณในการใช้ประชุมออนไลน์ให้เหมาะสม\n\n")
    rows = run_report(report(fy=fy, projects=[project(1, fy) + tail, project(2, fy)]))
    key = sorted(rows["projects"], key=lambda p: p["line_start"])[0]["project_key"]
    return [f["text"] for f in rows["findings"] if f["project_key"] == key and f["kind"] == "suggestion"]


def test_a_paragraph_opening_with_the_auxiliary_goes_on_the_one_above():
    assert _suggestions("จะทำให้การดำเนินกิจกรรมนั้น ๆ เสร็จสิ้นตามเวลาที่กำหนดไว้") == [
        "ควรมีการวางแผนในการดำเนินกิจกรรมในไตรมาสให้ชัดเจน จะทำให้การดำเนินกิจกรรมนั้น ๆ เสร็จสิ้นตามเวลาที่กำหนดไว้",
        "ปรับโปรแกรมและสัญญาณในการใช้ประชุมออนไลน์ให้เหมาะสม"]


def test_a_word_that_only_opens_with_the_auxiliary_s_letters_leans_on_nothing():
    from parsers.obec_progress.lists import _leans_on
    assert _leans_on("จะทำให้การดำเนินกิจกรรม") and _leans_on("เนื่องจากคณะกรรมการ")
    assert not _leans_on("จะแจ้งผลการดำเนินงาน") and not _leans_on("จัดกิจกรรม")


# fresh set s153o, obec_progress_s153o002 after OCR: item 1's number ๑. read "9." and item 2's "2." read "2" with its
# dot lost, under a lead that says "ดังนี้": the second result ran into the first (items._closed_two)
def test_a_bare_two_under_a_misread_one_opens_item_two():
    fy = "๒๕๖๗"
    tail = ("ได้ดำเนินการครบตามแผนที่กำหนด\n")
    items = ("สพป.ทดสอบ ได้ดำเนินการส่งเสริม การพัฒนากระบวนการจัดการเรียนรู้ โดยกำหนดการดำเนินงานดังนี้\n\n"
             "9. ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน\n"
             "2  ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการปฏิบัติงาน\n\nได้\n")
    one = project(1, fy)
    rows = run_report(report(fy=fy, projects=[one[: -len(tail)] + items, project(2, fy)]))
    key = sorted(rows["projects"], key=lambda p: p["line_start"])[0]["project_key"]
    assert [f["text"] for f in rows["findings"] if f["project_key"] == key and f["kind"] == "result"] == [
        "สพป.ทดสอบ ได้ดำเนินการส่งเสริม การพัฒนากระบวนการจัดการเรียนรู้ โดยกำหนดการดำเนินงานดังนี้",
        "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน",
        "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการปฏิบัติงาน ได้"]


def test_a_count_the_page_wrapped_under_a_numbered_line_opens_no_item():
    from parsers.items import _closed_two
    from schemas.document import Line
    before = Line(1, "1. ครูในสังกัดได้รับการพัฒนา จำนวน")
    assert _closed_two(before, Line(2, "2 คน ได้รับการพัฒนาตามโครงการ"), None).text == "2 คน ได้รับการพัฒนาตามโครงการ"
    assert _closed_two(Line(1, "9. ได้เผยแพร่ผลการดำเนินงาน"), Line(2, "2 ผู้เข้าร่วมกิจกรรมมีความรู้"),
                       None).text == "2. ผู้เข้าร่วมกิจกรรมมีความรู้"


# fresh set s153o, bma_proposal_s153o004 after OCR: a proposal whose title block is a table ("ชื่อโครงการ<tab>
# พัฒนาศักยภาพครู..."), printed in two copies, each page after a copy's first under a running header that names the
# project ("โครงการพัฒนาศักยภาพครู..."): the document's first line was taken for the header's printing on page 1, and
# the project had no name (pipeline.clean.mark_opening_header, _is_cell_field)
_FIXTURE = Path(__file__).resolve().parent / "fixtures" / "ocr" / "s153o_proposal_title_block.txt"


def test_a_title_block_row_opening_the_document_is_no_running_header():
    from pipeline.clean import clean_lines
    lines, _ = clean_lines(_FIXTURE.read_text(encoding="utf-8"))
    assert [(ln.no, ln.kind) for ln in lines if ln.text.startswith("ชื่อโครงการ")] == [(1, "text"), (222, "text")]
    # the running header's own printings are still furniture
    assert {ln.kind for ln in lines if ln.text.startswith("โครงการพัฒนาศักยภาพครู")} == {"page_header"}
    rows = process_document("proposal.txt", _FIXTURE.read_bytes())
    assert rows["projects"][0]["name"] == "พัฒนาศักยภาพครูด้านการใช้เทคโนโลยีดิจิทัลเพื่อการเรียนการสอน เขตดินแดง"


def test_a_field_or_cell_row_is_told_from_a_header_s_text():
    from pipeline.clean import _is_cell_field
    assert _is_cell_field("ชื่อโครงการ\tพัฒนาศักยภาพครูด้านการใช้เทคโนโลยีดิจิทัลเพื่อการเรียนการสอน")
    assert not _is_cell_field("โครงการพัฒนาศักยภาพครูด้านการใช้เทคโนโลยีดิจิทัลเพื่อการเรียนการสอน")
    assert not _is_cell_field("แบบแสดงรายงานความก้าวหน้า\tหน้า ๒/๕")


# fresh set s153o, bma_progress_s153o008 after OCR: the entries as a table's columns, read across each other, an
# entry's expense line scattered among another's description ("... ค่าเช่า อยู่ระหว่าง รถโดยสาร ... คันๆ ละ ประกอบการ
# 12000 ... บาท เป็น เงิน 48000"): the line lost, nothing naming the expenses (rows._expense_words_scattered)
def test_an_expense_line_s_words_scattered_in_a_description_are_said_of_the_expenses():
    from parsers.bma_progress.rows import _SCATTERED_EXPENSE_RE
    scattered = ("ได้ดำเนินการอบรมครู ค่าเช่า อยู่ระหว่าง รถโดยสาร การรวบรวม จำนวน 4 เอกสาร คันๆ ละ ประกอบการ 12000 "
                 "เบิก - จ่าย บาท เป็น เงิน 48000")
    assert _SCATTERED_EXPENSE_RE.search(scattered)
    assert not _SCATTERED_EXPENSE_RE.search("ได้ดำเนินการจัดประชุมชี้แจงค่าเป้าหมายของโครงการ ครั้งที่ 1 และครั้งที่ 2")
    text = _SAMPLE.read_text(encoding="utf-8")
    rows = process_document("bma.txt", text.replace("อยู่ระหว่างการเตรียมดำเนินกิจกรรมที่ 2 สัมมนาเชิงปฏิบัติการ", scattered, 1).encode("utf-8"))
    said = [i for i in rows["issues"] if i["field"] == "expenses" and "words and figures among its own" in i["message"]]
    assert len(said) == 1


# fresh set s154o, bma_proposal_s154o005 after OCR: objectives bulleted "•", each read "." and one read ". ." the second
# dot glued to the opening word (". .เพื่อให้ครูผู้สอน..."): that objective ran into the one above, the list's last
# row lost silently (items._TWO_MARKS_RE)
def _objectives(second_mark: str) -> list[str]:
    from tests.test_bma_proposal import run
    text = (Path(__file__).resolve().parents[1] / "samples" / "002_e5b5a9d4d9adb57c.txt").read_text(encoding="utf-8")
    start = text.index("๒. วัตถุประสงค์")
    end = text.index("๓. เป้าหมาย", start)
    listed = ("๒. วัตถุประสงค์\n. เพื่อคัดสรรโครงงานคุณธรรมที่มีคุณภาพ\nและเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น\n"
              f"{second_mark}เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและสามารถ\nจัดกิจกรรมส่งเสริมคุณธรรมของนักเรียนได้\n"
              ". เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาคุณธรรม\n")
    rows = run(text[:start] + listed + text[end:])
    return [o["text"] for o in rows["objectives"]]


def test_a_bullet_read_as_two_marks_glued_to_the_opening_word_opens_an_objective():
    assert _objectives(". .") == [
        "เพื่อคัดสรรโครงงานคุณธรรมที่มีคุณภาพ และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น",
        "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและสามารถ จัดกิจกรรมส่งเสริมคุณธรรมของนักเรียนได้",
        "เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาคุณธรรม"]


def test_a_bullet_read_as_one_mark_opens_an_objective_as_before():
    assert len(_objectives(". ")) == 3


# fresh set s154o, bma_proposal_s154o005 after OCR: a category's subtotal cut at its dot by its narrow column
# ("ค่าวัสดุในการ   120,000" / "จัดกิจกรรมส่งเสริม   .00" / "คุณธรรมจริยธรรมของ" / "นักเรียน"): the category lost its
# first line, silently (budget._subtotal_satang, _DOT_SATANG_RE)
_CATEGORY_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมส่งเสริมคุณธรรมจริยธรรมของนักเรียน

รายการ                           จำนวน หน่วย ราคาต่อหน่วย            จำนวนเงิน
ค่าวัสดุในการ                                                     120,000
จัดกิจกรรมส่งเสริม                                                  .00
คุณธรรมจริยธรรมของ
นักเรียน
โรงเรียนขนาดใหญ่     2 โรงเรียน 18,000.00 36,000.00
โรงเรียนขนาดกลาง     4 โรงเรียน 12,500.00 50,000.00
โรงเรียนขนาดเล็ก     4 โรงเรียน 8,500.00 34,000.00
รวมทั้งสิ้น                                                        120,000.00

"""


def test_a_subtotal_s_dot_and_satang_wrapped_under_it_keep_the_category_whole():
    from tests.test_bma_proposal import run
    from tests.test_prop_budget_unread_amount_free import proposal_with_budget
    rows = run(proposal_with_budget(_CATEGORY_TABLE, "๑๒๐,๐๐๐ บาท (หนึ่งแสนสองหมื่นบาทถ้วน)"))
    assert {e["category"] for e in rows["expenses"]} == {"ค่าวัสดุในการจัดกิจกรรมส่งเสริมคุณธรรมจริยธรรมของนักเรียน"}
    assert [str(e["amount"]) for e in rows["expenses"]] == ["36000.00", "50000.00", "34000.00"]


# fresh set s154o, obec_progress_s154o001 after OCR: a project's title whose "โ" OCR read as another leading vowel
# ("4. เครงการพัฒนาระบบ..."): no title, the project ran into the one before, its rows lost (read._O_MISREAD)
def _obec_titles(second: str) -> list[str]:
    fy = "๒๕๖๗"
    two = project(2, fy).replace("2. โครงการ", second, 1)
    rows = run_report(report(fy=fy, projects=[project(1, fy), two]))
    return [p["name"] for p in sorted(rows["projects"], key=lambda p: p["line_start"])]


def test_a_title_whose_o_vowel_was_read_as_another_leading_vowel_opens_its_project():
    assert _obec_titles("2. เครงการ") == ["โครงการทดสอบที่ 1 ของสำนักงาน", "โครงการทดสอบที่ 2 ของสำนักงาน"]
    assert _obec_titles("2. ไครงการ")[1] == "โครงการทดสอบที่ 2 ของสำนักงาน"


def test_a_leading_vowel_before_other_letters_opens_no_title():
    assert len(_obec_titles("2. เครื่องการ")) == 1


# fresh set s154o, obec_progress_s154o001 after OCR: the not-started group's header and its list's head lost at a
# page's foot, its titles numbered from 1 again right under the last project's problems ("1 เโครงการขับเคลื่อน..."):
# six of the seven were read as that project's problems, one as an in-progress project (rule_title, split_groups;
# the last title, past the count, is no cut file: cut_short after the groups are parted)
def _not_started_lost(titles: list[str]) -> dict:
    fy = "๒๕๖๗"
    text = report(fy=fy, projects=[project(1, fy), project(2, fy)])
    text = text.replace("คิดเป็นร้อยละ ๑๐๐.๐๐\nการเบิกจ่าย", "คิดเป็นร้อยละ ๔๐.๐๐\n"
                        "๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน 0 โครงการ คิดเป็นร้อยละ ๐.๐๐\n"
                        f"๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน {len(titles)} โครงการ คิดเป็นร้อยละ ๖๐.๐๐\n"
                        "การเบิกจ่าย", 1)
    text = text.replace("โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๖๗ จำนวน 2 โครงการ",
                        f"โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๖๗ จำนวน {2 + len(titles)} โครงการ", 1)
    text += "ปัญหาและอุปสรรคในการดำเนินงาน\n\n" + "".join(f"{k} {t}\n\n" for k, t in enumerate(titles, 1))
    return run_report(text)


_LISTED = ["เโครงการขับเคลื่อนการจัดการเรียนการสอนรายวิชาประวัติศาสตร์", "โครงการสถานศึกษาปลอดภัย ปีการศึกษา 2566",
           "โคครงการการคัดเลือกบุคคลเพื่อบรรจุและแต่งตั้ง"]


def test_titles_numbered_again_from_one_past_the_group_s_count_are_the_next_group_s():
    rows = _not_started_lost(_LISTED)
    listed = sorted(rows["projects"], key=lambda p: p["line_start"])
    assert [(p["plan_status"], p["group_seq"]) for p in listed] == [
        ("completed", 1), ("completed", 2), ("not_started", 1), ("not_started", 2), ("not_started", 3)]
    assert listed[2]["name"] == "โครงการขับเคลื่อนการจัดการเรียนการสอนรายวิชาประวัติศาสตร์"
    assert listed[4]["name"].startswith("โครงการการคัดเลือกบุคคล")
    assert not [f for f in rows["findings"] if "โครงการสถานศึกษาปลอดภัย" in f["text"]]
    assert not [i for i in rows["issues"] if i["code"] == "form_truncated"]
    said = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "projects.plan_status"]
    assert len(said) == 3


def test_a_problem_that_names_a_project_is_still_a_problem_within_the_group_s_count():
    fy = "๒๕๖๗"
    text = report(fy=fy, projects=[project(1, fy), project(2, fy)])
    text += "ปัญหาและอุปสรรคในการดำเนินงาน\n\n1 ขาดงบประมาณในการพัฒนาครู\n\n"
    rows = run_report(text)
    assert len(rows["projects"]) == 2
