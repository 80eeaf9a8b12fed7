"""BMA proposals whose budget of item columns OCR read down its columns (parsers.bma_proposal.columns), a
category's name wrapped onto a line of its own in the narrow names column ("ค่าจ้างเหมาจัดทำ" / "เอกสาร"),
the item under it opening by printing the category's last word again ("เอกสาร" / "เอกสารประกอบ" /
"การอบรม"; an item often echoes its category's words).  Before, the wrapped word was read as the start of
the item's name: category 'ค่าจ้างเหมาจัดทำ', item 'เอกสารเอกสารประกอบการอบรม', silently (set r,
bma_proposal_s23r005).  A name never opens with its own first words twice, so such a line, right under a
category with no line yet, no bullet and no cell beside it, goes on the category's name; a line the item
under it does not echo is read as before (the item's first words)."""

from __future__ import annotations

from tests.test_prop_budget_columns import _AMOUNTS, _EACH, _EXPECTED, _HEAD, _LAW, _NAMES, _QTYS, _UNITS
from tests.test_prop_item_columns import _lines, _with_table, run

_FIRST = "ค่าจ้างเหมาจัดทําเอกสาร                                           14,400.-\nเอกสารประกอบการอบรม        96\n"
assert _NAMES.startswith(_FIRST)


def _table(first: str) -> str:
    return _HEAD + _NAMES.replace(_FIRST, first) + _QTYS + _UNITS + _EACH + _AMOUNTS + _LAW


def test_a_category_wrapped_onto_a_line_the_item_under_it_echoes_keeps_its_word():
    first = "ค่าจ้างเหมาจัดทํา                                           14,400.-\nเอกสาร\nเอกสารประกอบ        96\nการอบรม\n"
    assert _lines(run(_with_table(_table(first)))) == _EXPECTED


def test_a_line_the_item_under_it_does_not_echo_is_told_by_the_columns_cells():
    # "เอกสาร" / "ประกอบ" / "การอบรม": the line under it does not print "เอกสาร" again, so no echo says the
    # word is the category's; it was read as a line of the category's own, with no cell.  The line under it holds
    # its quantity beside its name, so the word is loose (columns._category_wraps): a row of its own would hold
    # no cell of the columns, so it is the category's name wrapped
    first = "ค่าจ้างเหมาจัดทํา                                           14,400.-\nเอกสาร\nประกอบ        96\nการอบรม\n"
    got = _lines(run(_with_table(_table(first))))
    assert got[0] == ("ค่าจ้างเหมาจัดทำเอกสาร", "ประกอบการอบรม") + _EXPECTED[0][2:] and got[1:] == _EXPECTED[1:]
