"""A running header wrapped over several lines (a proposal's office and project name, then its fiscal year)
that OCR set inside a page, between two steps of a Gantt chart read down its columns (fresh set s19pra): its
printings at the pages' edges were furniture, this one stayed text and ran into a step's text.  A block of
lines that reads, line for line, as a marked printing's whole block is the header again, wherever it stands
(pipeline.clean.mark_header_blocks); one such line alone is left as text (it may be the form's own words)."""

from __future__ import annotations

from pipeline.clean import clean_lines

HEADER = ["สำนักงานเขตทดสอบ โครงการส่งเสริมการเรียนรู้ตามแนวทางสะเต็มศึกษา (STEM",
          "Education) เขตทดสอบ", "ปีงบประมาณ พ.ศ. 2567"]


def _page(body: list[str], number: int) -> list[str]:
    return [*HEADER, "", *body, "", f"- {number} -", "\f"]


def _document(inside: list[str]) -> str:
    lines: list[str] = []
    for n in range(1, 5):
        lines += _page([f"ข้อความหน้าที่ {n} บรรทัดแรกของหน้านี้", f"ข้อความหน้าที่ {n} บรรทัดที่สอง"], n)
    lines += ["3. จัดสรรงบประมาณให้โรงเรียนตามขนาด", "ของโรงเรียน", "", *inside, "",
              "4. โรงเรียนคัดสรรโครงงานสะเต็มศึกษา ที่มีคุณภาพดีที่สุด"]
    return "\n".join(lines) + "\n"


def _kinds(text: str, wanted: list[str]) -> list[str]:
    lines, _ = clean_lines(text)
    tail = [ln for ln in lines if ln.kind != "blank"][-(len(wanted) + 1):-1]
    assert [ln.text for ln in tail] == wanted
    return [ln.kind for ln in tail]


def test_a_whole_wrapped_header_inside_a_page_is_the_header():
    assert _kinds(_document(HEADER), HEADER) == ["page_header"] * 3


def test_part_of_the_header_alone_inside_a_page_stays_text():
    assert _kinds(_document(HEADER[:1]), HEADER[:1]) == ["text"]
