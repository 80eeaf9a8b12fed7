"""Two repairs that chose where the proposal does not settle the choice (s53o's wrong proposal repairs).

- The fiscal year inside the plan phase (years.phase_rivals): the tie's one year inside the phase the
  proposal serves is no choice where another year of the phase is a reading of every mention and of the
  period but one, and of that one through a misread the table leaves out as rare (a ๗ read as ๐): "๒๕๒๐"
  is 2566 with each ๖ misread and 2567 with its ๗ read ๐ (bma_proposal_s53o005, truth 2569).
- The sum beside a free line (money._wide_fit): a line whose amount no product proves takes whatever the
  others leave it, so the total settles no other line that multiplies out several ways
  (bma_proposal_s53o001: "๑ x ๑๕,๐๐๐ = ๑๕6.,๐๐๐" and "๓ x ๕,๐๐๐ = ๒๕,๐๐๐" reach 92,000 as 15,000 + 27,000
  and as 18,000 + 24,000).
"""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_proposal.years import phase_rivals
from schemas.document import Reading
from tests.test_prop_plan_phase import _damaged, _fy_issues, run


def test_a_phase_year_one_rare_misread_away_is_a_rival():
    # s53o005's years: the title block's "๒๕๒๐๕", the mentions "๒๕๐" (no year) and "๒๕๒๐", the period
    # "ธันวาคม ๒๕๒๐๕ ... มิถุนายน ๒๕๒"
    assert phase_rivals(2566, (2566, 2570), ["๒๕๒๐๕", "๒๕๐", "๒๕๒๐"], [("๒๕๒๐๕", 12), ("๒๕๒", 6)]) == [2567]


def test_a_phase_year_two_rare_misreads_away_is_none():
    # "๒๕๐๐" twice is 2570 only with a ๗ read ๐ in each: not one accident (s52o004, truth 2566)
    assert phase_rivals(2566, (2566, 2570), ["๒๕๐๐", "๒๕5๐5๐", "๒๕๐๐"], [("๒๕๒๕", 12), ("๒๕๑๐", 9)]) == []


def _s53o005_like() -> str:
    # s53o005's years: the title block's "๒๕๒๐๕", the Gantt caption's "๒๕๐" (no year), the budget clause's
    # "๒๕๒๐", the period "ธันวาคม ๒๕๒๐๕ – กรกฎาคม ๒๕๒", the KPI's "๒๕๒"
    lines = _damaged().splitlines()
    for no, old, new in ((2, "๒๕๒๓", "๒๕๒๐๕"), (23, "ธันวาคม ๒๕๒๕ – กรกฎาคม ๒๕๒๓", "ธันวาคม ๒๕๒๐๕ – กรกฎาคม ๒๕๒"),
                         (29, "๒๕๒๓", "๒๕๐"), (162, "๒๕๒๓", "๒๕๒๐"), (234, "๒๕๒๓", "๒๕๒")):
        assert old in lines[no]
        lines[no] = lines[no].replace(old, new)
    return "\n".join(lines) + "\n"


def test_the_phase_tie_is_kept_in_doubt_when_a_rival_reads_as_well():
    rows = run(_s53o005_like())
    assert rows["projects"][0]["fiscal_year_be"] not in (2566, 2567)
    assert "repair_ambiguous" in _fy_issues(rows)
    assert not [i for i in rows["issues"] if i["code"] == "value_repaired" and "fiscal" in (i["field"] or "")]
    # nor are the period's dates repaired by a year in doubt
    assert not [i for i in rows["issues"] if i["code"] == "value_repaired" and "date" in (i["field"] or "")]


def _line(q: str, e: str, a: str, no: int) -> dict:
    from normalizers.numbers import thai_digits_to_arabic
    from parsers.bma_proposal.money import amount_or_none
    return {"item": Reading(f"line {no}", f"line {no}", no, no),
            "quantity": Reading(Decimal(thai_digits_to_arabic(q)).quantize(Decimal("0.01")), q, no, no),
            "unit_amount": Reading(amount_or_none(e), e, no, no), "amount": Reading(amount_or_none(a), a, no, no)}


