"""A running header wrapped over three lines, its first line known for the
header's: the office and the title's first word, then the rest of the title
and its round's months ("สำนักงานเขตพื้นที่...ลำปาง เขต 4 รายงานความก้าวหน้า" /
"การดำเนินงานตามแผนปฏิบัติการ รอบ" / "9 เดือน", set x obec_progress_s25x001).
On most pages OCR set the middle line and the tail one under the other, and
they were known for the header's (pipeline.clean.mark_header_tails); on some
it set a blank line between them, and there the two stayed text: the header's
words ran into the list the page break fell in ("การดำเนินงานตามแผนปฏิบัติการ
รอบ 9 เดือน" inside a target's text).  The same middle and the same tail,
a blank line between or not, are the same reading of the header, where it
is also seen with none between (a line and a short line after a blank, on
every page alike, may be a page's own text: tests/test_prop_header_two_tails.py).
A middle line whose short line after it differs page by page stays text; so
does a tail two blank lines away, and a pair never seen with no blank between."""

from __future__ import annotations

from pipeline.clean import mark_header_tails
from schemas.document import Line

HEAD = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต 4 รายงานความก้าวหน้า"
MIDDLE = "การดำเนินงานตามแผนปฏิบัติการ รอบ"
TAIL = "9 เดือน"


def _lines(blanks: dict[int, int], tails: list[str] | None = None, pages: int = 8) -> list[Line]:
    """The lines as the rules before mark_header_tails leave them: the header's first line known, the rest text."""
    texts: list[tuple[str, str]] = []
    for k in range(1, pages + 1):
        texts += [("text", f"{k}. ผลการดำเนินงานของโครงการในหน้าที่ {k} เป็นไปตามแผนที่กำหนดไว้ทุกประการ"),
                  ("blank", ""), ("page_header", HEAD), ("text", MIDDLE), *[("blank", "")] * blanks.get(k, 0),
                  ("text", tails[k - 1] if tails else TAIL), ("blank", "")]
    return [Line(no, text, kind) for no, (kind, text) in enumerate(texts, start=1)]


def kinds(lines: list[Line], words: set[str]) -> list[str]:
    return [ln.kind for ln in mark_header_tails(lines) if ln.text in words]


def test_a_blank_line_between_the_middle_and_its_tail_is_the_same_header():
    lines = _lines({3: 1, 6: 1})
    assert kinds(lines, {MIDDLE}) == ["page_header"] * 8  # before: text on pages 3 and 6
    assert kinds(lines, {TAIL}) == ["page_header"] * 8


def test_a_short_line_that_differs_page_by_page_stays_text():
    tails = [f"ข้อ {k}" for k in range(1, 9)]
    assert kinds(_lines({3: 1, 6: 1}, tails), set(tails)) == ["text"] * 8


def test_a_tail_two_blank_lines_away_stays_text():
    assert kinds(_lines({3: 2}), {TAIL})[2] == "text"


def test_a_pair_never_seen_with_no_blank_between_stays_text():
    assert set(kinds(_lines({k: 1 for k in range(1, 9)}), {TAIL})) == {"text"}
