"""A numbered list whose last items OCR lost with their numbers and opening words, the rest of their text after a
blank line under the last item read ("๒ เพื่อส่งเสริม..." / "ดให้มีประสิทธิภาพ" / "" / "พัฒนาบุคลากรหลักของ..."):
the text went into the last item, and the rows of the items after it were lost with their sequence said by no
issue (fresh set s51o: objectives 3 and 4, a silent miss each).  The list's last item whose text goes on past a
blank line with words that open no item is said now (items.gapped_unmarked_issues: items_cut_in_doubt on the
table's text and sequence), as an item opened by its words was; an item before the last, or a last item with no
gap, says nothing."""

from schemas.document import Line

from parsers.items import gapped_unmarked_issues, numbered_items, opens_purpose


def _items(*texts: str):
    lines = [Line(no, t) for no, t in enumerate(texts, start=70) if t]
    items, _ = numbered_items(lines, opens=opens_purpose)
    return items


ONE = "1 เพื่อเป็นการยกย่องและเชิดชูเกียรติและสร้างขวัญกำลังใจให้แก่"
TWO = "2 เพื่อส่งเสริมการใช้เทคโนโลยีสารสนเทศเพื่อการเรียนรู้ของโรงเรียน"


def test_the_last_numbered_item_going_on_past_a_gap_is_said():
    items = _items(ONE, "ข้าราชการครูและบุคลากรทางการศึกษา", "", TWO, "ในสังกัดให้มีประสิทธิภาพ", "",
                   "พัฒนาบุคลากรหลักของศูนย์วิชาการเขต", "ทักษะและเทคนิคในการทำงานด้านพัฒนาคุณภาพการศึกษา")
    assert [i.number for i in items] == [(1,), (2,)]
    said = gapped_unmarked_issues(items, "objective", "objectives")
    assert {(i.code, i.field) for i in said} == {("items_cut_in_doubt", "objectives.text"),
                                                 ("items_cut_in_doubt", "objectives.seq")}
    assert all(i.line_start == items[1].line_start for i in said)


def test_a_last_item_with_no_gap_says_nothing():
    items = _items(ONE, "ข้าราชการครูและบุคลากรทางการศึกษา", "", TWO, "ในสังกัดให้มีประสิทธิภาพ")
    assert gapped_unmarked_issues(items, "objective", "objectives") == []


def test_a_list_spaced_with_blank_lines_says_nothing():
    # a blank line under each line: item 1's wrap stands past one too, the gaps are the list's spacing
    items = _items(ONE, "", "ข้าราชการครูและบุคลากรทางการศึกษา", "", TWO, "", "ในสังกัดให้มีประสิทธิภาพ")
    assert [i.number for i in items] == [(1,), (2,)] and items[0].gap_lines
    assert gapped_unmarked_issues(items, "objective", "objectives") == []
