"""BMA proposals after OCR whose budget row's unit amount OCR read as a Thai letter or two with a mark ("ซ่อ" for
๘๐: "ผู้เข้ารับการอบรม | ๑๑๕ | คน | ซ่อ | ๕,๒๐๐", fresh set s63o, bma_proposal_s63o003): the cell held Thai
letters, so _garbled_row took it for a cell of words and the row was left out as one of another shape, its
item, unit and quantity lost with it (said).  One token of two consonants at most, no digit and no word
(budget._letters_for_figure), between a quantity and unit that read and the amount, is a garbled figure: the
row is a line, its unit amount unread and said; a cell of a word ("ต่อ") still is no garbled cell."""

from __future__ import annotations

from parsers.bma_proposal.budget import _garbled_row
from tests.test_prop_budget_row_garbled_cell import _read


def test_a_unit_amount_read_as_letters_is_a_garbled_cell():
    assert _garbled_row("ผู้เข้ารับการอบรม", ["๑๑๕", "คน", "ซ่อ", "๕,๒๐๐"]) == \
        ("ผู้เข้ารับการอบรม", "๑๑๕", "คน", "ซ่อ", "๕,๒๐๐")
    assert _garbled_row("ผู้เข้ารับการอบรม", ["๑๑๕", "คน", "ต่อ", "๕,๒๐๐"]) is None  # a word
    assert _garbled_row("ผู้เข้ารับการอบรม", ["๑๑๕", "คน", "ราคา", "๕,๒๐๐"]) is None


def test_the_row_is_a_line_its_unit_amount_unread_and_said():
    expenses, issues = _read("ผู้เข้ารับการอบรม\t138\tคน\tซ่อ\t11,040")
    assert [seq for seq, *_ in expenses] == [1, 2, 3, 4]
    assert expenses[1] == (2, "ผู้เข้ารับการอบรม", "คน", "138.00", None, "11040.00")
    assert any(i["code"] in ("unparsed_value", "unread_cells") and i["field"] == "expenses.unit_amount"
               and i["line_start"] == 48 for i in issues)
