"""Section 2 of the BMA progress form whose heading OCR lost ("2. รายงานความก้าวหน้าของโครงการและการใช้จ่าย
งบประมาณ" read nowhere, or only after the first entries): the line that opens the first report's entry opens the
section (fields.ENTRIES_OPENED, reader.scan), said label_inferred; before, section 1.6's last value took the
entries in as its wraps and every report of the copy was lost."""

from __future__ import annotations

import json

from parsers.bma_progress.fields import ENTRIES_OPENED, FORM
from parsers.bma_progress.read import read_copy
from parsers.reader import scan, sort_out, split_copies
from tests.lines import numbered_lines as _lines

_HEAD = """1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี (ยุทธศาสตร์-ประเด็นยุทธศาสตร์-กลยุทธ์ตามแผนฯ /ตัวชี้วัด)
ประเด็นยุทธศาสตร์ : ด้านที่ 3 - มหานครสำหรับทุกคน
ตัวชี้วัด : มิติที่ 1 ร้อยละของข้าราชการครูที่ได้รับการพัฒนาตามเกณฑ์ที่กำหนด
"""
_ENTRIES = """รายงานครั้งที่ 1 :: 2019-1-26 : จัดทำคำสั่งคณะกรรมการ :: ความก้าวหน้าของงานฯ = 8 :
งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.00 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
รายงานครั้งที่ 2 :: 2019-2-13 :
ได้รับการอนุมัติโครงการ :: ความก้าวหน้าของงานฯ = 11 : งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0.00
บาท : ไม่เป็นไปตามแผน : เป็นไปตามเป้าหมาย
"""
_HEADING = "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ\n"
_END = "ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง\n"


def _read(text: str):
    copy = split_copies(scan(_lines(*text.splitlines()), FORM), FORM)[0]
    return copy, read_copy(copy)


def _reports(out) -> dict[int, tuple]:
    return {seq: (row["report_date"].value.isoformat(), row["on_plan"].value)
            for seq, row in out.tables.get("progress_reports", {}).items()}


def _inferred(out) -> list:
    return [i for i in out.issues if i.code == "label_inferred" and i.field == "progress_reports"]


def test_the_first_reports_header_opens_section_2_where_its_heading_is_lost():
    copy, out = _read(_HEAD + _ENTRIES + _END)
    assert copy.headings_inferred == {"s2": 4}
    assert _reports(out) == {1: ("2019-01-26", True), 2: ("2019-02-13", False)}
    [issue] = _inferred(out)
    assert (issue.line_start, json.loads(issue.evidence)["text"]) == (4, _ENTRIES.splitlines()[0])
    # section 1.6's indicator is its own line's, no entry in it
    parts = sort_out(copy, FORM)
    assert dict((k, v) for k, v, _, _ in parts.fields)["indicator"].endswith("ตามเกณฑ์ที่กำหนด")


def test_the_printed_heading_is_read_and_nothing_inferred():
    copy, out = _read(_HEAD + _HEADING + _ENTRIES + _END)
    assert copy.headings_inferred == {} and not _inferred(out)
    assert _reports(out) == {1: ("2019-01-26", True), 2: ("2019-02-13", False)}


def test_a_heading_printed_after_the_first_entry_is_read_as_the_same_section():
    # a table read column by column: the heading's line after the first report's lines; it opens nothing new
    # and is no entry's text
    lines = _ENTRIES.splitlines()
    copy, out = _read(_HEAD + lines[0] + "\n" + _HEADING + "\n".join(lines[1:]) + "\n" + _END)
    assert copy.headings_inferred == {"s2": 4}
    assert _reports(out) == {1: ("2019-01-26", True), 2: ("2019-02-13", False)}
    assert not any("ใช้จ่ายงบประมาณ" in (row["description"].value or "")
                   for row in out.tables["progress_reports"].values())


def test_what_opens_the_entries_and_what_does_not():
    for line in ("รายงานครั้งที่ 1 :: 2019-1-26 : จัดทำคำสั่ง", "ครั้งที่ 1\tครั้งที่ 2\tครั้งที่ 3\tครั้งที่ 4",
                 "ครังที ๑", "| ครั้งที่ 1 | ครั้งที่ 2 |", "รายงานครั้งที่ ๑ : ๒๓/๑/๒๕๖๑ : ประชุม",
                 "รายงานครั้งที่ 1 : 5 ก.ค. 2562 : ประชุม", "ครั้งที่ 1\t๑๒ มกราคม ๒๕๖๔ : จัดทำคำสั่ง",
                 "รายงานครั้งที่ 1 :: ๒๕ ตุลาคม",
                 "ครั้งที่\tวันที่รายงาน : รายละเอียดการดำเนินงาน\tผลการดำเนินงาน"):
        assert ENTRIES_OPENED.match(line), line
    # running text that names a first time, or another report's header, opens nothing
    for line in ("ครั้งที่ 1 ของการประชุมคณะกรรมการ", "ครั้งที่ 10 :: 2019-1-26", "รายงานครั้งที่ 2 :: 2019-2-13 :",
                 "จัดประชุมครั้งที่ 1 : 20 คน", "ครั้งที่ 1/2564", "ครั้งที่ 1 : 20 คน",
                 "ครั้งที่ 1 = 20 คน 30 บาท"):
        assert not ENTRIES_OPENED.match(line), line
    # a first header in the section's running text, under a label (section 1.6 is no place of entries' headers
    # in the text under it alone: the line opens the entries only where it opens as one)
    copy, out = _read(_HEAD + "ครั้งที่ 1 ของการประชุมคณะกรรมการ\n" + _END)
    assert copy.headings_inferred == {} and "progress_reports" not in out.tables
