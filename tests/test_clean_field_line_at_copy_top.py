"""A form's field line ("label : value") that two copies print near each copy's page top is no running header
(fresh set s83c, bma_progress_s83c009): the copy's title is a known header title, the copy's first headings under it
were taken for a running header (a speck between them and the title in one copy only), and the project's name line
with its short wrapped tail for that header's wrapped lines (pipeline.clean.mark_header_tails), so the name was lost
("no readable name in any copy").  The header rules take no field line (pipeline.clean._is_field); a page's print
time ("13:46": no word before its colon) and a label whose value is a number stay what they were."""

import pytest

from pipeline.clean import _is_field, clean_lines
from pipeline.stages import process_document

TITLE = "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ"
NAME_LINE = "ชื่อโครงการ/กิจกรรม : เสริมสร้างผลสัมฤทธิ์ทางการเรียนกลุ่มสาระการเรียนรู้"
NAME_TAIL = "หลัก"


def _body(tag: str, n: int) -> list[str]:
    return [f"{k}. กิจกรรมที่ดำเนินการของโรงเรียนในสังกัด {tag} ลำดับ {k}" for k in range(1, n + 1)]


def _copy(first_page: int, top: tuple[str, ...]) -> list[str]:
    return [TITLE, *top, "1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ", "1.1 รหัสโครงการและชื่อโครงการ", "",
            NAME_LINE, NAME_TAIL, "", "รหัสโครงการ : 09000000-4548 ปีงบประมาณ พ.ศ. : 2567", "",
            *_body("หนึ่ง", 10), "", f"- {first_page} -", "", *_body("สอง", 10), "", f"- {first_page + 1} -", "",
            *_body("สาม", 6)]


def _two_copies() -> str:
    # (OCR read a speck under the first copy's title only, so the headings' printings differ in what stands before)
    return "\n".join([*_copy(1, ("", "๑7", "")), "", *_copy(4, ("",))]) + "\n"


def test_a_copys_field_line_at_its_page_top_is_text():
    lines, _ = clean_lines(_two_copies())
    kinds = [(ln.text, ln.kind) for ln in lines if ln.text in (NAME_LINE, NAME_TAIL)]
    assert kinds == [(NAME_LINE, "text"), (NAME_TAIL, "text")] * 2
    assert [ln.kind for ln in lines if ln.text == TITLE] == ["page_header"] * 2


def test_the_project_name_is_read():
    rows = process_document("two-copies.txt", _two_copies().encode())
    assert rows["projects"][0]["name"].startswith("เสริมสร้างผลสัมฤทธิ์ทางการเรียนกลุ่มสาระการเรียนรู้")
    assert not any(i["code"] == "missing_field" and "name" in i["message"] for i in rows["issues"])


@pytest.mark.parametrize("line", [NAME_LINE, "เป็นไปตามแผน : เป็นไปตามเป้าหมาย", "บาท เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
                                  "หน่วยงานที่รับผิดชอบ. : สำนักการศึกษา"])
def test_field_lines(line):
    assert _is_field(line)


@pytest.mark.parametrize("line", ["20/07/2566 13:46", "LNA ๒๑/๐๑/๒๕๐๒ ๑๕:๕๐", "หน้า : 3", "ปีงบประมาณ พ.ศ. : 2567",
                                  TITLE, "พิมพ์จากระบบ ติดตามแผนปฏิบัติการ เมื่อ 21/10/2569 11:55"])
def test_no_field_lines(line):
    assert not _is_field(line)


def test_a_running_header_with_a_print_time_is_still_furniture():
    header = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสกลนคร เขต 1"
    pages = [[header, "21/10/2569 11:55", f"- {no} -", *_body(f"หน้า{no}", 12)] for no in range(1, 7)]
    lines, _ = clean_lines("\n\n".join("\n".join(p) for p in pages) + "\n")
    assert [ln.kind for ln in lines if ln.text == header] == ["page_header"] * 6
