"""A templated text read in another printing's wording with its own figures put in (pipeline.siblings,
_with_other_figures) says those figures in its evidence (`kept`), and where the document's OCR never writes
some digits, a figure that may be another one, or have lost such a digit beside it, makes the repair
repair_ambiguous (pipeline.doubtful.partial_repairs), the text kept as mended.

OBEC s68z001: "มีผู้เข้าว่วมกิจกรรม จำนวน 2 คน" (page: "จำนวน 2๙ คน", the ๙ the OCR never writes dropped) was
claimed repaired as "มีผู้เข้าร่วมกิจกรรม จำนวน 2 คน": its letters mended, its figure no printing vouched for."""

import json

from pipeline.doubtful import partial_repairs
from pipeline.siblings import restore_from_siblings


def _tables(*texts: str) -> dict:
    return {"activities": [{"progress": t, "project_key": "p1", "line_start": n, "line_end": n}
                           for n, t in enumerate(texts, 1)]}


def test_a_sibling_repair_with_its_own_figures_names_them_kept():
    tables = _tables("มีผู้เข้าร่วมกิจกรรม จำนวน ๒๐ คน", "มีผู้เข้าว่วมกิจกรรม จำนวน 2 คน")
    (issue,) = restore_from_siblings(tables, [])
    assert tables["activities"][1]["progress"] == "มีผู้เข้าร่วมกิจกรรม จำนวน 2 คน"
    assert json.loads(issue.evidence)["kept"] == {"count": "2"}
    # in a document whose OCR never writes ๔ ๖ ๗ ๘ ๙, a count of one digit may have lost one beside it
    (doubt,) = partial_repairs("46789", [issue])
    assert doubt.code == "repair_ambiguous" and doubt.field == "activities.progress"
    assert json.loads(doubt.evidence)["read"] == "มีผู้เข้าร่วมกิจกรรม จำนวน 2 คน"
    # where it writes every digit, the repair stands
    assert partial_repairs("", [issue]) == [issue]


def test_a_count_of_two_arabic_digits_kept_stands_and_a_sibling_s_own_printing_names_nothing_kept():
    tables = _tables("มีผู้เข้าร่วมกิจกรรม จำนวน ๒๐ คน", "มีผู้เข้าว่วมกิจกรรม จำนวน 56 คน")
    (issue,) = restore_from_siblings(tables, [])
    assert json.loads(issue.evidence)["kept"] == {"count": "56"}
    assert partial_repairs("46789", [issue]) == [issue]
    # the same figures as the sibling prints: the sibling vouches for them, nothing kept
    tables = _tables("มีผู้เข้าร่วมกิจกรรม จำนวน 56 คน", "มีผู้เข้าว่วมกิจกรรม จำนวน 56 คน")
    (issue,) = restore_from_siblings(tables, [])
    assert "kept" not in json.loads(issue.evidence)
