"""BMA proposals whose budget of item columns OCR read down its columns (parsers.bma_proposal.columns), a
category of hire naming its item, both wrapped in the narrow names column at the same words ("ค่าเช่ารถโดยสาร" /
"ปรับอากาศ" / "รถโดยสาร" / "ปรับอากาศ").  Before, the category's wrapped line was read as the start of the item's
name, the item's own wrap joined after it: category 'ค่าเช่ารถโดยสาร', item 'ปรับอากาศรถโดยสารปรับอากาศ', with no
issue (fresh set s64z, bma_proposal_s64z001).  Where the lines under it, joined, end with the line's words and spell
the end of the category's name with it, the line goes on the category (columns._echoed_whole); lines that spell no
such end are read as before."""

from __future__ import annotations

from tests.test_prop_budget_columns import _AMOUNTS, _EXPECTED, _HEAD, _LAW, _NAMES
from tests.test_prop_item_columns import _lines, _with_table, run

_LAST = "ค่าอาหารกลางวัน\nผู้เข้ารับการอบรม\n"
assert _LAST in _NAMES
_QTYS = "112\n1\n"
_UNITS = "เล่ม\nคน\nชุด\nคัน\n"
_EACH = "150.-\n50.-\n350.-\n13,560.-\n"


def _table(last: str) -> str:
    return _HEAD + _NAMES.replace(_LAST, last) + _QTYS + _UNITS + _EACH + _AMOUNTS + _LAW


def test_a_hired_item_wrapped_as_its_category_is_keeps_the_category_s_words():
    got = _lines(run(_with_table(_table("ค่าเช่ารถโดยสาร\nปรับอากาศ\nรถโดยสาร\nปรับอากาศ\n"))))
    assert got[:3] == _EXPECTED[:3]
    assert got[3] == ("ค่าเช่ารถโดยสารปรับอากาศ", "รถโดยสารปรับอากาศ", "1.00", "คัน", "13560.00", "13560.00")


def test_lines_that_spell_no_end_of_the_category_are_read_as_before():
    # "ปรับอากาศ" / "รถตู้" / "ปรับอากาศ": the lines under it spell no end of "ค่าเช่ารถโดยสารปรับอากาศ"
    got = _lines(run(_with_table(_table("ค่าเช่ารถโดยสาร\nปรับอากาศ\nรถตู้\nปรับอากาศ\n"))))
    assert len(got) == 4 and got[3][0] == "ค่าเช่ารถโดยสาร" and got[3][1].startswith("ปรับอากาศ")


def test_a_hired_item_on_one_line_under_its_category_s_wrapped_words_keeps_them_on_the_category():
    # "ค่าเช่ารถโดยสาร" / "ปรับอากาศ" / "รถโดยสารปรับอากาศ": the item's name on one line, the category's wrapped
    # words its end (fresh set s69o, bma_proposal_s69o001); before, "ปรับอากาศ" opened a row and the item read
    # 'ปรับอากาศรถโดยสารปรับอากาศ' with no issue
    got = _lines(run(_with_table(_table("ค่าเช่ารถโดยสาร\nปรับอากาศ\nรถโดยสารปรับอากาศ\n"))))
    assert got[:3] == _EXPECTED[:3]
    assert got[3] == ("ค่าเช่ารถโดยสารปรับอากาศ", "รถโดยสารปรับอากาศ", "1.00", "คัน", "13560.00", "13560.00")


def test_one_line_that_spells_no_end_of_the_category_is_read_as_before():
    # "ปรับอากาศ" / "รถตู้": the line under it spells no end of "ค่าเช่ารถโดยสารปรับอากาศ"
    got = _lines(run(_with_table(_table("ค่าเช่ารถโดยสาร\nปรับอากาศ\nรถตู้\n"))))
    assert got[3][0] == "ค่าเช่ารถโดยสาร"
