"""BMA proposals whose list numbers stand in a column of their own above the texts (each number alone on
its line, then the texts), OCR having damaged most numbers past an item's opener
(parsers.bma_proposal.numbering):

* the numbers "๒.@" / "ต.๒" / "a.m" / "a." above four objectives: the second read as item 2, the first a
  lone number before it, and the two after it under it: the items were counted as two (the lone numbers
  before the one read), the four texts fell into four groups, and nothing was read but one item holding
  every text (numbers_above now takes the column's numbers under the one read too);
* "ฒ.๑" / "elo" / "wm" / "we" above four benefits: one item read, the rest specks of no digit, and the texts,
  cut where a line opens as a benefit does, fell into more groups than numbers (two wrapped lines open with
  "นักเรียน"): every benefit ran into the first.  The specks under the one item read are the column's next
  numbers where the texts, their wrapped lines joined by the lines' widths, fall into as many groups (a
  guess, said: numbers_apart)."""

from __future__ import annotations

from parsers.bma_proposal.read import opens_beneficiary, read_list
from parsers.items import opens_purpose
from schemas.document import CopyReading, Line

_OBJECTIVES = ["๒.@", "ต.๒", "a.m", "a.",
               "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและสามารถจัดกิจกรรมส่งเสริมการจัด", "การเรียนรู้เชิงรุกได้",
               "เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาการจัดการเรียนรู้เชิงรุก", "ระหว่างโรงเรียน",
               "ผู้ปกครอง และชุมชน", "เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้เพื่อพัฒนาการ",
               "จัดการเรียนรู้เชิงรุก", "เพื่อคัดสรรแผนการจัดการเรียนรู้เชิงรุกที่มีคุณภาพ",
               "และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น"]
_BENEFITS = ["ฒ.๑", "elo", "wm", "we",
             "นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ", "ด้วยตนเองได้",
             "โรงเรียนมีกิจกรรมที่ส่งเสริมคุณธรรมจริยธรรมของ", "นักเรียนอย่างต่อเนื่อง",
             "ข้าราชการครูและบุคลากรทางการศึกษากรุงเทพมหานคร", "มีการจัดการเรียนรู้เพื่อพัฒนาคุณธรรมจริยธรรมของ",
             "นักเรียนของนักเรียน", "โรงเรียนมีโครงงานคุณธรรมที่มีคุณภาพ", "สามารถเผยแพร่เป็นแบบอย่างได้"]


def _read(texts: list[str], section: str, what: str, field: str, **kw):
    out = CopyReading(0, 1, len(texts))
    got, lead = read_list([Line(i + 1, t) for i, t in enumerate(texts)], section, what, field, out, **kw)
    return [(n, a, b) for n, _, a, b in got], lead, out.issues


def test_numbers_of_the_column_under_the_one_read_number_the_items_after_it():
    got, lead, issues = _read(_OBJECTIVES, "2", "objective", "objectives.seq", opens=opens_purpose)
    assert got == [(1, 5, 6), (2, 7, 9), (3, 10, 11), (4, 12, 13)] and lead == []
    assert {i.message.split(":")[0] for i in issues if i.code == "value_repaired"} >= {"objective 3", "objective 4"}


def test_specks_under_the_one_number_read_are_the_column_s_next_numbers_where_the_texts_fall_so():
    got, lead, issues = _read(_BENEFITS, "9", "expected benefit", "findings.seq", item_opens=opens_beneficiary)
    assert got == [(1, 5, 6), (2, 7, 8), (3, 9, 11), (4, 12, 13)]
    assert any(i.code == "unread_cells" and "apart from their numbers" in i.message for i in issues)


def test_specks_under_the_one_number_read_number_nothing_where_the_texts_do_not_fall_so():
    # three specks, the texts two benefits: the specks are no numbers; the list as before
    texts = _BENEFITS[:4] + ["นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ", "โรงเรียนมีโครงงานคุณธรรม"]
    got, _, _ = _read(texts, "9", "expected benefit", "findings.seq", item_opens=opens_beneficiary)
    assert len(got) <= 1


def test_a_speck_before_a_text_s_first_word_does_not_hide_its_opening():
    """Four numbers read whole in a column ("2.1" / "๒.2" / "๒.3" / "๒.4"), the last text opening with a speck
    OCR left before its first word (".เพื่อคัดสรร..."): the texts, cut where a line opens an objective by its
    words, fell into three groups for four numbers, and the first three objectives were lost (fresh set s56z
    bma_proposal_s56z001).  The speck is none of the words that open an item."""
    texts = ["2.1", "๒.2", "๒.3", "๒.4", *_OBJECTIVES[4:11], "." + _OBJECTIVES[11], _OBJECTIVES[12]]
    got, lead, _ = _read(texts, "2", "objective", "objectives.seq", opens=opens_purpose)
    assert got == [(1, 5, 6), (2, 7, 9), (3, 10, 11), (4, 12, 13)] and lead == []
