"""The BMA proposal's table headers as OCR leaves them."""

from __future__ import annotations

from parsers.bma_proposal.tables import is_header_cell


def test_a_header_cell_with_a_speck_before_it_or_one_letter_changed_is_a_header_cell():
    assert is_header_cell("ประเภท") and is_header_cell("วิธีการคำนวณ/")
    assert is_header_cell("ย ประเภท") and is_header_cell(", วิธีการคำนวณ/") and is_header_cell("| ประเภท")
    assert is_header_cell("จิธีการคำนวณ/")  # ว read as จ
    # an indicator's text is none
    assert not is_header_cell("นักเรียนที่เข้าร่วมกิจกรรมมีความพึงพอใจ")
    assert not is_header_cell("ก ประเมินผล")
