"""BMA progress report headers whose numbers OCR damaged past the run's
second anchor ("1 2 3 4 5 6 9 ? 25 ? 11" for eleven reports: ๗ read as 9,
๘'s number lost, ๙'s number lost and its date's day read as the number,
"๒๕ ก.ค.", ๑๐'s number and date garbled into a false header "oo ๕ aA. dd"),
the last header printing its place: the copy's flags give eleven entries,
as many as there are headers counting the false one right after an
entry's flags, so the last header is an anchor and the headers between
are numbered by their places (assemble._between_anchors, _flag_count,
_opens_after_flags).  Before, 9 and 25 stood as printed, ๘ became 10 and
the false header's entry 26: reports 7 and 8 lost, 25 and 26 added.  A
false header between two anchors holds its number in the pass in order
too (its entry read from its figures), so the header after it is not
pulled back onto it.  A last header alone, with no false header before
it, stays no anchor (tests/test_prop_report_numbers_between_anchors.py)."""
from __future__ import annotations

import json

from tests.bma_entries import entry_flags

_FLAGS = "เป็นไปตามแผน : เป็นไปตามเป้าหมาย"


def _figures(progress: str, named: str) -> str:
    return f"ความก้าวหน้าของงานฯ = {progress}% งบประมาณที่เบิกใช้ (ครั้งที่ {named}) = ๐.๐๐ บาท"


def _lines() -> list[str]:
    rows = [
        ("รายงานครั้งที่ ๑ ๑ พฤศจิกายน ๒๕๖๕ : จัดเตรียมข้อมูล", "๑.๐", "๑"),
        ("รายงานครั้งที่ ๒ ๒ ธันวาคม ๒๕๖๕ : จัดทำโครงการเพื่อขออนุมัติ", "๑๐.๕", "๒"),
        ("รายงานครั้งที่ ๓ ๒๒ มกราคม ๒๕๖๖ : เวียนแจ้งประชาสัมพันธ์", "๑๑.๕", "๓"),
        ("รายงานครั้งที่ ๔ ๑๑ ก.พ. ๖๖ : ติดต่อประสานงาน", "๒๑.๐", "๔"),
        ("รายงานครั้งที่ ๕ ๖ มี.ค. ๖๖ : ติดต่อสถานที่ศึกษาดูงาน", "๒๒.๐", "๕"),
        ("รายงานครั้งที่ ๖ ๑๖/๔/๒๕๖๖ : เตรียมการอบรม", "๒๓.๐", "๖"),
        ("รายงานครั้งที่ 9 ๒๒ WA. bd : อยู่ระหว่างการเตรียมการอบรม", "๒๕.๐", "๓"),
        ("รายงานครั้งที่ ๑๒/๒/๒๕๒๒ : ขอรายชื่อผู้ร่วมกิจกรรม", "๓๑.๐", "๕"),
        ("รายงานครั้งที่ ๒๕ ก.ค. ๒๕๒๒ : ผลการดำเนินงานในเดือนนี้", "๓๓.๐", "๕๓"),
        ("รายงานครั้งที oo ๕ aA. dd : ได้ดำเนินการอบรมแล้ว", "๓๗.๐", "๑๐"),
        ("รายงานครั้งที่ ๑๑ ๑๕ กันยายน ๒๕๖๖ : จัดกิจกรรมนิเทศ", "๓๙.๐", "๑๑"),
    ]
    out: list[str] = []
    for head, progress, named in rows:
        out += [head, _figures(progress, named), _FLAGS, ""]
    return out[:-1]


def test_the_last_header_printing_the_flags_count_anchors_the_headers_before_it():
    _, result = entry_flags(*_lines())
    assert sorted(result.entries) == list(range(1, 12))
    assert [result.entries[k].figures.get("progress") for k in (7, 8, 9, 10, 11)] == \
        ["25.0", "31.0", "33.0", "37.0", "39.0"]
    assert result.entries[9].description.startswith("ผลการดำเนินงาน")
    chosen = [json.loads(i.evidence) for i in result.issues
              if i.code == "value_repaired" and "between report 6 and report 11" in i.message]
    assert [(c["printed"], c["chosen"]) for c in chosen] == [("9", 7), ("", 8), ("๒๕", 9)]


def test_without_the_flags_count_the_last_header_alone_anchors_nothing():
    # report 11's flags lost: ten flagged entries for eleven headers, so "11" alone proves nothing
    lines = _lines()
    lines[-1] = "จัดกิจกรรมนิเทศต่อ"
    _, result = entry_flags(*lines)
    assert not [i for i in result.issues if "between report 6 and report 11" in i.message]


def test_a_false_header_after_flags_between_anchors_holds_its_number():
    # report 5's number garbled into letters ("ซ%"): a false header right after report 4's flags, its place counted
    # between the anchors; report 6's "๒" is read as 6 by its place and the pass in order keeps it (before, it
    # was read as 5, the number after report 4, and report 6 was lost)
    lines = _lines()
    lines[lines.index("รายงานครั้งที่ ๕ ๖ มี.ค. ๖๖ : ติดต่อสถานที่ศึกษาดูงาน")] = \
        "รายงานครั้งที่ ซ% ๒๐๒๓-๓-๖ : ติดต่อสถานที่ศึกษาดูงาน"
    lines[lines.index("รายงานครั้งที่ ๖ ๑๖/๔/๒๕๖๖ : เตรียมการอบรม")] = "รายงานครั้งที่ ๒ ๑๖/๔/๒๕๖๖ : เตรียมการอบรม"
    _, result = entry_flags(*lines)
    assert sorted(result.entries) == list(range(1, 12))
    assert [result.entries[k].figures.get("progress") for k in range(4, 12)] == \
        ["21.0", "22.0", "23.0", "25.0", "31.0", "33.0", "37.0", "39.0"]
    assert result.entries[6].description.startswith("เตรียมการอบรม")
    assert any(i.code == "entry_header_missing" and "report 5 read where its header should stand" in i.message
               for i in result.issues)


def test_a_false_header_holds_its_place_between_two_anchors_side_by_side():
    # "1 2 3 4 ~ 2 9 ? 25 10 11" for eleven reports: 10 and 11 print their places only counting the false header
    # ("ซ%", report 5's) after report 4's flags, so they anchor the headers between them and report 4
    lines = _lines()
    lines[lines.index("รายงานครั้งที่ ๕ ๖ มี.ค. ๖๖ : ติดต่อสถานที่ศึกษาดูงาน")] = \
        "รายงานครั้งที่ ซ% ๒๐๒๓-๓-๖ : ติดต่อสถานที่ศึกษาดูงาน"
    lines[lines.index("รายงานครั้งที่ ๖ ๑๖/๔/๒๕๖๖ : เตรียมการอบรม")] = "รายงานครั้งที่ ๒ ๑๖/๔/๒๕๖๖ : เตรียมการอบรม"
    lines[lines.index("รายงานครั้งที oo ๕ aA. dd : ได้ดำเนินการอบรมแล้ว")] = \
        "รายงานครั้งที่ ๑๐ ๔ ส.ค. ๖๖ : ได้ดำเนินการอบรมแล้ว"
    _, result = entry_flags(*lines)
    assert sorted(result.entries) == list(range(1, 12))
    assert [result.entries[k].figures.get("progress") for k in range(4, 12)] == \
        ["21.0", "22.0", "23.0", "25.0", "31.0", "33.0", "37.0", "39.0"]
