"""An OBEC report's year that two misreads the table of OCR confusions lacks
would each prove (worked set s31o, a 2567 report whose OCR never writes a ๗:
"๒๕๖๗" read "๒๕๒๑", "๒๕๐๑", "๒๕๒๓๑" throughout): ๗ -> ๑ makes every
mention allow 2567, ๓ -> ๑ every one 2563.  Two explanations proved neither,
and the report's year stayed 2561 in doubt (its budget rows filed under
2561).  The document's own digits tell them apart: its OCR writes ๓ (it
shows it elsewhere) and never a ๗, which must have come out as some other
digit; the misread of the unwritten digit is proved (rule proven_misread,
naming the rival).  Two unwritten digits, or none, still prove neither."""
import json

from normalizers.confusions import added_misreads

from parsers.obec_progress.year import proven_misread, repair_fiscal_years
from schemas.document import Reading

# s31o004's year mentions as its OCR read them
_MENTIONS = ([("heading", "๒๕๒๓๑", 0)] * 17 + [("heading", "๒๕๒๑", 0)] * 15 + [("heading", "๒๕๐๑", 0)] * 5
             + [("heading", "๒๕๒๓", 0)] * 3 + [("date", "๒๕๒๑", 6), ("date", "๒๕๒๒", 10), ("date", "๒๕๒๒", 11),
                                               ("date", "๒๕๒๒", 12), ("heading", "๒๕๒๐๑", 0)])


def test_two_misreads_that_each_explain_the_mentions_prove_neither_without_the_document_s_digits():
    assert proven_misread(_MENTIONS) is None
    assert proven_misread(_MENTIONS, "") is None


def test_the_misread_of_the_digit_the_ocr_never_writes_is_proved():
    proof = proven_misread(_MENTIONS, "46789")
    assert proof is not None
    pair, year, why = proof
    assert pair == ("7", "1") and year == 2567
    assert why["unwritten"] == "46789" and why["rivals_written"] == ["๓ -> ๑ (2563)"]


def test_both_digits_unwritten_or_both_written_prove_neither():
    assert proven_misread(_MENTIONS, "346789") is None  # ๓ never written either: ๓ -> ๑ as likely
    assert proven_misread(_MENTIONS, "4689") is None  # ๗ written too: neither digit must have been misread


def test_the_proved_year_is_repaired_with_its_rival_named_and_the_rows_named_whole():
    proof = proven_misread(_MENTIONS, "46789")
    summary = {"n_projects": Reading(4, "จำนวน ๔ โครงการ", 5, 5),
               "fiscal_year_be": Reading(2521, "ปีงบประมาณ พ.ศ. ๒๕๒๑", 4, 4)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(2521, "ปีงบประมาณ ๒๕๒๑", 155, 155)}}
    with added_misreads([proof[0]]):  # as the report's build puts the proved misread in force
        issues = repair_fiscal_years(summary, budgets, _MENTIONS, proof=proof, unread="46789")
    assert summary["fiscal_year_be"].value == 2567 and budgets[("p1", 1)]["fiscal_year_be"].value == 2567
    repaired = [i for i in issues if i.code == "value_repaired" and i.field == "report_summaries.fiscal_year_be"]
    assert repaired and json.loads(repaired[0].evidence)["rule"] == "proven_misread"
    assert "๓ -> ๑ (2563)" in repaired[0].message
    named = [i for i in issues if i.field == "quarterly_budgets"]
    assert [(i.code, i.line_start) for i in named] == [("repair_ambiguous", 155)]
