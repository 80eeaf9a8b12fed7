"""Wrong values no issue named (silent misses), two classes of them.

A list item whose next item's number OCR read as small Latin letters ("... (PLC) a.m เพื่อให้..." for ๒.๓,
"... ทางการศึกษา lod เพื่อพัฒนา..." for ๒.๔): the next item ran into it, its row lost with nothing said
(worked sets: a BMA progress form's objectives in two sets).  A numbered objectives list is cut there where the
token has a dot (parsers.bma_progress.read._cut_inline_objectives, numbered by its place and said); whatever
list still holds such a token before the words the item opens with is flagged on its table
(pipeline.wording.item_numbers, `unknown_words`).

A person's name a word of which OCR misread by a letter ("สุขสวัลดิ์" for สุขสวัสดิ์, "จันทร์เพฟ็ญ" for
จันทร์เพ็ญ): a proposal prints its proposer's name once, so nothing outvoted it (four proposals in three worked
sets).  A word that is no listed name and no dictionary words but one letter from a listed name is said
(pipeline.wording.misread_name_words), kept as read.
"""

from __future__ import annotations

import json

from parsers.bma_progress.read import _carry_wrapped_numbers, _cut_inline_objectives
from parsers.items import mend_item_numbers, numbered_items, opens_purpose, run_on
from pipeline.wording import flag_misread_names, flag_unknown_words, item_numbers, misread_name_words
from tests.test_bma_progress_entries_ocr import _lines


def _items(*texts: str) -> list[str]:
    lines = run_on(mend_item_numbers(_carry_wrapped_numbers(_lines(*texts)), opens_purpose), opens_purpose)
    items, _ = numbered_items(_cut_inline_objectives(lines)[0], opens=opens_purpose)
    return [i.text for i in items]


def test_an_objective_behind_a_number_read_as_latin_letters_with_a_dot_is_read_as_its_own():
    assert _items("๒.๑ เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ",
                  "๒.๒ เพื่อเป็นต้นแบบให้กับข้าราชการครูทางวิชาชีพ (PLC) a.m เพื่อให้เครือข่ายโรงเรียนมีเวที") == [
        "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ", "เพื่อเป็นต้นแบบให้กับข้าราชการครูทางวิชาชีพ (PLC)",
        "เพื่อให้เครือข่ายโรงเรียนมีเวที"]
    # a capitalised term before the opening word is text
    assert _items("๒.๑ เพื่อให้ครูผู้สอนมีความรู้", "๒.๒ เพื่อส่งเสริม Active Learning เพื่อให้ผู้เรียนคิดเป็น") == [
        "เพื่อให้ครูผู้สอนมีความรู้", "เพื่อส่งเสริม Active Learning เพื่อให้ผู้เรียนคิดเป็น"]


def _objective(text: str) -> dict:
    return {"project_key": "p", "seq": 3, "text": text, "line_start": 37, "line_end": 40}


def test_a_list_item_holding_a_damaged_number_before_the_words_it_opens_with_is_said_on_its_table():
    damaged = "เพื่อเป็นการยกย่องและเชิดชูเกียรติข้าราชการครูและบุคลากรทางการศึกษา lod เพื่อพัฒนาผู้เรียน"
    assert item_numbers(damaged) == ["lod"]
    (flag,) = flag_unknown_words({"objectives": [_objective(damaged)]}, [])
    assert flag.code == "unknown_words" and flag.field == "objectives"  # the table: a row was lost
    assert (flag.line_start, flag.line_end) == (37, 40) and "lod" in json.loads(flag.evidence)["pieces"]
    # the clean text, and a count word's misread figure before the counted noun the item opens with, say nothing
    assert not flag_unknown_words({"objectives": [_objective(damaged.replace(" lod ", " "))]}, [])
    assert item_numbers("โรงเรียนในสังกัดสำนักงานเขต จำนวน od โรงเรียน ได้รับการพัฒนา") == []
    assert item_numbers("เพื่อพัฒนาการสอน (PLC) ICT เพื่อให้ครู") == []


def _project(owner: str) -> dict:
    return {"project_key": "p", "owner_name": owner, "coordinator_name": None, "line_start": 1, "line_end": 342}


def test_a_name_a_letter_from_a_listed_name_is_said_and_kept():
    for damaged, word, name in (("นางประภาพร สุขสวัลดิ์", "สุขสวัลดิ์", "สุขสวัสดิ์"),  # ส read as ล
                                ("นางสาวมาลัย จันทร์เพฟ็ญ", "จันทร์เพฟ็ญ", "จันทร์เพ็ญ"),  # a letter more
                                ("นายธิระ เตชะชนอก", "ธิระ", "ธีระ")):  # ี read as ิ
        assert name in dict(misread_name_words(damaged))[word]
        tables = {"projects": [_project(damaged)]}
        (flag,) = flag_misread_names(tables, [])
        assert flag.code == "unknown_words" and flag.field == "projects.owner_name"
        assert json.loads(flag.evidence)["pieces"] == [word] and tables["projects"][0]["owner_name"] == damaged
    # the printed names say nothing: listed, dictionary words end to end, or a spelling a mark from a listed one
    for clean in ("นางประภาพร สุขสวัสดิ์", "นางสาวมาลัย จันทร์เพ็ญ", "นายธนพล นาคสวัสดิ์", "นางสาวบุษราคม ชัยมงคล"):
        assert not flag_misread_names({"projects": [_project(clean)]}, [])


