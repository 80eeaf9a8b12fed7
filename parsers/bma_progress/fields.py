"""The BMA progress form's anchors and the table of its project columns.

Each project column is read in one place: FIELDS (a labelled header field:
the label, the converter from its text, whether the value may wrap onto
the next lines) or SECTIONS (the text under a heading).  Report entries
(progress_reports, expenses) are read by parsers.bma_progress.entries.
"""

from __future__ import annotations

import regex

from normalizers.dates import MONTH_TOKEN, parse_date
from normalizers.numbers import ANY_DIGIT_RE
from normalizers.text import clean_value, mark_tolerant, ocr_tolerant
from parsers.anchors import Anchor, AnchorSet
from parsers.reader import Field, FormSpec, one
from parsers.values import (
    clean_ordinal_value,
    parse_amount,
    parse_fiscal_year,
    parse_project_code,
    split_person,
    split_unit,
)

HEADINGS = [
    Anchor("title", "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ", "heading", anywhere=True),
    Anchor("s1", "ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ", "heading", anywhere=True),
    Anchor("s1_1", "รหัสโครงการและชื่อโครงการ", "heading", anywhere=True),
    Anchor("s1_2", "หน่วยงานที่รับผิดชอบ", "heading", number="1.2"),
    Anchor("s1_3", "หลักการและเหตุผล", "heading", number="1.3"),
    Anchor("s1_4", "วัตถุประสงค์ของโครงการ", "heading", number="1.4"),
    Anchor("s1_5", "เป้าหมายของโครงการ", "heading", number="1.5"),
    Anchor("s1_6", "สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี", "heading", tail=r"\(", anywhere=True),
    # the same with "กทม." OCR garbled ("ANN.", "any. sez"): its first words, then that word and ระยะ, or
    # anything up to the bracket that opens its subtitle "(ยุทธศาสตร์-...", with no label separator
    Anchor("s1_6", "สนับสนุนแผนพัฒนา", "heading", tail=r"\s*\S{1,6}\s*ระยะ|[^:=]{0,30}\("),
    Anchor("s2", "รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ", "heading", anywhere=True),
    # the certification that opens the signature block: furniture up to the next form
    Anchor("signature", "ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้", "heading", anywhere=True),
    # its second half, where OCR lost or garbled the first
    Anchor("signature", "หน่วยงานได้จัดพิมพ์จากระบบงานจริง", "heading", anywhere=True),
    Anchor("signature", "เพื่อเป็นหลักฐานไว้ตรวจสอบ", "heading", anywhere=True),
    # the words a page width wraps onto the certification's last line ("... จัดพิมพ์จาก / ระบบงานจริง เพื่อ...")
    Anchor("signature", "ระบบงานจริง", "heading", anywhere=True, fuzzy=False),
]

# A numbered heading of section 1 that each copy's pages put at a page edge (under the page number, over it)
# stands at the edges as often as the document's page numbers show: the clean-up takes its printings for a
# running page header ("1.5 เป้าหมายของโครงการ.." at page 2's end in one copy, page 5's top in the other),
# the section's lines ran on into the one before (targets read as objectives' text, with no issue).  The
# form reads such a line as text (pipeline.clean.parser_lines): the heading alone, its number in either script.
# So does a report entry's flag clause ("เป็นไปตามแผน : เป็นไปตามเป้าหมาย", the amount's unit a wrap carried before
# it), printed at the same place of each copy, where a page ends: taken for a running header, the entry lost both
# its flags ("no readable on plan flag in any copy").
_FLAGS_LINE = (rf"(?:{ocr_tolerant('บาท')}\s+)?(?:{ocr_tolerant('ไม่')}\s*)?{ocr_tolerant('เป็นไปตามแผน')}\s*:\s*"
               rf"(?:{ocr_tolerant('ไม่')}\s*)?{ocr_tolerant('เป็นไปตามเป้าหมาย')}")
HEADINGS_READ = regex.compile(r"^\s*(?:[1๑]\s?\.\s?[2-5๒-๕]\.?\s?(?:" + "|".join(
    ocr_tolerant(a.text) for a in HEADINGS if a.key in ("s1_2", "s1_3", "s1_4", "s1_5")) + rf")|{_FLAGS_LINE})[\s.:]*$")


