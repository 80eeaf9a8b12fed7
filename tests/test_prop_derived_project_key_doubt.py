"""A project's key is its code and its year ("50570000-4519/2566"): where an issue names the code (a Thai digit
this document's OCR never reads, '๕๐๕๑๐๐๐๐-๕๕๑๕' for ๕๐๕๗๐๐๐๐-๔๕๑๙; copies that disagree) the key made of
it was kept with no issue naming it (set s49o's bma_progress_s49o010: a key no other file's rows would join,
silent).  The code's doubt is said of the key too (pipeline.suspect.derived_doubts), where the key is made of
that code; a key made without one (a form with no code: the year and a hash of the name) is left alone."""

from __future__ import annotations

from pipeline.suspect import derived_doubts
from schemas.document import Issue

DOUBT = Issue("warning", "ocr_digits_doubtful", "projects.project_code: the value 50510000-5515 is printed in Thai "
              "digits", None, 6, 6, field="projects.project_code")


def _tables(key: str = "50510000-5515/2566", code: str | None = "50510000-5515") -> dict:
    return {"projects": [{"project_key": key, "project_code": code, "fiscal_year_be": 2566, "fiscal_year": 2023,
                          "line_start": 3, "line_end": 106}]}


def test_a_doubt_of_the_code_is_said_of_the_key_made_of_it():
    (said,) = derived_doubts(_tables(), [DOUBT])
    assert (said.code, said.field, said.line_start) == ("ocr_digits_doubtful", "projects.project_key", 6)
    assert said.message.startswith("projects.project_key is made of projects.project_code, of which: ")


def test_a_key_made_of_no_code_or_already_named_is_left_alone():
    assert derived_doubts(_tables(key="bma_proposal:2566:1f0c2a3b4c5d", code=None), [DOUBT]) == []
    assert derived_doubts(_tables(key="bma_proposal:2566:1f0c2a3b4c5d"), [DOUBT]) == []
    named = Issue("error", "missing_field", "x", None, 6, 6, field="projects.project_key")
    assert derived_doubts(_tables(), [DOUBT, named]) == []


def test_copies_in_doubt_is_no_doubt_of_the_code_s_reading():
    # two copies read as two projects though they could be one: said of their codes and names, each read as
    # printed (clean text); the key is left alone
    copies = Issue("warning", "copies_in_doubt", "the copy at lines 132-261 is read as another project", None, 3, 106,
                   field="projects.project_code")
    assert derived_doubts(_tables(), [copies]) == []
