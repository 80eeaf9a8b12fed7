"""An activity's status whose count holds a digit the document's OCR may have written for one it never writes
("มีผู้เข้ารวมกิจกรรม จำนวน ๕๒ คน" for ๔๒, in a report whose OCR never wrote a ๔ ๖ ๗ ๘ ๙: fresh set s64z's
obec_progress_s64z004).  Before, the parser's flag that the text's marks may be missing (marks_dropped) stood for
the digits' doubt, so no ocr_digits_doubtful was said; the tone marks' rule then put the join's mark back
('ผู้เข้ารวม' -> 'ผู้เข้าร่วม'), took the marks flag away and claimed the whole text repaired, with nothing saying its
count.  Now a marks flag does not stand for the digits' doubt (parsers.obec_progress.digits.flag_doubtful)."""

from __future__ import annotations

import json

from parsers.obec_progress.digits import flag_doubtful
from schemas.document import Issue

_PRINTED = "มีผู้เข้ารวมกิจกรรม จำนวน ๕๒ คน"


def _row() -> dict:
    return {"progress": _PRINTED, "line_start": 599, "line_end": 605, "project_key": "p"}


def _marks_flag() -> Issue:
    return Issue("warning", "marks_dropped", "activities.progress: marks may be missing", None, 599, 605,
                 field="activities.progress")


def test_a_marks_flag_does_not_stand_for_the_digits_doubt():
    row = _row()
    (issue,) = flag_doubtful("46789", {"activities": [row]}, [], [_marks_flag()])
    assert (issue.code, issue.field, issue.line_start) == ("ocr_digits_doubtful", "activities.progress", 599)
    assert json.loads(issue.evidence)["text"] == "๕๒"
    # an issue about the field's digits still stands for it
    said = Issue("warning", "repair_ambiguous", "its count", None, 599, 605, field="activities.progress")
    assert flag_doubtful("46789", {"activities": [_row()]}, [], [said]) == []
