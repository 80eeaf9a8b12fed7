"""A running header wrapped over four lines, OCR setting blank lines between
them: the report's title, the fiscal year and the office's opening words,
the rest of the office's name, and its area's number alone
("รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ" / "ประจำปีงบประมาณ
พ.ศ. 2568 สำนักงานเขตพื้นที่การศึกษา" / "ประถมศึกษานครราชสีมา เขต" / "2",
set s obec_progress_s23s002).  Only the title was known for the header; the
three lines under it, page after page, were read into targets, findings,
alignments and budget notes (one silently).  The same two lines and the same
short tail after half the header line's printings or more are the header's
(pipeline.clean._wrapped_chain, mark_header_tails), the tail though it reads
as a speck.  Lines under the header with no short tail after them stay
text."""

from __future__ import annotations

from pipeline.clean import mark_header_tails
from schemas.document import Line

TITLE = "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ"
YEAR = "ประจำปีงบประมาณ พ.ศ. 2568 สำนักงานเขตพื้นที่การศึกษา"
SLIP = "ประจำปิงบประมาณ พ.ศ. 2568 สำนักงานเขตพืนที่การศึกษา"  # OCR's slips of marks on one page
REST = "ประถมศึกษานครราชสีมา เขต"


def _pages(under: list[str], pages: int = 6) -> list[Line]:
    """Pages whose header's first line the clean-up knew (page_header), the
    lines under it as OCR set them: blank lines between."""
    texts: list[tuple[str, str]] = []
    for k in range(1, pages + 1):
        texts += [("page_header", TITLE), ("blank", "")]
        for line in under:
            texts += [("text", SLIP if (line == YEAR and k == 3) else line), ("blank", "")]
        texts += [("text", f"{k}. ผลการดำเนินงานของโครงการในหน้าที่ {k} เป็นไปตามแผนที่กำหนดไว้ทุกประการ"), ("blank", "")]
    return [Line(no, text, kind) for no, (kind, text) in enumerate(texts, start=1)]


def kinds(lines: list[Line], words: tuple[str, ...]) -> list[str]:
    return [ln.kind for ln in mark_header_tails(lines) if ln.text.strip() in words]


def test_a_header_wrapped_over_four_lines_blank_lines_between_is_the_header():
    lines = _pages([YEAR, REST, "2"])
    assert kinds(lines, (YEAR, SLIP, REST, "2")) == ["page_header"] * 18  # before: text


def test_lines_under_the_header_with_no_short_tail_or_one_line_before_it_stay_text():
    body = "ความก้าวหน้าของกิจกรรมที่ดำเนินการตามแผนที่กำหนดไว้ทุกประการ"
    assert set(kinds(_pages([YEAR, REST, body]), (YEAR, SLIP, REST, body))) == {"text"}
    # one line and a tail, blank lines between: no chain (an item's text and a lone number read so too)
    assert set(kinds(_pages([REST, "2"]), (REST, "2"))) == {"text"}
