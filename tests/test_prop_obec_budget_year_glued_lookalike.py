"""An OBEC budget section's year whose last digit OCR read as two
characters, a digit and a look-alike glued to it ("๒๕๒๐ๆ", "๒๕๐๒ซ" for
๒๕๖๗: the ๗ read as "๐ๆ", "๒ซ"): the plain year token took the first four
digits ("๒๕๒๐": 2520), no reading of which is the report's year, so the row
kept 2520 (fiscal_year_mismatch), keyed by a year the report never printed,
and the round's headings printed the same way could not say otherwise.  Now
the year's token holds the look-alike too (year._year_tokens), and its
readings are the five characters' with one left out, as for a five-digit
year: one of them is the report's year, and the row is repaired to it."""
from parsers.obec_progress.year import repair_fiscal_years
from schemas.document import Reading

_MENTIONS = [("heading", "๒๕๖๗", 0)] * 10


def _row(printed: str, read: int) -> dict:
    return {("p1", 1, 1): {"fiscal_year_be": Reading(read, f"การเบิกจ่ายงบประมาณประจำปีไตรมาสที่ ๒ ปีงบประมาณ {printed}",
                                                        40, 40)}}


def test_a_year_read_with_a_glued_lookalike_is_the_report_s_year():
    for printed, read in (("๒๕๒๐ๆ", 2520), ("๒๕๐๒ซ", 2502)):
        budgets = _row(printed, read)
        issues = repair_fiscal_years({}, budgets, _MENTIONS)
        assert budgets[("p1", 1, 1)]["fiscal_year_be"].value == 2567
        (issue,) = [i for i in issues if i.field == "quarterly_budgets.fiscal_year_be"]
        assert issue.code == "value_repaired" and printed in issue.message


def test_a_glued_year_no_reading_makes_the_report_s_year_is_kept():
    budgets = _row("๒๕๕๕ๆ", 2555)
    repair_fiscal_years({}, budgets, _MENTIONS)
    assert budgets[("p1", 1, 1)]["fiscal_year_be"].value == 2555


def test_a_word_after_the_year_is_no_lookalike():
    # "๒๕๖๗สพป": a Thai word glued to the year opens with a look-alike letter; the year is the four digits
    budgets = _row("๒๕๖๗สพป", 2567)
    assert not repair_fiscal_years({}, budgets, _MENTIONS)
