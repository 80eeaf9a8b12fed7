"""Where a text's lines were wrapped by a tool that counts characters, Thai marks and all (the generated corpora's
page tool; a text export may do the same), a line of many marks ends well short of the margin in the page's columns
(marks take none) though the tool's count of it reached its width: "ครูที่ทำหน้าที่ที่เกี่ยวข้อง" / "ได้รับการพัฒนาให้มี
ความรู้และแนวทางปฏิบัติที่ถูกต้อง" is one item the tool wrapped before its long second word.  The columns alone said
the page did not wrap the line, so an OBEC list whose numbers stand apart was cut there, one item's two halves paired
with two numbers and the next item run into the first (silent), and the halves taken for items known whole parted
other lists wrongly.  A line the next line's first word would have overrun by either count may be wrapped
(parsers.wraps._wrapped: PageWraps.wrapped); the columns' own count stays apart (PageWraps.in_columns), and a list
whose paragraphs are rejoined weighs it before the wider one (lists._rejoined)."""

from __future__ import annotations

from parsers.obec_progress.lists import items_of, unpaired_numbers
from parsers.wraps import page_wraps
from schemas.document import Line

FILLER = "กขคงจฉชซฌญ ฎฏฐฑฒณดตถท ธนบปผฝพฟภม ยรลวศษสหฬอ กขคงจฉชซฌญ ฎฏฐฑฒ"  # 60 characters, no marks
SHORT = "ครูที่ทำหน้าที่ที่เกี่ยวข้อง"  # 28 characters, 17 columns
LONG = "ได้รับการพัฒนาให้มีความรู้และแนวทางปฏิบัติที่ถูกต้อง"  # one word: 52 characters, 38 columns
OTHER = "ข้าราชการครูและบุคลากรทางการศึกษาในสังกัด จำนวน ๕๔ คน ได้รับการพัฒนาตามโครงการ"


def document(*tail: str) -> list[Line]:
    texts = [FILLER] * 45 + list(tail)
    return [Line(no, text) for no, text in enumerate(texts, 1)]


def test_a_line_the_tool_wrapped_by_its_count_of_marks_may_go_on():
    lines = document(SHORT, LONG)
    wraps = page_wraps(lines)
    assert 47 in wraps.wrapped and 47 not in wraps.in_columns
    plain = document("กขคงจฉชซฌญ ฎฏ", "ฐฑฒณดตถทธนบปผฝพฟภมยรลว")  # no marks: 14 + 1 + 22 fits either count
    assert 47 not in page_wraps(plain).wrapped


def test_a_list_whose_items_the_tool_wrapped_so_is_not_cut_at_the_short_line():
    lines = document("๑)", "๒)", OTHER, SHORT, LONG)
    wraps = page_wraps(lines)
    part = lines[45:]
    got = items_of(part, wraps)
    assert (LONG, 50, 50) not in got  # before: the second half of item 2 paired with number 2, item 2 run into 1
    assert unpaired_numbers(part, wraps) is not None  # the items run together: said


def test_paragraphs_rejoin_where_the_columns_say_before_where_either_count_does():
    from parsers.wraps import PageWraps
    texts = {1: "1)", 3: "2)", 5: "ขาดงบประมาณในการพัฒนาครูแบบประชุมเชิงปฏิบัติการ", 7: "ต้องปรับกิจกรรมแบบออนไลน์",
             9: "มีเจ้าหน้าที่ผู้ปฏิบัติงานจำนวนน้อย ส่งผลให้ต้องปฏิบัติงานแบบ", 11: "กระชั้นชิด เร่งรีบ", 13: "กำหนด"}
    part = [Line(no, text) for no, text in texts.items()]
    # 9 only by the count of characters (its first word overruns 7 so counted); 11 and 13 after lines at the margin
    wraps = PageWraps(frozenset({7, 9, 11, 13}), frozenset(), frozenset({11, 13}), in_columns=frozenset({7, 11, 13}))
    assert [(a, b) for _, a, b in items_of(part, wraps)] == [(5, 7), (9, 13)]
    either = PageWraps(frozenset({7, 9, 11, 13}), frozenset(), frozenset({11, 13}), in_columns=frozenset({7, 9, 11, 13}))
    assert unpaired_numbers(part, either) is not None  # (every paragraph rejoined: no pairing, said)
