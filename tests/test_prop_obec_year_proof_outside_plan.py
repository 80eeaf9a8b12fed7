"""An OBEC report's year that the table of OCR confusions agrees on, with
too few mentions against it to dispute it, but which the national plan the
report's projects align with does not cover (fresh set s48z's
obec_progress_s48z001, a 2567 report whose OCR writes no ๖ ๗ ๘ ๙: ๒๕๖๗
read "๒๕๒๑" and "๒๕๐๑" in most headings, 2561 by the table, which lacks ๗
read as ๑; "๒๕๒๓" once and the plan's edition "ฉบับที่ ๑๓", 2566-2570,
against).  proven_misread looked only where the mentions agreed on no year
or on a disputed one (three against at least), so no misread was proved:
the report kept 2561, in doubt, every project's year and every budget row
keyed by a year it cannot have (103 misses, flagged).  The plan a report
aligns with runs over its fiscal year (the one fact of the form that
_outside_editions already rests on), so a year outside it is no year the
mentions agree on: the proof is sought there too, and where exactly one
misread makes every mention agree, the year is the one it makes them
agree on (rule proven_misread, the plan's years in its evidence)."""
import json

from normalizers.confusions import added_misreads

from parsers.obec_progress.year import proven_misread, repair_fiscal_years
from schemas.document import Reading

# ๒๕๖๗ read with ๗ as ๑ (and ๖ as ๒ or ๐), once as ๓; the plan's edition; a date of December (2566)
_S001 = ([("heading", "๒๕๒๑", 0)] * 9 + [("heading", "๒๕๐๑", 0)] * 3 + [("heading", "๒๕๒๓", 0)]
         + [("date", "๒๕๒๐", 12), ("edition", "๑๓", 0)])


def test_a_year_outside_the_plan_seeks_a_misread_that_proves_another():
    proof = proven_misread(_S001)
    assert proof is not None and proof[0] == ("7", "1") and proof[1] == 2567
    assert proof[2]["table_year"] == 2561 and proof[2]["plan"] == [2566, 2570]


def test_the_proved_year_keys_the_report_and_its_budget_rows():
    proof = proven_misread(_S001)
    summary = {"fiscal_year_be": Reading(2521, "ปีงบประมาณ พ.ศ. ๒๕๒๑", 4, 4)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(2501, "ปีงบประมาณ ๒๕๐๑", 120, 120)}}
    with added_misreads([proof[0]]):  # as the report's build puts the proved misread in force
        issues = repair_fiscal_years(summary, budgets, _S001, proof=proof, unread="46789")
    assert summary["fiscal_year_be"].value == 2567 and budgets[("p1", 1)]["fiscal_year_be"].value == 2567
    repaired = [i for i in issues if i.code == "value_repaired"]
    assert repaired and all(json.loads(i.evidence)["rule"] == "proven_misread" for i in repaired)
    assert "national plan" in repaired[0].message and "2566-2570" in repaired[0].message
    # the projects' year, which only the proof decided, is named as such
    assert {"projects.fiscal_year_be", "quarterly_budgets"} <= {i.field for i in issues if i.code == "repair_ambiguous"}


def test_a_year_inside_the_plan_or_no_plan_named_proves_nothing_new():
    # the same printings in a report that names no plan: 2561 stands (rivalled, as before)
    assert proven_misread(_S001[:-1]) is None
    # without the date, ๙ read as ๑ would make them agree as well (2569): two explanations prove neither
    assert proven_misread([m for m in _S001 if m[0] != "date"]) is None
    # a plan whose years cover the table's year: no doubt to resolve
    assert proven_misread(_S001[:-1] + [("edition", "๑๒", 0)]) is None
    # the edition alone against the table's year (every year printing allows 2561): its own misread ("๑๒" read
    # "๑๓": 2560-2565) explains it as well as ๗ read as ๑ does, and two explanations prove neither
    alone = [m for m in _S001 if m[1] != "๒๕๒๓"]
    assert proven_misread(alone) is None
