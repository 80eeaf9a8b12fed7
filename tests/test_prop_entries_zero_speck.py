"""A speck OCR read as a lone "๐" on its own line right above report 1's
header (fresh set bp2/setb, bma_progress_s19bpb008, entries as line groups):
a bare number next to a header one apart reads as a number cell, so the
"๐" opened a report 0 (an extra row), and report 1's header after it, its
date slot damaged past reading ("22 AW. ๒๕๒๕"), was taken for the next cell
of a column of numbers: report 1 lost its description and its flags.
Reports count from 1: a bare 0 opens no entry anywhere.  A column of numbers
("1" / "2" / "3") still opens its entries."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines as _lines


_GROUPS = (
    "๐",
    "รายงานครั้งที ๑ :: 22 AW. ๒๕๒๕ : ประชุมผู้บริหารสถานศึกษาเพื่อ",
    "กําหนดวันจัดสัมมนา",
    ":: ความก้าวหน้าของงานฯ = ๑5.๐0 % งบประมาณทีเบิกใช้ (ครั้งที ๑) =",
    "BO",
    ": เป็นไปตามแผน",
    ": เป็นไปตามเป้าหมาย",
    "รายงานครังที่ ๒ :: 24/4/2565 : อยู่ระหว่างขันตอน...แต่งตังคณะกรรมการฯ",
    ":: ความก้าวหน้าของงานฯ = 07.00 % : งบประมาณทีเบิกใช้ (ครั้งที่ 2) =",
    "BO",
    ": เป็นไปตามแผน",
    ": เป็นไปตามเป้าหมาย",
)


def test_a_lone_zero_above_the_first_header_opens_no_report():
    result = parse_entries(_lines(*_GROUPS))
    entries = result.entries
    assert sorted(entries) == [1, 2]
    assert entries[1].description == "ประชุมผู้บริหารสถานศึกษาเพื่อ กำหนดวันจัดสัมมนา"
    values = figure_values(entries[1])[0]
    assert values["on_plan"] is True and values["on_target"] is True
    assert values["progress_pct"] == 15.0 and str(values["disbursed"]) == "0.00"


def test_a_column_of_numbers_still_opens_its_entries():
    column = ("1", "2", "3", ":: 8/10/2562 : จัดทำโครงการ", ":: 9/11/2562 : ประชุม", ":: 7/12/2562 : อบรม")
    assert sorted(parse_entries(_lines(*column)).entries) == [1, 2, 3]
