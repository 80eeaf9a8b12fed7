"""A numbered objectives list run on over a few lines whose next number OCR read as Thai letters no digit table
lists ("... การสอนได้ ดต." / "เพื่อพัฒนา..." for ๓.), standing at the end of the line before its objective: the
objective was read as the words of the one before, silent (my fresh set s19bpb004).  Such a token (one or two
Thai letters and a dot) goes with the objective after it and numbers it by its place, as a damaged digit token
already did; a longer abbreviation ("กทม.") is text, and so is any token before a line that has its own number."""

from __future__ import annotations

from parsers.bma_progress.read import _carry_wrapped_numbers, _cut_inline_objectives
from parsers.items import mend_item_numbers, numbered_items, opens_purpose, run_on
from tests.test_bma_progress_entries_ocr import _lines


def _items(*texts: str) -> list[str]:
    lines = run_on(mend_item_numbers(_carry_wrapped_numbers(_lines(*texts)), opens_purpose), opens_purpose)
    items, _ = numbered_items(_cut_inline_objectives(lines)[0], opens=opens_purpose)
    return [i.text for i in items]


def test_a_number_read_as_thai_letters_at_a_line_end_opens_the_objective_after_it():
    assert _items("๑. เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต",
                  "๒. เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ ดต.",
                  "เพื่อพัฒนาคุณภาพการจัดการศึกษา") == [
        "เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต", "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ", "เพื่อพัฒนาคุณภาพการจัดการศึกษา"]


def test_an_abbreviation_at_a_line_end_is_text():
    assert _items("๑. เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต",
                  "๒. เพื่อให้ครูในพื้นที่ กทม.",
                  "เพื่อพัฒนาคุณภาพการจัดการศึกษา") == [
        "เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต", "เพื่อให้ครูในพื้นที่ กทม. เพื่อพัฒนาคุณภาพการจัดการศึกษา"]
    # the next line numbered already: the token stays where it is
    assert _items("๑. เพื่อยกระดับมาตรฐาน ดต.", "๒. เพื่อพัฒนาคุณภาพ") == ["เพื่อยกระดับมาตรฐาน ดต.", "เพื่อพัฒนาคุณภาพ"]
