"""A BMA progress form's project name that ran on into the fiscal-year label whose colon OCR lost, mid-line, and its
value on the next line ("ชื่อโครงการ/กิจกรรม : พัฒนาทักษะดิจิทัลของครูและนักเรียน ปีงบประมาณ พ.ศ." / "2564
รหัสโครงการ : ..."; fresh set s80b bma_progress_s80b010: the name read '... ปีงบประมาณ พ.ศ. 2564', no issue).  The
label of a header field no copy read, at a word's start in the name, ends the name, said (value_repaired, rule
lost_label, repairs.name_holds_lost_label); the title's own wording "ประจำปีงบประมาณ พ.ศ. 2563" stays, and so does
the label's wording where some copy read the field."""

from __future__ import annotations

import json

import pytest

from parsers.bma_progress.repairs import name_holds_lost_label
from pipeline.stages import process_document
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


HEAD = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
"""
REST = """เริ่มต้นโครงการ : 1/10/2563
งบประมาณที่ได้รับ : 10,000 บาท
สิ้นสุดโครงการ : 30/9/2564
งบประมาณที่ใช้ไป : 1,000 บาท
1.2 หน่วยงานที่รับผิดชอบ
หน่วยงานที่รับผิดชอบ : สำนักงานเขตจอมทอง / ฝ่ายการศึกษา
1.4 วัตถุประสงค์ของโครงการ
1. เพื่อพัฒนาครู
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 :: 8/10/2563 : ดำเนินการตามแผน
:: ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 1,000 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ
"""


def _read(fields: str) -> tuple[dict, list[dict]]:
    rows = process_document("form.txt", (HEAD + fields + REST).encode("utf-8"))
    assert rows["documents"][0]["status"] != "failed", rows["documents"][0]["error"]
    said = [i for i in rows["issues"] if i["field"] == "projects.name" and i["code"] == "value_repaired"]
    return rows["projects"][0], said


def test_the_name_run_into_the_label_whose_colon_ocr_lost_ends_before_it():
    project, said = _read("ชื่อโครงการ/กิจกรรม : พัฒนาทักษะดิจิทัลของครูและนักเรียน ปีงบประมาณ พ.ศ.\n\n"
                          "2564 รหัสโครงการ : 50420000-2084\n")
    assert project["name"] == "พัฒนาทักษะดิจิทัลของครูและนักเรียน"
    [issue] = said
    assert json.loads(issue["evidence"])["rule"] == "lost_label"
    assert issue["line_start"] == 4


def test_the_label_read_as_a_field_leaves_the_name_alone():
    project, said = _read("ชื่อโครงการ/กิจกรรม : พัฒนาทักษะดิจิทัลของครูและนักเรียน\n"
                          "ปีงบประมาณ พ.ศ. : 2564 รหัสโครงการ : 50420000-2084\n")
    assert project["name"] == "พัฒนาทักษะดิจิทัลของครูและนักเรียน" and project["fiscal_year_be"] == 2564
    assert not said


def test_the_titles_wording_after_pracham_is_the_names_own():
    # the fiscal-year field lost too, its label nowhere: the title's "ประจำปีงบประมาณ พ.ศ. 2564" is no label
    project, said = _read("ชื่อโครงการ/กิจกรรม : พัฒนาทักษะดิจิทัลของครูและนักเรียน ประจําปีงบประมาณ พ.ศ.\n"
                          "2564 รหัสโครงการ : 50420000-2084\n")
    assert project["name"] == "พัฒนาทักษะดิจิทัลของครูและนักเรียน ประจำปีงบประมาณ พ.ศ. 2564"
    assert not said


def _project(name: str, **more) -> dict:
    return {"name": Reading(name, name, 3, 4), **more}


def test_a_field_some_copy_read_keeps_the_label_s_words_in_the_name():
    project = _project("ส่งเสริมการอ่าน ปีงบประมาณ พ.ศ. 2564", fiscal_year_be=Reading(2564, "2564", 5, 5))
    assert name_holds_lost_label(project, "k") == []
    assert project["name"].value == "ส่งเสริมการอ่าน ปีงบประมาณ พ.ศ. 2564"
    # (a field read but not parsed, its printing kept, is read too)
    project = _project("ส่งเสริมการอ่าน ปีงบประมาณ พ.ศ. 2564", fiscal_year_be_printed=Reading("๒๕๒", "๒๕๒", 5, 5))
    assert name_holds_lost_label(project, "k") == []


def test_the_bare_year_wording_without_its_era_is_no_label():
    # "ปีงบประมาณ 2564", no "พ.ศ.": the names' own wording (42 names of the sets' truth), not the field's label
    project = _project("ส่งเสริมการอ่าน ปีงบประมาณ 2564")
    assert name_holds_lost_label(project, "k") == []


def test_another_lost_field_s_label_ends_the_name_too():
    project = _project("ส่งเสริมการอ่าน รหัสโครงการ 50420000-2084", fiscal_year_be=Reading(2564, "2564", 5, 5))
    [issue] = name_holds_lost_label(project, "k")
    assert project["name"].value == "ส่งเสริมการอ่าน"
    assert json.loads(issue.evidence)["label"] == "รหัสโครงการ"
