"""A KPI's method that took in the next row's indicator and target value, OCR having read them across their lines
("... เครื่องมือ ... โรงเรียนดำเนิน ร้อยละ กิจกรรมได้ครบ 100 ...": fresh set s79o, bma_proposal_s79o004), stood
with no issue: a value word after the tool's words, its figure a few words on, is another row's cell, said
(kpis.other_rows_cells)."""

from __future__ import annotations

from parsers.bma_proposal.kpis import other_rows_cells

# -- a KPI's method holding the next row's value, its indicator's words between the value word and its figure

_METHOD = ("วิธีการคำนวณ จำนวนโรงเรียนที่มีผลงานนักเรียนตามเกณฑ์/จำนวนโรงเรียนทั้งหมด x 100 "
           "เครื่องมือที่ใช้ในการวัด แบบรายงานผลการดำเนินงานของโรงเรียน")


def test_a_value_word_after_the_tool_its_figure_a_few_words_on_is_another_rows():
    assert other_rows_cells(f"{_METHOD} โรงเรียนดำเนิน ร้อยละ กิจกรรมได้ครบ 100 ตามแผนที่ กำหนด") == "ร้อยละ 100"
    # no figure after it, or the formula's share before the tool's words: none
    assert other_rows_cells(f"{_METHOD} คิดเป็นร้อยละ ของโรงเรียน") is None
    assert other_rows_cells(_METHOD) is None
