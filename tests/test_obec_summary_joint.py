"""An OBEC summary's budget figures weighed together
(parsers.obec_progress.summary_joint): planned - disbursed = not disbursed,
disbursed of planned the percentage printed, that percentage and the
undisbursed share make 100.  Where the figures as read do not hold, the one
reading of all their printed characters that does is taken (value_repaired,
rule sum); where no reading of all of them does, the one amount whose
leaving out lets the others give exactly one reading is that reading; where
several readings hold, nothing is chosen."""

from __future__ import annotations

import json
from decimal import Decimal

from parsers.obec_progress.summary_joint import figure_values, repair_jointly, row_sums, solutions
from schemas.document import Reading
from tests.test_obec import baseline, codes, original, run

PLANNED = "ตามแผนการใช้จ่าย ๓๗๒,๕๙๕.๐๐ บาท"
DISBURSED = "เบิกจ่ายจริง ๑๙๖,๘๓๖.๒๘ บาท"
REST = "\n๑๗๕,๗๕๘.๗๒ บาท"


def _text(planned: str, disbursed: str, rest: str) -> str:
    text = original()
    assert PLANNED in text and DISBURSED in text and REST in text
    return (text.replace(PLANNED, f"ตามแผนการใช้จ่าย {planned} บาท", 1)
            .replace(DISBURSED, f"เบิกจ่ายจริง {disbursed} บาท", 1).replace(REST, f"\n{rest} บาท", 1))


def _summary(rows: dict) -> dict:
    (summary,) = rows["report_summaries"]
    return summary


def _repairs(rows: dict) -> dict[str, dict]:
    return {i["field"]: json.loads(i["evidence"]) for i in codes(rows, "value_repaired")
            if i["field"].startswith("report_summaries.budget") or i["field"] == "report_summaries.disbursed_pct"}


def test_thai_digits_misread_are_read_the_one_way_the_figures_hold():
    # ๙ read ๕, ๖ read ๒, ๘ read ๕ (normalizers.confusions.MISREADS): planned and not disbursed in Arabic digits
    rows = run(_text("372,595.00", "๑๕๒,๕๓๒.๒๕", "175,758.72"))
    summary = _summary(rows)
    assert summary["budget_disbursed"] == Decimal("196836.28")
    repaired = _repairs(rows)
    assert repaired["report_summaries.budget_disbursed"]["rule"] == "sum"
    assert repaired["report_summaries.budget_disbursed"]["chosen"] == "196836.28"


def test_an_amount_no_reading_fits_is_what_the_others_give():
    # an Arabic digit misread (6 read 0): no reading of it holds; planned, not disbursed and the two shares give it
    rows = run(_text("372,595.00", "190,836.28", "175,758.72"))
    assert _summary(rows)["budget_disbursed"] == Decimal("196836.28")
    assert _repairs(rows)["report_summaries.budget_disbursed"]["printed"] == "190,836.28"


def test_two_amounts_either_of_which_left_out_gives_a_reading_choose_nothing():
    # 196,836.26 (8 read 6) left out gives 196,836.28; 372,595.00 left out gives 372,594.98, 52.83 % all the same
    rows = run(_text("372,595.00", "196,836.26", "175,758.72"))
    assert _summary(rows)["budget_disbursed"] == Decimal("196836.26") and not _repairs(rows)


def test_figures_that_hold_are_left_alone():
    assert not _repairs(baseline())
    assert _summary(baseline())["budget_disbursed"] == Decimal("196836.28")


def test_several_readings_that_hold_choose_nothing():
    summary = {"budget_planned": Reading(Decimal("1000.00"), "1,000.00 บาท", 1, 1),
               "budget_disbursed": Reading(Decimal("500.00"), "๕๐๐.๐๐ บาท", 2, 2),
               "budget_not_disbursed": Reading(Decimal("550.00"), "๕๕๐.๐๐ บาท", 3, 3)}
    printed = {"budget_planned": "1,000.00", "budget_disbursed": "๕๐๐.๐๐", "budget_not_disbursed": "๕๕๐.๐๐",
               "disbursed_pct": None, "pct_not_disbursed": None}
    assert len(solutions(*(figure_values(printed[k], "") for k in ("budget_planned", "budget_disbursed",
                                                                     "budget_not_disbursed")), None)) > 1
    assert repair_jointly(summary, printed, "", (1, 3)) == []
    assert summary["budget_disbursed"].value == Decimal("500.00")


def test_a_document_that_never_shows_a_digit_reads_its_others_as_printed():
    # an OCR that writes no ๔ ๖ ๗ ๘ ๙: a ๕ may be any of them, a ๒ a ๖, never a ๕ (๕ it writes)
    assert figure_values("๕๒", "46789") == {v * 100 for v in (42, 46, 52, 56, 72, 76, 82, 86, 92, 96)}
    assert figure_values("๕๒", "") >= {5200, 5500, 4200}
    assert figure_values("12.5", "") is None and figure_values("12.5", "", percent=True) == {1250}  # (an amount has two)


def test_the_quarters_rows_tell_apart_readings_that_hold():
    """Of several readings of the figures that hold, only those whose totals
    the quarter's budget rows may add up to are kept (row_sums)."""
    summary = {"budget_planned": Reading(Decimal("1000.00"), "1,000.00 บาท", 1, 1),
               "budget_disbursed": Reading(Decimal("500.00"), "๕๐๐.๐๐ บาท", 2, 2),
               "budget_not_disbursed": Reading(Decimal("550.00"), "๕๕๐.๐๐ บาท", 3, 3)}
    printed = {"budget_planned": "1,000.00", "budget_disbursed": "๕๐๐.๐๐", "budget_not_disbursed": "๕๕๐.๐๐",
               "disbursed_pct": None, "pct_not_disbursed": None}
    sums = {"budget_planned": row_sums(["600", "400"], ""), "budget_disbursed": row_sums(["60", "400"], "")}
    assert repair_jointly(dict(summary), printed, "", (1, 3)) == []  # (without the rows: several)
    issues = repair_jointly(summary, printed, "", (1, 3), sums)
    assert summary["budget_disbursed"].value == Decimal("460.00")
    assert summary["budget_not_disbursed"].value == Decimal("540.00")
    assert summary["disbursed_pct"].value == 46.0  # (not read: the figures give it)
    assert {i.field for i in issues} == {"report_summaries.budget_disbursed", "report_summaries.budget_not_disbursed",
                                         "report_summaries.disbursed_pct"}


def test_row_sums():
    assert row_sums(["๑๐๐", "200"], "46789") == {v * 100 + 20000 for v in (100, 104, 106, 140, 144, 146, 160, 164, 166)}
    assert row_sums(["200", None], "") is None


def test_the_summary_s_pairs_are_weighed_once_a_document(monkeypatch):
    """repair_jointly and quarter_joint's totals weigh the same figures: the
    second asks the kept answer, until the document's weighing is done."""
    import parsers.obec_progress.summary_joint as sj
    calls = []
    weigh = sj._weigh
    monkeypatch.setattr(sj, "_weigh", lambda *a: calls.append(a) or weigh(*a))
    sj.forget_solutions()
    figures = [figure_values(x, "") for x in ("1,000.00", "๕๐๐.๐๐", "๕๕๐.๐๐")]
    first = solutions(*figures, None)
    assert solutions(*figures, None) == first and len(calls) == 1
    sj.forget_solutions()
    assert solutions(*figures, None) == first and len(calls) == 2
