"""A running header the page width wrapped, its tail a word or two on a line
of its own ("... ตามแผนปฏิบัติการ รอบ 6" / "เดือน"): too short to repeat as a
header by itself, it follows the header's line page after page (blank lines
and OCR specks between) and is the header's, not text (pipeline.clean
.mark_header_tails); a short line after one printing alone stays text."""

from __future__ import annotations

from pipeline.clean import clean_lines

HEADER = "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ รอบ 6"


def _pages(tails: list[str]) -> str:
    pages = []
    for k, tail in enumerate(tails, start=1):
        pages.append(f"{HEADER}\n{'a' if k == 1 else ''}\n\n{tail}\n\n"
                     f"{k}. ผลการดำเนินงานของโครงการในหน้าที่ {k} เป็นไปตามแผนที่กำหนดไว้ทุกประการ\n"
                     f"ข้อเสนอแนะ ควรดำเนินการต่อเนื่องในปีงบประมาณถัดไป หน้าที่ {k}\n")
    return "\n".join(pages)  # no form feed: pages told by the header repeating, as OCR text comes


def kinds(text: str, word: str) -> list[str]:
    lines, _ = clean_lines(text)
    return [ln.kind for ln in lines if ln.text.strip() == word]


def test_a_headers_wrapped_tail_after_its_printings_is_the_header():
    assert kinds(_pages(["เดือน"] * 4), HEADER) == ["page_header"] * 4
    assert kinds(_pages(["เดือน"] * 4), "เดือน") == ["page_header"] * 4  # before: text, a finding of its own


def test_a_short_line_after_one_printing_alone_stays_text():
    tails = ["เดือน", "สรุปผล", "ข้อเสนอ", "ปัญหา"]
    assert [kinds(_pages(tails), t) for t in tails] == [["text"]] * 4
