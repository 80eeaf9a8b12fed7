"""A title-only item of a status group's list (a project not started: its
title and nothing else) whose title the page broke: its first line at the
foot of a page, its rest under the next page's footer and running header
("๓.๒ โครงการเสริมสร้างคุณธรรม" / "หน้า ๑๔ จาก ๑๕" / "พิมพ์จากระบบ ..." /
header / "จริยธรรมและธรรมาภิบาล..."). The gap the furniture left (nine
lines) was read as no wrap's, the title cut short and its rest unplaced:
the project matched its name nowhere (fresh set s61o's obec_progress_s61o001,
project 6: every field lost, silent). The clean-up gives this form the
furniture's lines (FURNITURE_SEEN): a page break is a paragraph's gap, and
the title goes on past it as past a blank line."""

from __future__ import annotations

from parsers.obec_progress.read import page_breaks
from schemas.document import Line
from tests.test_obec_ocr import project, report, run

NOT_STARTED = "๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๓ โครงการ ดังนี้\n\n"
FOOTER = ("\nหน้า ๓ จาก ๔\nพิมพ์จากระบบ ติดตามแผนปฏิบัติการ สพป.ทดสอบ เขต ๑ เมื่อ ๒๑/๐๔/๒๕๖๗ ๑๕:๑๐\n\n\n\n\n"
          "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n\n")


def _names(tail: str) -> tuple[dict, list[str]]:
    pages = [project(1, "๒๕๖๗"), project(2, "๒๕๖๗")]
    text = report(projects=pages) + "\nหน้า ๑ จาก ๔\nพิมพ์จากระบบ ติดตามแผนปฏิบัติการ สพป.ทดสอบ เขต ๑ เมื่อ " \
        "๒๑/๐๔/๒๕๖๗ ๑๕:๑๐\n\n\n\nรายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n\n" \
        + NOT_STARTED + tail
    rows = run(text)
    return rows, [p["name"] for p in sorted(rows["projects"], key=lambda p: p["group_seq"])
                  if p["plan_status"] == "not_started"]


def test_a_title_the_page_broke_goes_on_past_the_footer_and_header():
    rows, names = _names("๓.๑ โครงการจิตอาสาด้วยกระบวนการลูกเสือ\n\n๓.๒ โครงการเสริมสร้างคุณธรรม\n" + FOOTER
                         + "จริยธรรมและธรรมาภิบาลในสถานศึกษา (โรงเรียนสุจริต)\n\n"
                         "๓.๓ โครงการฝึกอบรมเชิงปฏิบัติการ ด้านการเงิน บัญชี และพัสดุ\n")
    assert names == ["โครงการจิตอาสาด้วยกระบวนการลูกเสือ",
                     "โครงการเสริมสร้างคุณธรรม จริยธรรมและธรรมาภิบาลในสถานศึกษา (โรงเรียนสุจริต)",
                     "โครงการฝึกอบรมเชิงปฏิบัติการ ด้านการเงิน บัญชี และพัสดุ"]
    assert not [i for i in rows["issues"] if i["code"] == "unplaced_text" and i["field"] == "projects.name"]


def test_a_title_that_ends_before_the_page_break_stays_whole():
    _, names = _names("๓.๑ โครงการจิตอาสาด้วยกระบวนการลูกเสือ\n\n๓.๒ โครงการเสริมสร้างคุณธรรม\n" + FOOTER
                      + "๓.๓ โครงการฝึกอบรมเชิงปฏิบัติการ ด้านการเงิน บัญชี และพัสดุ\n")
    assert names == ["โครงการจิตอาสาด้วยกระบวนการลูกเสือ", "โครงการเสริมสร้างคุณธรรม",
                     "โครงการฝึกอบรมเชิงปฏิบัติการ ด้านการเงิน บัญชี และพัสดุ"]


def test_a_title_goes_on_past_the_header_s_wrapped_tail_and_specks():
    # OCR's reading: a speck under the title's first line, and the running header wrapped before its year (the
    # tail "พ.ศ. ๒๕๖๗" no furniture the clean-up knows, which the reader leaves out as the header's)
    footer = FOOTER.replace("พ.ศ. ๒๕๖๗\n", "\nพ.ศ. ๒๕๖๗\n")
    _, names = _names("๓.๑ โครงการจิตอาสาด้วยกระบวนการลูกเสือ\n\n๓.๒ โครงการเสริมสร้างคุณธรรม\nvy\n" + footer
                      + "จริยธรรมและธรรมาภิบาลในสถานศึกษา\n(โรงเรียนสุจริต)\n\n"
                      "๓.๓ โครงการฝึกอบรมเชิงปฏิบัติการ ด้านการเงิน บัญชี และพัสดุ\n")
    assert names[1] == "โครงการเสริมสร้างคุณธรรม จริยธรรมและธรรมาภิบาลในสถานศึกษา (โรงเรียนสุจริต)"


def test_page_breaks_are_the_furniture_s_lines():
    lines = [Line(1, "ก"), Line(3, "หน้า ๑", "page_number"), Line(4, "หัว", "page_header"), Line(6, "ข"),
             Line(7, "ค"), Line(9, "ง")]
    assert page_breaks(lines) == (3, 4)


def test_the_office_s_name_past_the_break_is_no_wrap_of_the_list_s_last_title():
    # the next page opens with the office's name (a cover or a heading, OCR damaged: น read บ), no title's wrap
    rows, names = _names("๓.๑ โครงการจิตอาสาด้วยกระบวนการลูกเสือ\n\n๓.๒ โครงการเสริมสร้างคุณธรรม\n\n"
                         "๓.๓ โครงการฝึกอบรมเชิงปฏิบัติการ ด้านการเงิน บัญชี และพัสดุ\n" + FOOTER
                         + "สำบักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑\n")
    assert names[-1] == "โครงการฝึกอบรมเชิงปฏิบัติการ ด้านการเงิน บัญชี และพัสดุ"
    assert [i for i in rows["issues"] if i["code"] == "unplaced_text" and i["field"] == "projects.name"]
