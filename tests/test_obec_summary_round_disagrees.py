"""The OBEC summary's round (its months, "รอบ ๑๒ เดือน") and its budget
quarter ("การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๔"), which the form prints as one
fact twice (a round of N months reports quarter N/3): fresh set s69o,
obec_progress_s69o004, whose OCR wrote its ๔ as ๑ (a misread the table of
confusions lacks), read "ไตรมาสที่ ๑" beside "รอบ ๑๒ เดือน".  No reading of
either fits the other, so repair_round repaired nothing and said nothing: the
quarter 1 stood, silently.  Now both are said (implausible_value on each),
kept as read; where one reading fits, the repair stands as before."""

from __future__ import annotations

from parsers.obec_progress.summary_repairs import repair_round
from schemas.document import Reading


def _summary(months: str, quarter: str) -> dict:
    from normalizers.numbers import thai_digits_to_arabic
    return {"period_months": Reading(int(thai_digits_to_arabic(months)), f"รอบ {months} เดือน", 4, 4),
            "budget_quarter": Reading(int(thai_digits_to_arabic(quarter)), f"การเบิกจ่ายงบประมาณประจำไตรมาสที่ {quarter} "
                                      "ปีงบประมาณ", 41, 41)}


def test_months_and_a_quarter_that_disagree_are_said():
    summary = _summary("๑๒", "๑")
    issues = repair_round(summary)
    assert sorted(i.field for i in issues) == ["report_summaries.budget_quarter", "report_summaries.period_months"]
    assert {i.code for i in issues} == {"implausible_value"}
    assert summary["budget_quarter"].value == 1 and summary["period_months"].value == 12  # kept as read


def test_months_and_a_quarter_that_agree_say_nothing():
    assert repair_round(_summary("๑๒", "๔")) == []
    assert repair_round(_summary("๖", "๒")) == []


def test_a_misread_one_reading_fits_is_repaired_as_before():
    summary = _summary("๑๒", "๕")  # ๕ reads ๔ (parsers.repair's table): the one pair is (12, 4)
    issues = repair_round(summary)
    assert summary["budget_quarter"].value == 4
    assert [i.code for i in issues] == ["value_repaired"]
