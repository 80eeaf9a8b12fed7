"""BMA progress expense figures the form's copies read apart, the vote's tie broken by the earliest copy alone
(parsers.bma_progress.expense_copies): the entry's sum or the line's product chooses among the copies' readings
("ค่าถ่ายเอกสาร = 783,400" / "3,400", set s72a bma_progress_s72a006; "๑,๒00" / "9,600", s72a009; "2" / "2,700",
s71a006; "๓ x 8๓,5๐๐ = 5๑๐,๕๐๐" / "๓ x @๓,๕๐0 = @๑๐,๕๐๐", s72b009).  Where no reading, or several, fits, or the copies'
count (not their order) decided the vote, the vote's reading stays."""

import json
from decimal import Decimal

from parsers.bma_progress.expense_copies import expense_copies
from pipeline.vote import merge_copies
from schemas.document import CopyReading, Reading


def _money(text: str, line: int) -> Reading:
    digits = text.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")).replace(",", "").lstrip("@")
    return Reading(Decimal(digits).quantize(Decimal("0.01")), text, line, line)


def _copy(index: int, paid: str, lines: list[tuple[str, ...]]) -> CopyReading:
    """One copy: report 4's disbursement and its lines (item, amount[, quantity, unit amount])."""
    base = 100 * index
    expenses = {}
    for n, line in enumerate(lines, start=1):
        rec = {"item": Reading(line[0], line[0], base + n, base + n), "amount": _money(line[1], base + n)}
        if len(line) > 2:
            rec["quantity"] = _money(line[2], base + n)
            rec["unit_amount"] = _money(line[3], base + n)
            rec["unit"] = Reading("คัน", "คัน", base + n, base + n)
        expenses[(4, n)] = rec
    return CopyReading(index, base, base + 50, tables={"progress_reports": {4: {"disbursed": _money(paid, base)}},
                                                          "expenses": expenses})


def _run(*copies: CopyReading):
    merged = merge_copies(list(copies))
    reports = merged.tables["progress_reports"]
    return merged, expense_copies(merged, reports)


def test_the_entrys_sum_chooses_among_the_copies_readings():
    # (the other copy's figure in Thai digits: "9,600" against "๑,๒00" is a tie the vote breaks itself, ๑ a rarer
    # misread of the Arabic 9, pipeline.vote._rare_misread_source; Thai against Thai, the sum chooses)
    merged, issues = _run(_copy(0, "29,300", [("ค่าตอบแทนวิทยากร", "12,500"), ("ค่าจ้างเหมาจัดทำเอกสาร", "๑,๒00"),
                                              ("ค่าวัสดุอุปกรณ์", "7,200")]),
                          _copy(1, "29,300", [("ค่าตอบแทนวิทยากร", "12,500"), ("ค่าจ้างเหมาจัดทำเอกสาร", "๙,๖00"),
                                              ("ค่าวัสดุอุปกรณ์", "7,200")]))
    assert merged.tables["expenses"][(4, 2)]["amount"].value == Decimal("9600.00")
    assert [(i.code, i.field) for i in issues] == [("value_repaired", "expenses.amount")]
    evidence = json.loads(issues[0].evidence)
    assert evidence["rule"] == "sum" and evidence["chosen"] == "9600.00" and evidence["read"] == "1200.00"


def test_a_lone_line_needs_a_sure_disbursement():
    merged, issues = _run(_copy(0, "3,400", [("ค่าถ่ายเอกสาร", "783,400")]), _copy(1, "3,400", [("ค่าถ่ายเอกสาร", "3,400")]))
    assert merged.tables["expenses"][(4, 1)]["amount"].value == Decimal("3400.00") and len(issues) == 1
    # a disbursement in Thai digits OCR may have misread like the line: no witness
    merged, issues = _run(_copy(0, "๓,๕๐๐", [("ค่าถ่ายเอกสาร", "783,500")]), _copy(1, "๓,๕๐๐", [("ค่าถ่ายเอกสาร", "๓,๕๐๐")]))
    assert merged.tables["expenses"][(4, 1)]["amount"].value == Decimal("783500.00") and issues == []


def test_the_lines_product_chooses_its_figures_together():
    merged, issues = _run(_copy(0, "24,940", [("ค่าอาหาร", "13,000"), ("ค่าเช่ารถโดยสาร", "5๑๐,๕๐๐", "๓", "8๓,5๐๐")]),
                          _copy(1, "24,940", [("ค่าอาหาร", "13,000"), ("ค่าเช่ารถโดยสาร", "@๑๐,๕๐๐", "๓", "@๓,๕๐0")]))
    line = merged.tables["expenses"][(4, 2)]
    assert (line["unit_amount"].value, line["amount"].value) == (Decimal("3500.00"), Decimal("10500.00"))
    assert sorted(i.field for i in issues) == ["expenses.amount", "expenses.unit_amount"]
    assert all(json.loads(i.evidence)["rule"] == "product" for i in issues)


def test_no_reading_or_several_fit_or_a_majority_decided():
    # neither copy's reading makes the lines add up: the vote's reading stays
    merged, issues = _run(_copy(0, "29,300", [("ค่าตอบแทนวิทยากร", "12,500"), ("ค่าวัสดุ", "๑,๒00")]),
                          _copy(1, "29,300", [("ค่าตอบแทนวิทยากร", "12,500"), ("ค่าวัสดุ", "5,500")]))
    assert merged.tables["expenses"][(4, 2)]["amount"].value == Decimal("1200.00") and issues == []
    # two copies of three agree: the vote's reading (not a tie) stays, whatever the sum says
    lines = [("ค่าตอบแทนวิทยากร", "12,500"), ("ค่าวัสดุ", "๑,๒00")]
    merged, issues = _run(_copy(0, "21,500", lines), _copy(1, "21,500", lines),
                          _copy(2, "21,500", [("ค่าตอบแทนวิทยากร", "12,500"), ("ค่าวัสดุ", "9,000")]))
    assert merged.tables["expenses"][(4, 2)]["amount"].value == Decimal("1200.00") and issues == []
