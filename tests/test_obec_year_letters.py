"""A year whose last digit OCR wrote as a Thai letter with a mark glued to it (๒๕๖๙ read "๒๕๒ฉ่", "๒๕๑ผุ"; a
look-alike so, "๒๕๒ฆ่"): before, no mention was taken of such a printing (the mark after the letter made it a word),
and a report whose other printings read ๕ and ๑ throughout (๗, ๘ and ๙ alike) kept its year undecided.  The letter
is read for the digit it stood for, as measured (normalizers.confusions.YEAR_LETTERS: ฉ and ผ for ๙ and never for
another digit), by what every printing allows (parsers.year_readings, rule every_printing), not by the table of
confusions: the letters stand for a digit nowhere else."""

import json

from parsers.obec_progress.year import repair_fiscal_years
from parsers.repair import year_candidates
from parsers.year_mentions import mentions_of
from parsers.year_readings import could_print, decided_by_printings
from schemas.document import Reading

_TIE = [("heading", "๒๕๒๕", 0)] * 40 + [("heading", "๒๕๒๐๕", 0)] * 10 + [("edition", "๑๓", 0)] * 8


def _run(extra: list, copies: int = 2) -> tuple[list, dict, dict]:
    summary = {"fiscal_year_be": Reading(2525, "ปีงบประมาณ พ.ศ. ๒๕๒๕", 3, 3)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(2525, "ปีงบประมาณ ๒๕๒๕", 90, 90)}}
    return repair_fiscal_years(summary, budgets, _TIE + extra, unread="46789", copies=copies), summary, budgets


def test_a_year_ending_in_a_letter_with_a_mark_is_a_mention():
    assert mentions_of("การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๑ ปีงบประมาณ ๒๕๒ฉ่") == (("heading", "๒๕๒ฉ", 0),)
    assert mentions_of("ปีงบประมาณ ๒๕๑ผุ") == (("heading", "๒๕๑ผ", 0),)
    assert mentions_of("ปีงบประมาณ ๒๕๒ฆ่") == (("heading", "๒๕๒ฆ", 0),)  # a look-alike with a mark
    assert mentions_of("ปีงบประมาณ ๒๕๒๐ฉ่") == (("heading", "๒๕๒๐ฉ", 0),)  # (not "๒๕๒๐", the letter cut off)


def test_a_word_glued_to_a_year_is_no_letter_for_a_digit():
    assert mentions_of("ปีงบประมาณ ๒๕๖๕ผู้") == (("heading", "๒๕๖๕", 0),)  # two marks: the word ผู้
    assert mentions_of("ปีงบประมาณ ๒๕๖๕ผ่าน") == (("heading", "๒๕๖๕", 0),)  # the word goes on
    assert mentions_of("ปีงบประมาณ ๒๕๒ฉบับ") == ()


def test_the_letter_is_read_as_measured_and_only_by_every_printing():
    assert could_print("๒๕๒ฉ", 2569) and could_print("๒๕๑ผ", 2569) and could_print("๒๕๒๐ฉ", 2569)
    assert not could_print("๒๕๒ฉ", 2567) and not could_print("๒๕๒ผ", 2568)
    assert could_print("๒๕๒ฆ", 2567) and could_print("๒๕๒ฆ", 2569) and not could_print("๒๕๒ฆ", 2568)
    assert year_candidates("๒๕๒ฉ") == frozenset()  # the table of confusions reads no year of it


def test_letters_a_copy_at_least_twice_decide_the_tie_and_say_so():
    issues, summary, budgets = _run([("heading", "๒๕๒ฉ", 0)] * 3 + [("heading", "๒๕๒ผ", 0)] * 2)
    assert summary["fiscal_year_be"].value == 2569 and budgets[("p1", 1)]["fiscal_year_be"].value == 2569
    repaired = [json.loads(i.evidence) for i in issues if i.code == "value_repaired"]
    assert repaired and all(e["rule"] == "every_printing" and e["chosen"] == 2569 for e in repaired)
    assert all(e["against"] == {"2567": 5, "2568": 5, "2569": 0} for e in repaired)
    # the fields that take the year with no repair of their own are said (a year decided beyond the table)
    ambiguous = {i.field for i in issues if i.code == "repair_ambiguous"}
    assert {"projects.fiscal_year_be", "projects.fiscal_year", "report_summaries.fiscal_year"} <= ambiguous


def test_a_printing_no_reading_makes_the_year_keeps_it_in_doubt():
    # "๒๕๒๑" (๑: what ๗ and ๘ come out as too, beyond the table) beside the letters: 2569, flagged wherever it goes
    issues, summary, _ = _run([("heading", "๒๕๒๑", 0)] * 2 + [("heading", "๒๕๒ฉ", 0)] * 5)
    assert summary["fiscal_year_be"].value == 2569 and not [i for i in issues if i.code == "value_repaired"]
    ambiguous = {i.field for i in issues if i.code == "repair_ambiguous"}
    assert {"report_summaries.fiscal_year_be", "projects.fiscal_year_be", "quarterly_budgets"} <= ambiguous


def test_too_few_letters_or_a_look_alike_of_two_digits_decide_nothing():
    # one letter for ๙ a copy is too few to rule the others out
    issues, summary, _ = _run([("heading", "๒๕๒ฉ", 0)] * 2)
    assert summary["fiscal_year_be"].value == 2525
    assert any(i.code == "repair_ambiguous" and i.field == "report_summaries.fiscal_year_be" for i in issues)
    # ฆ stands for ๗ or ๙: it rules out 2568 alone, and 2567 and 2569 are left to every printing
    assert decided_by_printings(_TIE + [("heading", "๒๕๒ฆ", 0)] * 6, [2567, 2568, 2569]) is None
