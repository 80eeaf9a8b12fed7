"""Section 2's table read column by column, its flag column run on as text over a few lines (generated sets'
`few_lines`, `one_line`): one entry's target, then the next entry's plan, and a line's last plan flag with its
target on the next line ("... เป็นไปตามเป้าหมาย ไม่เป็นไปตามแผน :" / "เป็นไปตามเป้าหมาย ...").  Before, a plan
flag that stood after a target with only a space between and its own target past the line's end was read by no
clause (PLAN_RE wants a separator before it or its target after it): the entries from there on lost their plan
flag (said missing_value).  Now a plan flag right after a target flag is read.

The same for a plan flag right after a budget clause, past the ".-" that closes its amount, where its target
stands on the next line or past a doubled separator ("= ๐ บาท.- เป็นไปตามแผน :  : เป็นไปตามเป้าหมาย"), or glued
to the unit ("= 17,000.50 บาทเป็นไปตามแผน :"): PLAN_RE wants a separator, a figure, a full stop or a percent
sign before it, or its target right after it."""

from __future__ import annotations

from parsers.bma_progress.clauses import events_of
from parsers.bma_progress.entries import figure_values, parse_entries
from tests.test_bma_progress_entries_ocr import _lines

_COLUMNS = (
    "รายงานครั้งที่ 1 รายงานครั้งที่ 2 รายงานครั้งที่ 3 รายงานครั้งที่ 4",
    "5/3/2563 : ประชุมผู้บริหาร 10/4/2563 : จัดทำคำสั่ง 6/7/2563 : จัดกิจกรรม 9/8/2563 : สรุปผล",
    "ความก้าวหน้าของงานฯ = 10 % งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท",
    "ความก้าวหน้าของงานฯ = 20 % งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท",
    "ความก้าวหน้าของงานฯ = 30 % งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0 บาท",
    "ความก้าวหน้าของงานฯ = 40 % งบประมาณที่เบิกใช้ (ครั้งที่ 4) = 0 บาท",
    "ความสอดคล้อง เป็นไปตามแผน : เป็นไปตามเป้าหมาย ไม่เป็นไปตามแผน :",
    "เป็นไปตามเป้าหมาย เป็นไปตามแผน : ไม่เป็นไปตามเป้าหมาย เป็นไปตามแผน :",
    "เป็นไปตามเป้าหมาย",
)


def test_a_plan_flag_after_a_target_ending_a_line_is_read_and_goes_to_its_entry():
    result = parse_entries(_lines(*_COLUMNS))
    entries = result.entries
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n].get("on_plan") for n in (1, 2, 3, 4)] == [True, False, True, True]
    assert [values[n].get("on_target") for n in (1, 2, 3, 4)] == [True, True, False, True]
    assert not any(i.code == "missing_value" and i.field == "progress_reports.on_plan" for i in result.issues)


def test_the_plan_words_inside_a_description_after_other_words_are_no_flag():
    # no target flag before them, no separator, no target after: a description's words, as before
    kinds = [ev.kind for ev in events_of(_lines("สรุปผลการดำเนินงาน ได้เป็นไปตามแผน")[0])]
    assert "plan" not in kinds


_ROWS = (
    "รายงานครั้งที่ 1 07/04/2564 : จัดทำโครงการเพื่อขออนุมัติ ความก้าวหน้าของงานฯ = 19.0% งบประมาณที่เบิกใช้ "
    "(ครั้งที่ 1) = 0 บาท.- เป็นไปตามแผน :  : เป็นไปตามเป้าหมาย",
    "รายงานครั้งที่ 2 09/05/2564 : ดำเนินการจัดสัมมนา ความก้าวหน้าของงานฯ = 82.0% งบประมาณที่เบิกใช้ (ครั้งที่ 2) "
    "= 0 บาท.- ไม่เป็นไปตามแผน :",
    "เป็นไปตามเป้าหมาย",
    "รายงานครั้งที่ 3 30/09/2564 : สรุปผล ความก้าวหน้าของงานฯ = 100.00 %",
    "งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 17,000.50 บาทเป็นไปตามแผน :",
    "เป็นไปตามเป้าหมาย",
)


def test_a_plan_flag_right_after_a_budget_clause_is_read_past_its_dash_or_glued_to_its_unit():
    result = parse_entries(_lines(*_ROWS))
    entries = result.entries
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n].get("on_plan") for n in (1, 2, 3)] == [True, False, True]
    assert [values[n].get("on_target") for n in (1, 2, 3)] == [True, True, True]
    assert [str(values[n].get("disbursed")) for n in (1, 2, 3)] == ["0.00", "0.00", "17000.50"]
    assert [entries[n].description for n in (1, 2, 3)] == ["จัดทำโครงการเพื่อขออนุมัติ", "ดำเนินการจัดสัมมนา", "สรุปผล"]
