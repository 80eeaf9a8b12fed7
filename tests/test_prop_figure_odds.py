"""A budget line of Thai digits whose figures, as printed, do not multiply out and have several readings that do
("๒ x ๑๕,๐๐๐ = ๓๒,๐๐๐", printed 2 x 18,000 = 36,000: ๘ read ๕ and ๖ read ๒, the two misreads the OCR model
makes of digits it cannot write; fresh set s65z, proposal 005): the product alone leaves six readings (5 x 15,000 =
75,000 too, a ๕ read ๒ twice) and the total, one equation with other lines in doubt, settles none.  OCR's
measured misreads (normalizers.confusions.MEASURED_READS) make one reading a thousand times likelier or more than
any other to print so: it is taken, said as repaired in doubt (rule figure_odds, money.odds_choice); where no
reading stands out so, or a figure prints another character, none is chosen, as before."""
import json
from decimal import Decimal

from parsers.bma_proposal.money import amount_or_none, odds_choice, repair_lines
from schemas.document import Reading


def _line(q: str, e: str, a: str, at: int) -> dict[str, Reading]:
    return {n: Reading(amount_or_none(t), t, at, at) for n, t in (("quantity", q), ("unit_amount", e), ("amount", a))}


def test_the_likeliest_reading_of_a_line_is_taken_and_said():
    lines = [_line("๒", "๑๕,๐๐๐.-", "๓๒,๐๐๐.-", 1)]
    issues = repair_lines(lines, None)
    assert [lines[0][n].value for n in ("quantity", "unit_amount", "amount")] == \
        [Decimal("2"), Decimal("18000.00"), Decimal("36000.00")]
    repaired = [i for i in issues if i.code == "value_repaired"]
    assert {i.field for i in repaired} == {"expenses.unit_amount", "expenses.amount"}
    assert all(json.loads(i.evidence)["rule"] == "figure_odds" for i in repaired)
    assert all("chosen in doubt" in i.message for i in repaired)


def test_readings_alike_in_odds_or_other_characters_choose_none():
    # ๕ x ๕๐๐ = ๕,๐๐๐: 8 x 500 and 5 x 800 = 4,000 each read one ๕ for a ๘ and one for a ๔: neither stands out
    lines = [_line("๕", "๕๐๐", "๕,๐๐๐", 1)]
    issues = repair_lines(lines, None)
    assert [i for i in issues if i.code == "value_repaired"] == []
    assert lines[0]["amount"].value == Decimal("5000")
    # an Arabic digit among the figures (a mixed-digit line, which the odds of Thai misreads do not weigh)
    rec = _line("2", "๑๕,๐๐๐.-", "๓๒,๐๐๐.-", 1)
    assert odds_choice(rec, [(Decimal("2"), Decimal("18000"), Decimal("36000")),
                             (Decimal("5"), Decimal("15000"), Decimal("75000"))]) is None


def test_the_likeliest_readings_must_add_up_to_the_total():
    lines = [_line("๒", "๑๕,๐๐๐.-", "๓๒,๐๐๐.-", 1), _line("๑", "๑,๐๐๐", "๑,๐๐๐", 2)]
    repair_lines(lines, Decimal("40000"))  # 36,000 + 1,000 is not 40,000: nothing taken by the odds
    assert lines[0]["unit_amount"].value == Decimal("15000")


def test_a_figure_printed_among_other_characters_is_not_weighed():
    # "ต,๕๐๐": a letter OCR made of a digit before the figure (fresh set s61o, proposal 003: 2,400 printed)
    rec = _line("๑", "๕๐๐", "ต,๕๐๐", 1)
    options = [(Decimal("1"), Decimal("500"), Decimal("500")), (Decimal("2"), Decimal("250"), Decimal("500"))]
    assert odds_choice(rec, options) is None
    assert odds_choice(_line("๑", "๕๐๐", "๕๐๐", 1), options)[0] == options[0]  # the figure alone is weighed
