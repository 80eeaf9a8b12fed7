"""A running header that is its pages' only furniture after OCR (no page
number, footer or form feed; pages parted by one blank line or a speck, as
paragraphs are), whose cover prints other lines first, so that it opens no
page gap and not the document: pipeline.clean.mark_paragraph_headers marks
its printings, the same block of lines opening a paragraph page after page,
holding a line the cover prints (the office).  A form's clauses repeated
once a project (the cover printing none of them whole), a block printed a
few times only, and a block whose first line the text also prints inside a
paragraph stay text."""

from pipeline.clean import clean_lines

OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 1"
HEAD = [OFFICE + " รายงานความก้าวหน้า", "การดำเนินงานตามแผนปฏิบัติการ รอบ 6"]
SLIP = [OFFICE.replace("พื้น", "พืน") + " รายงานความก้าวหน้า", "การดําเนินงานตามแผนปฏิบัติการ รอบ 6"]
COVER = ["รายงานผลการดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2569", OFFICE, "กลุ่มนโยบายและแผน"]
TOPICS = ["ประชุมเชิงปฏิบัติการครูผู้สอน", "นิเทศติดตามโรงเรียนขนาดเล็ก", "จัดซื้อวัสดุการเรียนรู้",
          "อบรมผู้บริหารสถานศึกษา", "ประเมินผลสัมฤทธิ์ทางการเรียน", "พัฒนาหลักสูตรท้องถิ่น",
          "ส่งเสริมการอ่านออกเขียนได้", "สำรวจข้อมูลนักเรียนพิการ"]


def _body(page: int, n: int = 12) -> list[str]:
    return [f"{k}) {TOPICS[(page + k) % len(TOPICS)]} {TOPICS[(page * 3 + k) % len(TOPICS)]}" for k in range(1, n + 1)]


def _doc(pages: int = 8, head=lambda p: HEAD, extra: list[str] | None = None) -> str:
    """The cover, then pages each a speck or blank line, the header block, a blank line and the body."""
    out = [*COVER, "", *_body(0)]
    for p in range(1, pages):
        out += ["", *(["a  ๑  oe"] if p % 2 else []), *head(p), "", *_body(p)]
    return "\n".join(out + (extra or [])) + "\n"


def _kinds(text: str, first: str) -> list[str]:
    lines, _ = clean_lines(text)
    return [ln.kind for ln in lines if ln.text.strip().startswith(first[:30])]


def test_paragraph_header_marked():
    text = _doc(head=lambda p: SLIP if p == 3 else HEAD)  # OCR slips on one page
    lines, _ = clean_lines(text)
    marked = [ln.text for ln in lines if ln.kind == "page_header"]
    assert marked.count(HEAD[0]) == 6 and marked.count(SLIP[0]) == 1 and marked.count(HEAD[1]) == 7  # (sara am cleaned)
    assert [ln.kind for ln in lines if ln.text == OFFICE] == ["text"]  # the cover's own line stays text


def test_few_printings_stay():
    # printed on four pages: a project's clause as often as a header
    assert set(_kinds(_doc(pages=5), HEAD[0])) == {"text"}


def test_clause_not_on_cover_stays():
    # a form's clause block repeated once a page, naming nothing the cover prints
    clause = ["ผลการเบิกจ่ายงบประมาณ สามารถเบิกจ่ายงบประมาณได้ตามแผนการใช้จ่าย", "สรุปปัญหาและข้อเสนอแนะของโครงการ"]
    assert set(_kinds(_doc(head=lambda p: clause), clause[0])) == {"text"}


def test_first_line_inside_a_paragraph_stays():
    # the block's first line printed again under a line of text: the form's own words, not a page's top
    text = _doc(extra=["", "ผลการดำเนินงานโดยสรุป", HEAD[0], "ข้อเสนอแนะเพิ่มเติม"])
    assert set(_kinds(text, HEAD[0])) == {"text"}


def test_page_gap_stays_to_other_rules():
    # clean text shows its pages (two blank lines): this rule leaves them to the rules that see gaps
    from pipeline.clean import mark_paragraph_headers
    lines, _ = clean_lines(_doc().replace("\n\n", "\n\n\n"))
    reset = [ln if ln.kind != "page_header" else ln.__class__(ln.no, ln.text, "text", ln.bullet, ln.indent, ln.cols)
             for ln in lines]
    assert mark_paragraph_headers(reset) == reset


def test_cover_office_taken_for_header_back_to_text():
    # the cover opens with the office and prints it again (as does a later copy's cover): the rule that
    # takes a document's first line for a header printed on page 1 too marks them; the header found,
    # they are the cover's line it names, text again
    cover = [OFFICE, "", COVER[0], "กลุ่มนโยบายและแผน", "", OFFICE, "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"]
    out = [*cover, "", *_body(0)]
    for p in range(1, 8):
        out += ["", *(["a  ๑  oe"] if p % 2 else []), *HEAD, "", *_body(p)]
    out += ["", *cover, "", *_body(1, 4)]
    lines, _ = clean_lines("\n".join(out) + "\n")
    assert [ln.kind for ln in lines if ln.text == OFFICE] == ["text"] * 4
    assert [ln.kind for ln in lines if ln.text == HEAD[0]] == ["page_header"] * 7


def test_once_a_page_keeps_printings_a_page_apart():
    from pipeline.clean import _once_a_page
    at = {i: i for i in range(200)}
    where = [0, 50, 52, 100, 150]  # 52: two lines under a printing, the text's own (the cover's address)
    block = {i: [i, i + 1] for i in where}
    assert _once_a_page(where, block, at) == ([0, 50, 100, 150], 50)
    assert _once_a_page([7], {7: [7, 8]}, at) == ([7], 0)  # one printing: no distance to weigh, kept


def test_clause_the_cover_s_summary_prints_stays():
    # a budget clause block printed once a project, each time with the project's own amounts, under the
    # heading the cover's summary prints too: it names a cover line, but a header prints the same figures on
    # every page (set z of the thirty-first session: an OBEC report's budget blocks taken for a header)
    def clause(p: int) -> list[str]:
        return [f"การเบิกจ่ายงบประมาณประจำไตรมาสที่ 1 ปีงบประมาณ 2567",
                f"จำนวนเงินงบประมาณตามแผนการใช้จ่ายของโครงการ {(p * 7919) % 90000:,} บาท",
                f"จำนวนเงินงบประมาณที่เบิกจ่ายจริงของโครงการ {(p * 4391) % 50000:,} บาท"]
    cover = ["การเบิกจ่ายงบประมาณประจำไตรมาสที่ 1 ปีงบประมาณ 2567 ของสำนักงาน", "กลุ่มนโยบายและแผน"]
    text = _doc(head=clause).replace(COVER[2], "\n".join([COVER[2], *cover]), 1)
    assert set(_kinds(text, clause(1)[1])) == {"text"}
