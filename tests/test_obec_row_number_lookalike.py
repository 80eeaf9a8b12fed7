"""A row of an OBEC list of projects printed as a table whose number OCR read as Latin look-alikes with no mark
("lo โครงการส่งเสริม...  กลุ่มพัฒนาครูและบุคลากรทาง" for "๒ โครงการ..."), its unit's name after the title (cut by
the cell's width, its rest on the row's next line): the row opens there (read._lookalike_number_row, asked by
_opens_row), and rule_title numbers it by its place in the list, said.  Before, the table's fold took it for the
wrapped line of the row before: its title ran into the first row's name, and every row after it, numbered past
the number the list expected, was read as no title (four projects lost, silently in their names)."""

from __future__ import annotations

from parsers.obec_progress.read import _lookalike_number_row
from tests.test_obec_ocr import report, run

HEAD = "๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๓ โครงการ ดังนี้\nที่ ชื่อโครงการ\tกลุ่มที่รับผิดชอบ\n"
ROWS = ("๑ โครงการพัฒนาคุณภาพการศึกษาสำหรับ กลุ่มส่งเสริมการศึกษาทางไกล\n"
        "โรงเรียนขนาดเล็ก\tเทคโนโลยีสารสนเทศและการสื่อสาร\n"
        "{second} โครงการส่งเสริมการจัดการเรียนรู้วิทยา กลุ่มพัฒนาครูและบุคลากรทาง\n"
        "การคำนวณ (Coding) ในสถานศึกษา\tการศึกษา\n"
        "๓ โครงการสถานศึกษาปลอดภัย\tกลุ่มนิเทศ ติดตามและประเมินผล\n"
        "การจัดการศึกษา\n")


def _not_started(rows: dict) -> list[tuple[int, str]]:
    return sorted((p["group_seq"], p["name"]) for p in rows["projects"] if p["plan_status"] == "not_started")


def test_a_row_whose_number_ocr_read_as_latin_letters_opens_its_title():
    truth = _not_started(run(report() + HEAD + ROWS.format(second="๒")))
    assert [seq for seq, _ in truth] == [1, 2, 3]
    rows = run(report() + HEAD + ROWS.format(second="lo"))
    assert _not_started(rows) == truth
    # its number is its place, said
    assert [i for i in rows["issues"] if i["field"] == "projects.group_seq"
            and i["code"] in ("value_repaired", "repair_ambiguous")]


def test_only_a_row_with_a_unit_s_name_opens_so():
    assert _lookalike_number_row(["lo โครงการส่งเสริมการจัดการเรียนรู้วิทยา กลุ่มพัฒนาครูและบุคลากรทาง", None])
    assert _lookalike_number_row(["ae โครงการสถานศึกษาปลอดภัย", None, "หน่วยตรวจสอบภายใน"])
    assert not _lookalike_number_row(["lo โครงการส่งเสริมการจัดการเรียนรู้วิทยาการคำนวณ", None])  # no unit
    assert not _lookalike_number_row(["การคำนวณ (Coding) ในสถานศึกษา", None, "การศึกษา"])
    assert not _lookalike_number_row(["lo โครงการ", None, "กลุ่มพัฒนาครู"])  # the word alone: no title's words
