"""An OBEC status-group header that counts its projects in brackets, with a speck OCR read past a wide gap
("3. โครงการที่ยังไม่ได้ดำเนินการ (๒ โครงการ)<tab>๋"): a tab after the count made it a table row unless the count
was in words ("จำนวน ๒ โครงการ"), so the header was text, the group's list of projects was read under the group
before, and its two projects were lost.  The count in brackets, before the tab, marks the header as well
(parsers.obec_progress.read.rule_group); a row of a table still is none."""

from __future__ import annotations

from parsers.engine import run_rules
from parsers.grid import fold_tables
from parsers.obec_progress.read import RULES, _opens_row
from schemas.document import Line


def kinds(*texts: str) -> list[tuple[str, object]]:
    lines = [Line(no, text) for no, text in enumerate(texts, 1)]
    blocks = run_rules(fold_tables(lines, _opens_row), RULES, {"starts_part": lambda ln: True, "running": False})
    return [(b.kind, b.key) for b in blocks]


def test_a_group_header_counting_in_brackets_before_a_speck_cell_is_the_header():
    got = kinds("2. โครงการที่อยู่ระหว่างดำเนินการ (๑ โครงการ)", "๑. โครงการพัฒนาครู",
                "3. โครงการที่ยังไม่ได้ดำเนินการ (๒ โครงการ)\t๋", "ที่ ชื่อโครงการ\t|\tกลุ่มที่รับผิดชอบ",
                "1 โครงการส่งเสริมการอ่าน\tกลุ่มส่งเสริมการจัดการศึกษา")
    assert ("group", "not_started") in got
    assert got[-2:] == [("list_head", "not_started"), ("title", "not_started")]


def test_a_table_row_with_a_status_and_no_count_before_its_tab_is_no_header():
    got = kinds("2. โครงการที่อยู่ระหว่างดำเนินการ (๑ โครงการ)", "๑. โครงการพัฒนาครู",
                "3. โครงการที่ยังไม่ได้ดำเนินการ\t๒ โครงการ")
    assert ("group", "not_started") not in got
