"""BMA progress form, the copy a project's code seen again starts: where the form's title and section headings
are page headers (a header block printed on every page) or a cover page prints the code too, the copy restarts at
the code line, and the name printed right above it, with its wrap ("ชื่อโครงการ/กิจกรรม : ...มาตรฐาน" /
"สังกัดสำนักงานเขตวัฒนา"), stood in the copy before: the name's wrap was read as that copy's last report's
description, and the name lost it.  The name field right above the code, only its wrap between, opens the new copy
(reader._form_head)."""

from parsers.bma_progress.fields import FORM
from parsers.reader import scan, sort_out, split_copies
from tests.lines import numbered_lines

NAME = "ชื่อโครงการ/กิจกรรม : ขับเคลื่อนการประกันคุณภาพการศึกษาสู่มาตรฐาน"
WRAP = "สังกัดสำนักงานเขตวัฒนา"
CODE = "รหัสโครงการ : 50530000-1234    ปีงบประมาณ พ.ศ. : 2564"
FORM_LINES = [NAME, WRAP, CODE, "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ",
              "รายงานครั้งที่ 1 :: 2/1/2564 : ดำเนินการจัดสัมมนา และเบิกจ่ายตามงบประมาณ"]


def _parts(*lines: str):
    return [sort_out(c, FORM) for c in split_copies(scan(numbered_lines(*lines), FORM), FORM)]


def test_the_name_above_the_code_that_restarts_the_form_opens_the_new_copy():
    parts = _parts("รหัสโครงการ : 50530000-1234", *FORM_LINES, *FORM_LINES)  # a cover page printing the code
    forms = [p for p in parts if "s2" in p.sections]
    assert len(forms) == 2
    for p in forms:
        names = [value for key, value, *_ in p.fields if key == "name"]
        assert names == ["ขับเคลื่อนการประกันคุณภาพการศึกษาสู่มาตรฐาน " + WRAP]
        assert all(WRAP not in ln.text for ln in p.sections["s2"])


def test_a_copy_left_with_nothing_or_the_code_seen_again_alone_keep_their_events():
    parts = _parts(*FORM_LINES, CODE, "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ")
    assert [[key for key, *_ in p.fields] for p in parts] == [["name", "project_code", "fiscal_year"],
                                                              ["project_code", "fiscal_year"]]
