"""A description line of a narrow table of entries as columns holding one entry's expense line cut at its "="
(its figure a wrap put on the next line) and, after a space, the next entries' words (s61o bma_progress 007's third
block: "ค่าวัสดุอุปกรณ์ = รวบรวมเอกสาร เป็นการ", "ค่าเกียรติบัตร = - จ่าย<tab>จึงขอยกเลิก"): the cell ends at the "="
and the words after it are the next entries' (transposed._expense_openings_apart), when the line then holds one cell
an entry (or, one cell read whole, one word for each entry left), said (entry_cell_in_doubt).  Before, the line went
whole to one entry, which lost the expense (its figure on the next line had no item) and the others their words."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line
from tests.test_bma_progress_description_words_dealt import _HEAD, _LOWER


def _entries(*description: str):
    texts = (*_HEAD, *description, *_LOWER)
    return parse_entries([Line(i, t) for i, t in enumerate(texts, start=1)])


def _description(result, n: int) -> str:
    return "".join((result.entries[n].description or "").split())


def test_an_expense_cut_at_its_equals_then_the_next_entries_words_parts_there():
    result = _entries("รายละเอียดการ\tจัดอบรม\tรวบรวม\tยกเลิก",
                      "ดำเนินงาน\tค่าวัสดุ =\tเอกสาร\tโครงการ",
                      "4,400 บาท\tประกอบการเบิก\tเนื่องจาก",
                      "ค่าเกียรติบัตร = - จ่าย\tสถานการณ์",
                      "500 บาท")
    assert [(e.item, e.amount) for e in result.entries[1].expenses] == [("ค่าวัสดุ", "4,400"), ("ค่าเกียรติบัตร", "500")]
    assert _description(result, 2).endswith("ประกอบการเบิก-จ่าย")
    assert _description(result, 3).endswith("เนื่องจากสถานการณ์")
    assert any(i.code == "entry_cell_in_doubt" and "ค่าเกียรติบัตร" in str(i.evidence) for i in result.issues)


def test_one_cell_read_whole_gives_a_word_to_each_entry_left():
    result = _entries("รายละเอียดการ\tจัดอบรม\tรวบรวม\tยกเลิก",
                      "ค่าวัสดุอุปกรณ์ = รวบรวมเอกสาร เป็นการ",
                      "4,400 บาท")
    assert [(e.item, e.amount) for e in result.entries[1].expenses] == [("ค่าวัสดุอุปกรณ์", "4,400")]
    assert _description(result, 2) == "รวบรวมรวบรวมเอกสาร"
    assert _description(result, 3) == "ยกเลิกเป็นการ"


def test_a_cut_expense_whose_words_after_it_are_too_many_stays_whole():
    result = _entries("รายละเอียดการ\tจัดอบรม\tรวบรวม\tยกเลิก",
                      "ค่าวัสดุอุปกรณ์ = รวบรวม เอกสาร เป็นการ",
                      "4,400 บาท")
    assert not _description(result, 2).endswith("เอกสาร")
    assert not result.entries[1].expenses
