"""A speck OCR read between a page's header and its number ("แบบแสดงรายงาน..." / "๑" / "หน้า 3 จาก 7") was text, and
ran into the report entry's clause before the page break: its description read "จัดทำโครงการเพื่อขออนุมัติ 1", with
no issue (fresh set s115r, bma_progress_s115r007).  A speck of two characters at most between a page's header and
its number, blank lines alone between, is OCR noise (pipeline.clean.mark_specks_between_furniture); one beside
content, or between a page's foot and the next page's top (an item's number OCR set apart), and the header's
wrapped tail, are not."""

from pipeline.clean import clean_lines

FOOTER = "พิมพ์จากระบบ BMA Digital Plans เมื่อ 07/07/2565 13:49"
HEADER = "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ"


def _kinds(text: str) -> dict[str, str]:
    lines, _ = clean_lines(text)
    return {ln.text: ln.kind for ln in lines if ln.text}


def test_a_speck_between_a_page_header_and_its_number_is_noise():
    text = (f"รายงานครั้งที่ 1 :: 17 ธ.ค. 2564 : จัดทำโครงการเพื่อขออนุมัติ\n\n: เป็นไปตามแผน\n\n{FOOTER}\n\n{HEADER}\n"
            "๑\nหน้า 3 จาก 7\n: เป็นไปตามเป้าหมาย\n")
    kinds = _kinds(text)
    assert kinds["๑"] == "ocr_noise"
    assert kinds[HEADER] == "page_header" and kinds["หน้า 3 จาก 7"] == "page_number"


def test_a_speck_between_a_page_foot_and_the_next_top_is_text():
    # an item's number OCR set apart from its words may stand there (fresh set s114q, bma_progress_s114q007)
    kinds = _kinds(f"ข้อความของหน้าแรก\n{FOOTER}\n\n๑7\n\n{HEADER}\nหน้า 2 จาก 7\nเพื่อสร้างเครือข่าย\n")
    assert kinds["๑7"] == "text"


def test_a_header_s_wrapped_tail_between_it_and_the_page_number_is_not_noise():
    kinds = _kinds(f"ข้อความของหน้าแรก\n{HEADER} ปีงบประมาณ\nพ.ศ.\n๒๕๖๕\nหน้า 2 จาก 7\nเพื่อสร้างเครือข่าย\n")
    assert kinds["พ.ศ."] != "ocr_noise" and kinds["๒๕๖๕"] != "ocr_noise"


def test_a_speck_beside_content_is_text():
    kinds = _kinds(f"ข้อความของหน้าแรก\n{FOOTER}\n{HEADER}\nหน้า 2 จาก 7\n๑\nโครงการพัฒนาครู\n")
    assert kinds["๑"] == "text"
    kinds = _kinds(f"ข้อความของหน้าแรก\n๑\n{FOOTER}\n{HEADER}\nหน้า 2 จาก 7\nโครงการพัฒนาครู\n")
    assert kinds["๑"] == "text"
