"""A printed-by footer that OCR broke before its "เมื่อ" (when): "พิมพ์จากระบบ ติดตามแผนปฏิบัติการ สพป.X เขต ๒" /
"เมือ ๒๑/๐๑/๒๕๒๐๒ ๑๕:๕๐".  The first line was furniture, the second was text (a footer's wrapped tail was its date
and time alone), and in an OBEC report it ran onto the activity above it, whose text a repair then said was mended
(a wrong repair: extra x007).  The tail after the footer, with "เมื่อ" (its marks lost or not) before the date and
time, is the footer's too (normalizers.furniture.is_footer_tail, pipeline.clean.mark_footer_tails); a sentence that
opens with เมื่อ is not."""

from __future__ import annotations

from normalizers.furniture import is_footer_tail
from pipeline.clean import mark_footer_tails
from schemas.document import Line


def test_the_when_and_date_after_a_footer_are_the_footers():
    for tail in ("เมือ ๒๑/๐๑/๒๕๒๐๒ ๑๕:๕๐", "เมื่อ 21/07/2566 14:50", "20/07/2566 13:46"):
        assert is_footer_tail(tail), tail
    for text in ("เมื่อวันที่ 12 ธันวาคม 2567", "เมื่อ ได้ดำเนินการ 1/2 ครั้ง: ครบ", "กิจกรรมหลักที่ ๑ จัดทำคำสั่ง"):
        assert not is_footer_tail(text), text


def test_the_tail_is_marked_only_after_a_footer():
    lines = [Line(1, "กิจกรรมหลักที ๑ จัดทําคําสังแต่งตังคณะกรรมการดําเนินงาน", "text"),
             Line(2, "", "blank"),
             Line(3, "พิมพ์จากระบบ ติดตามแผนปฏิบัติการ สพป.นครศรีธรรมราช เขต ๒", "page_footer"),
             Line(4, "", "blank"),
             Line(5, "เมือ ๒๑/๐๑/๒๕๒๐๒ ๑๕:๕๐", "text")]
    assert [ln.kind for ln in mark_footer_tails(lines)] == ["text", "blank", "page_footer", "blank", "page_footer"]
    alone = [lines[0], Line(2, "เมือ ๒๑/๐๑/๒๕๒๐๒ ๑๕:๕๐", "text")]
    assert [ln.kind for ln in mark_footer_tails(alone)] == ["text", "text"]
