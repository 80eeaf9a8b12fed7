"""OBEC lists whose item numbers stand in a column of their own ("๑." / "๒." / "๓." over the texts), the column's
last number OCR made symbols alone ("©." for "๓.", under "oO." / "๒."): the clean-up takes the symbols for
debris, so the column held two numbers over three texts; the texts were cut into two items by the page's widths,
the last lost whole and the others shifted, and nothing said so.  Such a line right under a column whose last two
numbers read as n - 1 and n (n printed in digits as read) is the column's n + 1: the sequence proves it
(lists.column_firsts_kept, _column_closed_by); any other such line is left out, as debris is."""

from __future__ import annotations

from parsers.obec_progress.lists import column_firsts_kept, items_of
from schemas.document import Line

TEXTS = [Line(7, "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการปฏิบัติงานได้"),
         Line(9, "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน"),
         Line(11, "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน")]


def test_the_column_so_closed_numbers_its_texts():
    lines = column_firsts_kept([Line(1, "oO."), Line(3, "๒."), Line(5, "©."), *TEXTS])
    assert [ln.text for ln in lines][:3] == ["oO.", "๒.", "3."]
    assert [text for text, _, _ in items_of(lines)] == [ln.text for ln in TEXTS]
    # the column's first number symbols too ("©." over "๒." over "©."): 1, 2, 3
    assert [ln.text for ln in column_firsts_kept([Line(1, "©."), Line(3, "๒."), Line(5, "©."), *TEXTS])][:3] == [
        "1.", "๒.", "3."]


def test_symbols_the_sequence_does_not_prove_are_debris():
    # under one number alone (no column), under a number the one over it does not lead to, under a number not
    # printed in digits, under a text: left out
    for column in (["๒."], ["1.", "๓."], ["1.", "lo."], ["ครูผู้สอน", "๒."]):
        lines = [Line(k, t) for k, t in enumerate(column, start=1)] + [Line(5, "©.")] + TEXTS
        assert [ln.text for ln in column_firsts_kept(lines)] == [*column, *(ln.text for ln in TEXTS)]
