"""A project's name wrapped onto a line naming the office the running header names, its first word OCR garbled
("ง ดสำนักงานเขต..." for "สังกัดสำนักงานเขต..."), mid-page, in a report whose pages show no furniture but the
header (pipeline.clean.mark_opening_header).  It read within RUNNING_RATIO of the header, and as the first of two
printings one page's share apart it was kept as the header and the header under it dropped as the text's: the
name's wrap lost with no issue (fresh set s98o, obec_progress_s98o001).  Of two printings nearer than a page, the
one that reads the header's commonest reading is the header (pipeline.clean._once_a_page's `readings`)."""

from pipeline.clean import clean_lines

_OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาราชบุรี เขต ๓"


_WORDS = ("การประชุม", "การอบรม", "การนิเทศ", "การติดตาม", "การประเมิน", "การสัมมนา", "การศึกษาดูงาน", "การประกวด",
          "การจัดนิทรรศการ", "การเผยแพร่", "การสำรวจ", "การวางแผน")


def _page(n: int, extra: list[str] = (), at: int = 5) -> list[str]:
    out = [_OFFICE, ""]
    for k in range(12):
        out += [f"ผล{_WORDS[(n + k) % 12]}ของโรงเรียน{_WORDS[(n * 5 + k) % 12]} เป็นไปตามแผนที่กำหนดไว้", ""]
        if k == at:
            out += list(extra)
    return out


def _kinds(at: int) -> tuple[str, list[str]]:
    pages = []
    for n in range(1, 9):
        pages += _page(n, ["๓. โครงการส่งเสริม สนับสนุนการดำเนินงานสวนพฤกษศาสตร์โรงเรียน", "",
                           "ง ด" + _OFFICE, ""] if n == 5 else [], at)
    lines, _ = clean_lines("\n".join(pages) + "\n")
    garbled = next(ln.kind for ln in lines if ln.text == "ง ด" + _OFFICE)
    return garbled, [ln.kind for ln in lines if ln.text == _OFFICE]


def test_the_office_line_of_a_name_mid_page_is_text():
    garbled, headers = _kinds(5)
    assert garbled == "text"
    assert headers == ["page_header"] * 8


def test_the_office_line_of_a_name_near_the_next_header_is_text_and_that_header_kept():
    garbled, headers = _kinds(9)
    assert garbled == "text"
    assert headers == ["page_header"] * 8
