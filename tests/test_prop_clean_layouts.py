"""Layouts clean text prints that the readers once missed: a proposal's benefits whose numbers stand
together before their texts, and a running header that heads every page but the first of a form that
parts its headings and signatures by a page's gap too."""

from __future__ import annotations

from tests.lines import numbered_lines


def _benefits(*texts: str):
    from parsers.bma_proposal.read import opens_beneficiary, read_list
    from schemas.document import CopyReading
    out = CopyReading(0, 1, 10)
    got, lead = read_list(numbered_lines(*texts, start=3), "9", "expected benefit", "findings.seq", out,
                          item_opens=opens_beneficiary)
    return got, out.issues


def test_benefits_whose_numbers_stand_together_before_the_texts_are_read_one_to_each_number():
    # extra3 w007 (a proposal printed on one line): "9.1 9.2 9.3 ข้าราชการ... โรงเรียนมี... ผู้ปกครอง...":
    # the texts open exactly as many benefits by whom each is for as the run holds numbers
    got, issues = _benefits("9.1 9.2 9.3 ข้าราชการครูมีการจัดการเรียนรู้ของนักเรียน โรงเรียนมีรายงานที่มีคุณภาพ "
                            "ผู้ปกครองและชุมชนมีส่วนร่วม")
    assert [(n, text) for n, text, _, _ in got] == [
        (1, "ข้าราชการครูมีการจัดการเรียนรู้ของนักเรียน"), (2, "โรงเรียนมีรายงานที่มีคุณภาพ"),
        (3, "ผู้ปกครองและชุมชนมีส่วนร่วม")]
    assert not [i for i in issues if i.code == "unread_cells"]


def test_benefits_whose_texts_open_more_or_fewer_benefits_than_the_run_holds_numbers_are_said():
    # a fourth opening ("นักเรียน" where a word starts inside a text): where each text begins is in doubt
    got, issues = _benefits("9.1 9.2 9.3 ข้าราชการครูมีการจัดการเรียนรู้ของ นักเรียน โรงเรียนมีรายงานที่มีคุณภาพ "
                            "ผู้ปกครองและชุมชนมีส่วนร่วม")
    assert len(got) == 1 and got[0][1].startswith("9.2 9.3")
    assert [i.field for i in issues if i.code == "unread_cells"] == ["findings"]


def test_a_header_over_every_page_but_the_first_is_furniture_beside_a_headings_and_a_signatures_equal_gap():
    # fresh set s29o (proposal, furniture_header): the project's name heads pages 2 and 3 after two blank lines;
    # the form also leaves two before section 10 and before a signature: half the gaps, signatures' aside most
    from pipeline.clean import clean_lines
    header = "โครงการส่งเสริมทักษะภาษาอังกฤษ เขตทดสอบ"
    text = ("ชื่อโครงการ\nส่งเสริมทักษะภาษาอังกฤษ เขตทดสอบ\n\n๕. ระยะเวลาและสถานที่ดำเนินการ\n"
            "สถานที่ดำเนินการ : โรงเรียนในสังกัด\n\n\n"
            f"{header}\n\n๖. แผนปฏิบัติการ\nจัดอบรมครู\n\n\n"
            f"{header}\n\n๙. ประโยชน์ที่คาดว่าจะได้รับ\nโรงเรียนมีผลงาน\n\n\n"
            "๑๐. การติดตามประเมินผล\nรายงานผล\n\n\n(ลงชื่อ)..........ผู้เสนอโครงการ\n")
    lines, _ = clean_lines(text)
    assert [ln.kind for ln in lines if ln.text == header] == ["page_header", "page_header"]
    assert {ln.kind for ln in lines if ln.text.startswith("๑๐.")} == {"text"}
    # a heading printed once a copy at the top of a page of each (two copies: printed as often as the
    # document's first line) stays the form's own text
    copy = ("ชื่อโครงการ\nส่งเสริมทักษะภาษาอังกฤษ เขตทดสอบ\nสถานที่ดำเนินการ : โรงเรียน {k}\n\n\n"
            "๖. แผนปฏิบัติการ\nจัดอบรมครู รุ่น {k}\n\n\n(ลงชื่อ)..........ผู้เสนอโครงการ\n")
    lines, _ = clean_lines(copy.format(k=1) + "\n\n" + copy.format(k=2))
    assert {ln.kind for ln in lines if ln.text == "๖. แผนปฏิบัติการ"} == {"text"}


def test_a_running_title_wrapped_over_two_lines_or_run_into_the_place_is_the_pages_furniture():
    # fresh set s29o's OCR twin: no page gap shows; the header "โครงการ<name>", wrapped at the page's width
    # ("...นักเรียนเขต" / "ห้วยขวาง"), ran into the place (projects.place) and into a risk's mitigation
    from parsers.bma_proposal.read import drop_running_title
    from parsers.reader import Parts
    name = "ส่งเสริมทักษะภาษาอังกฤษสำหรับนักเรียนเขตห้วยขวาง"
    parts = Parts(fields=[("name", name, 2, 2),
                          ("place", "โรงเรียนในสังกัด จำนวน 4 โรงเรียน โครงการส่งเสริมทักษะภาษาอังกฤษสําหรับนักเรียนเขต "
                           "ห้วยขวาง", 5, 8)],
                  sections={"s8": numbered_lines("ปรับรายการให้เหมาะสม", "โครงการส่งเสริมทักษะภาษาอังกฤษสําหรับนักเรียนเขต",
                                                 "ห้วยขวาง", "ห้วยขวางมีส่วนร่วม", start=20)})
    drop_running_title(parts)
    assert parts.fields[1] == ("place", "โรงเรียนในสังกัด จำนวน 4 โรงเรียน", 5, 8)
    assert [ln.text for ln in parts.sections["s8"]] == ["ปรับรายการให้เหมาะสม", "ห้วยขวางมีส่วนร่วม"]
    assert [ln.no for ln in parts.furniture] == [21, 22]
    # the title inside a sentence (glued to the words before it), or a line holding it and more, stays
    glued = "จึงจัดทำโครงการส่งเสริมทักษะภาษาอังกฤษสำหรับนักเรียนเขตห้วยขวาง"
    parts = Parts(fields=[("name", name, 2, 2), ("place", glued, 5, 5)],
                  sections={"s8": numbered_lines("โครงการส่งเสริมทักษะภาษาอังกฤษสำหรับนักเรียนเขตห้วยขวาง ปีละครั้ง")})
    drop_running_title(parts)
    assert parts.fields[1][1] == glued and len(parts.sections["s8"]) == 1 and not parts.furniture
