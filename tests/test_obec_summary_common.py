"""An OBEC summary's budget figures where several readings of their printed
characters hold together (parsers.obec_progress.summary_joint): a figure
every such reading gives one value (most often the disbursed percentage,
whose two decimals and printed complement hold it where the amounts' satang
do not) is that value (value_repaired, rule sum), the others left as read;
and a disbursed percentage printed in Thai digits that could read
otherwise, which no amount clause reads, keeps its printing for that
weighing (summary.PCT_PRINTED), its value unread."""

from __future__ import annotations

import json
from decimal import Decimal

from parsers.obec_progress.quarter_joint import repair_quarter_rows
from parsers.obec_progress.rows import quarter_rows, summary_printed
from parsers.obec_progress.summary import PCT_PRINTED, read_summary
from parsers.obec_progress.summary_joint import AMOUNTS, figure_values, repair_jointly, solutions, summary_readings
from schemas.document import Line, Reading

# a report whose OCR never wrote ๔ ๖ ๗ ๘ ๙ (unread "46789"): 120,450.00 planned, 93,061.74 disbursed (77.26 %),
# 27,388.26 not disbursed (22.74 %), printed so (๗ read ๓, ๖ read ๐ or ๒, ๔ and ๘ read ๕, ฒ for ๙)
PRINTED = {"budget_planned": "๑๒๐,๕๕๐.๐๐", "budget_disbursed": "ฒ๓,๐๐๑.๓๕", "budget_not_disbursed": "๒๓,๓๕๕.๒๒",
           "disbursed_pct": "๓๓.๒๐", "pct_not_disbursed": "๒๒.๓๕"}
UNREAD = "46789"


def _summary(with_pct: bool) -> dict[str, Reading]:
    out = {"budget_planned": Reading(Decimal("120550.00"), "๑๒๐,๕๕๐.๐๐ บาท", 1, 1),
           "budget_disbursed": Reading(None, "ฒ๓,๐๐๑.๓๕", 2, 2),
           "budget_not_disbursed": Reading(Decimal("23355.22"), "๒๓,๓๕๕.๒๒ บาท", 3, 3),
           "pct_not_disbursed": Reading(22.35, "๒๒.๓๕", 4, 4)}
    if with_pct:
        out[PCT_PRINTED] = Reading(None, "๓๓.๒๐", 2, 2)
    return out


def test_a_percentage_every_reading_gives_alike_is_repaired_the_amounts_left():
    values, shares = summary_readings(PRINTED, UNREAD)
    pairs = solutions(*(values[k] for k in AMOUNTS), shares)
    assert len(pairs) > 1 and {round(d * 100 / p, 2) for p, d in pairs} == {77.26}
    summary = _summary(True)
    issues = repair_jointly(summary, dict(PRINTED), UNREAD, (1, 4))
    assert [i.field for i in issues] == ["report_summaries.disbursed_pct"]
    evidence = json.loads(issues[0].evidence)
    assert evidence["rule"] == "sum" and evidence["chosen"] == "77.26" and evidence["printed"] == "๓๓.๒๐"
    assert summary["disbursed_pct"].value == 77.26
    assert summary["budget_planned"].value == Decimal("120550.00")  # (several readings: left as read)
    assert summary["budget_disbursed"].value is None


def test_without_the_percentage_nothing_is_common():
    printed = dict(PRINTED, disbursed_pct=None)
    summary = _summary(False)
    assert repair_jointly(summary, printed, UNREAD, (1, 4)) == []
    assert "disbursed_pct" not in summary


