"""An OBEC list whose item numbers stand in a column of their own, its texts in fewer paragraphs than numbers
where neither the widths nor the items known whole part them: an item ran to the margin and the next one's first
line stood right under it ("มีสัญญาณขัดข้อง...ความไม่ชัดเจน" / "มีเจ้าหน้าที่ผู้ปฏิบัติงาน..." / "เนื่องจาก..."), so
the next line may be its wrap or a new item, and the items ran together (said unpaired).  A line, not a
paragraph's first, that opens an item the report prints whole elsewhere (a known item's key opens with the line's,
of OPENING_LETTERS letters or more) opens an item there, where that cuts exactly as many pieces as numbers
(lists._cut_at_known_openings); the pairing is said in doubt.  Where such lines cut more pieces or fewer, the
texts stand as before."""

from __future__ import annotations

from parsers.obec_progress.lists import item_key, items_of, paired_in_doubt, unpaired_numbers
from parsers.wraps import PageWraps
from schemas.document import Line

SIGNAL = "มีสัญญาณขัดข้องระหว่างการประชุมออนไลน์ทำให้เกิดความล่าช้า และความไม่ชัดเจน"
STAFF = ("มีเจ้าหน้าที่ผู้ปฏิบัติงานจำนวนน้อย ส่งผลให้ต้องปฏิบัติงานแบบกระชั้นชิด เร่งรีบ",
         "เนื่องจากต้องดำเนินการตามกรอบระยะเวลาที่กำหนด")
# (the wrap's line as OCR read it, a letter doubled: the item known whole reads so nowhere)
LINES = [Line(1, "1."), Line(2, "lo."), Line(3, SIGNAL), Line(4, STAFF[0]), Line(5, STAFF[1].replace("เนื่", "เนบื่"))]
WRAPS = PageWraps(wrapped=frozenset({4, 5}), past=frozenset(), at_margin=frozenset({4, 5}),
                  in_columns=frozenset({4, 5}))


def test_a_line_that_opens_a_known_item_opens_an_item():
    known = frozenset({item_key(" ".join(STAFF)), item_key("ระยะเวลาในการอบรมพัฒนามีจำกัด")})
    assert len(items_of(LINES, WRAPS)) == 1 and unpaired_numbers(LINES, WRAPS)  # (no known items: as before)
    assert [t for t, _, _ in items_of(LINES, WRAPS, known)] == [SIGNAL, f"{STAFF[0]} {LINES[4].text}"]
    assert unpaired_numbers(LINES, WRAPS, known) is None
    assert "opens an item" in paired_in_doubt(LINES, WRAPS, known)


def test_openings_that_cut_as_many_pieces_as_numbers_only():
    # the wrap's line opens a known item too ("เนื่องจาก..." printed whole): three pieces for two numbers
    known = frozenset({item_key(" ".join(STAFF)), item_key(LINES[4].text + " และงบประมาณจำกัด")})
    assert len(items_of(LINES, WRAPS, known)) == 1 and unpaired_numbers(LINES, WRAPS, known)