# A date whose year is on the next line ("30 กันยายน" / "2563"): a day and a month name or number, no year; or
# whose month and year are ("30" / "กันยายน 2565 งบประมาณที่ใช้ไป : ..."): a day alone.
_DATE_WITHOUT_YEAR_RE = regex.compile(r"^\s*[\d๐-๙]{1,2}[\s/.-]*[\u0e01-\u0e4e.]+\.?\s*$|^\s*[\d๐-๙]{1,2}/[\d๐-๙]{1,2}/?\s*$"
                                      r"|^\s*[\d๐-๙]{1,2}\s*$")


def has_year(text: str) -> bool:
    """Whether a date field's value is whole: not a day and month whose year wrapped onto the next line, nor a
    day whose month and year did."""
    return _DATE_WITHOUT_YEAR_RE.match(text) is None


# A run of Thai letters and marks holding two consonants or more: a word of a unit's name ("ซ์", one letter and its
# mark, is none: a speck OCR read as a letter)
_THAI_WORD_RE = regex.compile(r"[\u0e01-\u0e4e]*[\u0e01-\u0e2e][\u0e30-\u0e4e]*[\u0e01-\u0e2e]")
_UNIT_PARTS = 3  # agency / division / section


def unit_closed(value: str, line: str) -> bool:
    """Whether the responsible unit reads whole against the line under it:
    its three parts read (agency / division / section, the last not cut
    at a slash) and the line holds no Thai word, only digits, Latin
    letters or specks ("๑7๑7", "Ayes A cuiog &", "9๑7 ๕ ๑7 ซ์ ๐"): OCR
    junk under the value (a stamp, a page's edge), no part of a unit's
    name, which is Thai words; left as section text, not appended to the
    section's name."""
    return (value.count("/") >= _UNIT_PARTS - 1 and not value.rstrip().endswith("/")
            and bool(line.strip()) and _THAI_WORD_RE.search(line) is None)


FIELDS = [
    Field("name", "ชื่อโครงการ/กิจกรรม", ("name",), one(clean_value), wraps=True),
    Field("project_code", "รหัสโครงการ", ("project_code",), one(parse_project_code)),
    Field("fiscal_year", "ปีงบประมาณ พ.ศ.", ("fiscal_year_be",), one(parse_fiscal_year)),
    Field("start_date", "เริ่มต้นโครงการ", ("start_date",), one(parse_date), complete=has_year),
    Field("budget_allocated", "งบประมาณที่ได้รับ", ("budget_allocated",), one(parse_amount)),
    Field("end_date", "สิ้นสุดโครงการ", ("end_date",), one(parse_date), complete=has_year),
    Field("budget_spent", "งบประมาณที่ใช้ไป", ("budget_spent",), one(parse_amount)),
    Field("unit", "หน่วยงานที่รับผิดชอบ", ("agency", "division", "section"), split_unit, wraps=True,
          closed=unit_closed),
    Field("owner", "ชื่อผู้รับผิดชอบ", ("owner_name", "owner_phone"), split_person, wraps=True),
    Field("coordinator", "ผู้ประสานงาน สยป", ("coordinator_name", "coordinator_phone"), split_person, wraps=True),
    Field("strategy_issue", "ประเด็นยุทธศาสตร์", ("strategy_issue",), one(clean_ordinal_value), wraps=True),
    Field("strategy_sub_issue", "ประเด็นยุทธศาสตร์ย่อย", ("strategy_sub_issue",), one(clean_ordinal_value), wraps=True),
    Field("strategy_goal", "เป้าหมายที่", ("strategy_goal",), one(clean_ordinal_value), wraps=True),
    Field("indicator", "ตัวชี้วัด", ("indicator",), one(clean_ordinal_value), wraps=True),
]
FIELD_BY_KEY = {f.key: f for f in FIELDS}
# The word each strategy field's value opens with before its number, the Bangkok plan's own ("ด้านที่ ๓ -
# มหานครสำหรับทุกคน", "มิติที่ ๓.๓ - การศึกษาสำหรับทุกคน", "เป้าหมายที่ ๓.๓.๒", "มิติที่ 1 ร้อยละ..."): when OCR
# garbled it, repairs.repair_ordinal_words reads it back.
ORDINAL_WORDS = {"strategy_issue": "ด้านที่", "strategy_sub_issue": "มิติที่", "strategy_goal": "เป้าหมายที่",
                 "indicator": "มิติที่"}
# The fields each header section holds (a value whose label OCR lost goes to the one its copy lacks).
SECTION_FIELDS = {
    "s1_2": ("unit", "owner", "coordinator"),
    "s1_6": ("strategy_issue", "strategy_sub_issue", "strategy_goal", "indicator"),
}

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

