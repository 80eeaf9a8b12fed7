"""A BMA progress form's report table read row by row with its cells side by side, the plan flag's cell three lines
high (": ไม่" / "เป็นไปตาม" / "แผน") beside the figures cell, its negation misread past it ("ไป") and left at the
end of the progress clause's first line: the progress figure under it was lost and the plan flag read met, with
nothing saying so (fresh set s65z, a silent miss).  The word goes to the flags column (sidebyside._split), the
progress figure is read, and both flags read met are said in doubt (entries.negation_beside): no flag is read not
met on a word that may be a speck."""

from __future__ import annotations

import pytest
import regex

from parsers.bma_progress.entries import parse_entries
from tests.test_bma_progress_entries_ocr import _lines

_ROWS = ("รายงาน :: 3 มีนาคม 2567 :",
         "ครั้งที่1     ประชุมคณะกรรมการ",
         "ดำเนินงานโครงการ",
         ":: ความก้าวหน้าของ                   :",
         "งานฯ = 12.00 %           เป็นไปตาม เป็นไปตาม",
         "งบประมาณที่เบิกใช้        แผน          เป้าหมาย",
         "(ครั้งที่ 1) = 0 บาท.-",
         "รายงาน :: 20 เมษายน 2567 :",
         "ครั้งที่2     เลื่อนการอบรมครู",
         "ไปเดือนถัดไป",
         ":: ความก้าวหน้าของ       {neg}",
         "งานฯ = 18.50 %           เป็นไปตาม เป็นไปตาม",
         "งบประมาณที่เบิกใช้        แผน          เป้าหมาย",
         "(ครั้งที่ 2) = 0 บาท.-")


def _read(neg: str, tabs: bool = False):
    rows = (row.format(neg=neg) for row in _ROWS)
    return parse_entries(_lines(*(regex.sub(r"\s{3,}", "\t", row) if tabs else row for row in rows)))


@pytest.mark.parametrize("tabs", [False, True])  # the cells' gaps as OCR gave them, or as the clean-up made them
def test_a_misread_negation_beside_the_figures_puts_both_flags_in_doubt(tabs):
    result = _read("ไป          '", tabs)
    entry = result.entries[2]
    assert entry.figures["progress"] == "18.50"
    doubts = {i.field for i in result.issues if i.code == "entry_cell_in_doubt" and i.line_start == 11}
    assert doubts == {"progress_reports.on_plan", "progress_reports.on_target"}
    assert not [i for i in result.issues if i.code == "value_repaired"]  # no flag read not met on it


def test_no_word_there_is_no_doubt():
    result = _read("             :")
    assert result.entries[2].figures["progress"] == "18.50"
    assert result.entries[2].figures["plan"] is True
    assert not [i for i in result.issues if i.code == "entry_cell_in_doubt"]


def test_a_wrapped_word_alone_is_no_misread_negation():
    from parsers.bma_progress.clauses import Event
    from parsers.bma_progress.entries import negation_beside
    # a description's last word a wrap left alone ("จัดกิจกรรมออก" / "ไป"), the flags farther down: no doubt
    far = [Event("text", 10, text="ไป"), Event("progress", 11, "15.0"), Event("plan", 14, True, text="เป็นไปตามแผน"),
           Event("target", 14, True, text="เป็นไปตามเป้าหมาย")]
    assert negation_beside(far)[1] == []
    # the budget clause's word a wrap left alone ("งบประมาณที่เบิก" / "ใช้"), the flags right below: no doubt
    clause = [Event("text", 10, text="ใช้"), Event("plan", 11, True, text="เป็นไปตามแผน"),
              Event("target", 11, True, text="เป็นไปตามเป้าหมาย")]
    assert negation_beside(clause)[1] == []
    # "ไป" where the negation stands, both flags' words on the line right below: said in doubt
    beside = [Event("text", 10, text="ไป"), Event("plan", 11, True, text="เป็นไปตามแผน"),
              Event("target", 11, True, text="เป็นไปตามเป้าหมาย")]
    assert [i.code for i in negation_beside(beside)[1]] == ["entry_cell_in_doubt"] * 2
