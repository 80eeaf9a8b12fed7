"""A BMA report's description whose Latin misreads the clean stage mended ("um" -> บาท, "ay" -> ละ), where the
description is a cell placed by position (entry_cell_in_doubt: a table row whose cells are fewer than its
entries; fresh set s120o, bma_progress_s120o005, a description made of expense cells read across the table).  The
word repair was said sure though the text may be another entry's or other cells run together.  Now the clean
stage's substitutions (rule latin_misread) are text repairs too, and a cell placed by position doubts its text's
extent, as a list item cut by a guess does (pipeline.doubtful.texts_in_doubt: TEXT_RULES, EXTENT_DOUBTS)."""

from __future__ import annotations

import json

from pipeline.doubtful import texts_in_doubt
from schemas.document import Issue

_FIELD = "progress_reports.description"


def _latin() -> Issue:
    evidence = {"rule": "latin_misread", "printed": "ค่าอาหาร 20.- um", "chosen": "ค่าอาหาร 20.- บาท",
                "words": [["um", "บาท"]]}
    return Issue("warning", "value_repaired", "Latin letters OCR read for a Thai word", json.dumps(evidence), 105, 110,
                 project_key="p", field=_FIELD)


def _placed(start: int, end: int) -> Issue:
    return Issue("warning", "entry_cell_in_doubt", "placed by position", "", start, end, project_key="p",
                 field=_FIELD)


def test_a_latin_misread_in_a_cell_placed_by_position_is_in_doubt():
    (issue,) = texts_in_doubt([_latin()], [_placed(106, 106)])
    assert issue.code == "repair_ambiguous"


def test_one_away_from_any_such_cell_stays_a_repair():
    (issue,) = texts_in_doubt([_latin()], [_placed(120, 121)])
    assert issue.code == "value_repaired"
