"""OBEC: a page OCR spoilt (a run of garbage, lists.garbage_runs) is widened over the lines right before and after
it that are its marks too (garbage_zones); a line there that holds a short word of three letters OCR made of the
marks ("ขานรารราชาว" reads ขา นรา รา ชาว) was taken for a text (wordless asks for a word of three letters), so the
page's last lines ("Go es 5 5 ร 1รร ขานรารราชาว 5" / "เมกรณะนรครรนตระไหรชร 0", fresh set s63o's obec 004) were read
as an indicator's text, and the list's items after the page shifted by one.  At a spoilt page's edge a line with
no dictionary word of four letters or more, and a Latin letter or a run of five Thai letters no word covers, is
the page's marks (lists._spoilt_edge); a text's wrapped piece holds a longer word."""

from parsers.obec_progress.lists import _spoilt_edge, garbage_zones
from schemas.document import Line

GARBAGE = "ae Se oe 0 ree ae ee es 5 ee ce Ae es mies ey 0 i"
TEXT = "ผู้เข้าร่วมโครงการมีความพึงพอใจต่อการดำเนินงานในระดับมากขึ้นไป"


def _zone(after: list[str]) -> tuple[int, int]:
    lines = [Line(1, "เชิงคุณภาพ"), *(Line(n, GARBAGE) for n in range(2, 10))]
    lines += [Line(n, text) for n, text in enumerate([*after, TEXT], start=10)]
    ((first, last, _),) = garbage_zones(lines)
    return first, last


def test_the_spoilt_page_s_last_lines_with_short_words_are_its_marks():
    assert _zone(["Go es 5 5 ร 1รร ขานรารราชาว 5", "เมกรณะนรครรนตระไหรชร 0"]) == (2, 11)


def test_a_text_after_the_spoilt_page_is_not():
    assert _zone([]) == (2, 9)
    assert _zone(["ห้องเรียน"]) == (2, 9)
    assert not _spoilt_edge("(School of go green) ได้ตามเป้าหมาย")
    assert not _spoilt_edge("สพป.บุรีรัมย์ เขต ๒")
    assert not _spoilt_edge("หน้า ๑๐/๑๑")
