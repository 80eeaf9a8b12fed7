"""BMA progress forms after OCR (fresh set s62o):

(1) a numbered objectives list none of whose marks OCR read as its place ("9." for ๑., "‘a." for ๒.,
bma_progress_s62o002): no objective was read (parsers.items.mend_item_numbers);

(2) a budget clause's label parted by the reading of a row's cells, its halves run into the entry's
description (bma_progress_s62o007: entries.budget_label_halves)."""

from __future__ import annotations

from parsers.bma_progress.clauses import Event
from parsers.bma_progress.entries import budget_label_halves
from parsers.items import mend_item_numbers, numbered_items, opens_purpose, run_on
from tests.test_bma_progress_entries_ocr import _lines


def _objectives(*texts: str) -> list[str]:
    lines = run_on(mend_item_numbers(_lines(*texts), opens_purpose), opens_purpose)
    items, _ = numbered_items(lines, opens=opens_purpose)
    return [i.text for i in items]


def test_objectives_whose_every_number_ocr_damaged_are_read_by_their_opening_words():
    # a numbered objectives list none of whose marks reads as its place ("9." for ๑., "‘a." for ๒.): the
    # words after each mark open an objective, so the damaged marks take their places; before, no objective
    # was read (the lines were text before the first objective)
    got = _objectives("9. เพื่อติดตามและประเมินผลการยกระดับผลสัมฤทธิ์ทางการเรียน",
                      "‘a. เพื่อส่งเสริมและกระตุ้นให้ข้าราชการครู",
                      "ศักยภาพและความสามารถในการเรียนการสอน")
    assert len(got) == 2
    assert got[1] == "เพื่อส่งเสริมและกระตุ้นให้ข้าราชการครู ศักยภาพและความสามารถในการเรียนการสอน"
    # a number mark before words that open no objective leaves the lines as before (no mark mended, no item)
    assert _objectives("9. ติดตามและประเมินผล", "‘a. เพื่อส่งเสริมและกระตุ้น") == []


def test_a_budget_label_whose_halves_the_row_reading_parted_is_the_clauses():
    # a row read across, its figures cell wrapped: "งบประมาณ" alone before the clause's bracket, "ที่เบิกใช้"
    # the last cell of the description cell's line (fresh set s62o, bma_progress_s62o007); before, both halves
    # ran into the description
    events = [Event("header", 307, None, seq=1), Event("text", 308, text="ประชุมผู้บริหาร"),
              Event("text", 310, text="สถานศึกษาเพื่อกำหนด\tทีเบิกใช้"), Event("text", 311, text="หัวข้อดำเนินงาน"),
              Event("progress", 307, "12.00", text="ความก้าวหน้าของงานฯ = 12.00 %"),
              Event("text", 308, text="งบูประมาณ"), Event("budget_tail", 310, "0", seq=1, text="(ครั้งที่ 1) = ๐")]
    got = budget_label_halves(events)
    assert [e.text for e in got if e.kind == "text"] == ["ประชุมผู้บริหาร", "สถานศึกษาเพื่อกำหนด", "หัวข้อดำเนินงาน"]
    assert got[-1].kind == "budget_tail" and got[-1].text == "งบูประมาณ ทีเบิกใช้ (ครั้งที่ 1) = ๐"
    # one half alone is left as it was (prose may say "งบประมาณ"; a cell "ที่เบิกใช้" with no head is no label)
    alone = [e for e in events if e.text != "สถานศึกษาเพื่อกำหนด\tทีเบิกใช้"]
    assert budget_label_halves(alone) == alone
    no_head = [e for e in events if e.text != "งบูประมาณ"]
    assert budget_label_halves(no_head) == no_head

