"""A proposal's period read whole at both ends, a Thai word between them read by the English model ("ธันวาคม
๒๕๖๗ Way มกราคม - กันยายน 2568" for "... และ ..."): the dates stood and the text's letters were said by no issue
(fresh set s51o005: a silent miss).  A period prints Thai months, years and joining words only: Latin letters in
it are said now (rows.yearless_period: unknown_words on projects.period_text), the text kept as read."""

from datetime import date

from parsers.bma_proposal.rows import yearless_period
from schemas.document import Reading


def _project(text: str) -> dict:
    return {"period_text": Reading(text, text, 60, 60), "start_date": Reading(date(2024, 12, 1), text, 60, 60),
            "end_date": Reading(date(2025, 9, 30), text, 60, 60)}


def test_latin_letters_in_a_period_read_whole_are_said():
    said = yearless_period(_project("ธันวาคม ๒๕๖๗ Way มกราคม - กันยายน 2568"))
    assert [(i.code, i.field) for i in said] == [("unknown_words", "projects.period_text")]
    assert "'Way'" in said[0].message


def test_a_thai_period_says_nothing():
    assert yearless_period(_project("ธันวาคม ๒๕๖๗ และ มกราคม - กันยายน 2568")) == []
