"""A BMA form's disbursements and budget spent weighed together, each by every reading of its own characters
(repairs._money_jointly, rule sum_jointly): the reports add up to the budget spent, which is no more than the budget
allocated, and an entry with expense lines disbursed what they add up to.  A figure that takes one value in every
assignment that holds is that value; one that takes several keeps its reading."""

import json
from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import _money_jointly, repair_amounts
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(spent: str, spent_value: str, allocated: str, paid: list[tuple[str, str | None]]):
    value = Decimal(allocated.replace(",", "")) if allocated.replace(",", "").isdigit() else Decimal("55500")
    project = {"budget_spent": Reading(Decimal(spent_value), spent, 12, 12),
               "budget_allocated": Reading(value, allocated, 11, 11)}
    reports = {n: {"disbursed": Reading(None if v is None else Decimal(v),
                                        f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {text} บาท", 20 + n, 20 + n)}
               for n, (text, v) in enumerate(paid, 1)}
    return project, reports


def _joint(issues):
    return [i for i in issues if json.loads(i.evidence or "{}").get("rule") == "sum_jointly"]


def test_a_disbursement_and_the_budget_spent_both_misread_meet_under_the_allocation():
    # 14,100 read "1๕,100" and the budget spent ๕๕,๔๘๐ read "๕๕,๕๕๐": of 41,380 + 14,100 / 15,100 / 18,100 /
    # 19,100, only 55,480 is a reading of the budget spent's characters no more than the allocation of 58,400
    project, reports = _form("๕๕,๕๕๐ บาท", "55550", "58,400", [("0", "0"), ("41,380", "41380"), ("1๕,100", "15100")])
    issues = _money_jointly(project, reports, {}, "k")
    assert reports[3]["disbursed"].value == Decimal("14100")
    assert project["budget_spent"].value == Decimal("55480")
    assert {i.field for i in _joint(issues)} == {"progress_reports.disbursed", "projects.budget_spent"}
    assert all(i.code == "value_repaired" for i in issues)
    # through repair_amounts too (the rules that weigh one figure against sure others decline here)
    project, reports = _form("๕๕,๕๕๐ บาท", "55550", "58,400", [("0", "0"), ("41,380", "41380"), ("1๕,100", "15100")])
    repair_amounts(project, reports, {}, "k", across=True)
    assert reports[3]["disbursed"].value == Decimal("14100") and project["budget_spent"].value == Decimal("55480")


def test_several_assignments_leave_the_figures_as_read():
    # its zeros in Thai digits too ("1๕,๑๐๐": a ๐ may be a ๖): 14,160 + 41,380 = 55,540, a reading of "๕๕,๕๕๐", holds
    # as well as 14,100 + 41,380 = 55,480
    project, reports = _form("๕๕,๕๕๐ บาท", "55550", "58,400", [("0", "0"), ("41,380", "41380"), ("1๕,๑๐๐", "15100")])
    issues = _money_jointly(project, reports, {}, "k")
    assert reports[3]["disbursed"].value == Decimal("15100") and project["budget_spent"].value == Decimal("55550")
    # the disbursement, 15,100 in no assignment that holds, is said in doubt with the two values that fit
    assert [(i.code, i.field, json.loads(i.evidence)["candidates"]) for i in issues] == \
        [("repair_ambiguous", "progress_reports.disbursed", ["14100.00", "14160.00"])]


def test_the_allocation_bounds_the_budget_spent():
    # "๕,100" is 4,100, 5,100, 8,100 or 9,100, and "5๕,๕80" has a reading for each sum with 50,380: an allocation of
    # 55,000 leaves 54,480 alone; one of 56,000 leaves 55,480 too, and nothing is chosen
    project, reports = _form("5๕,๕80 บาท", "55580", "55,000", [("50,380", "50380"), ("๕,100", "5100")])
    _money_jointly(project, reports, {}, "k")
    assert reports[2]["disbursed"].value == Decimal("4100") and project["budget_spent"].value == Decimal("54480")
    project, reports = _form("5๕,๕80 บาท", "55580", "56,000", [("50,380", "50380"), ("๕,100", "5100")])
    assert _money_jointly(project, reports, {}, "k") == []
    assert reports[2]["disbursed"].value == Decimal("5100") and project["budget_spent"].value == Decimal("55580")


def test_an_amount_ocr_read_as_no_figure_is_what_its_sure_lines_add_up_to():
    # report 2's amount lost ("= บาท"); its lines, Arabic and sure, add up to 3,000; the budget spent "๓,๐๐๐" has
    # readings from 3,000 to 9,999 under an allocation of 3,500: only 3,000 with report 1's 0
    project, reports = _form("๓,๐๐๐ บาท", "3000", "3,500", [("0", "0"), ("", None)])
    lines = {2: [{"amount": Reading(Decimal("1000"), "1,000", 30, 30)},
                 {"amount": Reading(Decimal("2000"), "2,000", 31, 31)}]}
    issues = _money_jointly(project, reports, lines, "k")
    assert reports[2]["disbursed"].value == Decimal("3000")
    assert [i.field for i in _joint(issues)] == ["progress_reports.disbursed"]


def test_nothing_where_no_assignment_holds_or_a_clause_names_another_report():
    # "65,000" (sure, Arabic) is more than any reading of the budget spent: a misread past the table, left alone
    project, reports = _form("๑๕,๓๐๐ บาท", "15300", "15,700", [("0", "0"), ("65,000", "65000")])
    assert _money_jointly(project, reports, {}, "k") == []
    assert reports[2]["disbursed"].value == Decimal("65000")
    # report 3's clause names report 5: an entry may hold another's amount
    project, reports = _form("๕๕,๕๕๐ บาท", "55550", "58,400", [("0", "0"), ("41,380", "41380"), ("1๕,100", "15100")])
    reports[3]["disbursed"] = Reading(Decimal("15100"), "งบประมาณที่เบิกใช้ (ครั้งที่ 5) = 1๕,100 บาท", 23, 23)
    assert _money_jointly(project, reports, {}, "k") == []


def _line(q: str, qv: str | None, e: str, ev: str | None, a: str, av: str | None, at: int):
    def reading(text, value):
        return Reading(None if value is None else Decimal(value), text, at, at)
    return {"quantity": reading(q, qv), "unit_amount": reading(e, ev), "amount": reading(a, av)}


def test_the_lines_narrow_the_disbursement_and_are_weighed_again_against_it():
    # report 2 disbursed ๗,๔๐๐, read "๓,๕๐๐" as the budget spent is; its lines: 78 x 50 = 3,900 read "๓๕ x ๕๐ =
    # ๓,ฒ๐๐" (74 x 50 = 3,700 and 99 x 40 = 3,960 hold too) and 1 x 3,500, read right.  Of the disbursement's
    # readings only 7,400 is 3,500 and a fit of the first line; the budget spent is then 7,400, and the first line the
    # one fit that makes its entry's lines add up to it
    project = {"budget_spent": Reading(Decimal("3500"), "๓,๕๐๐ บาท", 12, 12)}
    reports = {1: {"disbursed": Reading(Decimal("0"), "งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท", 21, 21)},
               2: {"disbursed": Reading(Decimal("3500"), "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = ๓,๕๐๐ บาท", 22, 22)}}
    expenses = {2: [_line("๓๕", "35", "๕๐", "50", "๓,ฒ๐๐", None, 30), _line("1", "1", "3,500", "3500", "3,500", "3500", 31)]}
    issues = repair_amounts(project, reports, expenses, "k", across=True)
    assert reports[2]["disbursed"].value == Decimal("7400") and project["budget_spent"].value == Decimal("7400")
    first = expenses[2][0]
    assert (first["quantity"].value, first["unit_amount"].value, first["amount"].value) == (78, 50, 3900)
    # the line's doubt gives way to its repair: no repair_ambiguous left on its figures
    assert not [i for i in issues if i.line_start == 30 and i.code in ("repair_ambiguous", "expense_line_mismatch")]
    assert {i.field for i in issues if i.line_start == 30 and i.code == "value_repaired"} == \
        {"expenses.quantity", "expenses.amount"}
    # the entries in doubt: nothing of it
    project = {"budget_spent": Reading(Decimal("3500"), "๓,๕๐๐ บาท", 12, 12)}
    reports[2]["disbursed"] = Reading(Decimal("3500"), "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = ๓,๕๐๐ บาท", 22, 22)
    expenses = {2: [_line("๓๕", "35", "๕๐", "50", "๓,ฒ๐๐", None, 30), _line("1", "1", "3,500", "3500", "3,500", "3500", 31)]}
    repair_amounts(project, reports, expenses, "k", across=False)
    assert reports[2]["disbursed"].value == Decimal("3500") and expenses[2][0]["amount"].value is None


def test_a_doubt_about_a_description_alone_leaves_the_amounts_weighed_together():
    from parsers.bma_progress.repairs import Doubts, _money_in_doubt
    words = Doubts({("entry_cell_in_doubt", "progress_reports.description")})
    assert not _money_in_doubt(words, Doubts())
    # an expense line whose entry is not pinned, or figures in doubt: the amounts are not weighed together
    assert _money_in_doubt(Doubts({("entry_cell_in_doubt", "expenses")}), Doubts())
    assert _money_in_doubt(Doubts({("entry_header_missing", "progress_reports.seq")}),
                           Doubts({("entry_header_missing", "progress_reports.seq")}))
    assert _money_in_doubt(True, True) and not _money_in_doubt(False, False)


def _printed_entry(seq: int, amount: str) -> dict:
    """A report whose amount the clause reader could not parse: its printing kept (read.read_entries)."""
    text = f"งบประมาณที่เบิกใช้ (ครั้งที่ {seq}) = {amount} บาท"
    return {"disbursed_printed": Reading(amount, text, 20 + seq, 20 + seq)}


def test_an_amount_read_as_two_numbers_is_weighed_by_its_printing():
    # report 2 printed ๒๐,๙๐๐, read "๒๐,«๐๐" (a « for the ๙: no number to the amount parser, so no value); the
    # budget spent "๒๐,๕๐๐" (Thai digits, not sure) under an allocation of 20,900: of the readings both figures
    # share, only 20,900 is no more than the allocation
    project = {"budget_spent": Reading(Decimal("20500"), "๒๐,๕๐๐ บาท", 12, 12),
               "budget_allocated": Reading(Decimal("20900"), "20,900 บาท", 11, 11)}
    reports = {1: {"disbursed": Reading(Decimal("0"), "งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท", 21, 21)},
               2: _printed_entry(2, "๒๐,«๐๐")}
    issues = repair_amounts(project, reports, {}, "k", across=True)
    assert reports[2]["disbursed"].value == Decimal("20900") and "disbursed_printed" not in reports[2]
    assert project["budget_spent"].value == Decimal("20900")
    said = [i for i in _joint(issues) if i.field == "progress_reports.disbursed"]
    assert len(said) == 1 and said[0].code == "value_repaired" and "๒๐,«๐๐" in said[0].message
    # several readings fit ("๒๐,ฒ๐๐": 20,700 holds as well as 20,900): the printing stays unread, none guessed
    project = {"budget_spent": Reading(Decimal("20500"), "๒๐,๕๐๐ บาท", 12, 12),
               "budget_allocated": Reading(Decimal("20900"), "20,900 บาท", 11, 11)}
    reports = {1: {"disbursed": Reading(Decimal("0"), "งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท", 21, 21)},
               2: _printed_entry(2, "๒๐,ฒ๐๐")}
    repair_amounts(project, reports, {}, "k", across=True)
    assert "disbursed" not in reports[2] and "disbursed_printed" in reports[2]


def test_a_figure_of_look_alikes_alone_is_weighed_by_its_readings():
    # report 1's "= Oum" (a ๐ read as a Latin O) read 0.00: weighed as 0 or 1, no longer the end of the weighing.
    # "1๕,100" beside a sure 41,380 and a budget spent ๕๕,๔๘๐ read "๕๕,๕๕๐" under 58,400: 55,480 alone holds
    project = {"budget_spent": Reading(Decimal("55550"), "๕๕,๕๕๐ บาท", 12, 12),
               "budget_allocated": Reading(Decimal("58400"), "58,400", 11, 11)}
    reports = {1: {"disbursed": Reading(Decimal("0"), "งบประมาณที่เบิกใช้ (ครั้งที่ 1)=Oum", 21, 21)},
               2: {"disbursed": Reading(Decimal("41380"), "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 41,380 บาท", 22, 22)},
               3: {"disbursed": Reading(Decimal("15100"), "งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 1๕,100 บาท", 23, 23)}}
    _money_jointly(project, reports, {}, "k")
    assert reports[3]["disbursed"].value == Decimal("14100") and project["budget_spent"].value == Decimal("55480")
    assert reports[1]["disbursed"].value == Decimal("0")


def test_a_clause_naming_report_zero_names_no_other_entry():
    # report 2's clause "(ครั้งที่ 0)": no report is numbered 0, its own number misread; the weighing goes on
    project, reports = _form("๕๕,๕๕๐ บาท", "55550", "58,400", [("0", "0"), ("41,380", "41380"), ("1๕,100", "15100")])
    reports[2]["disbursed"] = Reading(Decimal("41380"), "งบประมาณที่เบิกใช้ ( (ครั้งที่ 0) = 41,380 บาท", 22, 22)
    _money_jointly(project, reports, {}, "k")
    assert reports[3]["disbursed"].value == Decimal("14100")
    # one naming report 5 (another entry's tail) still stops it
    project, reports = _form("๕๕,๕๕๐ บาท", "55550", "58,400", [("0", "0"), ("41,380", "41380"), ("1๕,100", "15100")])
    reports[2]["disbursed"] = Reading(Decimal("41380"), "งบประมาณที่เบิกใช้ (ครั้งที่ 5) = 41,380 บาท", 22, 22)
    assert _money_jointly(project, reports, {}, "k") == []


def test_a_disbursement_the_copies_read_apart_is_the_one_another_copy_reads_as_the_figures_say():
    from parsers.bma_progress.repairs import money_from_copies
    # report 2 kept as the first copy reads it, "๑๓๒๐๐๐" (132,000: the tie broken by the copies' order); the
    # other copies read 13,600 and 17,600; its expense lines add up to 17,600: that copy's reading
    project = {"budget_spent": Reading(Decimal("1200"), "๑,๒๐๐ บาท", 12, 12)}
    reports = {1: {"disbursed": Reading(Decimal("0"), "งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท", 21, 21)},
               2: {"disbursed": Reading(Decimal("132000"), "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = ๑๓๒๐๐๐ บาท", 22, 22)}}
    lines = {2: [{"amount": Reading(Decimal("12000"), "12,000", 30, 30)},
                 {"amount": Reading(Decimal("5600"), "5,600", 31, 31)}]}
    copies = {("progress_reports", 2, "disbursed"): [Reading(Decimal("13600"), "(ครั้งที่ 2) = 1๓6๐0 บาท", 52, 52),
                                                     Reading(Decimal("17600"), "(ครั้งที่ 2) = 17600 บาท", 82, 82)]}
    issues = money_from_copies(project, reports, lines, "k", copies)
    assert reports[2]["disbursed"].value == Decimal("17600")
    assert [(i.code, i.field) for i in issues] == [("value_repaired", "progress_reports.disbursed")]
    # the budget spent the copies read apart: the one copy reading that the disbursements now add up to
    copies[("project", 0, "budget_spent")] = [Reading(Decimal("17600"), "๑๗,๖๐๐ บาท", 72, 72)]
    reports[2]["disbursed"] = Reading(Decimal("132000"), "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = ๑๓๒๐๐๐ บาท", 22, 22)
    issues = money_from_copies(project, reports, lines, "k", copies)
    assert project["budget_spent"].value == Decimal("17600") and len(issues) == 2
    # no copy reads what the lines say, or two do: the kept reading stays
    reports[2]["disbursed"] = Reading(Decimal("132000"), "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = ๑๓๒๐๐๐ บาท", 22, 22)
    copies = {("progress_reports", 2, "disbursed"): [Reading(Decimal("13600"), "(ครั้งที่ 2) = 1๓6๐0 บาท", 52, 52)]}
    assert money_from_copies(project, reports, lines, "k", copies) == []
    assert reports[2]["disbursed"].value == Decimal("132000")
    # without lines, a sure budget spent less the other reports says it
    project = {"budget_spent": Reading(Decimal("17600"), "17,600 บาท", 12, 12)}
    copies = {("progress_reports", 2, "disbursed"): [Reading(Decimal("17600"), "(ครั้งที่ 2) = 17600 บาท", 82, 82)]}
    money_from_copies(project, reports, {}, "k", copies)
    assert reports[2]["disbursed"].value == Decimal("17600")
    # its lone line misread too ("๑5๒,๐๐๐"): the sure budget spent less the other reports still says 17,600
    lines = {2: [{"amount": Reading(Decimal("152000"), "๑5๒,๐๐๐", 30, 30)}]}
    reports[2]["disbursed"] = Reading(Decimal("132000"), "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = ๑๓๒๐๐๐ บาท", 22, 22)
    money_from_copies(project, reports, lines, "k", copies)
    assert reports[2]["disbursed"].value == Decimal("17600")


def test_a_copy_keeps_the_printing_of_an_amount_that_does_not_parse():
    from parsers.bma_progress.read import read_entries
    from schemas.document import CopyReading
    from tests.lines import numbered_lines
    lines = numbered_lines(
        "รายงานครั้งที่ ๑ :: ๑๒ ม.ค. ๒๕๖๓ : ได้รับการอนุมัติโครงการ ::",
        "ความก้าวหน้าของงานฯ = ๕.๐๐ % : งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๒๐,ฒ๐๐ บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
        "รายงานครั้งที่ ๒ :: ๑๒ ก.พ. ๒๕๖๓ : จัดกิจกรรม ::",
        "ความก้าวหน้าของงานฯ = ๒๕.๐๐ % : งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย")
    out = CopyReading(0, 1, 4)
    read_entries(lines, out)
    first, second = out.tables["progress_reports"][1], out.tables["progress_reports"][2]
    # "๒๐,ฒ๐๐" is no number as printed: no value, its amount kept (the copies vote on it) and still said unparsed
    assert "disbursed" not in first and first["disbursed_printed"].value == "๒๐,ฒ๐๐"
    assert ("unparsed_value", "progress_reports.disbursed", 2) in {(i.code, i.field, i.line_end) for i in out.issues}
    # a clause with no amount at all keeps nothing
    assert "disbursed" not in second and "disbursed_printed" not in second


def test_lines_whose_amount_breaks_its_product_pin_no_reading_of_the_disbursement():
    # a document that never read a ๔: report 2 disbursed ๖,๑๔๐, read "๒๑๕๐"; its lines 8 x 600 = 4,800 (its amount
    # already mended by its product) and ๖๗ x 20 = ๑,๓๔๐ read "๒๕ x 20 = ๑๓๕๐", which breaks its product; the budget
    # spent ๖,๑๔๐ read "61๕๐".  The lines as read add up to 6,150, a reading of the disbursement's figure, but only
    # through that broken line's misread: they pin nothing, and 6,140 (67 x 20) and 6,180 (69 x 20) both fit
    project, reports = _form("61๕๐ บาท", "6150", "10300", [("0", "0"), ("๒๑๕๐", "2150")])
    expenses = {2: [_line("8", "8", "600", "600", "๕๕๐๐", "4800", 30), _line("๒๕", "25", "20", "20", "๑๓๕๐", "1350", 31)]}
    issues = _joint(_money_jointly(project, reports, expenses, "k"))
    assert reports[2]["disbursed"].value == Decimal("2150") and project["budget_spent"].value == Decimal("6150")
    # said, with the two values that fit
    [doubt] = issues
    assert doubt.code == "repair_ambiguous" and doubt.field == "progress_reports.disbursed"
    assert json.loads(doubt.evidence)["candidates"] == ["6140.00", "6180.00"]
    # lines whose products hold as read pin it as before: ๘ x ๔๐๐ = ๓,๒๐๐ and ๑๙ x ๕๐ = ๙๕๐, in Thai digits, add up
    # to 4,150, a reading of "๕๑๕๐" (a ๔ read as ๕) in the disbursement and the budget spent alike
    project, reports = _form("๕๑๕๐ บาท", "5150", "10300", [("0", "0"), ("๕๑๕๐", "5150")])
    expenses = {2: [_line("๘", "8", "๔๐๐", "400", "๓,๒๐๐", "3200", 30), _line("๑๙", "19", "๕๐", "50", "๙๕๐", "950", 31)]}
    issues = _joint(_money_jointly(project, reports, expenses, "k"))
    assert reports[2]["disbursed"].value == Decimal("4150") and project["budget_spent"].value == Decimal("4150")
    assert {i.field for i in issues} == {"progress_reports.disbursed", "projects.budget_spent"}


def test_a_disbursement_whose_sign_was_proven_is_not_read_with_it_again():
    # report 2 printed ฿๓๐,๖๐๐, read "8๓๐,๒๐๐" and kept without its sign in doubt (30,200: the copy's clauses print
    # ฿); the budget spent ฿38,500 read "838,500", the allocation printed in millions (no sign to prove its own).
    # 830,600 + 7,900 made "838,500" add up only by reading the proven sign as a digit again; without it, the budget
    # spent's leading 8 is the sign too (a form prints it before all its amounts or none), and 30,600 + 7,900 =
    # 38,500 is the one assignment that holds
    project, reports = _form("838,500", "838500", "1,330,000", [("0", "0"), ("8๓๐,๒๐๐", "30200"), ("7,900", "7900")])
    issues = _money_jointly(project, reports, {}, "k")
    assert reports[2]["disbursed"].value == Decimal("30600") and project["budget_spent"].value == Decimal("38500")
    assert {i.field for i in _joint(issues)} == {"progress_reports.disbursed", "projects.budget_spent"}
    # a disbursement read with its 8 as a digit (no rule dropped it) is weighed as before: the budget spent as read
    project, reports = _form("838,500", "838500", "1,330,000", [("0", "0"), ("8๓๐,๒๐๐", "830200"), ("7,900", "7900")])
    _money_jointly(project, reports, {}, "k")
    assert project["budget_spent"].value == Decimal("838500")


def test_a_disbursement_the_copies_read_as_other_figures_pins_nothing():
    # the first test's form, where another copy read report 3's amount as "90,000": no reading of "1๕,100" is
    # 90,000, nor is 15,100 a reading of "90,000" (the copy took another cell for it), so what report 3 disbursed is
    # not known up to misreads and the sum repairs nothing (fresh set s72b: a budget spent "๓๒๑๐๐" of 36,100 pinned
    # to 95,100 by a part a copy read as 25,500, the others as 101,000 and 90,000)
    form = ("๕๕,๕๕๐ บาท", "55550", "58,400", [("0", "0"), ("41,380", "41380"), ("1๕,100", "15100")])
    project, reports = _form(*form)
    apart = {("progress_reports", 3, "disbursed"): [Reading(Decimal("90000"), "90,000 บาท", 60, 60)]}
    assert _money_jointly(project, reports, {}, "k", apart) == []
    assert reports[3]["disbursed"].value == Decimal("15100") and project["budget_spent"].value == Decimal("55550")
    # a copy that read the same figure misread another way ("1๕,๑00", a reading of the kept one's characters) is
    # no such doubt: the sum still decides
    project, reports = _form(*form)
    misread = {("progress_reports", 3, "disbursed"): [Reading(Decimal("15100"), "1๕,๑00 บาท", 60, 60)]}
    _money_jointly(project, reports, {}, "k", misread)
    assert reports[3]["disbursed"].value == Decimal("14100") and project["budget_spent"].value == Decimal("55480")
    # nor a speck a copy read for the amount ("๕<" above the figure, read 5): no figure of its length
    project, reports = _form(*form)
    speck = {("progress_reports", 3, "disbursed"): [Reading(Decimal("5"), "= ๕< บาท", 60, 60)]}
    _money_jointly(project, reports, {}, "k", speck)
    assert reports[3]["disbursed"].value == Decimal("14100") and project["budget_spent"].value == Decimal("55480")


def test_a_value_the_assignments_give_while_they_leave_other_reports_unsettled_is_not_chosen():
    # s76b bma_progress_s76b001: 0 + 23,300.75 + 27,500 = 50,800.75 printed "๐.๐๐", "๒๓,๓๐๐.๓๕", "๒๑,๕๐๐.๐๐" (๗ read
    # as ๑ in the third: a misread the table leaves out) beside a budget spent "๕๐,๕๐๐.๑๕" (an allocation of 0.53
    # million): under the table every assignment that holds gives the second 29,300.95, but leaves the first (0.60
    # or 4.60) and the third (21,400.60 and more) misread and unsettled; the second is said in doubt, kept as read
    project, reports = _form("๕๐,๕๐๐.๑๕ บาท", "50500.15", "530,000",
                             [("๐.๐๐", "0"), ("๒๓,๓๐๐.๓๕", "23300.35"), ("๒๑,๕๐๐.๐๐", "21500")])
    issues = _money_jointly(project, reports, {}, "k")
    assert reports[2]["disbursed"].value == Decimal("23300.35")
    assert not [i for i in issues if i.code == "value_repaired"]
    (second,) = [i for i in issues if i.field == "progress_reports.disbursed" and "report 2's" in i.message]
    assert second.code == "repair_ambiguous" and json.loads(second.evidence)["candidates"] == ["29300.95"]
    assert json.loads(second.evidence)["unsettled"] == [1, 3]
