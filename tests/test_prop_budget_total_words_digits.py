"""A BMA proposal's budget total in digits that reads as no amount (a digit OCR read as a letter: "๑๕๒.ฒ๕๐.๐๐")
is the amount in Thai words (rows.total_from_words), unless the figure's shape counts its digits firmly, grouped
by three whole with its first group all digits (rows.firm_digit_count), and the words' amount has another count:
the words lost or garbled a word (fresh set s79b, bma_proposal_s79b002: "หนึ่งแสนทห้าหมื่นสองพัน...", a letter
OCR put after แสน, read as 52,740 for 152,740), so neither is taken and the doubt is said (repair_ambiguous, rule
words).  A figure whose shape OCR broke (a group of four characters, a letter in the first group) may have gained
or lost a character: the words stand for it as before."""

from __future__ import annotations

import json
from decimal import Decimal

from parsers.bma_proposal.rows import firm_digit_count, total_from_words
from schemas.document import Reading


def _project(printed: str, words: str) -> dict:
    return {"budget_allocated": Reading(None, printed, 9, 9),
            "budget_in_words": Reading(Decimal(words), "(thai words)", 10, 10)}


def test_the_figure_s_shape_counts_its_digits_only_where_it_is_whole():
    assert firm_digit_count("เป็นงิน ๑๕๒.ฒ๕๐.๐๐ บาท") == 6
    assert firm_digit_count("เป็นเงิน ๑๒๑,ฒ๕๐.-บาท") == 6
    assert firm_digit_count("๑๓.๕๓๐") == 5
    for broken in ("เป็นงิน ๓๑,ญ๓๑๐.-บาท", "เป็นเงิน @๕๕,๐๕๐ บาท", "เป็นเงิน ๓๕,๐๕ บาท", "เป็นเงิน ๒ส,๕๒๐.-บปาท (",
                   "เป็นเงิน ๑๑๐๒,ต๐๐.-บาท", "๑๒ ๓๔๕", ""):
        assert firm_digit_count(broken) is None, broken


def test_words_a_digit_short_of_the_figure_are_not_taken():
    project = _project("เป็นงิน ๑๕๒.ฒ๕๐.๐๐ บาท", "52740")
    (issue,) = total_from_words(project)
    assert project["budget_allocated"].value is None
    assert issue.code == "repair_ambiguous" and issue.field == "projects.budget_allocated"
    evidence = json.loads(issue.evidence)
    assert evidence["rule"] == "words" and evidence["digits"] == 6 and "chosen" not in evidence


def test_words_of_the_figure_s_count_or_a_broken_shape_stand_for_it():
    for printed, words in (("เป็นเงิน ๑๒๑,ฒ๕๐.-บาท", "121780"), ("เป็นงิน ๓๑,ญ๓๑๐.-บาท", "31770"),
                           ("เป็นเงิน @๕๕,๐๕๐ บาท", "48650")):
        project = _project(printed, words)
        (issue,) = total_from_words(project)
        assert project["budget_allocated"].value == Decimal(words)
        assert issue.code == "value_repaired" and json.loads(issue.evidence)["chosen"] == f"{Decimal(words):.2f}"
