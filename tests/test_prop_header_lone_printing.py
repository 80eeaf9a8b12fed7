"""A running header some rule found on two pages or more, left as text
after OCR on another page where it stands alone (its page number lost, a
Gantt chart's page read as a few lines): pipeline.clean.mark_lone_printings
marks that printing too; a printing with text right under it, one next to a
printing of itself, one near the first printing (page 1 prints the office as
a value), and any printing in a document that shows page gaps stay text.
Pages are parted by one blank line, as OCR sets them."""

from pipeline.clean import clean_lines

HEADER = "สำนักงานเขตบางบอน"


def _body(tag: str, n: int) -> list[str]:
    return [f"{k}. กิจกรรมที่ดำเนินการของโรงเรียนในสังกัด {tag} ลำดับ {k}" for k in range(1, n + 1)]


def _page(no: int, tag: str) -> list[str]:
    return [f"- {no} -", HEADER, *_body(tag, 12)]


def _text(pages: list[list[str]], gap: bool = False) -> str:
    """Paragraphs (lines) parted by one blank line; pages by two where `gap`."""
    return ("\n\n\n" if gap else "\n\n").join("\n\n".join(p) for p in pages) + "\n"


def _doc(page4: list[str], gap: bool = False) -> str:
    first = ["ชื่อโครงการ : ส่งเสริมการอ่านของนักเรียน", *_body("หนึ่ง", 12)]
    return _text([first, _page(2, "สอง"), _page(3, "สาม"), page4, _page(5, "ห้า"), _page(6, "หก")], gap)


def _kinds(text: str) -> list[str]:
    lines, _ = clean_lines(text)
    return [ln.kind for ln in lines if ln.text.strip() == HEADER]


def test_lone_printing_marked():
    # page 4: a Gantt chart's page, its number lost (OCR): the header alone between blank lines
    assert _kinds(_doc([HEADER, *_body("สี่", 3)])) == ["page_header"] * 5


def test_text_right_under_stays():
    # the office opening a sentence the page wrapped (no blank line under it): text
    text = _doc([HEADER + "\nสามารถใช้แผนปฏิบัติการในการบริหารการศึกษา", *_body("สี่", 3)])
    assert _kinds(text) == ["page_header", "page_header", "text", "page_header", "page_header"]


def test_page_gap_stays():
    # clean text shows its pages: the lone printing is left to the rules that see them
    kinds = _kinds(_doc([HEADER, *_body("สี่", 3)], gap=True))
    assert kinds[:2] == ["page_header", "page_header"] and kinds[3:] == ["page_header", "page_header"]


def test_near_first_printing_stays():
    # the office printed as a value a few lines under the first printing (page 2): text
    page2 = ["- 2 -", HEADER, "หน่วยงานที่รับผิดชอบ ฝ่ายการศึกษา และโรงเรียนในสังกัด", HEADER, *_body("สอง", 12)]
    first = ["ชื่อโครงการ : ส่งเสริมการอ่านของนักเรียน", *_body("หนึ่ง", 12)]
    text = _text([first, page2, _page(3, "สาม"), _page(4, "สี่"), _page(5, "ห้า")])
    assert _kinds(text) == ["page_header", "text", "page_header", "page_header", "page_header"]


def test_under_itself_stays():
    # a printing right under a marked printing of itself (a cover printing the office under the header): text
    kinds = _kinds(_doc(["- 4 -", HEADER, HEADER, *_body("สี่", 12)]))
    assert kinds == ["page_header", "page_header", "page_header", "text", "page_header", "page_header"]


def test_under_a_header_reading_stays():
    # the page's header read a letter apart, a speck, then the office again (a cover printing it): text
    slip = "สำนกงานเขตบางบอน"
    text = _doc(["- 4 -", slip, "AYU", HEADER, *_body("สี่", 12)])
    lines, _ = clean_lines(text)
    assert [ln.kind for ln in lines if ln.text.strip() == slip] == ["page_header"]
    assert _kinds(text) == ["page_header", "page_header", "text", "page_header", "page_header"]
