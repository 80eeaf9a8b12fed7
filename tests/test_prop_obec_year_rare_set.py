"""An OBEC report whose OCR read the ๗ of its year two rare ways (fresh set s75o, obec 001, a 2567 report whose OCR
writes no ๔ ๖ ๗ ๘ ๙: "๒๕๖๗" read "๒๕๒๑" in 26 headings, "๒๕๐๑" in 15 and its as-of date, "๒๕๒๓"/"๒๕๐๓" now and then,
and "๒๕๒๐" once).  Under the table of confusions the mentions agree on 2561, which the national plan's edition it
names (ฉบับที่ ๑๓: 2566-2570) rules out; no one misread the table lacks makes every mention agree (๗ -> ๑ leaves
the "๒๕๒๐", ๗ -> ๐ the "๒๕๒๑"s), so no year was chosen and every budget row was keyed by a misread year (about 80
misses).  OCR was measured to read ๗ as ๑ and as ๐ (RARE_MISREADS): the two together, one digit's measured rare
misreads, make every mention allow 2567, and prove it (year.proven_misread), only where no single misread does."""

import json

from normalizers.confusions import added_misreads

from parsers.obec_progress.year import misread_pairs, proven_misread, repair_fiscal_years
from schemas.document import Reading

_MENTIONS = ([("heading", "๒๕๒๑", 0)] * 26 + [("heading", "๒๕๐๑", 0)] * 15 + [("edition", "๑๓", 0)] * 8
             + [("heading", "๒๕๐๓", 0)] * 2 + [("heading", "๒๕๒๓", 0)] * 2 + [("heading", "๒๕๒๐๓", 0)] * 2
             + [("date", "๒๕๐๑", 6), ("heading", "๒๕๒๓๑", 0), ("heading", "๒๕๒๐", 0)])


def test_a_digits_measured_rare_misreads_together_prove_the_year():
    proof = proven_misread(_MENTIONS, "46789")
    assert proof is not None
    pair, year, why = proof
    assert pair == ("7", "10") and year == 2567 and why["table_year"] == 2561
    assert misread_pairs(pair) == [("7", "1"), ("7", "0")]


def test_the_pair_is_tried_only_where_no_single_misread_does_it():
    # without the one "๒๕๒๐", ๗ -> ๑ makes every mention allow 2567 and ๙ -> ๑ every one 2569, both misreads of
    # digits the OCR never writes and both measured; the printings of the place never show ๕, which ๙ always
    # shows: ๗ -> ๑ alone is proved, not the pair of ๗'s misreads
    pair, year, why = proven_misread(_MENTIONS[:-1], "46789")
    assert pair == ("7", "1") and year == 2567 and why["told_by_printings"]


def test_a_mention_no_rare_misread_explains_proves_nothing():
    # a printing neither ๗ -> ๑ nor ๗ -> ๐ makes 2567 ("๒๕๑๕": no reading of ๑๕ is ๖๗ by them), three times
    assert proven_misread(_MENTIONS + [("heading", "๒๕๑๕", 0)] * 3, "46789") is None


def test_the_proved_year_keys_the_budget_rows_and_says_both_misreads():
    proof = proven_misread(_MENTIONS, "46789")
    summary = {"fiscal_year_be": Reading(2521, "ปีงบประมาณ พ.ศ. ๒๕๒๑", 5, 6)}
    budgets = {("p1", 3): {"fiscal_year_be": Reading(2501, "ปีงบประมาณ ๒๕๐๑", 125, 125)},
               ("p2", 2): {"fiscal_year_be": Reading(2520, "ปีงบประมาณ ๒๕๒๐", 226, 226)}}
    with added_misreads(misread_pairs(proof[0])):
        issues = repair_fiscal_years(summary, budgets, _MENTIONS, proof=proof, unread="46789")
    assert summary["fiscal_year_be"].value == 2567
    assert all(rec["fiscal_year_be"].value == 2567 for rec in budgets.values())
    repaired = [i for i in issues if i.code == "value_repaired" and i.field == "quarterly_budgets.fiscal_year_be"]
    assert len(repaired) == 2 and all(json.loads(i.evidence)["rule"] == "proven_misread" for i in repaired)
    assert "reads printed ๗ as ๑ or ๐" in repaired[0].message