def test_a_sum_beside_a_free_line_settles_no_line_of_several_amounts():
    from parsers.bma_proposal.money import repair_lines
    lines = [_line("๑", "๑๕,๐๐๐", "๑๕6.,๐๐๐", 1), _line("๕", "๑๒.,๕๐๐", "๕๐.๐๐๐", 2), _line("๓", "๕.,๐๐๐", "๒๕.๐๐๐", 3)]
    issues = repair_lines(lines, Decimal("92000.00"))
    assert not [i for i in issues if i.code == "value_repaired"]
    assert lines[2]["amount"].value == Decimal("25000.00") and lines[2]["unit_amount"].value == Decimal("5000.00")
    assert {(i.line_start, i.field) for i in issues if i.code == "repair_ambiguous"} >= {
        (1, "expenses.amount"), (3, "expenses.amount"), (3, "expenses.unit_amount")}


def test_a_free_line_beside_lines_settled_by_their_products_is_still_the_total_s():
    # the other lines each multiply out one way: the total settles the free line alone
    from parsers.bma_proposal.money import repair_lines
    lines = [_line("๑", "๑๕,๐๐๐", "๑๕6.,๐๐๐", 1), _line("๔", "12,500", "50,000", 2), _line("3", "8,000", "24,000", 3)]
    issues = repair_lines(lines, Decimal("89000.00"))
    assert lines[0]["amount"].value == Decimal("15000.00")
    assert [i.field for i in issues if i.code == "value_repaired"] == ["expenses.amount"]


def test_a_fiscal_year_only_the_rare_misreads_settle_is_taken_and_said():
    # ปีงบประมาณ ๒๕๖๗ printed everywhere and read "๒๕๒๐" (๖ as ๒, ๗ as ๐: a misread the table leaves out as rare),
    # the period "ธันวาคม ๒๕๖๖ – กรกฎาคม ๒๕๖๗" read "ธันวาคม ๒๕๒๒ – กรกฎาคม ๒๕๒๓": under the table no year is
    # read by every mention and the period, with the rare misreads 2567 alone of the plan phase (2566-2570)
    text = _damaged().replace("๒๕๒๓", "๒๕๒๐").replace("ธันวาคม ๒๕๒๕ – กรกฎาคม ๒๕๒๐", "ธันวาคม ๒๕๒๒ – กรกฎาคม ๒๕๒๓")
    rows = run(text)
    (project,) = rows["projects"]
    assert (project["fiscal_year_be"], project["fiscal_year"]) == (2567, 2024)
    (issue,) = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "projects.fiscal_year_be"]
    assert "rare" in issue["message"]
    assert "repair_ambiguous" not in _fy_issues(rows)


def test_an_abbreviated_month_whose_dot_ocr_read_as_a_mark_has_its_year_repaired():
    # "ก.ค." read "กุค." (its first dot a mark, as the converter reads it by skeleton): its two-digit year is
    # repaired inside the fiscal year like the other month's (s51z003: "ม.ค. ๒๓ ถึง กุย. ๒๓")
    period = "ดำเนินการในเดือนธันวาคม ๒๕๒๕ – กรกฎาคม ๒๕๒๓"
    text = _damaged()
    assert period in text
    rows = run(text.replace(period, "ระหว่าง ธ.ค. ๒๕ ถึง กุค. ๒๓"))
    (project,) = rows["projects"]
    assert project["fiscal_year_be"] == 2569
    assert (str(project["start_date"]), str(project["end_date"])) == ("2025-12-01", "2026-07-31")
    assert {i["field"] for i in rows["issues"] if i["code"] == "value_repaired"} >= {
        "projects.start_date", "projects.end_date"}
