"""Three classes of silent misses from fresh set s111q, each a value wrong or lost with no issue naming it:

- a BMA progress form whose start-date label OCR garbled past reading ("เริ่มต้นโครงการ :" read "udailasencs ;"):
  no value and no issue (bma_progress_s111q004).  A header field the form always prints that no copy read is now
  said (parsers.bma_progress.rows.header_fields_lost);
- a person's name with a speck of punctuation set against its first letter (".นายศักดิ์ชัย อินทร์แก้ว"), kept in
  the name (parsers.values._without_specks_before);
- an OBEC plan heading whose edition line ("ฉบับที ๑๓") OCR read before the heading's last line
  ("ความก้าวหน้าของโครงการที่ ฉบับที ๑๓ าเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ"), kept as read
  (obec_progress_s111q001); it is the form's heading with its edition after it
  (parsers.obec_progress.rounds.form_heading)."""

from __future__ import annotations

import pytest

from parsers.obec_progress.rounds import form_heading
from parsers.values import split_person
from pipeline.stages import process_document
from tests.conftest import sample_text

pytestmark = pytest.mark.usefixtures("repair_on")

SAMPLE = "001_fdefb2afb18072a2.txt"


def _start_label_line(source: str) -> str:
    return next(ln for ln in source.splitlines() if "เริ่มต้นโครงการ" in ln)


def test_a_start_date_whose_label_ocr_garbled_is_said_missing():
    source = sample_text(SAMPLE)
    line = _start_label_line(source)
    garbled = line.replace("เริ่มต้นโครงการ", "udailasencs").replace(":", ";")
    rows = process_document("001.txt", source.replace(line, garbled).encode("utf-8"))
    assert rows["projects"][0]["start_date"] is None
    said = [i for i in rows["issues"] if i["field"] == "projects.start_date"]
    assert said and said[0]["code"] == "missing_value"
    assert said[0]["line_start"] is not None


def test_a_start_date_read_raises_no_such_issue():
    rows = process_document("001.txt", sample_text(SAMPLE).encode("utf-8"))
    assert rows["projects"][0]["start_date"] is not None
    assert not [i for i in rows["issues"] if i["code"] == "missing_value" and i["field"].startswith("projects.")]


def test_a_speck_against_a_names_first_letter_is_dropped():
    assert split_person(".นายศักดิ์ชัย อินทร์แก้ว (โทร. ๕๕๕๐)") == ("นายศักดิ์ชัย อินทร์แก้ว", "5550")
    assert split_person(":นางสาวเบญจวรรณ นาคสวัสดิ์ 5645") == ("นางสาวเบญจวรรณ นาคสวัสดิ์", "5645")
    assert split_person("นายสมชาย ใจดี 1234") == ("นายสมชาย ใจดี", "1234")


NESDP = "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ"


@pytest.mark.parametrize("edition", ["ฉบับที ๑๓", "ฉบับที่ 13"])
def test_an_edition_read_before_the_headings_last_line_goes_after_it(edition):
    printed = f"ความก้าวหน้าของโครงการที่ {edition} าเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ"
    assert form_heading("plan_nesdp", printed) == f"{NESDP} {edition}"


def test_other_words_after_an_edition_are_no_heading():
    # (the words after the edition are not the heading's rest: not read as the heading)
    assert form_heading("plan_nesdp", "ความก้าวหน้าของโครงการที่ ฉบับที ๑๓ ของโรงเรียนในสังกัดทั้งหมด") is None
