"""BMA progress form: the responsible unit's line as OCR left it (fresh set s61o).

OCR echoed the next label's first letters before it ("ฝ่ายปกครอง ชื่ ชื่อผู้รับผิดชอบ...", "หน่วยงาน... ชี
ชื่อผู้รับผิดชอบ"): the section read "ฝ่ายปกครอง ชื่".  A lone consonant and its marks, the label's first consonant,
ending the value before the label is no part of it (parsers.reader._without_label_echo), on the label's own line
and on a line the value wraps onto.  A comma OCR left before the unit's name (", สำนักการศึกษา") goes
(parsers.values._without_lead_specks)."""

from __future__ import annotations

from parsers.reader import _without_label_echo
from parsers.values import split_unit
from tests.test_repair import form, read

_UNIT = "หน่วยงานที่รับผิดชอบ : สำนักการศึกษา / กลุ่มงานทดสอบ\n"


def _project(unit_lines: str) -> dict:
    return read(form().replace(_UNIT, unit_lines))["projects"][0]


def test_an_echo_of_the_next_label_ends_no_value():
    project = _project("หน่วยงานที่รับผิดชอบ : สำนักงานเขตลาดกระบัง / ฝ่ายปกครอง / ฝ่ายปกครอง ชื่ ชื่อผู้รับผิดชอบ : "
                       "นางสาวสุนันทา บุญประเสริฐ\n")
    assert (project["agency"], project["section"]) == ("สำนักงานเขตลาดกระบัง", "ฝ่ายปกครอง")
    assert project["owner_name"].startswith("นางสาวสุนันทา")


def test_an_echo_on_the_line_the_value_wraps_onto():
    project = _project("หน่วยงานที่รับผิดชอบ : สำนักการศึกษา / หน่วยงานศึกษานิเทศก์ /\n"
                       "หน่วยงานศึกษานิเทศก์ ชี ชื่อผู้รับผิดชอบ : นางสาวสุนันทา บุญประเสริฐ\n")
    assert project["section"] is not None and not project["section"].endswith("ชี")


def test_what_is_no_echo_stays():
    label = "ชื่อผู้รับผิดชอบ"
    assert _without_label_echo("ฝ่ายปกครอง ชื่", label) == "ฝ่ายปกครอง"
    assert _without_label_echo("ชื่", label) == "ชื่"  # a value of one token
    assert _without_label_echo("ฝ่ายปกครอง กี", label) == "ฝ่ายปกครอง กี"  # another letter
    assert _without_label_echo("ฝ่ายปกครอง ชื่อเสียง", label) == "ฝ่ายปกครอง ชื่อเสียง"  # a word


def test_a_comma_before_the_units_name_goes():
    assert split_unit(", สำนักการศึกษา / หน่วยงานศึกษานิเทศก์") == ("สำนักการศึกษา", "หน่วยงานศึกษานิเทศก์", None)
    assert split_unit(", ห้องเรียน / กลุ่มงาน") == (", ห้องเรียน", "กลุ่มงาน", None)  # no unit word after it
