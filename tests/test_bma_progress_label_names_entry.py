"""A report header whose number OCR misread past reading ("ครั้งที่ ๐" for 3) in a narrow table whose figures
cell wrapped its budget clause over three lines ("% งบประมาณที่" / "เบิกใช้ (ครั้งที่ ๓)" / "= ๑๕๕๐๐ บาท"), the
amount set beside another cell's line: no budget event was read, so _renumber did not see the entry's clause
name report 3, and took the number the next header's misread digits said ("๕" for ๔: 4), putting every report
after it one off (set s66z: a copy's six reports read as seven, its figures weighed against the wrong reports'
and a copy_readings repair chose 74 for 40).  The label's tail alone in its cell names the entry's number as a
budget clause does (assemble._label_naming); a tail with its amount, or a bracket after other words, does not."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.bma_progress.assemble import _label_naming, number_entries
from parsers.bma_progress.clauses import Event


pytestmark = pytest.mark.usefixtures("repair_on")


def _entry(line: int, seq: int | None, printed: str, label: str | None = None) -> list[Event]:
    events = [Event("header", line, None, seq=seq, printed=printed),
              Event("date", line, damaged="ฆ กุมภาพันธ์ ๒๕ :", text="ฆ กุมภาพันธ์ ๒๕ :"),
              Event("text", line + 1, text="อยู่ระหว่างการดำเนินการ"),
              Event("progress", line + 2, 35.0, text="ความก้าวหน้าของงานฯ = ๓๕.๐๐ %")]
    if label is not None:
        events += [Event("text", line + 3, text="งบประมาณที่"), Event("text", line + 4, text=label)]
    return events + [Event("plan", line + 5, True, text="เป็นไปตามแผน"),
                     Event("target", line + 6, True, text="เป็นไปตามเป้าหมาย")]


def _numbers(label: str | None) -> list[int | None]:
    events = (_entry(10, 1, "๑") + _entry(20, 2, "๒") + _entry(30, 0, "๐", label)
              + _entry(40, 5, "๕") + _entry(50, None, "") + _entry(60, 2, "๒"))
    number_entries(events)
    return [ev.seq for ev in events if ev.kind == "header"]


def test_the_label_tail_names_the_entry():
    assert _numbers("เบิกใช้ (ครั้งที่ ๓)") == [1, 2, 3, 4, 5, 6]


def test_without_it_the_next_header_decides():
    assert _numbers(None)[2] == 4


def test_only_a_tail_alone_in_its_cell_names():
    assert _label_naming([Event("text", 1, text="เบิกใช้ (ครั้งที่ ๓")]).seq == 3
    assert _label_naming([Event("text", 1, text="เบิกใช้ (ครั้งที่ ๓) = ๐ บาท")]) is None
    assert _label_naming([Event("text", 1, text="ประชุมครั้งที่ ๓")]) is None
