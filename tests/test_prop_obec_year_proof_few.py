"""An OBEC report's year that the table of OCR confusions leaves tied among
several years, all but a few mentions allowing each (open set o s27o005, a
2568 report: ๒๕๖๘ read "๒๕๒๕" and "๒๕๐๕" in 52 mentions, 2567, 2568 and 2569
alike by the table; "๒๕๐6" twice, its ๘ read as an Arabic 6, which the table
takes as printed: 2546 or 2566).  proven_misread looked for a misread the
table lacks that makes every mention agree and found one, ๖ read as ๕ (all
54 then allow 2566): the many were bent to the two, the year repaired to
2566 (rule proven_misread), every budget row filed under 2566, and the true
rows' notes and quarters went missing with no issue naming them (18 silent
misses).  Now the proof refuses where the table alone lets all but too few
mentions to dispute it agree (a tie, not a failure of the table): the year
is flagged undecided wherever it goes, the budget rows named whole.  And a
budget row whose year a proof (or the misread profile) did repair is named
whole at its lines (field quarterly_budgets), as a year in doubt is, so a
wrong proof is never silent."""
import json

from normalizers.confusions import added_misreads

from parsers.obec_progress.year import proven_misread, repair_fiscal_years
from schemas.document import Reading

# s27o005's year mentions as read (headings, the plan's edition, two dates)
_O005 = ([("heading", "๒๕๒๕", 0)] * 33 + [("heading", "๒๕๐๕", 0)] * 8 + [("edition", "๑๓", 0)] * 8
         + [("heading", "๒๕๐6", 0)] * 2 + [("heading", "๒๕๑๕", 0)] * 2 + [("heading", "๒๕๒๐๕", 0)]
         + [("date", "๒๕๐๕", 6), ("heading", "๒๕๑6", 0), ("date", "๒๕๒๕", 4)])


def test_a_misread_is_not_proved_that_bends_the_many_to_a_few():
    assert proven_misread(_O005) is None
    summary = {"n_projects": Reading(7, "จำนวน ๗ โครงการ", 5, 5)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(2525, "ปีงบประมาณ ๒๕๒๕", 143, 143)}}
    issues = repair_fiscal_years(summary, budgets, _O005, proof=proven_misread(_O005))
    assert not [i for i in issues if i.code == "value_repaired"]
    assert budgets[("p1", 1)]["fiscal_year_be"].value != 2566
    flagged = {i.field for i in issues if i.code == "repair_ambiguous"}
    assert {"report_summaries.fiscal_year_be", "quarterly_budgets.fiscal_year_be", "quarterly_budgets"} <= flagged


def test_a_few_enough_to_dispute_the_table_still_prove_a_misread():
    # ๗ read as ๑ in most printings ("๒๕๒๑", "๒๕๐๑"), as ๓ in some: the table alone gives 2561 to the many
    # and the few (six of fifteen) dispute it; ๗ -> ๑ alone makes all agree (2567): proved, as before
    mentions = ([("heading", "๒๕๒๑", 0)] * 6 + [("heading", "๒๕๐๑", 0)] * 3 + [("heading", "๒๕๒๓", 0)] * 3
                + [("date", "๒๕๒๒", 11), ("edition", "๑๓", 0), ("edition", "๑๓", 0)])
    proof = proven_misread(mentions)
    assert proof is not None and proof[0] == ("7", "1") and proof[1] == 2567


def test_a_budget_row_keyed_by_a_proven_year_is_named_whole():
    mentions = ([("heading", "๒๕๒๑", 0)] * 6 + [("heading", "๒๕๐๑", 0)] * 3 + [("heading", "๒๕๒๓", 0)] * 3
                + [("date", "๒๕๒๒", 11), ("edition", "๑๓", 0), ("edition", "๑๓", 0)])
    proof = proven_misread(mentions)
    summary = {"n_projects": Reading(4, "จำนวน ๔ โครงการ", 5, 5),
               "fiscal_year_be": Reading(2521, "ปีงบประมาณ พ.ศ. ๒๕๒๑", 4, 4)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(2521, "ปีงบประมาณ ๒๕๒๑", 155, 155)}}
    with added_misreads([proof[0]]):  # as the report's build puts the proved misread in force
        issues = repair_fiscal_years(summary, budgets, mentions, proof=proof)
    assert budgets[("p1", 1)]["fiscal_year_be"].value == 2567
    repaired = [i for i in issues if i.code == "value_repaired" and i.field == "quarterly_budgets.fiscal_year_be"]
    assert repaired and json.loads(repaired[0].evidence)["rule"] == "proven_misread"
    named = [i for i in issues if i.field == "quarterly_budgets"]
    assert [(i.code, i.line_start, i.line_end) for i in named] == [("repair_ambiguous", 155, 155)]
    # the summary's repair names no table: the report's year is said at the summary's field
    assert not [i for i in issues if i.field == "report_summaries"]


# a 2568 report whose OCR wrote ๖ as ๑ and ๘ as ๕ in many printings ("๒๕๑๕", which the table reads as no year),
# as ๒ or ๐ in others ("๒๕๒๕", "๒๕๐๕": 2567, 2568 and 2569 alike by the table), and four times with a character
# too many ("๒๕๑๕6": a character left out at a guess reads 2546 or 2556)
_FIVE = ([("heading", "๒๕๒๕", 0)] * 8 + [("heading", "๒๕๑๕", 0)] * 8 + [("heading", "๒๕๐๕", 0)] * 6
         + [("edition", "๑๓", 0)] * 5 + [("heading", "๒๕๑๕6", 0)] * 4 + [("heading", "๒๕๑6๕", 0)] * 2
         + [("date", "๒๕๑๓", 12), ("heading", "๒๕๑6", 0)])


def test_printings_with_a_character_too_many_do_not_dispute_the_table():
    # ๖ read as ๕ makes every mention that allows a year allow 2566 (the four through a left-out ๑): the many
    # bent to the four again; the table leaves 2567-2569 tied and the year is flagged, none chosen
    assert proven_misread(_FIVE) is None
    summary = {"fiscal_year_be": Reading(2505, "ปีงบประมาณ พ.ศ. ๒๕๐๕", 4, 5)}
    issues = repair_fiscal_years(summary, {}, _FIVE, proof=proven_misread(_FIVE))
    assert not [i for i in issues if i.code == "value_repaired"]
    ambiguous = [i for i in issues if i.code == "repair_ambiguous" and i.field == "projects.fiscal_year_be"]
    assert ambiguous and json.loads(ambiguous[0].evidence)["candidates"] == [2567, 2568, 2569]
