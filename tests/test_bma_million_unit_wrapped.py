"""A BMA progress budget printed in millions whose unit the page width (or a form read side by side: the unit
under the figure in its cell) put at the start of the next line ("งบประมาณที่ได้รับ : 1.2๕" / "ล้านบาท
สิ้นสุดโครงการ : ..."): the field's value was the bare figure, read as 1.25 baht, a million times too small,
and the unit was left as text.  The unit opening the next line, no field or heading between, is the value's
own (read.join_million_units); the rest of that line stays where it was."""

from __future__ import annotations

from parsers.bma_progress.fields import FORM
from parsers.bma_progress.read import join_million_units
from parsers.reader import scan, sort_out, split_copies
from parsers.values import parse_amount
from tests.lines import numbered_lines as _lines


def _parts(text: str):
    parts = sort_out(split_copies(scan(_lines(*text.splitlines()), FORM), FORM)[0], FORM)
    join_million_units(parts)
    return {k: v for k, v, _, _ in parts.fields}, parts


HEAD = "ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ 1.1 รหัสโครงการและชื่อโครงการ\nรหัสโครงการ : 50500000-5205 ปีงบประมาณ พ.ศ. : 2567\n"


def test_the_unit_that_opens_the_next_line_is_the_budgets():
    fields, parts = _parts(HEAD + "เริ่มต้นโครงการ : 2023-10-01 งบประมาณที่ได้รับ : 1.2๕\n"
                           "ล้านบาท สิ้นสุดโครงการ : 2024-09-30 งบประมาณที่ใช้ไป : 23,250 บาท\n")
    assert parse_amount(fields["budget_allocated"]) == 1_250_000
    assert fields["end_date"] == "2024-09-30"
    assert "ล้าน" not in " ".join(ln.text for lines in parts.sections.values() for ln in lines)


def test_under_the_figure_in_its_cell_the_rest_of_the_line_stays():
    fields, parts = _parts(HEAD + "งบประมาณที่ได้รับ : ๐.๕๑\n" + "ล้าน\t00:00:00\n")
    assert parse_amount(fields["budget_allocated"]) == 510_000
    assert "00:00:00" in " ".join(ln.text for lines in parts.sections.values() for ln in lines)


def test_a_figure_in_baht_takes_no_unit_from_the_next_line():
    fields, _ = _parts(HEAD + "งบประมาณที่ได้รับ : 25,000\nล้านบาท\n")
    assert parse_amount(fields["budget_allocated"]) == 25_000
