"""An OBEC list of titles whose row's responsible unit its narrow column wrapped onto lines of their own under the
title's wrapped lines, the list's head read without its unit column ("กลุ่มที่รับผิดชอบ" read apart, before "ที่
ชื่อโครงการ"): the unit's name ran into the project's name ("โครงการขับเคลื่อนการพัฒนา ระบบประกันคุณภาพการศึกษา
กลุ่มนิเทศ ติดตามและ ประเมินผลการจัดการศึกษา", fresh set s115s, obec_progress_s115s002, no issue naming it).  A
unit's whole name (anchors.OFFICE_UNITS) ending the title's wrapped lines is cut off the name (read._name_of), as
one ending a row's first line is (_title_cell)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages import process_document

pytestmark = pytest.mark.usefixtures("repair_on")

DOC = Path(__file__).resolve().parent / "corpus" / "clean" / "obec_progress_001.txt"
ROW = "๓.๔ โครงการพัฒนาคุณภาพการศึกษาสำหรับโรงเรียนขนาดเล็ก\n"


def _not_started(text: str) -> list[str]:
    rows = process_document("doc.txt", text.encode("utf-8"))
    return [p["name"] for p in rows["projects"] if p["plan_status"] == "not_started"]


def test_a_unit_s_name_wrapped_under_a_title_is_no_part_of_the_name():
    text = DOC.read_text(encoding="utf-8")
    assert text.count(ROW) == 1
    wrapped = ("๓.๔ โครงการพัฒนาคุณภาพการศึกษา\nสำหรับโรงเรียนขนาดเล็ก\n\nกลุ่มนิเทศ ติดตามและ\n"
               "ประเมินผลการจัดการศึกษา\n")
    names = _not_started(text.replace(ROW, wrapped))
    (name,) = [n for n in names if n.startswith("โครงการพัฒนาคุณภาพการศึกษา")]
    assert "กลุ่มนิเทศ" not in name and name.replace(" ", "") == "โครงการพัฒนาคุณภาพการศึกษาสำหรับโรงเรียนขนาดเล็ก"
    assert len(names) == len(_not_started(text))


def test_a_title_that_only_names_a_unit_inside_its_words_keeps_them():
    text = DOC.read_text(encoding="utf-8")
    wrapped = "๓.๔ โครงการพัฒนาคุณภาพการศึกษา\nสำหรับโรงเรียนขนาดเล็กของหน่วยตรวจสอบภายใน\n"
    names = _not_started(text.replace(ROW, wrapped))
    assert any(n.endswith("ของหน่วยตรวจสอบภายใน") for n in names)
