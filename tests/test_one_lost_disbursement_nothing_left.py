"""A BMA progress form whose one report's disbursement OCR lost (no budget clause, or a clause that kept
no amount: "งบประมาณที่เบิกใช้ (ครั้งที่ 3) - ปาท-") while the other reports' amounts, as read, already add
up to the budget spent: nothing is left for it, and it is 0.00 (rule sum), as where several were lost.
Before, with one lost, only the sum's own repair looked, and it fills a part only where every figure is
sure (Arabic digits) and the entries' structure is not in doubt: in a form of Thai digits (or one whose
entries were in doubt) the report kept no disbursement."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading


def _form(clause: str | None = None, spent: str = "๑๓,๐๐๐") -> tuple[dict, dict]:
    project = {"budget_spent": Reading(Decimal("13000.00"), spent, 5, 5)}
    reports = {seq: {"progress_pct": Reading(float(seq), f"{seq}.00 %", 10 * seq, 10 * seq),
                     "disbursed": Reading(Decimal(0), f"งบประมาณที่เบิกใช้ (ครั้งที่ {seq}) = ๐ บาท", 10 * seq, 10 * seq)}
               for seq in range(1, 6)}
    reports[2]["disbursed"] = Reading(Decimal("13000.00"), "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = ๑๓,๐๐๐ บาท", 20, 20)
    if clause is None:
        del reports[4]["disbursed"]
    else:
        reports[4]["disbursed"] = Reading(None, clause, 40, 40)
    return project, reports


def test_one_lost_disbursement_is_nothing_when_the_others_add_up():
    for clause in (None, "งบประมาณที่เบิกใช้ (ครั้งที่ 4) - ปาท-"):
        project, reports = _form(clause)
        issues = repair_amounts(project, reports, {}, "K", across=False)
        assert reports[4]["disbursed"].value == Decimal(0)
        said = [i for i in issues if i.code == "value_repaired" and i.field == "progress_reports.disbursed"]
        assert len(said) == 1 and said[0].line_start == 40


def test_not_when_the_others_fall_short_or_it_has_lines_of_its_own():
    project, reports = _form(spent="๑๕,๐๐๐")
    project["budget_spent"] = Reading(Decimal("15000.00"), "๑๕,๐๐๐", 5, 5)
    repair_amounts(project, reports, {}, "K", across=False)
    assert "disbursed" not in reports[4]
    project, reports = _form()
    lines = [{"item": Reading("ค่าถ่ายเอกสาร", "ค่าถ่ายเอกสาร", 41, 41),
              "amount": Reading(Decimal("2500.00"), "๒,๕๐๐", 41, 41)}]
    issues = repair_amounts(project, reports, {4: lines}, "K", across=False)
    assert "disbursed" not in reports[4]
    assert any(i.code == "repair_ambiguous" and i.line_start == 40 for i in issues)


def test_a_report_number_in_thai_digits_ocr_cannot_write_names_its_own_report():
    # report 7's clause printed "(ครั้งที่ ๗)", read "(ครั้งที่ ๓)": no other report is named
    project = {"budget_spent": Reading(Decimal("13000.00"), "๑๓,๐๐๐", 5, 5)}
    reports = {seq: {"disbursed": Reading(Decimal(0), f"งบประมาณที่เบิกใช้ (ครั้งที่ {'๓' if seq == 7 else seq}) = ๐",
                                          10 * seq, 10 * seq)} for seq in range(1, 8)}
    reports[2]["disbursed"] = Reading(Decimal("13000.00"), "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = ๑๓,๐๐๐ บาท", 20, 20)
    del reports[5]["disbursed"]
    repair_amounts(project, reports, {}, "K", across=False)
    assert reports[5]["disbursed"].value == Decimal(0)
    # an Arabic number naming another report still holds it back
    reports[7]["disbursed"] = Reading(Decimal(0), "งบประมาณที่เบิกใช้ (ครั้งที่ 3) = ๐", 70, 70)
    del reports[5]["disbursed"]
    repair_amounts(project, reports, {}, "K", across=False)
    assert "disbursed" not in reports[5]


def test_report_numbers_that_do_not_run_from_one_when_the_others_add_up():
    # report 1 lost whole ("2, 3, 4, 5" read): reports 2-4 lost their amounts, report 5's adds up to the budget spent
    project = {"budget_spent": Reading(Decimal("12600.00"), "๑๒,๖๐๐", 5, 5)}
    reports = {seq: {"progress_pct": Reading(float(seq), f"{seq}.00 %", 10 * seq, 10 * seq)} for seq in (2, 3, 4, 5)}
    reports[5]["disbursed"] = Reading(Decimal("12600.00"), "งบประมาณที่เบิกใช้ (ครั้งที่ ๕) = ๑๒,๖๐๐", 50, 50)
    repair_amounts(project, reports, {}, "K", across=False)
    assert [reports[seq]["disbursed"].value for seq in (2, 3, 4)] == [Decimal(0)] * 3
    # a lost entry numbered past the entries there are may be no report: nothing for it
    reports = {seq: {"progress_pct": Reading(float(seq), f"{seq}.00 %", 10 * seq, 10 * seq)} for seq in (1, 2, 15)}
    reports[1]["disbursed"] = Reading(Decimal("12600.00"), "งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๑๒,๖๐๐", 10, 10)
    repair_amounts(project, reports, {}, "K", across=False)
    assert "disbursed" not in reports[2] and "disbursed" not in reports[15]
    # nor when they do not add up as read
    project = {"budget_spent": Reading(Decimal("13600.00"), "๑๓,๖๐๐", 5, 5)}
    reports = {seq: {"progress_pct": Reading(float(seq), f"{seq}.00 %", 10 * seq, 10 * seq)} for seq in (2, 3, 4, 5)}
    reports[5]["disbursed"] = Reading(Decimal("12600.00"), "งบประมาณที่เบิกใช้ (ครั้งที่ ๕) = ๑๒,๖๐๐", 50, 50)
    repair_amounts(project, reports, {}, "K", across=False)
    assert not any("disbursed" in reports[seq] for seq in (2, 3, 4))


def test_report_numbers_with_a_gap_where_the_entries_are_in_doubt():
    # four reports read as five entries "1, 2, 4, 5, 6" (report 4's column broken, its amount read into the
    # entry numbered 6): report 4 lost its amount, the others add up to the budget spent, but the amount read may
    # be its own; with the structure in doubt nothing is chosen
    project = {"budget_spent": Reading(Decimal("12600.00"), "12,600.00", 5, 5)}
    reports = {seq: {"progress_pct": Reading(float(seq), f"{seq}.0%", 10 * seq, 10 * seq),
                     "disbursed": Reading(Decimal(0), "งบประมาณที่เบิกใช้ = 0.00 บาท", 10 * seq, 10 * seq)}
               for seq in (1, 2, 4, 5, 6)}
    del reports[4]["disbursed"]
    reports[6]["disbursed"] = Reading(Decimal("12600.00"), "งบประมาณที่เบิกใช้ 12,600.00 บาท", 60, 60)
    repair_amounts(project, reports, {}, "K", across=False)
    assert "disbursed" not in reports[4]
    # the entries not in doubt: the gap is a report lost whole, and report 4 is 0.00 as before
    repair_amounts(project, reports, {}, "K", across=True)
    assert reports[4]["disbursed"].value == Decimal(0)
