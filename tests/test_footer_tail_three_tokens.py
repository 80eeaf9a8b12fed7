"""A printed-by footer's date and time wrapped onto a line of their own, with a
short third token OCR made between them: the year broken in two or a speck
before the time ("๒๓/๐๓ฒ/๒๕ ow 99:40", "ไต๓๓/๐๓ฒ/๒๕ ๒๕๓ ๑๑:๕๐"; set s50z
obec_progress_s50z003), or the time's colon misread or lost ("๑๐/๑๐/๒๕๒๑๓ ๑๐ะ๓๕",
set s52o obec_progress_s52o001; "am/om/ak ow ๑๑1๕๐", the date's two slashes
standing).  The footer's too (normalizers.furniture.is_footer_tail); before, the
line was text and ran into the alignment, finding or title after the page break."""

from __future__ import annotations

from normalizers.furniture import is_footer_tail
from pipeline.clean import mark_footer_tails
from schemas.document import Line


def test_a_date_and_time_with_a_short_token_between_are_a_footer_s_tail():
    for tail in ("๒๓/๐๓ฒ/๒๕ ow 99:40", "ไต๓๓/๐๓ฒ/๒๕ ๒๕๓ ๑๑:๕๐", "23/07/25 69 11:50"):
        assert is_footer_tail(tail), tail


def test_a_date_with_both_slashes_and_a_time_whose_colon_ocr_lost_are_a_footer_s_tail():
    for tail in ("๑๐/๑๐/๒๕๒๑๓ ๑๐ะ๓๕", "๑๐/๑๐/๒๕๒๑๓ ๑๐ะ๓ซ่", "am/om/ak ow ๑๑1๕๐", "๒๓/๐๗/๒๕๖๙ ow ๑๑๕๐"):
        assert is_footer_tail(tail), tail
    for text in ("ข้อ 1/2/3 ดังนี้", "12/3/2567 ประชุม", "๑/๒/๓ abc", "1/2 ครั้ง 3 ครั้ง"):
        assert not is_footer_tail(text), text


def test_words_or_no_time_after_the_date_are_no_tail():
    for text in ("1/2 ครั้ง ที่: 3", "เมื่อ ได้ดำเนินการ 1/2 ครั้ง: ครบ", "ข้อ 1/2 ดังนี้ 3:4"):
        assert not is_footer_tail(text), text


def test_the_tail_after_a_footer_and_a_blank_line_is_the_footer_s():
    lines = [Line(1, "พิมพ์จากระบบ ติดตามแผนปฏิบัติการ สพป.สงขลา เขต ๒ เมือ", "page_footer"),
             Line(2, "", "blank"),
             Line(3, "๒๓/๐๓ฒ/๒๕ ow 99:40", "text"),
             Line(4, "ผลการดำเนินงานต่อเป้าหมายของยุทธศาสตร์ชาติ", "text")]
    assert [ln.kind for ln in mark_footer_tails(lines)] == ["page_footer", "blank", "page_footer", "text"]
