"""A dotted objectives list run on in a paragraph whose next number OCR read with a speck glued before it (a
rule or bullet read as a letter, a digit doubled: "ไ๒๒.๒" for ๒.๒), at the end of the line before its objective:
the objective was read as the words of the one before, silent (fresh set s65z, a BMA progress form's objectives).
The token goes with the objective after it (read._carry_wrapped_numbers), where parsers.items.mend_item_numbers
numbers it by its place, as it does such a token opening a line; a speck and digits before no "เพื่อ" stay text."""

from __future__ import annotations

from parsers.bma_progress.read import _carry_wrapped_numbers, _cut_inline_objectives
from parsers.items import mend_item_numbers, numbered_items, opens_purpose, run_on
from tests.test_bma_progress_entries_ocr import _lines


def _items(*texts: str) -> list[str]:
    lines = run_on(mend_item_numbers(_carry_wrapped_numbers(_lines(*texts)), opens_purpose), opens_purpose)
    items, _ = numbered_items(_cut_inline_objectives(lines)[0], opens=opens_purpose)
    return [i.text for i in items]


def test_a_number_with_a_speck_glued_before_it_opens_the_objective_after_it():
    assert _items("๒.๑ เพื่ออำนวยความสะดวกและควบคุมดูแล",
                  "การดำเนินงานของศูนย์วิชาการเขตให้เป็นไปตามแนวทางที่กำหนด ไ๒๒.๒",
                  "เพื่อสร้างเครือข่ายความร่วมมือระหว่างโรงเรียน ผู้ปกครอง และชุมชน",
                  "ไ๒๒.๓ เพื่อให้เครือข่ายโรงเรียนมีเวทีแสดงผลงานเชิงวิชาการ") == [
        "เพื่ออำนวยความสะดวกและควบคุมดูแล การดำเนินงานของศูนย์วิชาการเขตให้เป็นไปตามแนวทางที่กำหนด",
        "เพื่อสร้างเครือข่ายความร่วมมือระหว่างโรงเรียน ผู้ปกครอง และชุมชน",
        "เพื่อให้เครือข่ายโรงเรียนมีเวทีแสดงผลงานเชิงวิชาการ"]


def test_a_speck_and_digits_before_other_words_stay_text():
    assert _items("๒.๑ เพื่ออำนวยความสะดวกและควบคุมดูแล ไ๒๒.๒",
                  "การดำเนินงานของศูนย์วิชาการเขต") == [
        "เพื่ออำนวยความสะดวกและควบคุมดูแล ไ๒๒.๒ การดำเนินงานของศูนย์วิชาการเขต"]