def test_a_family_name_of_words_a_vowel_s_length_from_a_listed_one_or_of_no_words_is_said():
    # s42b's bma_proposal_s42b003 OCR'd: "สูวรรณรัตน์" (ุ read as ู) is สู, วรรณ and รัตน์, words end to end, so a
    # family name made of words was left; s42z's s42z001: "สุวรรณวัตห์" (ร and น misread) is two letters from any
    # listed name, and was left as a name that need not be listed, though it is no words either
    assert dict(misread_name_words("นายธนูเทพ สูวรรณรัตน์"))["สูวรรณรัตน์"] == ["สุวรรณรัตน์"]
    assert dict(misread_name_words("นางวิไลวรรณ สุวรรณวัตห์"))["สุวรรณวัตห์"] == []
    (flag,) = flag_misread_names({"projects": [_project("นางวิไลวรรณ สุวรรณวัตห์")]}, [])
    assert "no words end to end" in flag.message and json.loads(flag.evidence)["pieces"] == ["สุวรรณวัตห์"]
    # as printed, and family names of words another letter from a listed one (ศักดิ์ดี beside ศักดิ์ดา): nothing
    for clean in ("นายธนูเทพ สุวรรณรัตน์", "นางวิไลวรรณ สุวรรณรัตน์", "นายสุรชัย ศักดิ์ดี", "นางสาวดวงใจ ศรีวงศ์",
                  "นางสาวบุษราคม ทองดี"):
        assert misread_name_words(clean) == [], clean


def test_a_given_name_a_vowel_s_length_and_a_mark_from_a_listed_one_is_said():
    # s39z's bma_proposal_s39z005 OCR'd: "บูษราคม" for บุษราคม (ุ read as ู), a spelling no list holds (they spell
    # บุษราคัม): no letter brings it to a listed name, and it was left; the vowel's other length and a mark do
    assert dict(misread_name_words("นางสาวบูษราคม ทองดี"))["บูษราคม"] == ["บุษราคัม"]
    (flag,) = flag_misread_names({"projects": [_project("นางสาวบูษราคม ทองดี")]}, [])
    assert flag.field == "projects.owner_name" and json.loads(flag.evidence)["pieces"] == ["บูษราคม"]
    # the variant as printed, a mark from the list's spelling alone, says nothing
    assert misread_name_words("นางสาวบุษราคม ทองดี") == []


def test_a_name_another_issue_names_at_its_row_is_not_said_again():
    from schemas.document import Issue

    variant = Issue("warning", "ocr_variant", "copies disagree", None, 1, 342, field="projects.owner_name")
    assert not flag_misread_names({"projects": [_project("นางประภาพร สุขสวัลดิ์")]}, [variant])


def test_an_expense_label_whose_last_words_run_together_a_look_alike_letter_from_a_word_is_said():
    # extra2's bma_progress_z004 OCR'd: "ค่าถ่ายเอกสาว" for ค่าถ่ายเอกสาร (ร read as ว), the dictionary reading its
    # end as เอก and สาว, both words: unknown_words said nothing and the item was kept wrong, silent
    row = {"line_start": 138, "line_end": 141, "project_key": "p", "item": "ค่าถ่ายเอกสาว"}
    (flag,) = flag_unknown_words({"expenses": [row]}, [])
    assert flag.code == "unknown_words" and flag.field == "expenses.item" and flag.line_start == 138
    assert json.loads(flag.evidence)["pieces"] == ["เอกสาว"] and row["item"] == "ค่าถ่ายเอกสาว"
    # as printed, or another label of words, nothing; nor the same words in a text no label ("เอกสาว" read so)
    for item in ("ค่าถ่ายเอกสาร", "ค่าอาหารว่างและเครื่องดื่ม", "ค่าวัสดุในการจัดกิจกรรมส่งเสริมการจัดการเรียนรู้เชิงรุก"):
        assert flag_unknown_words({"expenses": [{**row, "item": item}]}, []) == [], item
    assert flag_unknown_words({"findings": [{**row, "text": "ค่าถ่ายเอกสาว"}]}, []) == []