def test_printings_that_show_what_nine_shows_prove_nothing():
    # fresh set s71o, obec 003, a 2569 report: "๒๕๖๙" read "๒๕๒๕" in 44 headings, "๒๕๒๐" in 8, "๒๕๒๑" in 4.  The
    # table ties 2567 and 2569; ๗ read as ๑ and ๐ would make every mention 2567, but here ๙ came out ๑ and ๐
    # (its ๐ unmeasured), and its printings show the ๕ ๙ always shows: they do not tell ๗ from ๙, so no proof
    mentions = ([("heading", "๒๕๒๕", 0)] * 44 + [("edition", "๑๓", 0)] * 20 + [("heading", "๒๕๒๐", 0)] * 8
                + [("heading", "๒๕๒๑", 0)] * 4 + [("heading", "๒๕๒๐๑", 0)] * 2 + [("heading", "๒๕๐๓", 0)] * 2
                + [("heading", "๒๕๐๓๕", 0)] * 2 + [("heading", "๒๕๒๐๕", 0)] * 2 + [("heading", "๒๕๐๑", 0)])
    assert proven_misread(mentions, "46789") is None
    # s75o's report's printings never show a ๕ where its ๗ stood (๘ and ๙ ruled out, ๗ told), but only as
    # one copy's: counted as three copies' worth they are too few (READINGS_MIN each) to tell anything
    assert proven_misread(_MENTIONS, "46789")[1] == 2567
    assert proven_misread(_MENTIONS, "46789", copies=3) is None


# fresh set s70z, obec 004, a 2567 report whose OCR read its ๗ as ๑ (and ๓) throughout: "๒๕๐๑" 27 times, "๒๕๒๑" 8,
# "๒๕๐๓" 6, "๒๕๒๓๑" 4, and once "๒๕๑๓๑" (๖ read as ๑, ๗ as ๓๑: a character too many)
_SEVEN_AS_ONE = ([("heading", "๒๕๐๑", 0)] * 27 + [("heading", "๒๕๒๑", 0)] * 8 + [("edition", "๑๓", 0)] * 8
                 + [("heading", "๒๕๐๓", 0)] * 6 + [("heading", "๒๕๒๓๑", 0)] * 4 + [("heading", "๒๕๒๓", 0)] * 2
                 + [("heading", "๒๕๐๓๑", 0)] * 2 + [("date", "๒๕๐๑", 6), ("heading", "๒๕๑๓๑", 0), ("date", "๒๕๒๑", 5)])


def test_two_measured_misreads_are_told_apart_by_the_printings_signatures():
    # ๗ -> ๑ makes every mention allow 2567 and ๙ -> ๑ every one 2569 (the one overlong "๒๕๑๓๑" allows neither:
    # damage of its own, not against them), both digits the OCR never writes and both misreads measured; the
    # printings of the last place show ๑ and ๓, never the ๕ ๙ always shows beside ๓: ๗ is told, 2567 proved
    proof = proven_misread(_SEVEN_AS_ONE, "46789")
    assert proof is not None
    pair, year, why = proof
    assert pair == ("7", "1") and year == 2567 and why["table_year"] == 2561
    assert why["told_by_printings"]["candidates"] == [2567, 2568, 2569]


def test_printings_that_show_both_signatures_tell_neither():
    # with ten printings "๒๕๒๕" more, the place shows ๕ as well: ๙ is not ruled out, nothing is proved
    assert proven_misread(_SEVEN_AS_ONE + [("heading", "๒๕๒๕", 0)] * 10, "46789") is None


def test_a_year_told_by_the_printings_is_taken_in_doubt():
    # the printings' signatures are a measure of the OCR, not of the document: the year keys the rows but every
    # field that takes it is flagged (rule digit_readings), none claimed repaired
    proof = proven_misread(_SEVEN_AS_ONE, "46789")
    summary = {"fiscal_year_be": Reading(2501, "ปีงบประมาณ พ.ศ. ๒๕๐๑", 5, 6)}
    budgets = {("p1", 2): {"fiscal_year_be": Reading(2501, "ปีงบประมาณ ๒๕๐๑", 125, 125)}}
    with added_misreads(misread_pairs(proof[0])):
        issues = repair_fiscal_years(summary, budgets, _SEVEN_AS_ONE, proof=proof, unread="46789")
    assert summary["fiscal_year_be"].value == 2567 and budgets[("p1", 2)]["fiscal_year_be"].value == 2567
    assert not [i for i in issues if i.code == "value_repaired"]
    doubt = [i for i in issues if i.code == "repair_ambiguous"]
    assert {i.field for i in doubt} >= {"report_summaries.fiscal_year_be", "quarterly_budgets.fiscal_year_be",
                                        "projects.fiscal_year_be"}
    assert all(json.loads(i.evidence)["rule"] == "digit_readings" for i in doubt)
