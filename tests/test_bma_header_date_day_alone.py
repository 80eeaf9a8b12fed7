"""A BMA progress header date whose month and year the page width put at the start of the next line, before that
line's own labels ("เริ่มต้นโครงการ : 1" / "ตุลาคม 2564 งบประมาณที่ได้รับ : ..."): the day alone is no whole date
(fields.has_year), so the text opening the next line is the value's own, as a year alone on it is."""

from __future__ import annotations

from datetime import date

from parsers.bma_progress.fields import FORM, has_year
from parsers.reader import scan, sort_out, split_copies
from normalizers.dates import parse_date
from tests.lines import numbered_lines as _lines


def _fields(text: str) -> dict[str, str]:
    parts = sort_out(split_copies(scan(_lines(*text.splitlines()), FORM), FORM)[0], FORM)
    return {k: v for k, v, _, _ in parts.fields}


HEAD = "ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ 1.1 รหัสโครงการและชื่อโครงการ\n"


def test_a_day_alone_takes_the_month_and_year_that_open_the_next_line():
    assert not has_year("1") and not has_year(" ๓๐ ") and has_year("1 ตุลาคม 2564") and has_year("2021-10-01")
    fields = _fields(HEAD + "50360000-3828 ปีงบประมาณ พ.ศ. : 2565 เริ่มต้นโครงการ : 1\n"
                     "ตุลาคม 2564 งบประมาณที่ได้รับ : 52,600 บาท สิ้นสุดโครงการ : 30\n"
                     "กันยายน 2565 งบประมาณที่ใช้ไป : 36,800 บาท\n")
    assert parse_date(fields["start_date"]) == date(2021, 10, 1)
    assert parse_date(fields["end_date"]) == date(2022, 9, 30)
    assert fields["budget_allocated"].startswith("52,600") and fields["budget_spent"].startswith("36,800")


def test_a_whole_date_takes_nothing_from_the_next_line():
    fields = _fields(HEAD + "ปีงบประมาณ พ.ศ. : 2565 เริ่มต้นโครงการ : 1 ตุลาคม 2564\n"
                     "ตุลาคม 2564 งบประมาณที่ได้รับ : 52,600 บาท\n")
    assert fields["start_date"] == "1 ตุลาคม 2564"