# "ปีงบประมาณ พ.ศ. :" whose "พ.ศ." OCR read as Latin letters ("ปีงบประมาณ Wa. :")
FISCAL_YEAR_GARBLED = Anchor("fiscal_year", "ปีงบประมาณ", tail=r"[ \t]*[A-Za-z]{1,3}[ \t]*\.?")
# The project code told by its shape where OCR garbled its label past reading ("aalasams : €00d0000-0€0€"):
# a label-like word, its separator, and eight and four characters, digits or what OCR makes of them (at
# least six digits), ending the text.  parse_project_code then reads it or says it cannot.
_CODE_CHAR = r"[0-9๐-๙A-Za-z€@&$%#«»°§]"
CODE_SHAPED = regex.compile(
    rf"(?:(?<=\s)|^)(?:[^\s:;=]{{1,16}}[ \t]*)?[:;=]+[ \t]*"
    rf"(?P<value>(?=(?:[^:;=]*?[\d๐-๙]){{6}}){_CODE_CHAR}{{7,9}} ?- ?{_CODE_CHAR}{{3,5}})[ \t]*$"
)
# The line that opens section 2's report entries, where OCR lost the section's heading ("2. รายงานความก้าวหน้า
# ของโครงการและการใช้จ่ายงบประมาณ" read nowhere, or only after the first entries: a table read column by
# column): the first report's header opening a line, "รายงานครั้งที่ 1" or "ครั้งที่ 1", alone, or the next
# report's header beside it (the heads of a table whose columns are the entries), or the form's cell
# separator "::" after it, or a date after its separators or a cell's gap (a numeric date, or a day and a
# month's name: "ครั้งที่ 1 : 20 คน", a count, is none); or the entries table's title row ("ครั้งที่ |
# วันที่รายงาน : รายละเอียด...").  No line of section 1 opens so.  Before, section 1.6's last value took the
# entries in as its wrapped lines, and every report of the copy was lost (fresh set s78o bma_progress_s78o008:
# eight reports).
_TIME = mark_tolerant("ครั้งที่")
# (after what OCR left of section 2's heading on the line: up to three short words of Latin letters, "eee ea un", the
# heading's Thai words read as the English model's, fresh set s91p, bma_progress_s91p010: every report lost)
_HEADING_LEFT = r"(?:[A-Za-z]{1,4}[ \t]+){0,3}"
_FIRST_HEADER = rf"^[\s|#*>-]*{_HEADING_LEFT}(?:{mark_tolerant('รายงาน')}\s?)?{_TIME}\s*[1๑](?![\d๐-๙])"
ENTRIES_OPENED = regex.compile(
    rf"{_FIRST_HEADER}(?:\s*$|[ \t|:]+(?:{mark_tolerant('รายงาน')}\s?)?{_TIME}\s*[2๒](?![\d๐-๙])"
    rf"|\s*::|(?:[ \t]*[:;=|]+[ \t]*|[ \t]*\t[ \t]*|[ ]{{2,}})"
    rf"(?:[\d๐-๙]{{1,4}}\s?[/.-]\s?[\d๐-๙]{{1,2}}\s?[/.-]|[\d๐-๙]{{1,2}}\s*(?:{MONTH_TOKEN})))"
    rf"|^[\s|#*>-]*{_TIME}[ \t|:]+{mark_tolerant('วันที่รายงาน')}")
ANCHORS = AnchorSet(HEADINGS + [Anchor(f.key, f.label) for f in FIELDS] + [FISCAL_YEAR_GARBLED])
FORM = FormSpec(
    anchors=ANCHORS, fields=FIELD_BY_KEY, field_sections=FIELD_SECTIONS,
    restart_headings=RESTART_HEADINGS, restart_fields=RESTART_FIELDS,
    opaque_sections=frozenset({"s2", "signature"}), closing=frozenset({"signature"}),
    furniture_sections=FURNITURE_SECTIONS, ignored=frozenset({"title"}), last_sections=frozenset({"s2"}),
    shaped=(("project_code", CODE_SHAPED),),
    restart_values={"project_code": lambda text: len(ANY_DIGIT_RE.findall(text)) >= 6},
    restart_followed={"name": frozenset({"project_code"})},
    # (read.infer_lost_labels places a line a cut label opens, in these fields' sections)
    cut_labels=frozenset(key for keys in SECTION_FIELDS.values() for key in keys),
    # (the sections before it: 1.6, or 1.5 where OCR lost 1.6's heading too)
    opened_by=(("s2", ENTRIES_OPENED, frozenset({"s1_5", "s1_6"})),),
)
