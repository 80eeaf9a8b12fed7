"""A budget line the product alone would repair, whose quantity and unit
amount have another reading that multiplies out to what the total leaves
it: two figures misread on one line ("๓" x "๕,000" = "ป]๓๕,000", printed
3 x 8,000 = 24,000: ๘ read ๕, ๒๔ read ]๓๕).  The product reads 7 x 5,000 =
35,000 (๓ read for ๗), the total 3 x 8,000 = 24,000: each fits one equation,
so neither is chosen and the line is flagged (pr/set1 s19pra003)."""
import json
from decimal import Decimal

from parsers.bma_proposal.money import amount_or_none, repair_lines
from schemas.document import Reading


def _line(q: str, e: str, a: str, at: int) -> dict[str, Reading]:
    return {n: Reading(amount_or_none(t), t, at, at) for n, t in (("quantity", q), ("unit_amount", e), ("amount", a))}


def _lines() -> list[dict[str, Reading]]:
    return [_line("1", "2๐,๐๐๐.00", "20,000.00", 1), _line("1", "1๒,๕00.๐๐", "๑๒,๕๐๐.๐๐", 2),
            _line("๓", "๕,000.๐๐", "ป]๓๕,000.00", 3)]


def test_the_product_and_the_total_reading_a_line_two_ways_choose_neither():
    lines = _lines()
    issues = repair_lines(lines, Decimal("56500"))
    assert [i for i in issues if i.code == "value_repaired"] == []
    assert lines[2]["quantity"].value == Decimal("3.00") and lines[2]["amount"].value == Decimal("35000.00")
    flagged = {i.field for i in issues if i.code == "repair_ambiguous" and i.line_start == 3}
    assert {"expenses.quantity", "expenses.unit_amount", "expenses.amount"} <= flagged
    assert all(json.loads(i.evidence)["rule"] == "product" for i in issues)


def test_the_product_alone_still_repairs_when_the_total_offers_no_other_reading():
    # the lines add up once the product's reading is taken: 20,000 + 12,500 + 35,000
    lines = _lines()
    repair_lines(lines, Decimal("67500"))
    assert lines[2]["quantity"].value == Decimal("7.00")
    # no total: the product's reading stands
    lines = _lines()
    repair_lines(lines, None)
    assert lines[2]["quantity"].value == Decimal("7.00")
    # the total leaves the line an amount no reading of its figures multiplies out to: the product's reading stands
    lines = _lines()
    repair_lines(lines, Decimal("50000"))
    assert lines[2]["quantity"].value == Decimal("7.00")
