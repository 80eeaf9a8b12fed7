"""An activity's status whose count OCR's English model read as Latin letters ("มีผู้เข้ารวมกิจกรรม จำนวน vO คน"
for ๙0, fresh set s60o's obec_progress_s60o004): the tone marks' rule put the join's mark back ('ผู้เข้ารวม' ->
'ผู้เข้าร่วม', vouched by the report's own printings) and claimed the text repaired, a text still wrong whatever its
marks (a wrong repair, rule dictionary_marks).  A text restore_labels would choose that still holds OCR's debris
beside its words (pipeline.wording.debris_pieces: a count or its unit read as Latin letters) keeps the marks, which
are proven, but is claimed repaired nowhere: repair_ambiguous, the chosen text and the debris in its evidence (as a
partial repair is said); the same text with its count read is repaired."""

from __future__ import annotations

import json

from pipeline.marks import restore_labels

# the report's own lines printing the join with its mark (pipeline.siblings.squashed_lines: spaces gone)
_TEXTS = ["มีผู้เข้าร่วมกิจกรรมจำนวน๔๕คน", "ผู้เข้าร่วมกิจกรรมมีความพึงพอใจ"]


def _restore(printed: str) -> tuple[dict, list]:
    row = {"progress": printed, "line_start": 658, "line_end": 662}
    return row, restore_labels({"activities": [row]}, [], _TEXTS)


def test_a_count_read_as_latin_letters_keeps_the_marks_but_claims_no_repair():
    for printed, debris in (("มีผู้เข้ารวมกิจกรรม จำนวน vO คน", ["vO"]), ("มีผู้เข้ารวมกิจกรรม จำนวน ๓๐ AU", ["AU"])):
        row, (issue,) = _restore(printed)
        assert row["progress"] == printed.replace("ผู้เข้ารวม", "ผู้เข้าร่วม")
        assert (issue.code, issue.field, issue.line_start) == ("repair_ambiguous", "activities.progress", 658)
        evidence = json.loads(issue.evidence)
        assert evidence["rule"] == "dictionary_marks" and evidence["debris"] == debris
        assert evidence["chosen"] == row["progress"] and evidence["printed"] == printed


def test_the_same_text_with_its_count_read_gets_its_marks_back():
    row, (issue,) = _restore("มีผู้เข้ารวมกิจกรรม จำนวน ๓๐ คน")
    assert issue.code == "value_repaired" and row["progress"] == "มีผู้เข้าร่วมกิจกรรม จำนวน ๓๐ คน"
