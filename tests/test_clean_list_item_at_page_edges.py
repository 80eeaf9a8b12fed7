"""A list's item printed at a page's edge in two projects of one file whose pages break alike ("๒. ด้านคุณภาพ" over
the page number "- ๑ -" in the first project, under "- ๓ -" in the second): twice at page edges in a file of four
pages, it was taken for a running header and dropped, and each project's quality target group was lost on clean
text (fresh set s73a, bma_progress_s73a002).  A line that goes on a list of the text above it (item N - 1 opens a
line shortly before it, numbered in the same style) is no running header (pipeline.clean._continues_lists); a
header printed so without the list above it is still furniture."""

from __future__ import annotations

from pipeline.clean import clean_lines

_PROJECT = """1.5 เป้าหมายของโครงการ
๑. ด้านปริมาณ
ผู้เข้าร่วมโครงการทั้งสิ้น ๕๐๕ คน ประกอบด้วย
ครูและบุคลากรทางการศึกษา จำนวน ๔๔๐ คน
และวิทยากร จำนวน ๑๘ คน
"""


def _text(label: str, first_list: str = "๑. ด้านปริมาณ") -> str:
    one = _PROJECT.replace("๑. ด้านปริมาณ", first_list)
    return (one + label + "\n\n- ๑ -\n\n\n"
            + "เครือข่ายโรงเรียนมีการพัฒนาคุณภาพอย่างเป็นระบบ\n1.6 สนับสนุนแผนพัฒนา กทม.\nประเด็นยุทธศาสตร์ : ด้านที่ ๓\n"
            + "\n- ๒ -\n\n\n" + one + "\n- ๓ -\n\n\n" + label + "\n"
            + "เครือข่ายโรงเรียนมีผลงานที่มีคุณภาพนำเสนอต่อสาธารณชน\n1.6 สนับสนุนแผนพัฒนา กทม.\n"
            + "ประเด็นยุทธศาสตร์ : ด้านที่ ๔\n\n- ๔ -\n")


def _kinds(text: str, line: str) -> list[str]:
    lines, _ = clean_lines(text)
    return [ln.kind for ln in lines if ln.text == line]


def test_a_list_item_at_two_page_edges_stays_text():
    assert _kinds(_text("๒. ด้านคุณภาพ"), "๒. ด้านคุณภาพ") == ["text", "text"]


def test_the_same_line_with_no_item_before_it_is_a_running_header():
    # the list above numbered in another style ("๑)"): the line goes on no list there
    assert _kinds(_text("๒. ด้านคุณภาพ", "๑) ด้านปริมาณ"), "๒. ด้านคุณภาพ") == ["page_header", "page_header"]


def test_a_header_with_no_item_number_is_a_running_header_as_before():
    assert _kinds(_text("สำนักการศึกษา กรุงเทพมหานคร"), "สำนักการศึกษา กรุงเทพมหานคร") == ["page_header", "page_header"]
