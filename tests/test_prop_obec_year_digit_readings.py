"""An OBEC report's year that its mentions tie on, told by how OCR reads the
digit that parts the tied years (worked set extra4's obec_progress_t005, a
2568 report whose OCR writes no ๖ ๗ ๘ ๙: "๒๕๖๘" read "๒๕๒๕" in all 44
headings, 2567, 2568 and 2569 alike by the table of confusions, all in the
13th plan's years; no year was chosen and every budget row was filed under
the printed 2525).  The last digit parts the tied years, and every printing
of it reads ๕: what OCR makes of ๘ over twenty printings, while ๙ comes
out ๓ as well as ๕, and ๗ as ๑, ๐ or a look-alike too
(normalizers.confusions.READ_SIGNATURES); so printings that read ๓ and ๕
and nothing else tell ๙ from ๗.  The year is chosen in doubt (rule
digit_readings), flagged wherever it goes; too few printings (in each
copy), a printing that reads the place otherwise, or tied years whose digits
were not measured so (๔ and ๕ read ๕) choose none; the academic years
choosing another year leave the year undecided."""
import json

from parsers.obec_progress.year import _CHOSEN_IN_DOUBT, repair_fiscal_years
from parsers.year_mentions import READINGS_MIN, decided_by_readings
from schemas.document import Reading

_T005 = [("heading", "๒๕๒๕", 0)] * 44 + [("edition", "๑๓", 0)] * 10 + [("date", "๒๕๒๕", 3)]


def test_a_digit_read_one_way_in_every_printing_is_the_digit_with_that_one_misread():
    assert decided_by_readings(_T005) == (2568, [2567, 2568, 2569], "๕", 45)


def test_printings_read_both_ways_a_nine_is_read_tell_it_from_a_seven():
    # ๒๕๖๙ read "๒๕๒๕" and "๒๕๒๓": 2568 is out (๘ is never read ๓), 2567 and 2569 tie
    nine = [("heading", "๒๕๒๕", 0)] * 40 + [("heading", "๒๕๒๓", 0)] * 11 + [("edition", "๑๓", 0)] * 10
    assert decided_by_readings(nine) == (2569, [2567, 2569], "๓๕", 51)
    # a printing read ๑ (๗'s, not ๙'s) tells nothing
    assert decided_by_readings(nine + [("heading", "๒๕๒๑", 0)]) is None


def test_too_few_printings_or_one_read_otherwise_choose_nothing():
    few = [("heading", "๒๕๒๕", 0)] * (READINGS_MIN - 1) + [("edition", "๑๓", 0)] * 5
    assert decided_by_readings(few) is None
    # two copies of the report add up: twenty-three printings in each are not forty-six
    assert decided_by_readings(_T005, copies=2) == (2568, [2567, 2568, 2569], "๕", 45)
    assert decided_by_readings(_T005, copies=3) is None
    # a date of October to December prints the year before: its digits are not the fiscal year's
    assert decided_by_readings([("date", "๒๕๒๕", 11)] * 30 + [("edition", "๑๓", 0)] * 5) is None


def test_tied_years_whose_digits_ocr_may_read_alike_throughout_choose_nothing():
    # ๒๕๖๕ or ๒๕๖๔ read "๒๕๒๕" everywhere: ๔ reads ๕ throughout a document as often as ๕ itself
    assert decided_by_readings([("heading", "๒๕๒๕", 0)] * 40 + [("edition", "๑๒", 0)] * 8) is None
    # a year the mentions decide is not asked
    assert decided_by_readings([("heading", "๒๕๖๘", 0)] * 30) is None


def test_the_chosen_year_goes_everywhere_in_doubt():
    summary = {"fiscal_year_be": Reading(2525, "ปีงบประมาณ พ.ศ. ๒๕๒๕", 4, 4)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(2525, "ปีงบประมาณ ๒๕๒๕", 120, 120)}}
    issues = repair_fiscal_years(summary, budgets, _T005, unread="46789")
    assert summary["fiscal_year_be"].value == 2568 and budgets[("p1", 1)]["fiscal_year_be"].value == 2568
    assert not [i for i in issues if i.code == "value_repaired"]
    doubt = [i for i in issues if i.code == "repair_ambiguous" and json.loads(i.evidence)["rule"] == "digit_readings"]
    assert {i.field for i in doubt} == set(_CHOSEN_IN_DOUBT)
    assert json.loads(doubt[0].evidence)["candidates"] == [2567, 2568, 2569]


def test_the_academic_years_choosing_another_year_leave_it_undecided():
    summary = {"fiscal_year_be": Reading(2525, "ปีงบประมาณ พ.ศ. ๒๕๒๕", 4, 4)}
    # "ปีการศึกษา ๒๕๖๖" read "๒๕๒๒": fiscal 2566 or 2567, of the tied years 2567 only
    issues = repair_fiscal_years(summary, {}, _T005, unread="46789", academic=[("academic", "๒๕๒๒", 0)])
    assert summary["fiscal_year_be"].value == 2525
    assert "quarterly_budgets" in {i.field for i in issues if i.code == "repair_ambiguous"}
    assert not [i for i in issues if json.loads(i.evidence or "{}").get("rule") in ("digit_readings", "academic_year")]


def test_a_printing_with_a_look_alike_of_another_tied_digit_tells_nothing():
    # ๒๕๖๙ read "๒๕๒๕" in every four-character printing (๘'s signature) and "๒๕๒«๕" once: « stands for ๙ (or
    # ๒, ๑), never ๘, so the ๙ came out otherwise too and the signature (measured where no look-alike was
    # printed) does not tell ๘ from it
    assert decided_by_readings(_T005 + [("heading", "๒๕๒«๕", 0)]) is None
    # a look-alike of no tied digit there ("o": ๐ ๑ ๓ ๒) leaves the signature telling
    assert decided_by_readings(_T005 + [("heading", "๒๕๒o๕", 0)])[0] == 2568