def test_a_thai_percentage_that_could_read_otherwise_keeps_its_printing_for_the_weighing():
    texts = ["จำนวนเงินงบประมาณตามแผนการใช้จ่าย ๑๒๐,๕๕๐.๐๐ บาท",
             "จำนวนเงินงบประมาณที่เบิกจ่ายจริง ฒ๓,๐๐๑.๓๕ win คิดเป็นร้อยละ ๓๓.๒๐",
             "จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้ตามแผนการใช้จ่าย ๒๓,๓๕๕.๒๒ บาท คิดเป็นร้อยละ ๒๒.๓๕"]
    got, issues = read_summary([Line(no, text) for no, text in enumerate(texts, 1)])
    assert "disbursed_pct" not in got  # (its digits could read otherwise: not read, said)
    assert got[PCT_PRINTED].text == "๓๓.๒๐" and got[PCT_PRINTED].value is None and got[PCT_PRINTED].span == (2, 2)
    assert any(i.field == "report_summaries.disbursed_pct" and i.code == "missing_value" for i in issues)
    assert summary_printed(got)["disbursed_pct"] == "๓๓.๒๐"
    assert figure_values("๓๓.๒๐", UNREAD, percent=True)


def test_the_undisbursed_share_after_an_amount_its_clause_cannot_read_is_read():
    # the amount damaged past an amount's shape (a digit written as two), or its บาท misread ("บปาท"), the share on
    # the next line: read all the same, as its own figure
    for amount, share in (("๑,๐๕๒๐.๐๐ บาท คิดเป็นร้อยละ\n๒.๓๓", 2.33), ("๑๕,๕๒๕.๕๕ บปาท\nคิดเป็นร้อยละ ๓๕.๓๕", 35.35),
                          ("๒๐,๓๒๐.ฒ๕\nwin คิดเป็นร้อยละ ๑๓.๐๓", 13.03)):
        texts = f"จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้ตามแผนการใช้จ่าย {amount}".split("\n")
        got, _ = read_summary([Line(no, text) for no, text in enumerate(texts, 1)])
        assert got["pct_not_disbursed"].value == share and got["pct_not_disbursed"].span == (len(texts), len(texts))


def test_a_share_misread_past_two_decimals_or_another_clause_s_is_not_read():
    texts = ["จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้ตามแผนการใช้จ่าย ๑๕,๕๑๕๕.๑๐ บาท", "คิดเป็นร้อยละ ๕๐.๐๒๒"]
    got, _ = read_summary([Line(no, text) for no, text in enumerate(texts, 1)])
    assert "pct_not_disbursed" not in got
    texts = ["จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้ตามแผนการใช้จ่าย ๑๕,๕๑๕๕.๑๐",
             "จำนวนเงินงบประมาณตามแผนการใช้จ่าย ๑๒๐,๕๕๐.๐๐ บาท คิดเป็นร้อยละ ๓๕.๓๕"]
    got, _ = read_summary([Line(no, text) for no, text in enumerate(texts, 1)])
    assert "pct_not_disbursed" not in got


def _amount(value: str | None, printed: str, line: int) -> Reading:
    return Reading(Decimal(value) if value is not None else None, f"จำนวนเงินงบประมาณ {printed} บาท", line, line)


def _row(planned: tuple[str, str], disbursed: tuple[str, str], line: int) -> dict[str, Reading]:
    return {"quarter": Reading(2, "ไตรมาสที่ ๒", line, line), "planned": _amount(*planned, line + 1),
            "disbursed": _amount(*disbursed, line + 2)}


