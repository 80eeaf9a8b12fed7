"""An entry's "::" before its date whose second pair of dots OCR read as a bracket (":): 21 Hu. 2565 : อยู่ระหว่าง
การ...", corpus 019, a woven table whose date column reads ":):" twice): the date slot's reader took the bracket
alone for the slot (no date in it), so no date cell was read there, the date and description ran on as text, and
in a table read column by column the entry lost its description (reports 7 and 8 of 019).  Now a bracket standing
between the two colons is one of the separator's specks: the slot after it is the date OCR damaged, said unread,
and what follows its colon is the description."""

from __future__ import annotations

from parsers.bma_progress.clauses import damaged_date, events_of
from tests.lines import numbered_lines as _lines


def test_a_bracket_between_the_colons_is_no_date_slot():
    assert damaged_date(":): 21 Hu. 2565 : อยู่ระหว่างการ") == ("21 Hu. 2565", 17)
    assert damaged_date(":(: 9 ALA. 2565 : อยู่") == ("9 ALA. 2565", 17)
    assert damaged_date(":: 21 Hu. 2565 : อยู่")[0] == "21 Hu. 2565"


def test_the_cell_after_such_a_separator_is_a_date_and_its_description():
    events = events_of(_lines(":): 21 Hu. 2565 : อยู่ระหว่างการเตรียมการสัมมนา")[0])
    assert [e.kind for e in events] == ["date", "text"]
    assert events[0].damaged == "21 Hu. 2565" and events[0].value is None
    assert events[1].text == "อยู่ระหว่างการเตรียมการสัมมนา"


def test_a_bracket_of_the_description_s_words_stays_text():
    assert damaged_date(":: (กิจกรรมที่ ๓) : อยู่") is None
