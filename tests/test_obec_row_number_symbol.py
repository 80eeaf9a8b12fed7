"""A row of an OBEC list of projects printed as a table whose number OCR read as one symbol ("> โครงการขับเคลื่อน
โรงเรียน   กลุ่มพัฒนาครูและ" for ๖, fresh set s58z obec 001): the table's fold took it for the wrapped line of the
row before, and the row after it too (its number misread lower, ๓ for ๗): two projects lost, said only by the
group's count.  The row opens there as a Latin look-alike's does (read._lookalike_number_row), a responsible unit's
name after its title; rule_title numbers it by its place, said."""

from __future__ import annotations

from parsers.obec_progress.read import _lookalike_number_row
from tests.test_obec_ocr import report, run
from tests.test_obec_row_number_lookalike import HEAD, ROWS


def _not_started(rows: dict) -> list[tuple[int, str]]:
    return sorted((p["group_seq"], p["name"]) for p in rows["projects"] if p["plan_status"] == "not_started")


def test_a_row_whose_number_ocr_read_as_a_symbol_opens_its_title():
    truth = _not_started(run(report() + HEAD + ROWS.format(second="๒")))
    rows = run(report() + HEAD + ROWS.format(second=">"))
    assert _not_started(rows) == truth
    assert [i for i in rows["issues"] if i["field"] == "projects.group_seq"
            and i["code"] in ("value_repaired", "repair_ambiguous")]


def test_a_symbol_opens_a_row_only_with_a_units_name_after_the_title():
    assert _lookalike_number_row(["> โครงการขับเคลื่อนโรงเรียน      กลุ่มพัฒนาครูและ", None])
    assert _lookalike_number_row(["« โครงการสถานศึกษาปลอดภัย", None, "หน่วยตรวจสอบภายใน"])
    assert not _lookalike_number_row(["> โครงการขับเคลื่อนโรงเรียนคุณภาพ", None])  # no unit
    assert not _lookalike_number_row([">> โครงการขับเคลื่อนโรงเรียน กลุ่มพัฒนาครูและ", None])  # two symbols
