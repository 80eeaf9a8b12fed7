"""Section 1.6's last values cut short where OCR read their wrapped closes after section 2's heading, the page's
lines out of order ("เป้าหมายที่ 3.3.4 ครูและบุคลากรทางการศึกษาได้รับ" ... "2. รายงานความก้าวหน้า..." / "การพัฒนาอย่าง
ต่อเนื่อง" / "เกณฑ์ทีกำหนด"; fresh s88b007): the values were wrong silently, the lines said only as text before the
first entry.  The last values read, one for each line of words alone opening section 2, are now said in doubt
(unplaced_text on the field: parsers.bma_progress.read._field_tails_past_heading); lines of the entries table's
labels ("รายการ" / "รายละเอียดการ" / "ดำเนินงาน"), a value that ends closed, or words past the section's first lines
are not such closes."""

from __future__ import annotations

from parsers.bma_progress.read import _field_tails_past_heading
from schemas.document import CopyReading, Line, Reading


def _copy(indicator: str = "มิติที่ 1 ร้อยละของข้าราชการครูทีได้รับการพัฒนาตาม") -> CopyReading:
    out = CopyReading(0, 1, 200)
    out.put("project", 0, "strategy_issue", Reading("ด้านที่ 3 - มหานครสำหรับทุกคน", "", 86, 88))
    out.put("project", 0, "strategy_goal", Reading("เป้าหมายที่ 3.3.4 ครูและบุคลากรทางการศึกษาได้รับ", "", 93, 93))
    out.put("project", 0, "indicator", Reading(indicator, "", 95, 95))
    return out


def _said(preamble: list[str], out: CopyReading | None = None) -> list[str]:
    lines = [Line(99 + k, t) for k, t in enumerate(preamble)]
    section = [Line(97, "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ"), *lines]
    return [i.field for i in _field_tails_past_heading(lines, section, out or _copy())]


def test_words_alone_opening_section_2_put_the_last_values_in_doubt():
    assert _said(["การพัฒนาอย่างต่อเนื่อง", "เกณฑ์ทีกำหนด", "asin 1", "วันทีรายงาน 26/1/2565"]) == [
        "projects.strategy_goal", "projects.indicator"]


def test_the_entries_table_s_labels_are_no_value_s_close():
    assert _said(["รายการ", "รายละเอียดการ", "ดำเนินงาน", "asin 1"]) == []
    assert _said(["รังที", "asin 1"]) == []


def test_a_value_that_ends_closed_is_not_said():
    out = _copy("มิติที่1 ร้อยละโครงการที่เป็นงานประจำของหน่วยงาน (2568)")
    assert _said(["จาก", "asin 1"], out) == ["projects.strategy_goal"]
