"""The OBEC service-area report's anchors: its section markers, recognised by
what they say, never by markdown level (the same section is printed as ##,
###, ####, bold or plain), through the shared matcher (parsers.anchors).

Each marker is a title plus what may follow it on its line:
  "heading", no tail   the line is the title, nothing more ("ผลการดำเนินงาน");
  "heading", TAIL      the title may carry a period tail ("ประจำปีไตรมาสที่ ๒
                       ปีงบประมาณ ๒๕๖๗", "(Output)", "ฉบับที่ ๑๓");
  "marker"             the title may be followed by its own content on the same
                       line ("ผลการเบิกจ่ายงบประมาณ ไม่สามารถ...", "เชิงปริมาณ ครูผู้สอน...").
Long, distinctive titles are anchors wherever they stand ("anywhere"), so a
report printed without line breaks is cut at them too.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import mark_tolerant, standard_re
from parsers.anchors import Anchor, AnchorSet, Hit

# "ไตรมาส" (quarter) as OCR prints it too: its ส read as ล, or as ล and ส at once ("ไตรมาลสที่ ๑",
# "ไตรมาลที่ ๒": tesseract on the TLWG fonts, in documents of eleven OCR'd sets); QUARTER_WORD_LOOSE
# as mark_tolerant spells a label (marks optional, a stray space between letters)
QUARTER_WORD = r"ไตรมา(?:ล?ส|ล)"
QUARTER_WORD_LOOSE = rf"{mark_tolerant('ไตรมา')}\s?(?:ล\s?)?[สล]"
QUARTER_LABEL_LOOSE = rf"{QUARTER_WORD_LOOSE}\s?{mark_tolerant('ที่')}"  # "ไตรมาสที่"

# What may follow a titled section's heading: a period, a bracketed English name, an edition.
TAIL = rf"(?:ประจำ|ปีงบประมาณ|{QUARTER_WORD}|\(|ฉบับ|ปีการศึกษา|รอบ|พ\.ศ\.)"

MARKERS = [
    Anchor("targets", "ความก้าวหน้าของเป้าหมายโครงการ", "heading", TAIL, anywhere=True),
    Anchor("output", "เป้าหมายเชิงผลผลิต", "heading", TAIL, anywhere=True),
    Anchor("outcome", "เป้าหมายเชิงผลลัพธ์", "heading", TAIL, anywhere=True),
    Anchor("indicator", "ดัชนีชี้วัดความสำเร็จ", "heading", TAIL, anywhere=True),
    Anchor("aspect_quantity", "เชิงปริมาณ", "marker", fuzzy=False),
    Anchor("aspect_quality", "เชิงคุณภาพ", "marker", fuzzy=False),
    Anchor("activities", "ความก้าวหน้าของกิจกรรมที่ดำเนินการ", "heading", TAIL, anywhere=True),
    Anchor("steps", "ขั้นตอนการดำเนินงาน", "heading"),
    Anchor("alignment", "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนแม่บทภายใต้ยุทธศาสตร์ชาติและยุทธศาสตร์ชาติหลัก",
           "heading", TAIL, anywhere=True),
    Anchor("plan_national_strategy", "ผลการดำเนินงานต่อเป้าหมายของยุทธศาสตร์ชาติ", "heading", TAIL, anywhere=True),
    Anchor("plan_master_plan", "ผลการดำเนินงานต่อเป้าหมายของแผนแม่บทประเด็น", "heading", TAIL, anywhere=True),
    Anchor("plan_sub_plan", "ผลการดำเนินงานต่อเป้าหมายของแผนย่อย", "heading", TAIL, anywhere=True),
    Anchor("plan_nesdp", "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ", "heading", TAIL,
           anywhere=True),
    Anchor("budget", "การเบิกจ่ายงบประมาณประจำ", "heading", TAIL),
    Anchor("budget_planned", "จำนวนเงินงบประมาณตามแผนการใช้จ่าย", "marker"),
    Anchor("budget_disbursed", "จำนวนเงินงบประมาณที่เบิกจ่ายจริง", "marker"),
    Anchor("budget_note", "ผลการเบิกจ่ายงบประมาณ", "marker"),
    Anchor("findings", "สรุปปัญหาและข้อเสนอแนะของโครงการ", "heading", TAIL, anywhere=True),
    Anchor("result", "ผลการดำเนินงาน", "heading"),
    Anchor("problem", "ปัญหาและอุปสรรคในการดำเนินงาน", "heading"),
    Anchor("suggestion", "ข้อเสนอแนะ", "heading", fuzzy=False),
    Anchor("note", "หมายเหตุ", "marker", fuzzy=False),
]
# the form's order of its parts (a round's, targets .. activities, then the budget's and the findings')
PART_ORDER = {a.key: k for k, a in enumerate(MARKERS)}
PLAN_KEYS = frozenset({"plan_national_strategy", "plan_master_plan", "plan_sub_plan", "plan_nesdp"})
FINDING_KEYS = {"result": "result", "problem": "problem", "suggestion": "suggestion"}
TARGET_KEYS = {"output": "output", "outcome": "outcome", "indicator": "indicator"}
SECTION_KEYS = frozenset({"targets", "output", "outcome", "indicator", "activities"})  # keys that open a project's report

ANCHORS = AnchorSet(MARKERS, cutoff=90.0)

# The report's own title: where a report printed again starts over.
REPORT_TITLE_RE = standard_re(
    rf"{mark_tolerant('รายงานความก้าวหน้า')}\s*{mark_tolerant('การดำเนินงานตามแผนปฏิบัติการ')}"
    rf"|{mark_tolerant('รายงานสรุปความก้าวหน้าของการดำเนินโครงการ')}"
)


@lru_cache(maxsize=16384)  # a pure function of one line, asked by several rules of every line
def match_marker(text: str) -> tuple[Hit, str] | None:
    """(hit, the rest of the line) if a section marker opens `text`."""
    hit = ANCHORS.at_start(text)
    if hit is None:
        return None
    return hit, text[hit.end:].strip()


# "ไตรมาสที่ 2", "ปีงบประมาณ พ.ศ. 2567" (on text with Arabic digits)
QUARTER_RE = regex.compile(rf"{QUARTER_WORD}(?:ที่|ที)?\s*(\d)(?!\d)")
_QUARTER_PRINTED_RE = regex.compile(rf"{QUARTER_WORD}(?:ที่|ที)?\s*([\d๐-๙])(?![\d๐-๙])")
FISCAL_YEAR_RE = regex.compile(rf"{mark_tolerant('ปีงบประมาณ')}[^\d]{{0,12}}?(\d{{4}})(?!\d)")


def quarter_of(text: str) -> tuple[int, str] | None:
    """(the quarter a heading names, the digit as printed): a misread ๔ gives
    5, and the repair step, not this reader, decides what it was."""
    m = _QUARTER_PRINTED_RE.search(text)
    return (int(thai_digits_to_arabic(m.group(1))), m.group(1)) if m else None


def fiscal_year_of(text: str) -> int | None:
    """The first fiscal year `text` names (four digits, Thai or Arabic)."""
    m = FISCAL_YEAR_RE.search(thai_digits_to_arabic(text))
    return int(m.group(1)) if m else None


# The units of a service-area office (สำนักงานเขตพื้นที่การศึกษา), as the ministry's regulation on its
# internal divisions names them: the "responsible unit" column of a list of projects names one of them.
OFFICE_UNITS = (
    "กลุ่มอำนวยการ", "กลุ่มบริหารงานบุคคล", "กลุ่มนโยบายและแผน", "กลุ่มส่งเสริมการจัดการศึกษา",
    "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา", "กลุ่มบริหารงานการเงินและสินทรัพย์",
    "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร", "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา",
    "กลุ่มกฎหมายและคดี", "หน่วยตรวจสอบภายใน",
)
# a unit's name at a line's end, after a space (mark_tolerant: a space may stand between any two letters)
UNIT_TAIL_RE = regex.compile(r"\s(?:" + "|".join(mark_tolerant(u) for u in OFFICE_UNITS) + r")\s*$")
# a unit's name anywhere after a space (a row whose unit OCR ran into its name without a column's gap), or
# the first words of a name of several (the cell wrapped the rest onto the row's next lines)
_UNIT_PARTS = sorted({*OFFICE_UNITS, *(u.split(" ")[0] for u in OFFICE_UNITS if " " in u)}, key=len, reverse=True)
UNIT_RE = regex.compile(r"\s(?:" + "|".join(mark_tolerant(u) for u in _UNIT_PARTS) + r")(?=\s|$)")
