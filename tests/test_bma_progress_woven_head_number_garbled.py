"""A four-column table of entries OCR read row by row with its cells side by side, some rows' "ครั้งที่ N" read
with a mark glued to it or lost under a speck ("ครั้งที่, นิเทศ ...", "ครั้งที่7) เพื่อขออนุมัติ", "๊   ครั้งที่๕
..."): those rows' header cells held "รายงาน" alone, passed on as text, so their cells ran into the entry before,
while a neighbour row whose header read, numbered by its place, took their number (a whole form's entries one
off; a row whose "ครั้งที่ N" line OCR lost whole the same).  Now a row's header cell that holds "รายงาน" alone to the row's end is a header whose number OCR lost
(sidebyside._row_lines: "รายงานครั้งที่", numbered by its place and said), and a "ครั้งที่" with a bracket,
comma or point glued to its number, right under the row's "รายงาน", is that header's word, its number
unread (sidebyside._GARBLED_TIME_RE)."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.sidebyside import _split, unweave
from tests.lines import numbered_lines as _lines

_ROWS = (
    "รายงาน :: 20 มิ.ย. 2562 : ได้ดำเนินการ     ความก้าวหน้าของงานฯ =     เป็นไปตามแผน :",
    "ครั้งที่ 5 อบรมเชิงปฏิบัติการ      40.00 %        เป็นไปตาม",
    "งบประมาณที่เบิกใช้ (ครั้งที่ 5) = 0 บาท       เป้าหมาย",
    "รายงาน :: 5 ก.ค. 2562 : จัดกิจกรรม     ความก้าวหน้าของงานฯ =     เป็นไปตามแผน :",
    "ครั้งที่, นิเทศ ติดตาม         45.00 %        เป็นไปตาม",
    "งบประมาณที่เบิกใช้ (ครั้งที่ 6) = 0 บาท       เป้าหมาย",
    "รายงาน :: ซ ส.ค. 2562 : อยู่ระหว่าง     ความก้าวหน้าของงานฯ =     ไม่เป็นไปตามแผน :",
    "ครั้งที่ การเตรียมการอบรม       55.00 %        เป็นไปตาม",
    "งบประมาณที่เบิกใช้ (ครั้งที่ 7) = 0 บาท       เป้าหมาย",
    "รายงาน :: 12 ก.ย. 2562 : ดำเนินการ     ความก้าวหน้าของงานฯ =     เป็นไปตามแผน :",
    "เบิกจ่ายงบประมาณ         100.00 %        เป็นไปตาม",
    "งบประมาณที่เบิกใช้ (ครั้งที่ 8) = 0 บาท       เป้าหมาย",
)


def _words(text: str) -> str:
    return "".join(text.split())


def test_rows_whose_header_number_was_lost_keep_their_own_cells():
    result = parse_entries(_lines(*_ROWS))
    e = result.entries
    assert sorted(e) == [5, 6, 7, 8]
    assert _words(e[5].description) == "ได้ดำเนินการอบรมเชิงปฏิบัติการ"
    assert _words(e[6].description) == "จัดกิจกรรมนิเทศติดตาม"
    assert _words(e[7].description) == "อยู่ระหว่างการเตรียมการอบรม"
    assert _words(e[8].description) == "ดำเนินการเบิกจ่ายงบประมาณ"
    assert e[6].date is not None and e[6].date.month == 7 and e[8].date.month == 9


def test_a_garbled_number_glued_to_the_header_word_is_no_description():
    assert _split("ครั้งที่7) เพื่อขออนุมัติ", wants_time=True)[:2] == ("ครั้งที่", "เพื่อขออนุมัติ")
    assert _split("ครั้งที่, นิเทศ ติดตาม", wants_time=True)[:2] == ("ครั้งที่", "นิเทศ ติดตาม")
    assert _split("ครั้งที่ 7 นิเทศ", wants_time=True)[:2] == ("ครั้งที่ 7", "นิเทศ")
    texts = [ln.text for ln in unweave(_lines(*_ROWS))]
    assert texts.count("รายงานครั้งที่") == 3  # reports 6, 7 and 8: "ครั้งที่,", "ครั้งที่" alone, its line lost
