"""A flag row of a narrow table wrapped inside its words, its gaps read as spaces (transposed._flags_by_words),
one of whose words OCR read with its first letter doubled ("ไไม่" for ไม่): no flag word opens with a letter
twice, so the word is read with it once (_undoubled) and the row gives each entry its flag.  Before, the word
fitted no flag, the row was lost whole and its lines ran into the last entry's description."""

from __future__ import annotations

from tests.test_prop_flags_wrapped_in_words import _PLAN, _TABLE, _TARGET, _entries


def test_a_flag_word_whose_first_letter_ocr_doubled_is_read_once():
    plan = ("ความสอดค เป็นไปตาม ไไม่    เป็นไปตาม เป็นไปตา", *_PLAN[1:])
    result, values = _entries(*_TABLE, *plan, *_TARGET)
    assert [values[n]["on_plan"] for n in (1, 2, 3, 4)] == [True, False, True, True]
    assert any(i.code == "entry_cell_in_doubt" and "on_plan" in (i.field or "") for i in result.issues)


def test_a_word_doubled_past_its_first_letter_still_fits_no_flag():
    plan = ("ความสอดค เป็นไปตาม ไมม่    เป็นไปตาม เป็นไปตา", *_PLAN[1:])
    result, values = _entries(*_TABLE, *plan, *_TARGET)
    assert not any(values[n].get("on_plan") is not None for n in (2, 3, 4))
