"""An OBEC list whose column of numbers OCR read apart kept only its last number, alone over the texts ("2." or
"la." for ๒, the "๑." above it lost), its items printed one under the other with no gap between them ("2." /
"หน่วยงานควรเพิ่มระยะเวลาในการอบรม..." / "ปรับโปรแกรมและสัญญาณ...", set h s20h004; "๒)" over two indicators, ob3/set2
s19obb007): the texts stood in one paragraph, fewer than the number counts, so no pairing was made and the items
ran together as one (said unpaired), the others missing.  Now, where the items the report prints whole elsewhere
cut all the texts into exactly as many such items as the number reads, in one way only (lists._known_parts),
those are the items (lists._last_number_alone); the pairing is said in doubt (paired_in_doubt).  Where they cut
another count, or none, the texts stand as before."""

from __future__ import annotations

from parsers.obec_progress.lists import item_key, items_of, paired_in_doubt, unpaired_numbers
from schemas.document import Line

PUPILS = "นักเรียนในสังกัด จำนวน ๑๑๕ คน ได้เข้าร่วมกิจกรรมตามโครงการ"
BOARD = ("ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๑๑๕ คน", "เข้าร่วมการประชุมเชิงปฏิบัติการ")
LINES = [Line(1, "la."), Line(3, PUPILS), Line(4, BOARD[0]), Line(5, BOARD[1])]
KNOWN = frozenset({item_key(PUPILS.replace("๑๑๕", "๒๗")), item_key(" ".join(BOARD).replace("๑๑๕", "๓๓"))})


def test_the_known_items_cut_the_texts_into_as_many_items_as_the_number_counts():
    assert len(items_of(LINES)) == 1 and unpaired_numbers(LINES)  # (no known items: run together, said)
    assert [(t, a, b) for t, a, b in items_of(LINES, known=KNOWN)] == [(PUPILS, 3, 3), (" ".join(BOARD), 4, 5)]
    assert unpaired_numbers(LINES, known=KNOWN) is None
    assert "prints whole elsewhere" in paired_in_doubt(LINES, None, KNOWN)


def test_a_number_that_counts_otherwise_pairs_nothing():
    lines = [Line(1, "๓."), *LINES[1:]]  # three items said, two known ones: no pairing
    assert len(items_of(lines, known=KNOWN)) == 1 and unpaired_numbers(lines, known=KNOWN)
    # texts the known items do not cut whole (a line of no known item after them): no pairing
    lines = [*LINES, Line(6, "ครูผู้สอนสามารถนำความรู้ที่ได้รับไปปรับใช้ในการจัดการเรียนการสอน")]
    assert len(items_of(lines, known=KNOWN)) == 1 and unpaired_numbers(lines, known=KNOWN)
