"""An OBEC report whose fiscal year OCR read wrong in every printing, each its own way (issue 11): ๒๕๖๙ read
"๒๕๐๕" and "๒๕๒๕" in most headings (2567, 2568 and 2569 alike under the table of confusions: ๗, ๘ and ๙ all read
๕), a few "๒๕๐«๕" (its ๙ read as two characters, «๕, which OCR was measured to make of ๙ and never of ๗ or ๘) and
"๒๕๐๑๕" (๑๕: ๙, ๘ or ๔, never ๗).  Before, the tie was left undecided (every project's year, every budget row's key
wrong, flagged): now the one tied year every printing allows under all OCR was measured to make of a digit, each
rival ruled out by two printings a copy at least, is taken (rule every_printing, parsers.year_readings)."""

import json

from parsers.obec_progress.year import repair_fiscal_years
from parsers.year_readings import could_print, decided_by_printings, printings_allow
from schemas.document import Reading

_TIE = [("heading", "๒๕๐๕", 0)] * 30 + [("heading", "๒๕๒๕", 0)] * 24 + [("edition", "๑๓", 0)] * 8


def _run(extra: list, copies: int = 2) -> tuple[list, dict, dict]:
    summary = {"fiscal_year_be": Reading(2505, "ปีงบประมาณ พ.ศ. ๒๕๐๕", 3, 3)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(2525, "ปีงบประมาณ ๒๕๒๕", 90, 90)}}
    return repair_fiscal_years(summary, budgets, _TIE + extra, unread="46789", copies=copies), summary, budgets


def test_a_printing_is_read_under_every_measured_misread_and_pair():
    assert could_print("๒๕๐«๕", 2569) and not could_print("๒๕๐«๕", 2568) and not could_print("๒๕๐«๕", 2567)
    assert could_print("๒๕๐๑๕", 2569) and could_print("๒๕๐๑๕", 2568) and not could_print("๒๕๐๑๕", 2567)
    # ๑ for ๗, ๘ or ๙ is measured (rarely for ๘), though the table leaves it out: "๒๕๒๑" is any of them
    assert could_print("๒๕๒๑", 2567) and could_print("๒๕๒๑", 2568) and could_print("๒๕๒๑", 2569)
    assert not could_print("๒๕๒x", 2569)  # a character OCR was never measured to write for a digit
    assert could_print("๒๕๒๐๕", 2568)  # ๖ read as two characters (๒๐)
    assert not could_print("๒๕๒", 2567)  # a digit lost is no printing of four


def test_a_date_of_october_to_december_prints_the_year_before():
    assert printings_allow([("date", "๒๕๖๘", 11)], [2566, 2569]) == {2566: 1, 2569: 0}
    assert printings_allow([("date", "๒๕๖๘", 9)], [2566, 2569]) == {2566: 0, 2569: 0}  # allows neither: not counted


def test_the_one_tied_year_every_printing_allows_is_taken_and_said():
    issues, summary, budgets = _run([("heading", "๒๕๐«๕", 0)] * 4 + [("heading", "๒๕๐๑๕", 0)] * 2)
    assert summary["fiscal_year_be"].value == 2569 and budgets[("p1", 1)]["fiscal_year_be"].value == 2569
    repaired = [i for i in issues if i.code == "value_repaired"]
    assert {i.field for i in repaired} == {"report_summaries.fiscal_year_be", "quarterly_budgets.fiscal_year_be"}
    for issue in repaired:
        evidence = json.loads(issue.evidence)
        assert evidence["rule"] == "every_printing" and evidence["chosen"] == 2569
        assert evidence["against"] == {"2567": 6, "2568": 4, "2569": 0} and "๒๕๐«๕" in evidence["printings"]
    # the fields that take the year with no repair of their own are said, as for any year decided beyond the table
    ambiguous = {i.field for i in issues if i.code == "repair_ambiguous"}
    assert {"projects.fiscal_year_be", "projects.fiscal_year", "report_summaries.fiscal_year"} <= ambiguous


def test_no_printing_against_the_others_decides_nothing_by_every_printing():
    # ๑ and ๓ beside the ๕s: what OCR makes of ๗, ๘ and ๙ alike (no digit's signature either: year_mentions), so no
    # printing rules a year out; the printings' odds (year_mentions.told_by_reads, many printings reading the digit
    # three ways) choose 2569, in doubt only (session 101: before, the tie was left undecided)
    issues, summary, _ = _run([("heading", "๒๕๒๓", 0)] * 4 + [("heading", "๒๕๒๑", 0)] * 4)
    assert not [i for i in issues if i.code == "value_repaired"]
    assert not [i for i in issues if '"every_printing"' in (i.evidence or "")]
    (doubt,) = [i for i in issues if i.code == "repair_ambiguous" and i.field == "report_summaries.fiscal_year_be"]
    assert json.loads(doubt.evidence)["rule"] == "read_odds" and summary["fiscal_year_be"].value == 2569


def test_a_rival_ruled_out_by_one_printing_a_copy_is_not_ruled_out():
    issues, summary, _ = _run([("heading", "๒๕๐«๕", 0)] * 2)  # two copies: one printing each
    assert summary["fiscal_year_be"].value == 2505 and not [i for i in issues if i.code == "value_repaired"]
    assert decided_by_printings(_TIE + [("heading", "๒๕๐«๕", 0)] * 2, [2567, 2568, 2569], copies=1)[0] == 2569


def test_two_years_every_printing_allows_choose_neither():
    # ๑ and ๓ are what OCR makes of ๗, ๘ and ๙ alike: all three are left
    extra = [("heading", "๒๕๒๑", 0)] * 6 + [("heading", "๒๕๒๓", 0)] * 4
    assert decided_by_printings(_TIE + extra, [2567, 2568, 2569], copies=1) is None
