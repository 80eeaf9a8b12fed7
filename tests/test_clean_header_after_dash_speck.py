"""A running header wrapped over three lines whose every printing stands under the page's footer and a page number
OCR read as a dash alone ("-" for "- ๑ -"): the dash before it and the header's own wrapped line after it made
every printing's context the same, so the clean-up took it for the form's own line (which copies print at the
same page edge) and never for a header; its printings ran into findings and alignments (fresh set s115v,
obec_progress_s115v003).  Specks are no context (pipeline.clean._same_context): the pages' own lines before the
dash tell the printings apart."""

from pipeline.clean import clean_lines

HEADER = ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต ๒ รายงานความก้าวหน้า\n\n"
          "การดำเนินงานตามแผนปฏิบัติการ รอบ ๑๒\nเดือน\n")
FOOTER = "พิมพ์จากระบบ ติดตามแผนปฏิบัติการ สพป.พะเยา เขต ๒ เมื่อ ๐๕/๑๐/๒๕๖๙ ๑๕:๕๕\n"
PAGES = ["ปัญหาและอุปสรรคในการดำเนินงาน", "กิจกรรมที่ดำเนินการในไตรมาสจะไม่ส่งผลต่อค่าเป้าหมาย",
         "นักเรียนในสังกัด จำนวน ๓๒ คน ได้เข้าร่วมกิจกรรมตามโครงการ", "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด",
         "ข้อเสนอแนะในการพัฒนาการดำเนินงาน"]


def _kinds(dash: str) -> dict[str, set[str]]:
    text = "".join(f"{HEADER}\n{body}\n\n{dash}\n\n{FOOTER}\n" for body in PAGES)
    lines, _ = clean_lines(text)
    kinds: dict[str, set[str]] = {}
    for ln in lines:
        kinds.setdefault(ln.text.strip(), set()).add(ln.kind)
    return kinds


def test_a_wrapped_header_under_a_page_number_read_as_a_dash_is_the_header():
    kinds = _kinds("-")
    for line in HEADER.split("\n"):
        if line:
            assert kinds[line] == {"page_header"}, line
    assert kinds[PAGES[0]] == {"text"}


def test_the_same_with_the_page_number_read_whole():
    kinds = _kinds("- ๑ -")
    assert kinds[HEADER.split("\n")[0]] == {"page_header"}
