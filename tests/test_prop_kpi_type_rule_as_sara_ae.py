"""BMA proposals after OCR whose KPI table's type cell took the table's rule before it as a sara ae
("ร้อยละ แผลลัพธ์ วิธีการคำนวณ": worked sets s69z bma_proposal_s69z002, extra3 bma_proposal_w002).  Before,
"แผลลัพธ์" read as no type, so the row's type was lost.  Now a type word may carry that sara ae before it
(kpis._TYPE_RE; type_of reads the word as the type it is near)."""

from __future__ import annotations

from parsers.bma_proposal.kpis import _type_in, read_rows
from tests.conftest import numbered_lines


def test_a_type_word_with_a_sara_ae_before_it_is_the_type():
    assert _type_in("นักเรียนที   ร้อยละ แผลลัพธ์ วิธีการคำนวณ   ไตรมาสที่ ๔").group(0) == "แผลลัพธ์"
    rows, _ = read_rows(numbered_lines(["นักเรียนที่เข้าร่วมกิจกรรม   ร้อยละ ๘๕ แผลลัพธ์ วิธีการคำนวณ จำนวนนักเรียน"
                                        "   ไตรมาสที่ ๔"]))
    assert [(r.value, r.type) for r in rows] == [(["ร้อยละ", "๘๕"], "ผลลัพธ์")]


def test_a_word_of_sara_ae_that_is_no_type_is_none():
    assert _type_in("นักเรียน แผนการสอน วิธีการคำนวณ") is None