def test_the_quarter_s_rows_leave_several_pairs_a_figure_all_give_alike_is_repaired():
    # 100,000.00 planned, 40,000.00 disbursed (40.00 %), printed "๕๐,๐๐๐.๐๐" and "๕๐.๐๐" (๔ read ๕): the summary
    # alone allows 40, 50, 80, 90 ... thousand; the rows (20,000.00 and 20,000 with Thai satang) leave 40,000.xx, its
    # satang several ways, every one of them 40.00 %
    summary = {"budget_quarter": Reading(2, "ไตรมาสที่ ๒", 1, 1),
               "n_budgeted_projects": Reading(2, "จำนวน ๒ โครงการ", 1, 1),
               "budget_planned": _amount("100000.00", "100,000.00", 2),
               "budget_disbursed": Reading(Decimal("50000.00"), "เบิกจ่ายจริง ๕๐,๐๐๐.๐๐ บาท คิดเป็นร้อยละ ๕๐.๐๐", 3, 3),
               "disbursed_pct": Reading(50.0, "เบิกจ่ายจริง ๕๐,๐๐๐.๐๐ บาท คิดเป็นร้อยละ ๕๐.๐๐", 3, 3)}
    budgets = {("in_progress", 1, 2): _row(("60000", "60,000.00"), ("20000", "20,000.00"), 10),
               ("in_progress", 2, 2): _row(("40000", "40,000.00"), ("20000", "20,000.๐๐"), 20)}
    assert repair_jointly(summary, summary_printed(summary), "", (1, 3)) == []  # (the summary alone: several %)
    issues = repair_quarter_rows(summary, summary_printed(summary), quarter_rows(summary, budgets), "", {}, (1, 3))
    assert [i.field for i in issues] == ["report_summaries.disbursed_pct"]
    assert json.loads(issues[0].evidence)["chosen"] == "40.0" and summary["disbursed_pct"].value == 40.0
    assert summary["budget_disbursed"].value == Decimal("50000.00")  # (several ways: left as read)


def test_two_percentages_at_odds_the_one_the_amounts_hold_with_is_weighed():
    # 22,600.00 planned, 12,876.00 disbursed (56.97 %), 9,724.00 not (43.03 %): the percentage's Arabic 6 read 9
    # ("59.97", past the table), the disbursed amount's ๘๗๖ written "๕๓๒๐" (one digit as two), the share "๕๓.๐๓"
    # (๔ read ๕): no reading of the two percentages makes 100; with the share alone the amounts hold one way
    printed = {"budget_planned": "22,600.00", "budget_disbursed": "๑๒,๕๓๒๐.๐๐", "budget_not_disbursed": "9,7๒4.00",
               "disbursed_pct": "59.97", "pct_not_disbursed": "๕๓.๐๓"}
    summary = {"budget_planned": Reading(Decimal("22600.00"), "22,600.00 บาท", 1, 1),
               "budget_disbursed": Reading(None, "๑๒,๕๓๒๐.๐๐", 2, 2),
               "budget_not_disbursed": Reading(Decimal("9724.00"), "9,7๒4.00 บาท", 3, 3),
               "disbursed_pct": Reading(59.97, "คิดเป็นร้อยละ 59.97", 2, 2),
               "pct_not_disbursed": Reading(53.03, "๕๓.๐๓", 3, 3)}
    issues = repair_jointly(summary, printed, UNREAD, (1, 3))
    assert summary["budget_disbursed"].value == Decimal("12876.00") and summary["disbursed_pct"].value == 56.97
    assert {i.field for i in issues} == {"report_summaries.budget_disbursed", "report_summaries.disbursed_pct"}
    assert all("disbursed_pct left out" in i.message for i in issues)


def test_a_figure_printed_as_readings_that_exclude_the_common_value_is_left():
    from parsers.obec_progress.summary_joint import common_chosen
    common = {"disbursed_pct": {52.83}, "budget_not_disbursed": {Decimal("0.00")}, "budget_planned": {Decimal("1"), Decimal("2")}}
    printed = {"disbursed_pct": "๕๒.๙๓", "budget_not_disbursed": None, "budget_planned": "๑.๐๐"}
    assert common_chosen(common, printed, "") == {}  # (๙ is read as itself: 52.93 only; the amount not printed)
    assert common_chosen(common, dict(printed, disbursed_pct="๕๒.๕๓"), "") == {"disbursed_pct": 52.83}
    assert common_chosen(common, dict(printed, disbursed_pct="๕«๑.๒๓"), "") == {"disbursed_pct": 52.83}  # (no shape)
