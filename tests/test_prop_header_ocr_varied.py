"""A running header whose printings OCR read differently page by page, in a
document whose page furniture shows few pages or none (OCR lost the page
numbers, or read a line of debris as one), or whose wrapped lines OCR
parted by blank lines on one page and not on another: pipeline.clean knows
its printings all the same (mark_opening_header, mark_header_blocks), and
the lines the text prints alike stay text."""

from pipeline.clean import _pages_shown, clean_lines, mark_header_blocks
from schemas.document import Line

TITLE = "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. "
OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเลย เขต 1"
TOPICS = ["ประชุมเชิงปฏิบัติการครูผู้สอน", "นิเทศติดตามโรงเรียนขนาดเล็ก", "จัดซื้อวัสดุการเรียนรู้",
          "อบรมผู้บริหารสถานศึกษา", "ประเมินผลสัมฤทธิ์ทางการเรียน", "พัฒนาหลักสูตรท้องถิ่น",
          "ส่งเสริมการอ่านออกเขียนได้", "สำรวจข้อมูลนักเรียนพิการ"]


def _body(page: int, n: int = 10) -> list[str]:
    return [f"{k}) {TOPICS[(page + k) % len(TOPICS)]} {TOPICS[(page * 3 + k) % len(TOPICS)]}" for k in range(1, n + 1)]


def _opening_doc(years: list[str], debris: bool = False) -> str:
    """A header of two lines on every page, page 1 too, its year as OCR read it on each page; pages parted by
    one blank line, as paragraphs are; `debris`: a line of OCR debris a page number's shape on one page."""
    out: list[str] = []
    for p, year in enumerate(years):
        body = _body(p)
        if debris and p == 2:
            body = [*body[:5], "a\t๑/ ๕", *body[5:]]
        out += [TITLE + year, OFFICE, "", *body, ""]
    return "\n".join(out[:-1]) + "\n"


def _kinds(text: str, start: str) -> list[str]:
    lines, _ = clean_lines(text)
    return [ln.kind for ln in lines if ln.text.startswith(start)]


def test_a_header_opening_the_document_whose_year_ocr_read_differently_on_each_page_is_furniture():
    # ๒๕๖๗ is written in digits tesseract's Thai model lacks: each page's copy reads another year
    years = ["๒๕๒๑", "๒๕๒๓", "๒๕๒", "๒๕๒๓", "๒๕๒๑", "๒๕๒๓", "๒๕๒"]
    assert _kinds(_opening_doc(years), TITLE) == ["page_header"] * 7
    assert _kinds(_opening_doc(years), OFFICE) == ["page_header"] * 7


def test_a_line_of_debris_read_as_a_page_number_does_not_keep_the_header_from_being_known():
    # one line of OCR debris in a page's body has a page number's shape ("a ๑/ ๕"): it shows no page of the
    # header's, which is still its pages' only furniture
    years = ["๒๕๒๓"] * 7
    assert _kinds(_opening_doc(years, debris=True), TITLE) == ["page_header"] * 7


def test_page_numbers_beside_half_the_printings_or_more_show_the_pages():
    def line(no: int, kind: str) -> Line:
        return Line(no, {"page_number": "- 2 -", "blank": ""}.get(kind, "หัวกระดาษของรายงาน"), kind)
    kinds = ["text", "page_number", "blank", "text", "text", "text", "text", "text"]
    lines = [line(no, kind) for no, kind in enumerate(kinds, 1)]
    assert _pages_shown(lines, [0, 3, 6])  # 0 over the number, 3 under it past a blank line; 6 beside none
    assert not _pages_shown(lines, [0, 5, 7])  # one of three
    assert not _pages_shown([ln for ln in lines if ln.kind != "page_number"], [0, 2])  # no page furniture at all


