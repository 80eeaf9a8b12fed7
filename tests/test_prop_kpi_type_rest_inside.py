"""A BMA proposal's KPI table read row by row whose columns OCR left two spaces apart at most, the type's column
wrapped ("ผลผลิ" on the row's first line, "ต" on the next, standing between the value's figure and the method's
words: "กิจกรรมได้ครบ 100  ต  จำนวนโรงเรียน ปีงบประมา"; fresh set s59z, proposal 004).  No gap parted that line,
so the indicator's words and the figure ran into the method and the value was "ร้อยละ" alone.  The type's
wrapped end, a word of its own inside the line, parts it (kpis._without_type_rest)."""

from __future__ import annotations

from parsers.bma_proposal.kpis import read_rows
from schemas.document import Line


def _lines(texts: list[str]) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(texts, start=1)]


def test_the_type_cells_wrapped_end_inside_a_line_parts_the_columns():
    rows, _ = read_rows(_lines(["โรงเรียนดำเนิน ร้อยละ ผลผลิ วิธีการคำนวณ ภายใน",
                                "กิจกรรมได้ครบ 100  ต  จำนวนโรงเรียน ปีงบประมา",
                                "ตามแผนที่         ที่ดำเนิน         ณ 2570",
                                "กำหนด         กิจกรรมครบ"]))
    assert len(rows) == 1
    row = rows[0]
    assert row.value == ["ร้อยละ", "100"]
    assert row.text == ["โรงเรียนดำเนิน", "กิจกรรมได้ครบ", "ตามแผนที่", "กำหนด"]
    assert row.method[:2] == ["วิธีการคำนวณ", "จำนวนโรงเรียน"]
    assert row.period == ["ภายในปีงบประมาณ 2570"]


def test_two_such_words_inside_the_line_part_nothing():
    # the end's letters twice as words of their own: which one is the type's column is not known, the line kept
    rows, _ = read_rows(_lines(["โรงเรียนดำเนิน ร้อยละ ผลผลิ วิธีการคำนวณ ภายใน",
                                "กิจกรรม ต ได้ครบ 100  ต  จำนวนโรงเรียน ปีงบประมา"]))
    assert rows[0].value == ["ร้อยละ"]


def test_a_line_opening_with_the_method_words_opens_the_rows_method_not_its_indicator():
    # fresh set s59z, proposal 002: the row's first line its indicator, value and type; the method alone on the next
    # lines (no gap before it): it was read as the indicator's wrapped words, and the row had no method
    rows, _ = read_rows(_lines(["โรงเรียนดำเนินกิจกรรมได้ครบตามแผนที่กำหนด    ร้อยละ ๑๐๐ ผลผลิต",
                                "วิธีการคำนวณ จำนวนโรงเรียนที่ดำเนินกิจกรรมครบตามแผน/จำนวนโรงเรียนทั้งหมด",
                                "x ๑๐๐ เครื่องมือที่ใช้ในการวัด แบบรายงานผลการดำเนินงาน ภายในปีงบประมาณ ๒๕๖๗"]))
    row = rows[0]
    assert row.text == ["โรงเรียนดำเนินกิจกรรมได้ครบตามแผนที่กำหนด"]
    assert row.method[0].startswith("วิธีการคำนวณ")
    assert row.period == ["ภายในปีงบประมาณ ๒๕๖๗"]


def test_a_type_cell_that_read_a_speck_of_its_wrapped_letter_still_wraps():
    # fresh set s93p, proposal 004: the type's cell read "ผลตผลิ" (a speck of the wrapped "ต" read into it), its
    # rest "ต" alone after the figure on the next line, the method and period columns lost: the rest opened the
    # row's method, and the indicator's wrapped lines after it went there too (its text silently cut short)
    rows, _ = read_rows(_lines(["โรงเรียนดำเนิน ร้อยละ ผลตผลิ", "กิจกรรมได้ครบ 100     ต", "ตามแผนที่", "กำหนด"]))
    row = rows[0]
    assert row.text == ["โรงเรียนดำเนิน", "กิจกรรมได้ครบ", "ตามแผนที่", "กำหนด"]
    assert row.value == ["ร้อยละ", "100"] and not row.method
