"""An item the report prints whole elsewhere (known_items, compared by item_key: letters only, Thai marks and
spaces left out) whose sara am OCR read in one printing as a tone mark and sara aa ("สามารถน้าองค์ความรู้..." for
"นำ"), or as nikhahit and sara aa apart: the mark went out of the key and "า" stayed, while the printing read
right kept "ำ", so the two keys differed and the known item parted nothing (set ob3/set2 s19obb002: a list whose
numbers OCR read in a column apart, "1." / "lo.", its two items' three lines run together as one, the second
missing).  Sara am counts as sara aa in the key (its nikhahit is a mark like the others)."""

from __future__ import annotations

from parsers.obec_progress.lists import item_key, items_of, unpaired_numbers
from parsers.wraps import PageWraps
from schemas.document import Line

FIRST = ("ผู้เข้าร่วมโครงการมีความรู้ ความเข้าใจ", "สามารถนำองค์ความรู้ไปปรับใช้ในการบริหารจัดการศึกษา")
SECOND = "ครูผู้สอนสามารถนำความรู้ที่ได้รับไปปรับใช้ในการจัดการเรียนการสอนได้อย่างมีประสิทธิภาพ"
LINES = [Line(1, "1."), Line(2, "lo."), Line(4, FIRST[0]), Line(5, FIRST[1]), Line(6, SECOND)]
WRAPS = PageWraps(wrapped=frozenset({5, 6}), past=frozenset(), at_margin=frozenset({5, 6}),
                  in_columns=frozenset({5, 6}))


def test_sara_am_read_as_a_mark_and_sara_aa_keeps_the_key():
    assert item_key(" ".join(FIRST).replace("นำ", "น้า")) == item_key(" ".join(FIRST))
    assert item_key(" ".join(FIRST).replace("นำ", "น\u0e4dา")) == item_key(" ".join(FIRST))
    assert item_key(" ".join(FIRST).replace("นำ", "นา")) == item_key(" ".join(FIRST))  # (a mark lost: as before)


def test_a_known_item_printed_with_its_sara_am_misread_parts_the_list():
    known = frozenset({item_key(" ".join(FIRST).replace("นำ", "น้า"))})
    assert [t for t, _, _ in items_of(LINES, WRAPS, known)] == [" ".join(FIRST), SECOND]


def test_other_letters_still_tell_items_apart():
    known = frozenset({item_key(" ".join(FIRST).replace("นำ", "นับ"))})
    assert item_key(" ".join(FIRST).replace("นำ", "นับ")) != item_key(" ".join(FIRST))
    assert len(items_of(LINES, WRAPS, known)) == 1 and unpaired_numbers(LINES, WRAPS, known)  # (run together, said)
