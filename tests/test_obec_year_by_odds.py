"""An OBEC report whose year mentions tie on two years every rule before left tied (fresh set s100p's
obec_progress_s100p003, a 2569 report whose OCR writes no ๔ ๖ ๗ ๘ ๙: "๒๕๖๙" read "๒๕๒๕" in 39 headings, "๒๕๐๕" in
9, "๒๕๒ฒ" and "๒๕๐ฒ" in 5, "๒๕๐๓" in 2; 2567 and 2569 alike by the table of confusions, no consensus, no
signature, no academic year).  Before, no year was chosen and every budget row was keyed by the unread year: 128
misses.  Now the tied year the printings of the report's own year are READ_ODDS times likelier to be, by how often
OCR writes each character where each digit was printed (year_mentions.told_by_reads: ๙ reads ๕ a time in two and
a half, ๗ a time in twelve), is chosen, in doubt (rule read_odds, repair_ambiguous wherever the year goes), where
twenty printings or more read the parting digit two ways at least (obec_progress.year._reads_vary: a digit every
printing reads one way may be one the document's OCR always misreads so; its shut twin s100q003 is such a report
and stays undecided); where the printings weigh the years near alike, or one writes a look-alike of another tied
year's digit and not of the told one's (year_mentions.lookalike_denies), none is."""

import json

import pytest

from parsers.obec_progress.year import repair_fiscal_years
from parsers.year_mentions import told_by_reads
from schemas.document import Reading

pytestmark = pytest.mark.usefixtures("repair_on")


# the report's year printings as OCR read them (a five-character "๒๕๒๐๕": its last digit read as two)
_S100P003 = ["๒๕๒๕"] * 39 + ["๒๕๒๐๕"] * 11 + ["๒๕๐๕"] * 9 + ["๒๕๒ฒ"] * 3 + ["๒๕๐ฒ"] * 2 + ["๒๕๐๓"] * 2


def _run(headings: list[str]) -> tuple[list, dict, dict]:
    summary = {"fiscal_year_be": Reading(2525, "ปีงบประมาณ พ.ศ. ๒๕๒๕", 4, 4)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(2525, "ปีงบประมาณ ๒๕๒๕", 120, 120)}}
    mentions = [("heading", printed, 0) for printed in headings] + [("edition", "๑๓", 0)] * 24
    return repair_fiscal_years(summary, budgets, mentions, unread="46789"), summary, budgets


def test_the_tied_year_the_printings_make_likeliest_is_chosen_in_doubt():
    issues, summary, budgets = _run(_S100P003)
    assert summary["fiscal_year_be"].value == 2569 and budgets[("p1", 1)]["fiscal_year_be"].value == 2569
    assert not [i for i in issues if i.code == "value_repaired"]
    doubts = [json.loads(i.evidence) for i in issues if i.code == "repair_ambiguous"]
    assert doubts and all(d["rule"] == "read_odds" and d["candidates"] == [2567, 2569] for d in doubts)
    assert doubts[0]["odds"]["2567"] > 25 and doubts[0]["odds"]["2569"] == 1


def test_printings_that_weigh_the_tied_years_near_alike_choose_none():
    issues, summary, budgets = _run(["๒๕๒ฒ"] * 3 + ["๒๕๐ฒ"] * 2)  # ฒ for ๙ 10 times, for ๗ 6: odds far under 25
    assert summary["fiscal_year_be"].value == 2525 and budgets[("p1", 1)]["fiscal_year_be"].value == 2525
    assert any(i.code == "repair_ambiguous" and "none is chosen" in i.message for i in issues)


def test_a_printing_whose_lookalike_stands_for_another_tied_year_leaves_the_odds_unheard():
    # fresh set s97q, obec_progress_s97q003 (a 2569 report): "๒๕๐๕" 29 times and "๒๕๒๕" 28, 2567-2569 alike by the
    # table, ๘ likeliest by the odds of each ๕, but two headings read "๒๕๒«๕", and « stands for ๙, never for ๘
    printings = ["๒๕๐๕"] * 29 + ["๒๕๒๕"] * 28 + ["๒๕๒«๕"] * 2
    issues, summary, _ = _run(printings)
    assert summary["fiscal_year_be"].value != 2568  # (the odds' year; the « printings' own readings may choose)
    assert not [i for i in issues if '"read_odds"' in (i.evidence or "")]
    assert told_by_reads([("heading", p, 0) for p in printings], [2567, 2568, 2569]) is None
    assert told_by_reads([("heading", p, 0) for p in printings[:-2]], [2567, 2568, 2569])[0] == 2568
