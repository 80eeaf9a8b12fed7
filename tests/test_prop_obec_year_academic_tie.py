"""An OBEC report's year that its mentions tie on (committed set extra2's
obec_progress_z004, a 2564 report whose OCR never writes ๔ or ๖: "๒๕๖๔"
read "๒๕๒๕" and "๒๕๐๕" in 77 mentions, 2564 and 2565 alike by the table of
confusions, both in the 12th plan's years): no year was chosen and every
budget row was filed under the printed 2525 (16 rows lost twice).  A
project's title names the academic year, "ปีการศึกษา ๒๕๖๓", read "๒๕๒๓":
an academic year falls in the fiscal year of its number or the next, 2563
or 2564 (or, read otherwise, 2567 to 2570), so of the tied years only 2564.
Where the academic years the report names allow exactly one of the tied
years, that year is chosen, in doubt: flagged wherever it goes (rule
academic_year), never claimed repaired.  A report whose mentions decide
its year does not ask them."""
import json

from parsers.obec_progress.year import _CHOSEN_IN_DOUBT, decided_by_academic, repair_fiscal_years
from parsers.year_mentions import academic_mentions_in, fiscal_years_of_academic, mentions_of
from schemas.document import Line, Reading

_Z004 = ([("heading", "๒๕๐๕", 0)] * 32 + [("heading", "๒๕๒๕", 0)] * 29 + [("edition", "๑๒", 0)] * 16
         + [("heading", "๒๕๒๐๕", 0)] * 11 + [("date", "๒๕๐๕", 3), ("heading", "๒๕๑๕", 0), ("date", "๒๕๒๕", 1)])


def test_an_academic_year_is_read_apart_from_the_fiscal_year_mentions():
    line = Line(40, "๒. โครงการพัฒนาทักษะภาษาอังกฤษของครูและนักเรียน ปีการศึกษา ๒๕๒๓")
    assert academic_mentions_in([line]) == [(line, ("academic", "๒๕๒๓", 0))]
    assert mentions_of(line.text) == ()  # no mention of the fiscal year
    assert academic_mentions_in([Line(41, "ปีงบประมาณ พ.ศ. ๒๕๒๕")]) == []
    assert {2563, 2564} <= fiscal_years_of_academic("๒๕๖๓")
    assert fiscal_years_of_academic("๒๕๖๓") & {2564, 2565} == {2564}


def test_the_academic_year_chooses_among_the_tied_years():
    assert decided_by_academic(_Z004, [("academic", "๒๕๒๓", 0)]) == (2564, [2564, 2565], ["๒๕๒๓"])
    # an academic year that allows both tied years, or none of them, chooses nothing
    assert decided_by_academic(_Z004, [("academic", "๒๕๒๕", 0)]) is None
    assert decided_by_academic(_Z004, [("academic", "๒๕๑๑", 0)]) is None
    assert decided_by_academic(_Z004, []) is None
    # (one that allows none of them stands aside; the others still choose)
    assert decided_by_academic(_Z004, [("academic", "๒๕๑๑", 0), ("academic", "๒๕๒๓", 0)])[0] == 2564


def test_a_year_the_mentions_decide_is_not_asked_of_the_academic_years():
    clean = [("heading", "๒๕๖๕", 0)] * 20 + [("edition", "๑๒", 0)] * 4
    assert decided_by_academic(clean, [("academic", "๒๕๖๓", 0)]) is None  # no tie
    summary = {"fiscal_year_be": Reading(2565, "ปีงบประมาณ พ.ศ. ๒๕๖๕", 4, 4)}
    issues = repair_fiscal_years(summary, {}, clean, academic=[("academic", "๒๕๖๓", 0)])
    assert summary["fiscal_year_be"].value == 2565 and not issues


def test_the_chosen_year_goes_everywhere_in_doubt():
    summary = {"fiscal_year_be": Reading(2525, "ปีงบประมาณ พ.ศ. ๒๕๒๕", 4, 4)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(2505, "ปีงบประมาณ ๒๕๐๕", 120, 120)}}
    issues = repair_fiscal_years(summary, budgets, _Z004, unread="46789", academic=[("academic", "๒๕๒๓", 0)])
    assert summary["fiscal_year_be"].value == 2564 and budgets[("p1", 1)]["fiscal_year_be"].value == 2564
    assert not [i for i in issues if i.code == "value_repaired"]
    doubt = [i for i in issues if i.code == "repair_ambiguous" and json.loads(i.evidence)["rule"] == "academic_year"]
    assert {i.field for i in doubt} == set(_CHOSEN_IN_DOUBT)
    assert json.loads(doubt[0].evidence)["candidates"] == [2564, 2565]
    # without the academic year: undecided, as before, and the row keeps its printed year
    summary = {"fiscal_year_be": Reading(2525, "ปีงบประมาณ พ.ศ. ๒๕๒๕", 4, 4)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(2505, "ปีงบประมาณ ๒๕๐๕", 120, 120)}}
    issues = repair_fiscal_years(summary, budgets, _Z004, unread="46789")
    assert summary["fiscal_year_be"].value == 2525 and budgets[("p1", 1)]["fiscal_year_be"].value == 2505
    assert "quarterly_budgets" in {i.field for i in issues if i.code == "repair_ambiguous"}
