"""Two rows of an OBEC list of projects printed as a table (number, title,
unit) that the table's fold took for the wrapped lines of the row before
(set s48z obec_progress_s48z004, s48o obec_progress_s48o003, s45z
obec_progress_s45z002):

- a speck of the table's rule OCR read as a quote between the row's number
  and the title's word ("3 'โครงการเสริมสร้าง...  กลุ่มนโยบายและแผน"):
  rule_title read past it (read._SPECK_AFTER_NUMBER_RE), the row's opening
  did not (read._TITLE_ROW_RE);
- a number OCR read as a Thai letter it looks like ("ซ โครงการขับเคลื่อน...
  กลุ่มนิเทศ ..." for ๗, normalizers.confusions.LOOKALIKES), a unit's name
  after the title: the Latin look-alikes opened such a row
  (read._lookalike_number_row), the Thai ones did not.

Before, the row's title ran into the name of the row before (one project
lost, the rows after it numbered one short or lost too); now each opens
its row, and rule_title numbers it (by its place where the number is a
look-alike, said)."""

from __future__ import annotations

from parsers.obec_progress.read import _lookalike_number_row, _opens_row
from tests.test_obec_ocr import report, run

HEAD = "๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๓ โครงการ ดังนี้\nที่ ชื่อโครงการ\tกลุ่มที่รับผิดชอบ\n"
ROWS = ("๑ โครงการพัฒนาคุณภาพการศึกษาสำหรับ\tกลุ่มส่งเสริมการศึกษาทางไกล\n"
        "โรงเรียนขนาดเล็ก\tเทคโนโลยีสารสนเทศและการสื่อสาร\n"
        "{second}โครงการส่งเสริมการจัดการเรียนรู้วิทยา\tกลุ่มพัฒนาครูและบุคลากรทาง\n"
        "การคำนวณ (Coding) ในสถานศึกษา\tการศึกษา\n"
        "{third}โครงการสถานศึกษาปลอดภัย\tกลุ่มนิเทศ ติดตามและประเมินผล\n"
        "การจัดการศึกษา\n")


def _not_started(rows: dict) -> list[tuple[int, str]]:
    return sorted((p["group_seq"], p["name"]) for p in rows["projects"] if p["plan_status"] == "not_started")


def _truth() -> list[tuple[int, str]]:
    truth = _not_started(run(report() + HEAD + ROWS.format(second="๒ ", third="๓ ")))
    assert [seq for seq, _ in truth] == [1, 2, 3]
    return truth


def test_a_quote_speck_between_a_row_s_number_and_its_title_opens_the_row():
    assert _not_started(run(report() + HEAD + ROWS.format(second="2 '", third="๓ "))) == _truth()
    assert _not_started(run(report() + HEAD + ROWS.format(second="2 ' ", third="๓ "))) == _truth()
    assert _opens_row(["3 'โครงการเสริมสร้างคุณธรรม จริยธรรมและ", "กลุ่มนโยบายและแผน"])
    assert _opens_row(["๕ 'ใโครงการส่งเสริมการจัดการเรียนรู้", "หน่วยตรวจสอบภายใน"])  # and a stray vowel after it
    assert _opens_row(["๔ ,โครงการส่งเสริมการจัดการเรียนรู้", "หน่วยตรวจสอบภายใน"])  # a comma
    assert _opens_row(["๒ 'เโรงการพัฒนาระบบการติดตาม", "กลุ่มนโยบายและแผน"])  # the word with a letter lost
    assert not _opens_row(["การคำนวณ (Coding) ในสถานศึกษา", "การศึกษา"])


def test_a_row_whose_number_ocr_read_as_a_thai_look_alike_opens_its_title():
    rows = run(report() + HEAD + ROWS.format(second="๒ ", third="ๆ "))  # ๓ read as ๆ
    assert _not_started(rows) == _truth()
    # its number is its place, said
    assert [i for i in rows["issues"] if i["field"] == "projects.group_seq"
            and i["code"] in ("value_repaired", "repair_ambiguous")]
    assert _lookalike_number_row(["ซ โครงการขับเคลื่อนการ", "กลุ่มนิเทศ ติดตามและ"])
    assert _lookalike_number_row(["ฆ โครงการส่งเสริมการจัดการเรียนรู้ตามหลัก กลุ่มส่งเสริมการศึกษาทางไกล"])
    assert not _lookalike_number_row(["ซ โครงการขับเคลื่อนการดำเนินงาน", None])  # no unit's name: no row of the list
    assert not _lookalike_number_row(["ก โครงการขับเคลื่อนการ", "กลุ่มนิเทศ ติดตามและ"])  # no digit's look-alike
