"""A sub-numbered list whose first number OCR misread past the sequence's ("0.9 เพื่อให้ครู..." for ๒.๑), its item
N.2 after it: the first line is item N.1, its number as printed kept and said (value_repaired, rule item_sequence).
Before, no number opened the list (a list opens at 1, and N.2 opens none), every item was left as text before the
first, and the project's objectives were lost whole, with an issue only for the "text before the first objective"
(fresh set s97p, bma_progress_s97p007; open sets s95q, bma_progress_s95q001, and s94p, bma_progress_s94p003: 2 and 5
objectives lost)."""

from __future__ import annotations

import json

from parsers.bma_progress.read import opens_purpose
from parsers.items import numbered_items, renumbered_issues
from schemas.document import Line


def _lines(*texts: str) -> list[Line]:
    return [Line(10 + 2 * k, t) for k, t in enumerate(texts)]


def test_the_lead_opening_with_a_misread_number_is_item_one():
    lines = _lines("0.9 เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ", "การสอนได้",
                   "๒.๒ เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้", "๒.๓ เพื่อสร้างเครือข่ายความร่วมมือ")
    items, lead = numbered_items(lines, opens=opens_purpose)
    assert lead == []
    assert [(i.number, i.printed_number) for i in items] == [((2, 1), (0, 9)), ((2, 2), None), ((2, 3), None)]
    assert items[0].text == "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ การสอนได้"
    (said,) = renumbered_issues(None, items[0], 1, "objective", "objectives")
    assert said.code == "value_repaired" and said.field == "objectives.seq"
    assert json.loads(said.evidence) == {"rule": "item_sequence", "printed": "0.9", "read": "0.9", "chosen": 1}


def test_a_lead_of_other_words_stays_the_lead():
    # text that opens with no number, or a number before words that open no item, is no item 1 (and N.2 opens no
    # list: the lines stay text before it, as before)
    for first in ("โครงการนี้มีวัตถุประสงค์หลายประการ ดังนี้", "0.9 ล้านบาทเป็นงบประมาณของโครงการ"):
        items, lead = numbered_items(_lines(first, "๒.๒ เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้"), opens=opens_purpose)
        assert items == [] and lead[0].text == first, first


def test_a_single_level_lead_opening_with_a_misread_number_leaves_it_out_of_the_text():
    # "9. เพื่อ..." then "2. เพื่อ...": the lead is item 1 (a paragraph before item 2), its misread number as printed,
    # not its text's opening
    items, lead = numbered_items(_lines("9. เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจในการสอน",
                                        "2. เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้"), opens=opens_purpose)
    assert lead == [] and [(i.number, i.printed_number) for i in items] == [((1,), (9,)), ((2,), None)]
    assert items[0].text == "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจในการสอน"