def test_two_words_run_together_a_vowel_s_length_from_a_word_are_said_in_any_checked_text():
    # bma_proposal_006 OCR'd (and x006, s42o004): "ครุผู้สอน" for ครูผู้สอน (ู read as ุ), ครุ a word of its own
    row = {"line_start": 120, "line_end": 120, "project_key": "p", "text": "จัดอบรมเชิงปฏิบัติการให้แก่ครุผู้สอน"}
    (flag,) = flag_unknown_words({"activities": [row]}, [])
    assert flag.field == "activities.text" and json.loads(flag.evidence)["pieces"] == ["ครุผู้สอน"]
    assert flag_unknown_words({"activities": [{**row, "text": "จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน"}]}, []) == []


def test_an_expense_label_opening_with_a_person_word_s_words_its_ผู้_lost_is_said():
    # extra's bma_proposal_x006 OCR'd: "- ผู้เข้ารับการอบรม จำนวน 81 คนๆ ละ 30 บาท" lost its bullet and ผู้ at the
    # line's start; the item read "เข้ารับการอบรม", every word known, and nothing said
    row = {"line_start": 196, "line_end": 199, "project_key": "p", "item": "เข้ารับการอบรม"}
    (flag,) = flag_unknown_words({"expenses": [row]}, [])
    assert flag.field == "expenses.item" and json.loads(flag.evidence)["pieces"] == ["เข้ารับการอบรม"]
    assert row["item"] == "เข้ารับการอบรม"
    for item in ("ผู้เข้ารับการอบรม", "โรงเรียนขนาดเล็ก", "ค่าอาหารว่างและเครื่องดื่ม"):
        assert flag_unknown_words({"expenses": [{**row, "item": item}]}, []) == [], item
    # the same words opening a text no label (an activity's progress: "เข้ารับการอบรมครบ..."): nothing
    assert flag_unknown_words({"activities": [{**row, "progress": "เข้ารับการอบรมครบทุกคน"}]}, []) == []


def test_a_text_ending_with_a_word_a_number_always_follows_is_said():
    # an OBEC project's name whose year line OCR lost (fresh set s96p): "... ปีการศึกษา", no year after it
    row = {"project_key": "p", "name": "โครงการสถานศึกษาปลอดภัย ปีการศึกษา", "line_start": 1047, "line_end": 1047}
    (flag,) = flag_unknown_words({"projects": [row]}, [])
    assert flag.code == "unknown_words" and flag.field == "projects.name" and flag.line_start == 1047
    assert json.loads(flag.evidence)["pieces"] == ["ปีการศึกษา"]
    for text, word in (("ผู้เข้าร่วมมีความพึงพอใจร้อยละ", "ร้อยละ"), ("ตามแผน พ.ศ.", "พ.ศ."),
                       ("ผ่านเกณฑ์ ร้อยละ :", "ร้อยละ")):  # (a speck after it; "ครั้งที่" ends with ที่, said so)
        (flag,) = flag_unknown_words({"findings": [{**row, "text": text}]}, [])
        assert json.loads(flag.evidence)["pieces"] == [word], text
    # the number printed, or a word that may end a name ("ปีงบประมาณ"), or one ending in such letters: nothing
    for name in ("โครงการสถานศึกษาปลอดภัย ปีการศึกษา 2567", "จัดทำแผนปฏิบัติการประจำปีงบประมาณ",
                 "โครงการพัฒนาสถานศึกษา"):
        assert flag_unknown_words({"projects": [{**row, "name": name}]}, []) == [], name


def test_an_objective_whose_bullet_ocr_read_as_a_stop_glued_to_it_opens_its_own_item():
    # a form run on in a paragraph (fresh set s96q): "... มีประสิทธิภาพ .เพื่อติดตาม...", the bullet read as a stop
    # glued to the objective's first word; before, that objective ran into the one above
    lines = run_on(_lines("เพื่อส่งเสริมการยกระดับผลสัมฤทธิ์ทางการเรียนของโรงเรียนในสังกัดให้",
                          "มีประสิทธิภาพ .เพื่อติดตามและประเมินผลการยกระดับผลสัมฤทธิ์ทาง",
                          "การเรียนอย่างเป็นระบบ เพื่อให้เครือข่ายโรงเรียนมีเวทีแสดงผลงานเชิง",
                          "วิชาการ เพื่อเป็นการยกย่องและเชิดชูเกียรติ"), opens_purpose)
    assert [ln.text for ln in lines] == [
        "เพื่อส่งเสริมการยกระดับผลสัมฤทธิ์ทางการเรียนของโรงเรียนในสังกัดให้", "มีประสิทธิภาพ",
        "เพื่อติดตามและประเมินผลการยกระดับผลสัมฤทธิ์ทาง", "การเรียนอย่างเป็นระบบ",
        "เพื่อให้เครือข่ายโรงเรียนมีเวทีแสดงผลงานเชิง", "วิชาการ", "เพื่อเป็นการยกย่องและเชิดชูเกียรติ"]
