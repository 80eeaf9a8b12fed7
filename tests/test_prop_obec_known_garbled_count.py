"""An item the report prints whole elsewhere (known_items, compared by item_key: figures left out) whose count's
figure OCR read as Latin letters in one printing ("นักเรียนในสังกัด จำนวน om คน ได้เข้าร่วม..." for ๑๑๕; "จำนวน ve
คน", "จำนวน we คน"): the letters stayed in the key, so the printing read whole matched no other and parted
nothing (set ob3/set2 s19obb007 project 6: "la." alone over two outputs printed with no gap, read as one item
"la. นักเรียน... ผู้บริหาร...", the second missing; ob2/set1 s19oba007).  Such a figure (one to three letters or
digits, a letter among them, alone after "จำนวน" or "ร้อยละ") is left out of the key as a figure is
(_GARBLED_COUNT_RE).  Latin words elsewhere stay in it."""

from __future__ import annotations

from parsers.obec_progress.lists import item_key, items_of
from schemas.document import Line

PUPILS = "นักเรียนในสังกัด จำนวน ๑๑๕ คน ได้เข้าร่วมกิจกรรมตามโครงการ"
BOARD = ("ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๑๑๕ คน", "เข้าร่วมการประชุมเชิงปฏิบัติการ")
LINES = [Line(1, "la."), Line(3, PUPILS), Line(4, BOARD[0]), Line(5, BOARD[1])]


def test_a_count_read_as_latin_letters_is_a_figure_in_the_key():
    for garbled in ("om", "ve", "we", "a0", "1o"):
        assert item_key(PUPILS.replace("๑๑๕", garbled)) == item_key(PUPILS)
    known = frozenset({item_key(PUPILS.replace("๑๑๕", "om")), item_key(" ".join(BOARD).replace("๑๑๕", "๓๓"))})
    assert [t for t, _, _ in items_of(LINES, known=known)] == [PUPILS, " ".join(BOARD)]


def test_latin_words_elsewhere_stay_in_the_key():
    green = "ร้อยละ 80 ของโรงเรียนในสังกัดดำเนินการโรงเรียนสีเขียว (School of go green) ได้ตามเป้าหมาย"
    assert item_key(green) != item_key(green.replace("of go", "to go"))
    assert item_key(PUPILS.replace("๑๑๕", "many")) != item_key(PUPILS)  # (four letters: a word, no figure)
