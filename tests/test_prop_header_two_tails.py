"""A running header wrapped with its office's name cut twice, OCR setting
blank lines between or not: the report's title, the fiscal year with the
office's opening words, the province's name alone, and the area with its
number ("รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ" / "ประจำปีงบประมาณ
พ.ศ. 2568 สำนักงานเขตพื้นที่การศึกษาประถมศึกษา" / "นครสวรรค์" / "เขต 3":
fresh set ob24a, obec_progress_ob24a002).  The province's name was taken
for the header's one short tail and the area's line after it was left as
text, page after page: read into activities' progress, findings and the
rest ("มีผู้เข้าร่วมกิจกรรม จำนวน 129 คน นครสวรรค์ เขต 3").  Now a line and two
short tails after the header, the same after half its printings or more,
are the header's (pipeline.clean._two_tails, mark_header_tails), past the
header's middle line where that repeats as a header itself.  A line with
one short tail, or two short lines that differ page by page, stay as they
were."""

from __future__ import annotations

from pipeline.clean import mark_header_tails
from schemas.document import Line

TITLE = "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ"
YEAR = "ประจำปีงบประมาณ พ.ศ. 2568 สำนักงานเขตพื้นที่การศึกษาประถมศึกษา"
PROVINCE, AREA = "นครสวรรค์", "เขต 3"


def _pages(under: list[str], pages: int = 6, year_known: bool = False, blanks: bool = True) -> list[Line]:
    """Pages whose header's first line the clean-up knew (page_header; its
    second too with `year_known`), the lines under it as OCR set them."""
    texts: list[tuple[str, str]] = []
    for k in range(1, pages + 1):
        texts += [("page_header", TITLE), ("blank", "")]
        for line in under:
            kind = "page_header" if (line == YEAR and year_known) else "text"
            texts += [(kind, line.format(k=k))] + ([("blank", "")] if blanks else [])
        texts += [("text", f"{k}. ผลการดำเนินงานของโครงการในหน้าที่ {k} เป็นไปตามแผนที่กำหนดไว้ทุกประการ"), ("blank", "")]
    return [Line(no, text, kind) for no, (kind, text) in enumerate(texts, start=1)]


def kinds(lines: list[Line], words: tuple[str, ...]) -> list[str]:
    return [ln.kind for ln in mark_header_tails(lines) if ln.text.strip() in words]


def test_a_header_whose_office_name_is_cut_twice_is_the_header():
    for blanks in (True, False):
        lines = _pages([YEAR, PROVINCE, AREA], blanks=blanks)
        assert kinds(lines, (YEAR, PROVINCE, AREA)) == ["page_header"] * 18  # before: the area's line was text
    lines = _pages([YEAR, PROVINCE, AREA], year_known=True)
    assert kinds(lines, (PROVINCE, AREA)) == ["page_header"] * 12


def test_a_line_with_one_tail_or_tails_that_differ_stay_as_they_were():
    # one line and one short line, blank lines between: no chain of two tails (an item's text and a lone number
    # read so too), as before
    assert set(kinds(_pages([YEAR + " นครสวรรค์", AREA]), (AREA,))) == {"text"}
    # two short lines that differ page by page: text of the pages, no header's
    assert set(kinds(_pages([YEAR, PROVINCE, "ข้อ {k}"]), ("ข้อ 1", "ข้อ 2", "ข้อ 3"))) == {"text"}
