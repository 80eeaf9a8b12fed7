"""An OBEC report closing with its signer's position line alone, the
signature and the name over it gone with the page's furniture (a running
header printed between them: "ลงชื่อ...ผู้รายงาน" / "(name)" / header /
"ตำแหน่ง ผู้อำนวยการกลุ่มนโยบายและแผน"): the position line was read as an item
of the last project's last list (set s44o's obec_progress_s44o002, clean
text: a suggestion row no document prints, silent).  The position line
that closes the report is the signature's (running.drop_signatures)."""

from __future__ import annotations

from parsers.obec_progress.running import drop_signatures
from schemas.document import Line
from tests.test_obec_ocr import report, run

POSITION = "ตำแหน่ง ผู้อำนวยการกลุ่มนโยบายและแผน"


def test_a_position_line_closing_the_report_is_dropped():
    lines = [Line(930, "๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน 0 โครงการ ดังนี้"), Line(932, "-"), Line(940, POSITION)]
    assert [ln.no for ln in drop_signatures(lines)] == [930, 932]
    # a position line inside the text, a list's item, stays
    inside = [Line(1, "๑. " + POSITION), Line(2, "๒. ผู้เข้าร่วมกิจกรรมมีความรู้")]
    assert drop_signatures(inside) == inside


def test_the_report_s_last_list_holds_no_position_line():
    text = report().rstrip("\n") + ("\nลงชื่อ..............................................ผู้รายงาน\n(นางสาวทดสอบ ใจดี)\n\n"
                                    "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n\n"
                                    f"{POSITION}\n")
    rows = run(text)
    for table in ("findings", "targets", "activities", "alignments"):
        assert not [r for r in rows[table] if "ตำแหน่ง" in (r.get("text") or "")], table
