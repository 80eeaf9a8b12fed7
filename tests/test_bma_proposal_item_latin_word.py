"""An expense item of a proposal's budget table holding a word of Latin letters among its Thai words ("โรงเรียน
ขนาด naw" for "โรงเรียนขนาดกลาง", fresh set s56o002): the item was kept with no issue, a silent miss.  A budget
table names its items in Thai; such a word is a Thai one the English model of OCR read, and is said now
(rows.latin_in_item: unknown_words on expenses.item), the item kept as read."""

from parsers.bma_proposal.rows import latin_in_item

_SPAN = {"line_start": 390, "line_end": 400}


def test_a_latin_word_among_thai_words_is_said():
    said = latin_in_item("โรงเรียนขนาด naw", 2, _SPAN)
    assert [(i.code, i.field, i.line_start, i.line_end) for i in said] == [("unknown_words", "expenses.item", 390, 400)]
    assert "'naw'" in said[0].message


def test_a_thai_item_an_english_name_in_brackets_or_a_paper_size_says_nothing():
    assert latin_in_item("โรงเรียนขนาดกลาง", 2, _SPAN) == []
    assert latin_in_item("ค่าวิทยากร (Active Learning)", 1, _SPAN) == []
    assert latin_in_item("กระดาษ A4", 1, _SPAN) == []
