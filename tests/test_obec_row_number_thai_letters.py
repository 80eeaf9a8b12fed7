"""A row of an OBEC list of projects printed as a table whose number OCR read as a Thai letter and a vowel, the
digit and a speck beside it ("ตา โครงการเสริมสร้าง...   กลุ่มส่งเสริมการ" for ๓, fresh set s59z obec 001): the
table's fold took it for the wrapped line of the row before, and every row after it too (their numbers then past
the one the list expected): the list's last projects lost.  The row opens there as a Latin look-alike's does
(read._lookalike_number_row), a responsible unit's name after its title; rule_title numbers it by its place, said."""

from __future__ import annotations

from parsers.obec_progress.read import _lookalike_number_row
from tests.test_obec_ocr import report, run
from tests.test_obec_row_number_lookalike import HEAD, ROWS


def _not_started(rows: dict) -> list[tuple[int, str]]:
    return sorted((p["group_seq"], p["name"]) for p in rows["projects"] if p["plan_status"] == "not_started")


def test_a_row_whose_number_ocr_read_as_thai_letters_opens_its_title():
    truth = _not_started(run(report() + HEAD + ROWS.format(second="๒")))
    assert [seq for seq, _ in truth] == [1, 2, 3]
    rows = run(report() + HEAD + ROWS.format(second="ตา"))
    assert _not_started(rows) == truth
    assert [i for i in rows["issues"] if i["field"] == "projects.group_seq"
            and i["code"] in ("value_repaired", "repair_ambiguous")]


def test_thai_letters_open_a_row_only_as_a_letter_and_a_mark_with_a_unit_s_name_after_the_title():
    assert _lookalike_number_row(["ตา โครงการเสริมสร้างสัมฤทธิผลการบริหารงานบุคคลของ   กลุ่มส่งเสริมการ", None])
    assert _lookalike_number_row(["ตา โครงการสถานศึกษาปลอดภัย", None, "หน่วยตรวจสอบภายใน"])
    # a letter alone must be a digit's look-alike (tests/test_obec_row_speck_thai_lookalike.py)
    assert not _lookalike_number_row(["ต โครงการสถานศึกษาปลอดภัย", None, "หน่วยตรวจสอบภายใน"])
    assert not _lookalike_number_row(["ตา โครงการเสริมสร้างสัมฤทธิผลการบริหารงานบุคคล", None])  # no unit
    assert not _lookalike_number_row(["ของ โครงการเสริมสร้าง กลุ่มส่งเสริมการ", None])  # a word: three letters
    assert not _lookalike_number_row(["ในโครงการเสริมสร้าง กลุ่มส่งเสริมการ", None])  # no gap: a word