def test_an_office_each_copys_cover_prints_twice_is_no_header_where_page_numbers_show_some_pages():
    # two copies of a report, each cover printing the office above its title and again under it; the pages are
    # parted by one blank line and OCR kept a few page numbers: the office opens the document and is printed
    # four times, but over two short stretches of it, not on every page
    cover = [OFFICE, "", TITLE + "๒๕๒๕", "", "กลุ่มนโยบายและแผน", "", OFFICE, "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", ""]
    copy = [*cover]
    for p in range(1, 9):
        copy += [*_body(p), "", *(["- %d -" % (p + 1), ""] if p % 4 == 0 else [])]
    lines, _ = clean_lines("\n".join(copy + copy) + "\n")
    assert [ln.kind for ln in lines if ln.text == OFFICE] == ["text"] * 4


HEAD = ["โครงการพัฒนาทักษะการอ่านออกเขียนได้ของนักเรียนสำนักงานเขตทุ่ง", "ny", "สำนักงานเขตทุ่งครุ"]


def _with_kinds(*rows: tuple[str, str]) -> list[Line]:
    return [Line(no, text, kind) for no, (text, kind) in enumerate(rows, 1)]


def test_a_wrapped_headers_printing_with_blank_lines_between_its_lines_is_the_header():
    # a proposal's header over three lines (the project's name, its last word read as specks, the office), known
    # at a page's top; on a Gantt chart's page OCR set a blank line between its lines (set z of the thirty-first
    # session, s31z002: the block ran into the activity above it)
    top = [(text, "page_header") for text in HEAD]
    chart = [("3. จัดสรรงบประมาณให้โรงเรียนตามขนาด", "text"), ("ของโรงเรียน", "text"), ("", "blank")]
    spaced = [(HEAD[0], "text"), ("", "blank"), (HEAD[1], "text"), ("", "blank"), (HEAD[2], "text")]
    lines = _with_kinds(*top, ("", "blank"), *chart, *spaced, ("", "blank"), ("4. โรงเรียนดำเนินการ", "text"))
    out = mark_header_blocks(lines)
    assert [ln.kind for ln in out if ln.text in HEAD] == ["page_header"] * 6
    assert [ln.kind for ln in out if ln.text.startswith(("3.", "ของ", "4."))] == ["text"] * 3


def test_a_line_reading_as_a_headers_first_over_other_lines_stays_text():
    # the project's name alone, then other text: one line of the block is the form's own words (its title)
    top = [(text, "page_header") for text in HEAD]
    lines = _with_kinds(*top, ("", "blank"), (HEAD[0], "text"), ("", "blank"), ("ny", "text"), ("", "blank"),
                        ("สำนักงานเขตบางนา", "text"), ("", "blank"), (HEAD[0], "text"), ("", "blank"), ("", "blank"),
                        (HEAD[1], "text"), (HEAD[2], "text"))
    # (the second: two blank lines between its first two lines, more than OCR sets inside a block)
    assert [ln.kind for ln in mark_header_blocks(lines)][4:] == [
        "text", "blank", "text", "blank", "text", "blank", "text", "blank", "blank", "text", "text"]


def _slipped_doc(top: str, pages: int = 4) -> str:
    """A header of two lines on every page, page 1 too; the first page's first line as `top`, the others
    alike; pages parted by one blank line."""
    first = "โครงการส่งเสริมการจัดการเรียนรู้เชิงรุก (Active Learning)"
    out: list[str] = []
    for p in range(pages):
        out += [top if p == 0 else first, "ในโรงเรียนสังกัดสำนักงานเขตลาดกระบัง", "", *_body(p), ""]
    return "\n".join(out[:-1]) + "\n"


def test_a_header_whose_first_page_printing_ocr_read_with_slips_of_its_own_is_furniture():
    # the cover page's printing read "(4๐ยขอ Learning)", too far from the others' one reading for the
    # printings' own cut-off, near enough for a line the others all read alike
    slipped = "โครงการส่งเสริมการจัดการเรียนรู้เชิงรุก (4๐ยขอ Learning)"
    assert _kinds(_slipped_doc(slipped), "โครงการส่งเสริม") == ["page_header"] * 4
    assert _kinds(_slipped_doc(slipped), "ในโรงเรียนสังกัด") == ["page_header"] * 4


