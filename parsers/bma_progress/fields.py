"""The BMA progress form's anchors and the table of its project columns.

Each project column is read in one place: FIELDS (a labelled header field:
the label, the converter from its text, whether the value may wrap onto
the next lines) or SECTIONS (the text under a heading).  Report entries
(progress_reports, expenses) are read by parsers.bma_progress.entries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from normalizers.dates import parse_date
from normalizers.numbers import parse_baht
from normalizers.text import clean_value
from parsers.anchors import Anchor, AnchorSet
from parsers.values import parse_fiscal_year, parse_project_code, split_person, split_unit

HEADINGS = [
    Anchor("title", "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ", "heading", anywhere=True),
    Anchor("s1", "ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ", "heading", anywhere=True),
    Anchor("s1_1", "รหัสโครงการและชื่อโครงการ", "heading", anywhere=True),
    Anchor("s1_2", "หน่วยงานที่รับผิดชอบ", "heading"),
    Anchor("s1_3", "หลักการและเหตุผล", "heading"),
    Anchor("s1_4", "วัตถุประสงค์ของโครงการ", "heading"),
    Anchor("s1_5", "เป้าหมายของโครงการ", "heading"),
    Anchor("s1_6", "สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี", "heading", tail=r"\(", anywhere=True),
    Anchor("s2", "รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ", "heading", anywhere=True),
    # the certification that opens the signature block: furniture up to the next form
    Anchor("signature", "ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้", "heading", anywhere=True),
]


@dataclass(frozen=True)
class Field:
    """A labelled header field and the project columns it gives."""

    key: str  # the label's key
    label: str  # as printed
    columns: tuple[str, ...]  # the projects columns it fills, in the converter's order
    convert: Callable[[str], Any]  # value text -> one value, or a tuple for several columns
    wraps: bool = False  # the value may continue on the following lines


def _one(convert: Callable[[str], Any]) -> Callable[[str], tuple]:
    return lambda text: (convert(text),)


FIELDS = [
    Field("name", "ชื่อโครงการ/กิจกรรม", ("name",), _one(clean_value), wraps=True),
    Field("project_code", "รหัสโครงการ", ("project_code",), _one(parse_project_code)),
    Field("fiscal_year", "ปีงบประมาณ พ.ศ.", ("fiscal_year_be",), _one(parse_fiscal_year)),
    Field("start_date", "เริ่มต้นโครงการ", ("start_date",), _one(parse_date)),
    Field("budget_allocated", "งบประมาณที่ได้รับ", ("budget_allocated",), _one(parse_baht)),
    Field("end_date", "สิ้นสุดโครงการ", ("end_date",), _one(parse_date)),
    Field("budget_spent", "งบประมาณที่ใช้ไป", ("budget_spent",), _one(parse_baht)),
    Field("unit", "หน่วยงานที่รับผิดชอบ", ("agency", "division", "section"), split_unit, wraps=True),
    Field("owner", "ชื่อผู้รับผิดชอบ", ("owner_name", "owner_phone"), split_person, wraps=True),
    Field("coordinator", "ผู้ประสานงาน สยป", ("coordinator_name", "coordinator_phone"), split_person, wraps=True),
    Field("strategy_issue", "ประเด็นยุทธศาสตร์", ("strategy_issue",), _one(clean_value), wraps=True),
    Field("strategy_sub_issue", "ประเด็นยุทธศาสตร์ย่อย", ("strategy_sub_issue",), _one(clean_value), wraps=True),
    Field("strategy_goal", "เป้าหมายที่", ("strategy_goal",), _one(clean_value), wraps=True),
    Field("indicator", "ตัวชี้วัด", ("indicator",), _one(clean_value), wraps=True),
]
FIELD_BY_KEY = {f.key: f for f in FIELDS}

# Sections whose text is a column or a list: heading key -> what it gives.
SECTIONS = {
    "s1_3": "rationale",  # projects.rationale: the paragraphs joined
    "s1_4": "objectives",  # objectives.text: one row per item
    "s1_5": "targets",  # targets.kind/text: one row per ด้านปริมาณ / ด้านคุณภาพ group
    "s2": "progress_reports",  # progress_reports and expenses: parsers.bma_progress.entries
}
# Sections whose lines may continue the field above them.
FIELD_SECTIONS = frozenset({"lead", "s1", "s1_1", "s1_2", "s1_6"})

# What starts the form again: a new copy, or the next project of the file.
RESTART_HEADINGS = frozenset({"s1", "s1_1"})
# Sections whose text is furniture, not content.
FURNITURE_SECTIONS = frozenset({"signature"})
RESTART_FIELDS = frozenset({"name", "project_code"})

ANCHORS = AnchorSet(HEADINGS + [Anchor(f.key, f.label) for f in FIELDS])
