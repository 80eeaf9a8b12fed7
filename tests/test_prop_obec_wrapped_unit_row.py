"""A row of an OBEC list of projects printed as a table whose number OCR
lost and whose unit cell the page wrapped inside the unit's name: it opens
a row of its own, so the list's head is read as the head and no words of
the head or of the unit stand in the project's name."""

from __future__ import annotations

import pytest

from tests.test_obec_ocr import report, run

pytestmark = pytest.mark.usefixtures("repair_on")


def _not_started(rows: dict) -> list[tuple[int, str]]:
    return sorted((p["group_seq"], p["name"]) for p in rows["projects"] if p["plan_status"] == "not_started")


def test_a_numberless_row_whose_unit_cell_holds_a_name_s_start_opens_a_table_row():
    from parsers.obec_progress.read import _unit_name_start, _unnumbered_row

    assert _unnumbered_row(["โครงการพัฒนาคุณภาพการศึกษาสำหรับ", "กลุ่มพัฒนาครูและบุคลากรทาง", None])
    assert _unit_name_start("กลุ่มพัฒนาครูและบุคลากรทาง")
    # (the unit word and a letter or two say nothing; a title's own words spell no unit's start)
    assert not _unit_name_start("กลุ่มพัฒ")
    assert not _unnumbered_row(["โครงการพัฒนาคุณภาพการศึกษาสำหรับ", "กลุ่มเป้าหมายนักเรียน"])


def test_the_head_folded_with_a_numberless_first_row_gives_no_words_to_its_name():
    # fresh set s108o (obec_progress_s108o002): the head's unit cell set farther right than the first row's, so
    # the rows fold into three columns; the first row's number lost and its unit cell wrapped ("...ทาง" /
    # "การศึกษา"): the head and the row folded into one line, and the name read "โครงการ โครงการพัฒนา...
    # กลุ่มพัฒนาครูและบุคลากรทาง กลุ่มทีรับผิดชอบ โรงเรียนขนาดเล็ก", silently
    text = report() + ("๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๒ โครงการ ดังนี้\n\n"
                       "ชือโครงการ                                                      กลุ่มทีรับผิดชอบ\n"
                       "โครงการพัฒนาคุณภาพการศึกษาสำหรับ           กลุ่มพัฒนาครูและบุคลากรทาง\n\n"
                       "โรงเรียนขนาดเล็ก\n\n"
                       "๒ โครงการทวิ/พหุภาษาเพื่อพัฒนาสมรรถนะ\nสำคัญของผู้เรียนกลุ่มชาติพันธุ์\n")
    names = _not_started(run(text))
    assert names[0] == (1, "โครงการพัฒนาคุณภาพการศึกษาสำหรับ โรงเรียนขนาดเล็ก")
    assert names[1][0] == 2 and names[1][1].startswith("โครงการทวิ/พหุภาษาเพื่อพัฒนาสมรรถนะ")
