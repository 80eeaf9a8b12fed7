"""An OBEC list item whose number OCR read as look-alikes and set apart from
its words by a column gap ("lo.<tab>ได้ดำเนินการประชุม..." for ๒., set k
obec_progress_s21k002): the clean-up of specks at a line's edges
(lists.strip_specks) took the number for a speck, so the item ran on into
the one before it and the list lost a row, silently.  A first cell of one
or two characters OCR writes for digits (normalizers.confusions.LOOKALIKES)
closed by its dot, before a cell that opens
with a Thai word, is the item's number (mend_item_numbers numbers it by its
place); specks before a gap ("|", "—", "'") and such a cell before no Thai
word go as before."""

from __future__ import annotations

from parsers.obec_progress.lists import _items_of, strip_specks
from schemas.document import Line

FIRST = "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน"
SECOND = "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน"
WRAP = "และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว"


def _texts(*lines: str) -> list[str]:
    return [t for t, _, _ in _items_of([strip_specks(Line(no, text)) for no, text in enumerate(lines, 1)])]


def test_a_look_alike_number_before_a_gap_numbers_its_item():
    assert _texts(f"๑. {FIRST}", f"lo.\t{SECOND}", WRAP) == [FIRST, f"{SECOND} {WRAP}"]  # before: one item
    assert strip_specks(Line(1, f"lo.\t{SECOND}")).text == f"lo.\t{SECOND}"


def test_specks_before_a_gap_still_go():
    for speck in ("|", "—", "'", "x.", "-."):
        assert strip_specks(Line(1, f"{speck}\t{SECOND}")).text == SECOND
    assert strip_specks(Line(1, f"a.\t{SECOND}")).text == f"a.\t{SECOND}"  # (a for ๓, as OCR reads it)
    assert strip_specks(Line(1, "lo.\t๑๒๕ บาท")).text == "๑๒๕ บาท"  # (no Thai word after it: a speck)
