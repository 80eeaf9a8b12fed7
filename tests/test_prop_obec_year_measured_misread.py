"""An OBEC report's year that three misreads the table of OCR confusions lacks would each prove, each of a digit
the document's OCR never writes (fresh set s56o, obec 001, a 2567 report whose OCR writes no ๖ ๗ ๙: "๒๕๖๗" read
"๒๕๒๐" in twenty headings, "๒๕๒๓" in ten and in its dates): ๗ -> ๐ makes every mention allow 2567, ๖ -> ๓ every
one 2566, ๙ -> ๐ every one 2569.  None was proved, and the table's year, 2566, keyed every quarter row in doubt
(about a hundred misses).  OCR was measured to read ๗ as ๐ (RARE_MISREADS: 81 of 2959 printings), never ๖ as ๓
(one in 7352) nor ๙ as ๐ in one printing of a hundred: the measured misread is proved (year._measured_explains),
the rivals named.  Two measured, or none, still prove neither."""

import json

from normalizers.confusions import added_misreads

from parsers.obec_progress.year import proven_misread, repair_fiscal_years
from schemas.document import Reading

_MENTIONS = ([("heading", "๒๕๒๐", 0)] * 20 + [("heading", "๒๕๒๓", 0)] * 10 + [("edition", "๑๓", 0)] * 10
             + [("heading", "๒๕๒๐๓", 0)] * 4 + [("date", "๒๕๒๓", 6), ("date", "๒๕๐๓", 5)])


def test_the_misread_ocr_was_measured_to_make_is_proved_over_unmeasured_rivals():
    proof = proven_misread(_MENTIONS, "46789")
    assert proof is not None
    pair, year, why = proof
    assert pair == ("7", "0") and year == 2567 and why["table_year"] == 2566
    assert why["rivals_unmeasured"] == ["๖ -> ๓ (2566)", "๙ -> ๐ (2569)"]


def test_the_proved_year_keys_the_summary_and_the_budget_rows():
    proof = proven_misread(_MENTIONS, "46789")
    summary = {"fiscal_year_be": Reading(2523, "ปีงบประมาณ พ.ศ. ๒๕๒๓", 5, 6)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(2566, "ปีงบประมาณ ๒๕๒๐", 135, 135)}}
    with added_misreads([proof[0]]):
        issues = repair_fiscal_years(summary, budgets, _MENTIONS, proof=proof, unread="46789")
    assert summary["fiscal_year_be"].value == 2567 and budgets[("p1", 1)]["fiscal_year_be"].value == 2567
    repaired = [i for i in issues if i.code == "value_repaired" and i.field == "quarterly_budgets.fiscal_year_be"]
    assert repaired and json.loads(repaired[0].evidence)["rule"] == "proven_misread"
    assert "๖ -> ๓ (2566)" in repaired[0].message


def test_a_rival_of_a_digit_the_model_writes_or_no_document_digits_prove_neither():
    assert proven_misread(_MENTIONS, "") is None  # the document's digits unknown
    # ๖ written: the rivals are not all of digits the document never writes, and the measure decides nothing
    assert proven_misread(_MENTIONS, "4789") is None
