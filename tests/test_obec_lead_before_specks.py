"""An OBEC list whose lead introduces it ("... โดยกำหนดการดำเนินงานดังนี้", printed unnumbered: the form's item 1)
with a picture or stamp between the lead and its first numbered item, which OCR read as specks ("2)", "Cc",
"exe ถดิ๑", "5 3": fresh set s64z's obec_progress_s64z001, project 6's results).  Before, the lead's last line was
a speck, so the lead read as introducing nothing: it was taken for words of item 1 read before its number
(_stray_lead) and run into item 1, every later item numbered one place early and the last one lost.  The lead's
words end at its last line of words where only specks, junk or a bare number follow
(parsers.obec_progress.lists.lead_words): it introduces the list there, stays an item of its own, and the specks
are no words of it."""

from __future__ import annotations

from parsers.obec_progress.lists import items_of, lead_words
from schemas.document import Line

LEAD = [Line(10, "ได้ดำเนินการส่งเสริมการอ่านเพื่อพัฒนาสมรรถนะ"), Line(11, "ของผู้เรียน โดยกำหนดการดำเนินงานดังนี")]
SPECKS = [Line(13, "2)"), Line(15, "="), Line(16, "Cc"), Line(17, "exe ถดิ๑"), Line(18, "ee"), Line(19, "5 3")]
ITEMS = [Line(21, "๑. ครูผู้สอนมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ใน"), Line(22, "การจัดการเรียนการสอนได้"),
         Line(24, "๒. ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๔๐ โรงเรียน")]


def test_a_lead_with_specks_after_it_is_an_item_of_its_own():
    items = items_of(LEAD + SPECKS + ITEMS)
    assert [(a, b) for _, a, b in items] == [(10, 11), (21, 22), (24, 24)]
    assert items[0][0] == "ได้ดำเนินการส่งเสริมการอ่านเพื่อพัฒนาสมรรถนะ ของผู้เรียน โดยกำหนดการดำเนินงานดังนี"
    assert items[1][0].startswith("ครูผู้สอน") and items[2][0].startswith("ได้ดำเนินการนิเทศ")


def test_the_lead_keeps_what_is_no_speck():
    assert lead_words(LEAD + SPECKS) == LEAD
    # a line of words after the specks, or a wrapped figure of three digits: the lead as it is
    worded = LEAD + SPECKS[:2] + [Line(20, "สพป.ตรัง เขต ๒")]
    assert lead_words(worded) == worded
    figure = LEAD + [Line(12, "๒๕๖๗")]
    assert lead_words(figure) == figure
    assert lead_words(SPECKS) == SPECKS
    # a count OCR garbled after the lead's words ('จํ้านวน ๑อ คน': four Thai letters in a row) is words of it
    counted = [Line(107, "เชิงปริมาณ ผู้บริหารสถานศึกษาและคณะกรรมการดําเนินงาน"), Line(109, "จํ้านวน ๑อ คน")]
    assert lead_words(counted) == counted
