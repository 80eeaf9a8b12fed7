"""A budget line's amount whose leading digits OCR garbled into letters and
marks glued between digits ("7ไ]ไ๕,๐๐๐.-" for ๒๔,๐๐๐.-): how many digits
stood there is not read, so the total does not pick the lines' readings as
if the figure were "๕,๐๐๐" (fresh set s102o, bma_proposal_s102o002: the
total chose 3 x 19,100, 1 x 16,500 and 4 x 2,000 over the printed 15,100
and 12,500, five wrong repairs)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_proposal.money import _garbled_lead, amount_or_none, repair_lines
from schemas.document import Reading

pytestmark = pytest.mark.usefixtures("repair_on")


def _line(no: int, quantity: str, unit_amount: str, amount: str) -> dict[str, Reading]:
    def reading(text: str) -> Reading:
        value = amount_or_none(text)
        return Reading(value, text, no, no)
    return {"quantity": Reading(Decimal(thai_digits_to_arabic(quantity)), quantity, no, no),
            "unit_amount": reading(unit_amount), "amount": reading(amount)}


def test_a_figure_with_letters_glued_between_its_digits_has_a_garbled_lead():
    assert _garbled_lead("7ไ]ไ๕,๐๐๐.-")
    assert not _garbled_lead("๕,๐๐๐.-") and not _garbled_lead("฿2,200,000") and not _garbled_lead("B2,200,000")
    assert not _garbled_lead("ใต๐,๐๐๐.-")  # (the ๒ OCR writes as two letters: read as ๒)
    assert not _garbled_lead("๑๒,๕๐๐.- บาท")


def test_the_total_picks_no_reading_of_lines_beside_a_figure_whose_lead_is_garbled():
    # the truth: 3 x 15,100 = 45,300; 1 x 12,500 = 12,500; 4 x 6,000 = 24,000; total 81,800
    lines = [_line(1, "๓", "๑๕,๑๐๐.-", "๕๕,๓๐๐.-"), _line(2, "๑", "๑๒,๕๐๐.-", "๑๒,๕๐๐.-"),
             _line(3, "๕", "๒,๐๐๐.-", "7ไ]ไ๕,๐๐๐.-")]
    issues = repair_lines(lines, Decimal("81800.00"))
    assert not [i for i in issues if i.code == "value_repaired"]
    assert lines[1]["unit_amount"].value == Decimal("12500.00") and lines[1]["amount"].value == Decimal("12500.00")
    assert [i for i in issues if i.code == "repair_ambiguous" and i.line_start == 1]
