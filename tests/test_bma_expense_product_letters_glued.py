"""An expense line's figure with letters glued to it that are no part of it (a Thai or Latin letter, or a mark, right
before its first character; Latin letters right after its last): OCR made them of the figure's own digits, so the
figure's readings lack digits it printed, and no fit of the line's product may be taken from them
(parsers.bma_progress.repairs._letters_glued).  Fresh set s91o, bma_progress_s91o002: "ค่าอาหารกลางวัน ome คน %
๑๐.๐๐ บาท = ฒผ่๓๐.๐๐ บาท" printed 139 x 70 = 9,730, and its one fit 3 x 10 = 30 ("om" read 3, "๓๐.๐๐" 30) was taken,
two wrong repairs.  Only letters among which stands a character OCR writes for a digit (LOOKALIKES) count: a unit word
glued after a figure ("๕๐บาท") or a speck before it ("ไ๒๑,๑๒๐") is no such letter."""

from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import _letters_glued
from tests.test_bma_expense_product_pair import _line, _run

pytestmark = pytest.mark.usefixtures("repair_on")


def test_no_fit_is_taken_from_figures_whose_printing_lost_digits_to_letters():
    line = _line("ome", "๑๐", "ฒผ่๓๐.๐๐")
    issues = _run(None, line)
    assert line["quantity"].value is None and line["amount"].value is None
    assert not [i for i in issues if i.code == "value_repaired"]


def test_what_is_glued():
    assert _letters_glued("ฒผ่๓๐.๐๐", "๓๐.๐๐") and _letters_glued("ome", "om")
    assert not _letters_glued("๕๐บาท", "๕๐") and not _letters_glued("= ๕,๐๐๐.๐๐ บาท", "๕,๐๐๐.๐๐")
    assert not _letters_glued("๑๐.๐๐", "๑๐.๐๐")
    assert not _letters_glued("ไ๒๑,๑๒๐", "๒๑,๑๒๐")  # (a speck that stands for no digit: held-out h011, 176 x 120)


def test_a_clean_line_is_still_repaired():
    line = _line("๕๕", "๒๐", "๕๒๐")  # 48 x 20 = 960 printed: its one fit, as tests/test_bma_expense_product_pair.py
    _run(None, line)
    assert line["amount"].value == Decimal("960.00")
