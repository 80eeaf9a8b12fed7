"""A running header wrapped onto three lines, whose printing OCR damaged ("การดตำเนินงาน", "ประจำปิงบประมาณ", the
year "259") where the page number above it was garbled too ("vin 11 a1n 44"), so it stood at no page edge: no rule
knew it, and its lines ran into the list the page break fell in (fresh set s110p, obec_progress_s110p003: read as a
success indicator, the indicators after it each one place late).  A run of lines each a marked header line or a near
reading of one, in the order a marked printing stands in, two of them long, is that header
(pipeline.clean._near_blocks); the form's own lines never repeat two of its header's lines in order."""

from __future__ import annotations

from pipeline.clean import clean_lines

TITLE = "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ"
YEAR = "พ.ศ. 2569 สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครสวรรค์"
AREA = "เขต ๒"
BODY = [["เชิงปริมาณ", "โรงเรียนในสังกัด จำนวน ๔๕ โรงเรียน สามารถจัดการเรียนการสอนครบทุกห้อง"],
        ["เชิงคุณภาพ", "๑) ผู้เข้าร่วมโครงการมีความพึงพอใจต่อการดำเนินงานในระดับมากขึ้นไป"],
        ["๒) ร้อยละ ๘๐ ของผู้เข้ารับการอบรมมีความรู้ ความเข้าใจ"],
        ["ความก้าวหน้าของกิจกรรมที่ดำเนินการ ประจำไตรมาสที่ ๒"],
        ["กิจกรรมหลักที่ 1 จัดทำคำสั่งแต่งตั้งคณะกรรมการดำเนินงาน"]]


def _kinds(header: list[str], number: str) -> list[tuple[str, str]]:
    pages = []
    for n, body in enumerate(BODY, 1):
        head = header if n == 3 else [TITLE, YEAR, AREA]
        pages += [*head, "", *body, "", number if n == 2 else f"หน้า {n} จาก 5", ""]
    lines, _ = clean_lines("\n".join(pages))
    return [(ln.text, ln.kind) for ln in lines]


def test_a_damaged_header_under_a_garbled_page_number_is_the_header():
    damaged = ["รายงานความก้าวหน้า การดตำเนินงานตามแผนปฏิบัติการ ประจำปิงบประมาณ",
               "พ.ศ. 259 สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครสวรรค์", AREA]
    kinds = _kinds(damaged, "vin 2 a1n 5")
    at = next(i for i, (text, _) in enumerate(kinds) if text == damaged[0])
    assert [kind for _, kind in kinds[at: at + 3]] == ["page_header"] * 3
    assert ("๒) ร้อยละ ๘๐ ของผู้เข้ารับการอบรมมีความรู้ ความเข้าใจ", "text") in kinds


def test_one_line_near_the_header_s_first_alone_stays_text():
    # the title's words in the body, not followed by the header's next line: no block of the header
    line = "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณของโรงเรียน"
    kinds = _kinds([line, "โรงเรียนในสังกัดทุกแห่งรายงานผลการดำเนินงานครบถ้วน"], "vin 2 a1n 5")
    assert (line, "text") in kinds


def test_a_form_line_that_holds_a_header_line_whole_and_more_is_no_printing_of_it():
    # a proposal's header prints the project's name over the office's; its title block prints "ชื่อโครงการ" + the
    # name over the office's too: the form's own lines (extra set, bma_proposal_x008)
    name, office = "พัฒนาห้องสมุดโรงเรียนสู่แหล่งเรียนรู้ตลอดชีวิต", "สำนักงานเขตวังทองหลาง"
    body = ["๑. หลักการและเหตุผล", "ความก้าวหน้าของเทคโนโลยีสารสนเทศ", "๒. วัตถุประสงค์", "เพื่อพัฒนาห้องสมุด",
            "๓. เป้าหมาย", "โรงเรียนในสังกัด ๑๐ โรงเรียน"]
    pages = [f"ชื่อโครงการ\t{name}", office, "", "หน่วยงานที่รับผิดชอบ " + office, *body[:2], "", "- 1 -", ""]
    for n in (2, 3):
        pages += [f"โครงการ{name}", office, "", *body[2 * n - 2: 2 * n], "", f"- {n} -", ""]
    lines, _ = clean_lines("\n".join(pages))
    kinds = [(ln.text, ln.kind) for ln in lines]
    assert kinds[0] == (f"ชื่อโครงการ\t{name}", "text") and kinds[1] == (office, "text")
    assert (f"โครงการ{name}", "page_header") in kinds
