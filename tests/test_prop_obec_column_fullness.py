"""An OBEC list whose item numbers stand in a column of their own, its texts in more paragraphs than numbers
(OCR left gaps inside items), where the page's wraps join too many of them: a Thai run with no space overruns any
line, so the next line's first word says a wrap after a short line as well ("สถานศึกษา...กฎหมายกำหนด" /
"ลดภาระครูผู้สอน" / "" / "ข้าราชการครู...พัฒนาตนเอง" / "" / "และพัฒนาคุณภาพงาน..."): every paragraph went on the one
before, the count did not pair, and the items ran together.  Of the paragraphs that may go on, those after the
widest lines go on, as many as the count needs, where each such line is FULLER times as wide as any line before a
paragraph left to stand (the short line ends its item, the wide one wraps on: lists._rejoined_by_fullness); the
pairing stays said in doubt.  Where the widths do not stand so far apart, the paragraphs stand as before."""

from __future__ import annotations

from parsers.obec_progress.lists import items_of, paired_in_doubt, unpaired_numbers
from parsers.wraps import PageWraps
from schemas.document import Line

LAW = ("สถานศึกษาในสังกัดมีการดำเนินงานที่เป็นไปตามที่กฎหมายกำหนด", "ลดภาระครูผู้สอน")
GROWTH = ("ข้าราชการครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง", "และพัฒนาคุณภาพงานให้มีประสิทธิภาพมากยิ่งขึ้น")
WRAPS = PageWraps(wrapped=frozenset({4, 6, 8}), past=frozenset(), at_margin=frozenset({4}),
                  in_columns=frozenset({4, 6, 8}))


def listed(*texts: str) -> list[Line]:
    return [Line(1, "๑)"), Line(2, "๒)"), Line(3, texts[0]), Line(4, texts[1]), Line(6, texts[2]), Line(8, texts[3])]


def test_the_short_line_ends_its_item_the_wide_one_wraps_on():
    lines = listed(*LAW, *GROWTH)
    assert [t for t, _, _ in items_of(lines, WRAPS)] == [" ".join(LAW), " ".join(GROWTH)]
    assert unpaired_numbers(lines, WRAPS) is None
    assert paired_in_doubt(lines, WRAPS) is not None  # (joined where the page wrapped a line: said)


def test_widths_not_far_apart_leave_the_paragraphs():
    lines = listed(LAW[0], LAW[1] + " และบุคลากร", *GROWTH)  # 26 columns before the cut, 48 before the join
    assert len(items_of(lines, WRAPS)) == 1
    assert unpaired_numbers(lines, WRAPS) == ["๑", "๒"]
