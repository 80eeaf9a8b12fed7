"""OBEC (s65z, issue 11): a page number whose page and count OCR both read
as look-alikes of digits ("หนา w/mo" for หน้า ๓/๓๐) is page furniture, no
part of the finding above it (lists.is_page_left)."""

from __future__ import annotations

from parsers.obec_progress.lists import is_page_left
from tests.test_obec_ocr import project, report, run


def test_a_page_number_read_as_look_alikes_is_page_furniture():
    assert is_page_left("หนา w/mo") and is_page_left("หน้า lo/mo")
    # a word before a slash is no page's count
    assert not is_page_left("หนา ครู/ผอ") and not is_page_left("หน้าที่ ครู/ผอ.")


def test_a_page_number_read_as_look_alikes_is_no_part_of_the_suggestion_above_it():
    fy = "๒๕๖๗"
    one = project(1, fy)
    tail = "ได้ดำเนินการครบตามแผนที่กำหนด\n"
    assert one.endswith(tail)
    one += "ข้อเสนอแนะ\nวางแผนการดำเนินการล่วงหน้า\n\nหนา w/mo\n"
    rows = run(report(fy=fy, projects=[one, project(2, fy)]))
    key = rows["projects"][0]["project_key"]
    assert [f["text"] for f in rows["findings"] if f["project_key"] == key and f["kind"] == "suggestion"] == [
        "วางแผนการดำเนินการล่วงหน้า"]
