"""A running header the page wrapped twice: the office's line ("สำนักงานเขตพื้นที่... เขต ๕ รายงานความก้าวหน้า",
known to the clean-up and left out), the title's second half alone ("การดำเนินงานตามแผนปฏิบัติการ") and the round
alone ("รอบ ๑๒ เดือน", its number OCR damaged: "รอบ จ เดือน") on the line right under it.  The clean-up knew the
two lines where a blank line closed the header, not where a list's item followed right under them; they were read
as the item's head, and items_joined cut the item there, wrong (fresh set s81b's obec_progress_s81b001, findings:
"การดำเนินงานตามแผนปฏิบัติการ รอบ จ เดือน" one row, "ควรจัดสรรงบประมาณ..." the next).  Now both lines are the
header's (parsers.obec_progress.read._header_tails)."""

from __future__ import annotations

from parsers.obec_progress.read import _header_tails, _opens_group
from schemas.document import Line

_GROUP = "๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๕ โครงการ"


def _lines(*tail: str, gap: bool = True) -> list[Line]:
    head = [Line(1, "สรุปผลการดำเนินงาน"), Line(2, _GROUP), Line(3, "ข้อเสนอแนะ")]
    first = 6 if gap else 4
    return head + [Line(first + i, text) for i, text in enumerate(tail)] + [
        Line(first + len(tail), "๑. ควรจัดสรรงบประมาณให้เหมาะสมกับรูปแบบกิจกรรมตามโครงการ")]


def test_the_title_half_and_round_alone_after_a_gap_are_the_header_s():
    assert _opens_group(_GROUP)
    assert _header_tails(_lines("การดําเนินงานตามแผนปฏิบัติการ", "รอบ จ เดือน")) == {6, 7}
    assert _header_tails(_lines("การดำเนินงานตามแผนปฏิบัติการ", "รอบ ๑๒ เดือน")) == {6, 7}


def test_without_the_round_or_the_gap_they_are_text():
    assert _header_tails(_lines("การดำเนินงานตามแผนปฏิบัติการ", "ของสำนักงาน")) == set()
    assert _header_tails(_lines("การดำเนินงานตามแผนปฏิบัติการ", "รอบ ๑๒ เดือน", gap=False)) == set()
