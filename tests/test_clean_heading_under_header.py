"""A form's heading that opens each part of a report (an OBEC project-quarter's "ปัญหาและอุปสรรคในการดำเนินงาน")
printed right under the running header on most pages, where a part opens at a page's top, a blank line between,
and mid-page where a part opens there: the clean-up took it for the header's wrapped part (at a page's edge beside
the header's marked lines), and the list number under it for the header's tail, so every such part's problems
were lost (fresh set s84a, obec_progress_s84a002, on its clean text).  Printed away from the pages' edges more
than once, standing beside the header only a blank line apart, it is the form's own line (clean._beside_headers_only);
a header's part the page width wrapped (no blank line between) is furniture as before."""

from __future__ import annotations

from pipeline.clean import clean_lines

HEADER = "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"
HEADING = "ปัญหาและอุปสรรคในการดำเนินงาน"


def _page(k: int, top: bool) -> str:
    part = f"{HEADING}\n๑.\n๒.\n\nงบประมาณไม่เพียงพอ รอบที่ {k}\nการประชุมล่าช้า รอบที่ {k}\n"
    body = f"ผลการดำเนินงาน\nได้ดำเนินการครบตามแผน รอบที่ {k}\n"
    return f"{HEADER}\n\n" + (part + "\n" + body if top else body + "\n" + part) + f"\n- {k} -\n\n\n\n"


def test_a_heading_under_the_header_on_most_pages_and_mid_page_twice_is_the_form_s():
    text = "".join(_page(k, top=k not in (3, 6)) for k in range(1, 10))
    lines, _ = clean_lines(text)
    assert {ln.kind for ln in lines if ln.text == HEADER} == {"page_header"}
    assert {ln.kind for ln in lines if ln.text == HEADING} == {"text"}
    assert {ln.kind for ln in lines if ln.text == "๑."} == {"text"}


def test_a_header_s_wrapped_part_right_under_it_is_furniture():
    wrapped = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาแพร่ เขต ๒"
    text = "".join(_page(k, top=False).replace(f"{HEADER}\n\n", f"{HEADER}\n{wrapped}\n\n") for k in range(1, 10))
    lines, _ = clean_lines(text)
    assert {ln.kind for ln in lines if ln.text == wrapped} == {"page_header"}
