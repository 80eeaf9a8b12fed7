"""A fiscal year in CE is the BE one less 543, never printed: where an issue names a row's fiscal_year_be
(unread in one copy, 'พ.ศ. ๒๕๐ๆ'; copies that disagree) and the year was taken from another reading, the
fiscal_year beside it was kept with no issue naming it (silent).  The doubt of the BE year is said of the
CE year too (pipeline.suspect.derived_doubts); a repair is not repeated, and a year an issue already names
is left alone."""

from __future__ import annotations

from pipeline.suspect import derived_doubts
from schemas.document import Issue


def _tables() -> dict:
    return {"projects": [{"project_key": "K", "fiscal_year_be": 2557, "fiscal_year": 2014,
                          "line_start": 4, "line_end": 190}]}


def test_a_doubt_of_the_be_year_is_said_of_the_ce_year():
    doubt = Issue("warning", "unparsed_value", "ปีงบประมาณ: 793 is not a plausible BE year", "พ.ศ. ๒๕๐ๆ", 9, 9,
                  field="projects.fiscal_year_be")
    (said,) = derived_doubts(_tables(), [doubt])
    assert (said.code, said.field, said.line_start) == ("unparsed_value", "projects.fiscal_year", 9)


def test_a_repair_or_a_year_already_named_is_not_said_again():
    repaired = Issue("warning", "value_repaired", "fiscal year repaired", {"rule": "fiscal_year"}, 9, 9,
                     field="projects.fiscal_year_be")
    assert derived_doubts(_tables(), [repaired]) == []
    doubt = Issue("warning", "unparsed_value", "x", None, 9, 9, field="projects.fiscal_year_be")
    named = Issue("warning", "ocr_digits_doubtful", "y", None, 9, 9, field="projects.fiscal_year")
    assert derived_doubts(_tables(), [doubt, named]) == []
