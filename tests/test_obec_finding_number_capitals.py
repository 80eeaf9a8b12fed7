"""An OBEC result whose next item's number OCR read as two capitals ("... ของสำนักงาน" / "DE ได้ดำเนินการประชุม..."
for ๓.) ran into the result before: its row lost, and the issue on the text named the text alone, so the lost row
was silent (fresh set s115x, obec_progress_s115x002).  A number OCR damaged past reading is looked for in the
findings' texts too, as in the list tables' (pipeline.wording.DAMAGED_LISTS, _damaged_item_numbers): Latin letters,
small or one or two capitals, standing alone before the very word the item opens with; the issue then names the
table, a row of which was lost there.  An acronym of three capitals or more, or a token before other words, is
none."""

from __future__ import annotations

import pytest

from pipeline.wording import _damaged_item_numbers, flag_unknown_words


def _flags(table: str, text: str) -> list[tuple[str, str]]:
    row = {"project_key": "k", "text": text, "line_start": 547, "line_end": 550}
    return [(i.code, i.field) for i in flag_unknown_words({table: [row]}, [])]


def test_a_result_with_another_s_number_read_as_capitals_names_the_table():
    text = ("ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน DE ได้ดำเนินการประชุมคณะกรรมการ"
            "ดำเนินงาน และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว")
    assert _damaged_item_numbers(text) == ["DE"]
    assert _flags("findings", text) == [("unknown_words", "findings")]


@pytest.mark.parametrize("text", [
    "ได้พัฒนาครูด้านชุมชนแห่งการเรียนรู้ทางวิชาชีพ PLC ได้ครบทุกโรงเรียน",  # an acronym of three capitals
    "ได้ดำเนินการอบรมครูด้าน IT และการใช้สื่อดิจิทัลในห้องเรียนครบทุกโรงเรียน",  # capitals before other words
])
def test_an_acronym_or_capitals_before_other_words_are_no_number(text):
    assert _damaged_item_numbers(text) == []
    assert _flags("findings", text) == []
