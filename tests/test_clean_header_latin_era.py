"""A running header's second line whose era OCR read as Latin letters ("ปึงบประมาณ wat, 2568" for "ปีงบประมาณ
พ.ศ. 2568"), at a page's top right under the header's first line: its shape is too far from the header's for the
near-reading test (81 against 90), so it stood as text, and ran into the list the page break fell in (fresh s87o007:
"เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต ปึงบประมาณ wat, 2568", an objective).  Compared with its Latin letters and
signs left out too, it is the header's (pipeline.clean.mark_running_lines)."""

from __future__ import annotations

from pipeline.clean import clean_lines

_HEAD = "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ"


def _page(n: int, year_line: str, body: list[str]) -> list[str]:
    return [_HEAD, year_line, *body, "", f"หน้า {n}/3", "พิมพ์จากระบบ BMA Digital Plans เมื่อ 02/09/2568 13:42", ""]


def _kinds(year_line: str) -> dict[str, str]:
    text = "\n".join([
        *_page(1, "ปีงบประมาณ พ.ศ. 2568", ["1.4 วัตถุประสงค์ของโครงการ", "1 เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ",
                                            "2 เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต"]),
        *_page(2, year_line, ["3 เพื่อส่งเสริมและกระตุ้นให้ข้าราชการครูแสดงศักยภาพ", "1.5 เป้าหมายของโครงการ"]),
        *_page(3, "ปีงบประมาณ พ.ศ. 2568", ["2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ"]),
    ])
    lines, _ = clean_lines(text)
    return {ln.text: ln.kind for ln in lines}


def test_the_header_s_year_line_its_era_read_as_latin_letters_is_the_header_s():
    assert _kinds("ปึงบประมาณ wat, 2568")["ปึงบประมาณ wat, 2568"] == "page_header"


def test_a_line_of_other_thai_words_at_the_same_place_stays_text():
    assert _kinds("ปีการศึกษา wat, 2568")["ปีการศึกษา wat, 2568"] == "text"
