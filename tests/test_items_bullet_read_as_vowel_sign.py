"""A list bullet OCR read as a Thai vowel sign alone ("ะ  เพื่อส่งเสริม และ สนับสนุน..." among "- เพื่อ..." items;
fresh s88o005): no word opens with the sign, but it was no bullet the list knew, so the item ran into the one above
and the objectives after it were lost silently.  In a bulleted list, before an item's opening word, it is the item's
bullet (parsers.items.bullet_lookalikes, _MARK_BULLET_RE)."""

from __future__ import annotations

from parsers.items import bullet_lookalikes
from schemas.document import Line


def _opens(text: str) -> bool:
    return text.lstrip().startswith("เพื่อ")


def _bulleted(third: str) -> list[bool]:
    lines = [Line(34, "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ", bullet=True),
             Line(37, "เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้", bullet=True),
             Line(40, "ด้วยตนเองได้"), Line(42, third)]
    return [ln.bullet for ln in bullet_lookalikes(lines, _opens)]


def test_a_vowel_sign_alone_before_an_item_s_opening_word_is_its_bullet():
    assert _bulleted("ะ  เพื่อส่งเสริม และ สนับสนุนให้โรงเรียนจัดกิจกรรม") == [True, True, False, True]


def test_a_vowel_sign_before_other_words_is_no_bullet():
    assert _bulleted("ะ  ส่งเสริม และ สนับสนุนให้โรงเรียนจัดกิจกรรม") == [True, True, False, False]
