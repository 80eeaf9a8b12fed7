"""The head row of an OBEC list of projects printed as a table ("ที่ |
ชื่อโครงการ | กลุ่มที่รับผิดชอบ") that OCR damaged at its edges: the number
column's head "ที่" read as a speck of Latin letters ("A ชือโครงการ
กล่มทีรับผิดชอบ": scout set u, obec_progress_s24u002; "fi ชื่อโครงการ
กลุ่มที่รับผิดชอบ": my fresh set ob2x24a, ob2x24a006), or the name column's
head run into the unit column's with no gap ("ที ชือโครงการกลุ่มทีรับผิดชอบ":
ob2x24a005).  The head was not found (read._LIST_HEAD_RE asked for "ที่" or
nothing before "ชื่อโครงการ", and a space after it), so the list was read as
having no unit column: each row's name took its unit's words with no issue
naming it (ob2x24a005: 7 silent misses), or the head was read as a finding
of the project before.  Now a token of one or two characters with no Thai
letter or digit may stand before the head, and the unit column's head
("กลุ่ม...", "หน่วย...") may follow it glued.  A number before it, or other
words glued after it, are no head."""

from __future__ import annotations

from parsers.obec_progress.read import _LIST_HEAD_RE
from tests.test_obec_ocr import report, run

ROWS = ("1 โครงการป้องกันและแก้ไขปัญหายาเสพติดในสถานศึกษา         กลุ่มนโยบายและแผน\n"
        "2 โครงการส่งเสริมสุขภาวะที่ดีของนักเรียน         หน่วยตรวจสอบภายใน\n")


def _not_started(head: str) -> list[str]:
    text = report() + f"๓. โครงการที่ยังไม่ได้ดำเนินการ (๒ โครงการ)\n{head}\n" + ROWS
    rows = run(text)
    return [p["name"] for p in sorted(rows["projects"], key=lambda p: p["group_seq"] or 0)
            if p["plan_status"] == "not_started"]


def test_a_damaged_list_head_still_parts_each_row_s_unit_from_its_title():
    names = ["โครงการป้องกันและแก้ไขปัญหายาเสพติดในสถานศึกษา", "โครงการส่งเสริมสุขภาวะที่ดีของนักเรียน"]
    assert _not_started("ที ชือโครงการกลุ่มทีรับผิดชอบ") == names
    assert _not_started("A ชือโครงการ กล่มทีรับผิดชอบ") == names


def test_a_number_or_words_glued_make_no_head():
    assert _LIST_HEAD_RE.match("1 ชื่อโครงการ กลุ่มที่รับผิดชอบ") is None
    assert _LIST_HEAD_RE.match("ชื่อโครงการส่งเสริมการอ่าน") is None
    assert _LIST_HEAD_RE.match("ที่ ชื่อโครงการ กลุ่มที่รับผิดชอบ") is not None
