"""OBEC lists whose item numbers stand in a column of their own, a number OCR read with a quote speck before its
mark ("mM”." for "๓.", under "@)." / "lo."; fresh set s56z obec_progress_s56z004): the line was no number alone
(its token then three characters), so the column held two numbers over three texts, the first item's text held
the speck line and the others were lost.  A quote speck right before the mark is none of the number's token
(lists._MARK_ALONE_RE): the sequence reads the token as the column's next number where it may be."""

from __future__ import annotations

from parsers.obec_progress.lists import column_firsts_kept, items_of
from schemas.document import Line

TEXTS = [Line(7, "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว"),
         Line(9, "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๒๓ โรงเรียน"),
         Line(11, "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน")]


def test_a_quote_speck_before_the_mark_leaves_the_number_alone():
    lines = column_firsts_kept([Line(1, "1."), Line(3, "lo."), Line(5, "mM”."), *TEXTS])
    assert [text for text, _, _ in items_of(lines)] == [ln.text for ln in TEXTS]


def test_a_quote_speck_inside_a_text_is_no_number():
    lines = [Line(1, "1."), Line(3, "lo."), Line(5, "“ครูผู้สอน”."), *TEXTS]
    assert "ครูผู้สอน" in " ".join(text for text, _, _ in items_of(column_firsts_kept(lines)))
