"""OBEC budget figures (issue 11, session 66's z66q): what the joint weighing
of the summary's quarter reads of a figure OCR damaged.

- A budget amount printed with characters OCR writes for digits that the
  amount pattern does not take ("bee บาท" for ๖๕๔, "๓๑,ฒ๐๐.๐๐") is given whole
  by budgets.printed_amount: before, the figure was cut at such a character
  ("b", or "๐๐.๐๐" after the ฒ), whose readings (6 baht, 0 baht) the weighing
  took for the amount's.
"""

from __future__ import annotations

import pytest

from parsers.obec_progress.budgets import printed_amount
from parsers.obec_progress.summary_joint import figure_values
from schemas.document import Reading


@pytest.mark.parametrize("text, figure", [
    ("bee บาท", "bee"),
    ("๓๑,ฒ๐๐.๐๐ บาท", "๓๑,ฒ๐๐.๐๐"),
    ("๓ซ,๓๕๐ บาท", "๓ซ,๓๕๐"),
    ("๒ซ,ส๐๐๐ บาท", "๒ซ,ส๐๐๐"),
    ("๕,๕๐๐ บาท", "๕,๕๐๐"),
    ("๒๕, ๕๕๐ บาท", "๒๕, ๕๕๐"),
])
def test_printed_amount_keeps_the_figure_whole(text, figure):
    assert printed_amount(Reading(None, text, 1, 1)) == figure


def test_no_reading_of_a_cut_figure_stands_for_the_amount():
    # (the amount ๖๕๔ printed "bee": its readings are three-digit amounts, never the 6 baht of its first letter)
    values = figure_values(printed_amount(Reading(None, "bee บาท", 1, 1)), "46789")
    assert values and all(v >= 10000 for v in values)


def test_an_unread_amount_with_look_alikes_about_its_separator_is_weighed_whole():
    # ("๒ซ,ส๐๐๐" for ๒๗,๙๐๐: ซ for ๗ before the comma, ส for ๙ or ๘ after it; before, the weighing read "๐๐๐" alone,
    # amounts under a thousand baht, never the row's)
    from parsers.obec_progress.quarter_joint import _row_values
    values = _row_values(None, Reading(None, "๒ซ,ส๐๐๐ บาท", 1, 1), "46789")
    assert values and 2790000 in values and all(v >= 100000 for v in values)
