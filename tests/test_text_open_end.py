"""A row's text that ends with a word no text ends with (a conjunction, a preposition: "... ความพึงพอใจใน :",
its tail "ระดับดีขึ้นไป" read into the next cell of a KPI table; fresh set s55o, bma_proposal_s55o005) was cut.
A word repair of such a text is no repair of the row's value (it was judged wrong): made repair_ambiguous, the
mended text kept (pipeline.doubtful.texts_in_doubt); a text no issue names is said (unknown_words,
pipeline.wording.flag_unknown_words).  No text of the truth of every committed and fresh set ends so."""

from __future__ import annotations

import json

from normalizers.words import open_end
from pipeline.doubtful import texts_in_doubt
from pipeline.wording import flag_unknown_words
from schemas.document import Issue

CUT = "นักเรียนทีเข้าร่วม กิจกรรมมี ความพึงพอใจใน :"
WHOLE = "นักเรียนที่เข้าร่วมกิจกรรมมีความพึงพอใจในระดับดีขึ้นไป"


def _repair(chosen: str) -> Issue:
    return Issue("warning", "value_repaired", "targets.text: an upper vowel OCR misread put right",
                 {"rule": "dictionary_vowel", "printed": chosen.replace("ที", "ทิ", 1), "chosen": chosen},
                 148, 154, field="targets.text")


def test_a_text_ending_with_an_open_word_is_cut():
    assert open_end(CUT) == "ใน"
    assert open_end("ผู้เข้าร่วมโครงการมีความรู้ และ") == "และ"
    assert open_end(WHOLE) is None and open_end("ได้ตามเป้าหมาย.") is None and open_end("จำนวน 2 คน") is None


def test_a_word_repair_of_a_cut_text_is_ambiguous():
    [issue] = texts_in_doubt([_repair(CUT)])
    assert issue.code == "repair_ambiguous" and "'ใน'" in issue.message
    assert json.loads(issue.evidence)["read"] == CUT
    [issue] = texts_in_doubt([_repair(WHOLE)])
    assert issue.code == "value_repaired"


def test_a_cut_text_no_issue_names_is_said():
    row = {"project_key": "k", "text": CUT, "line_start": 148, "line_end": 154}
    (flag,) = flag_unknown_words({"targets": [row]}, [])
    assert flag.code == "unknown_words" and flag.field == "targets.text" and "'ใน'" in flag.message
    assert not flag_unknown_words({"targets": [dict(row, text=WHOLE)]}, [])


def test_a_text_cut_short_of_an_ordinal_s_figure_keeps_its_repair():
    # "... มีทักษะทีจำเป็นในศตวรรษที" mended, ๒๑ lost after it (committed extra4): the row's own text all the same
    [issue] = texts_in_doubt([_repair("ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ มีทักษะที่จำเป็นในศตวรรษที่")])
    assert issue.code == "value_repaired"
