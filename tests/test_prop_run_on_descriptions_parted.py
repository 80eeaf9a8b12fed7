"""A table whose columns are the report entries (a row per field) run on in a paragraph, as a form printed on
one line prints it: the reports' descriptions run into one another, parted by spaces only, as are the words
inside one.  A description is parted where exactly as many pieces as reports stand once the spaces a
description goes on over are set aside: before a joining word (ซึ่ง, เนื่องจาก, จึง, และ, ตาม, ไปแล้ว,
ดังนี้...), a figure or a bracket, or an item's number past the first; after a figure ("2019", a date's day
and year), an item's number, a word that leads on (ดังนี้, และ), or inside brackets.  Other counts: nothing
is given, and said."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import _one_piece_each
from tests.test_bma_progress_entries_ocr import _lines


def _table(descriptions: str, n: int = 3) -> str:
    heads = " ".join(f"ครั้งที่ {k}" for k in range(1, n + 1))
    dates = " ".join(f"{k}/0{k + 2}/2565" for k in range(1, n + 1))
    return (f"{heads} วันที่รายงาน {dates} รายละเอียดการดำเนินงาน {descriptions} "
            f"ความก้าวหน้าของงานฯ {' '.join(f'{10 * k}.00 %' for k in range(1, n + 1))} "
            f"งบประมาณที่เบิกใช้ {' '.join('0 บาท' for _ in range(n))} "
            f"ความสอดคล้องกับแผน {' '.join('เป็นไปตามแผน' for _ in range(n))} "
            f"ความสอดคล้องกับเป้าหมาย {' '.join('เป็นไปตามเป้าหมาย' for _ in range(n))}")


def _pieces(text: str, k: int) -> list[str] | None:
    spans = _one_piece_each(text, 0, len(text), k)
    return None if spans is None else [text[a:b] for a, b in spans]


def test_joining_words_figures_and_lists_go_on():
    one = "ติดตั้งระบบแล้ว ซึ่งช้ากว่ากำหนด เนื่องจากฝนตก 15 วัน จึงขยายเวลา"
    two = "๑. ส่งหนังสือเชิญ ๒. รอคำตอบ"
    three = "สำรวจพื้นที่ (ระยะที่ 2) และจัดทำรายงาน ดังนี้ 1) แผนที่ 2) ภาพถ่าย"
    four = "ประชุมคณะทำงาน ตามแผนงาน"
    assert _pieces(" ".join([one, two, three, four]), 4) == [one, two, three, four]


def test_a_date_inside_a_description_goes_on():
    one = "ได้อบรมไปแล้วเมื่อวันที่ ๓ มีนาคม ๒๕๖๕ ขณะนี้รอเบิกจ่าย"
    two = "สรุปผลการอบรม"
    assert _pieces(f"{one} {two}", 2) == [one, two]


def test_a_space_that_may_part_or_not_leaves_the_count_unmet():
    # "ประชุมทีมงาน" may open a report's description as well as go on from "จัดซื้อวัสดุ": three pieces for two reports
    assert _pieces("จัดซื้อวัสดุ ประชุมทีมงาน สรุปผล", 2) is None


def test_a_run_on_table_s_descriptions_are_given_to_their_reports():
    descriptions = ["รวบรวมข้อมูลผู้เข้าร่วม ซึ่งล่าช้ากว่าแผน เนื่องจากฝนตก 10 วัน",
                    "จัดอบรมรุ่นที่ 1 และรุ่นที่ 2 เสร็จสิ้น", "ยกเลิกโครงการ เนื่องจากไม่ได้รับงบประมาณ"]
    result = parse_entries(_lines(_table(" ".join(descriptions))))
    assert [result.entries[k].description for k in (1, 2, 3)] == descriptions
    assert not any(i.field == "progress_reports.description" for i in result.issues)


def test_a_run_on_table_whose_descriptions_do_not_part_is_said():
    result = parse_entries(_lines(_table("จัดซื้อวัสดุ ประชุมทีมงาน สรุปผล ส่งรายงาน")))
    assert not any(result.entries[k].description for k in (1, 2, 3))
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.description" for i in result.issues)


def test_descriptions_parted_at_a_line_s_end_are_read_and_said():
    # OCR wrapped the paragraph: a line's end parts two reports' descriptions, as a wrap may part one's words
    descriptions = ["รวบรวมข้อมูลผู้เข้าร่วม ซึ่งล่าช้ากว่าแผน", "จัดอบรมรุ่นที่ 1 เสร็จสิ้น", "ยกเลิกโครงการ เนื่องจากไม่ได้รับงบประมาณ"]
    text = _table(" ".join(descriptions)).replace(" จัดอบรม", "\nจัดอบรม")
    result = parse_entries(_lines(*text.split("\n")))
    assert [result.entries[k].description for k in (1, 2, 3)] == descriptions
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.description" for i in result.issues)