def test_a_title_block_line_that_sets_a_label_before_the_headers_words_stays_text():
    # the document opens with its name field ("ชื่อโครงการ<tab>..."), which names what the header names
    top = "ชื่อโครงการ\tส่งเสริมการจัดการเรียนรู้เชิงรุก (Active Learning)"
    assert _kinds(_slipped_doc(top), "ชื่อโครงการ") == ["text"]


def test_a_header_whose_year_ocr_read_differently_on_most_pages_still_prints_the_same_figures():
    # ๒๕๖๙ (digits tesseract's Thai model lacks) read "๒๕๒" on 29 pages of 54, "๒๕๒๐๕" on 13, "๒๕๒๐" on 6: no
    # two thirds print one figure, but every printing prints one year; a clause printed with each project's
    # amounts prints its own figures still
    from pipeline.clean import _same_figures
    years = ["๒๕๒"] * 5 + ["๒๕๒๐๕"] * 3 + ["๒๕๒๐"] * 2
    assert _same_figures([["รายงานความก้าวหน้า", f"ประจำปีงบประมาณ พ.ศ. {y} สำนักงานเขต"] for y in years])
    amounts = ["๕๐,๒๕๐", "๑๕,๒๓๕", "๒๕๐", "๓๐,๐๐๐", "๒๕,๕๐๐", "๒๕๐", "๑๒,๐๐๐"]
    assert not _same_figures([[f"จำนวนเงินงบประมาณ {a} บาท"] for a in amounts])
    # nor does a clause whose quarters differ ("ไตรมาสที่ ๑" ... "๔"), its year alike
    assert not _same_figures([[f"ไตรมาสที่ {q} ปีงบประมาณ ๒๕๒"] for q in "๑๒๓๔๑๒๓๔"])


def _paragraph_doc(years: list[str]) -> str:
    """An OBEC-like report with no page furniture but a header of three lines at each page's top (its year
    as OCR read it there) that names the cover's office line; one blank line between paragraphs."""
    office = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเพชรบูรณ์ เขต 2"
    out = [office, "", "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ", "ข้อมูล ณ วันที่ ๓๐ กันยายน", ""]
    for p, year in enumerate(years):
        out += ["รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ", "",
                f"ประจำปีงบประมาณ พ.ศ. {year} สำนักงานเขตพื้นที่การศึกษา", "ประถมศึกษาเพชรบูรณ์ เขต", "",
                *_body(p, 12), ""]
    return "\n".join(out[:-1]) + "\n"


def test_a_paragraph_header_whose_year_ocr_varied_is_known_on_every_page():
    years = ["๒๕๒", "๒๕๒๐๕", "๒๕๒", "๒๕๒๐", "๒๕๒๐๕", "๒๕๒", "๒๕๒๐", "๒๕๒", "๒๕๒๐๕"]
    assert _kinds(_paragraph_doc(years), "ประจำปีงบประมาณ") == ["page_header"] * 9


def test_a_first_line_the_other_printings_hold_with_a_word_more_is_no_slipped_header():
    # an OBEC report opens with its office ("สำนักงานเขต..."); each project's title goes on "สังกัดสำนักงานเขต...":
    # the same words and one more, not a header's printing OCR read with slips
    office = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาอุดรธานี เขต ๒"
    out = [office, ""]
    for p in range(4):
        out += [f"๑. โครงการ{TOPICS[p]}", "", "สังกัด" + office, "", *_body(p), ""]
    lines, _ = clean_lines("\n".join(out[:-1]) + "\n")
    assert [ln.kind for ln in lines if office in ln.text] == ["text"] * 5
