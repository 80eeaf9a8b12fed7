"""An OBEC list whose numbers stand in a column read apart from its texts,
the column one number short (OCR lost one), so that the lost item's text,
with no gap before it, ran into the paragraph above it: where both halves
are items of the list's kind the report prints whole elsewhere and the
whole is printed nowhere, the paragraph is cut there and the cut said
(parsers.obec_progress.lists._column_short; set s44z's
obec_progress_s44z001 project 8 read two results as one)."""

from __future__ import annotations

from parsers.obec_progress.lists import item_key, items_of
from schemas.document import Line

FIRST = "สพป.ตรัง เขต 1 ได้ดำเนินการโรงเรียนสีเขียว"
SECOND = "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการปฏิบัติงานได้"
THIRD = "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน 86 โรงเรียน"
LINES = [Line(870, "1."), Line(872, "2."), Line(876, FIRST), Line(877, "ครบตามแผนที่กำหนด"),
         Line(880, SECOND), Line(881, THIRD)]
OWN = frozenset({item_key(SECOND), item_key("ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน 12 โรงเรียน")})


def test_a_paragraph_of_two_known_items_under_a_short_column_is_cut():
    tails: list[int] = []
    items = items_of(LINES, None, OWN, OWN, tails)
    assert [(a, b) for _, a, b in items] == [(876, 877), (880, 880), (881, 881)]
    assert [t for t, _, _ in items][1:] == [SECOND, THIRD]
    assert tails == [881]  # (said by rounds.read_round_into: items_cut_in_doubt)


def test_a_paragraph_known_whole_is_kept():
    whole = frozenset({*OWN, item_key(f"{SECOND} {THIRD}")})
    items = items_of(LINES, None, whole, whole, [])
    assert [(a, b) for _, a, b in items] == [(876, 877), (880, 881)]


def test_a_paragraph_one_half_of_which_is_unknown_is_kept():
    own = frozenset({item_key(SECOND)})
    assert [(a, b) for _, a, b in items_of(LINES, None, own, own, [])] == [(876, 877), (880, 881)]


def test_no_cut_where_an_item_after_it_opens_on_a_line_the_page_wrapped():
    # the column is whole ("1)" / "2)"): item 2's first line is known alone (every printing wraps it at the same
    # word) and its tail, after OCR's debris, goes on from it as the widths say (set s42o's obec_progress_s42o003)
    from parsers.wraps import PageWraps
    head = "ข้าราชการครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง"
    rest = "และพัฒนาคุณภาพงานให้มีประสิทธิภาพมากยิ่งขึ้น"
    second = "ผู้เข้าร่วมโครงการมีความรู้ ความเข้าใจ"
    tail = "สามารถนำองค์ความรู้ไปปรับใช้ในการบริหารจัดการศึกษา"
    lines = [Line(364, "1)"), Line(366, "2)"), Line(368, head), Line(369, rest), Line(370, second),
             Line(372, tail)]
    own = frozenset({item_key(f"{head} {rest}"), item_key(second), item_key(tail)})
    wraps = PageWraps(frozenset({369, 372}), frozenset(), frozenset())
    assert [(a, b) for _, a, b in items_of(lines, wraps, own, own, [])] == [(368, 370), (372, 372)]
