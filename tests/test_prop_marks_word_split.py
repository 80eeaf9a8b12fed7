"""A word OCR cut in two with a space ("บุค ลากร" for บุคลากร): a piece
before (or after) the space is no dictionary word, and one word with a tone
mark added fits it ("บุ๊ค"), yet joined across the space with the run beside
it, it begins (ends) a dictionary word: it is half a word, and lacks no mark
(normalizers.words._split_by_a_space).  Before, it was "repaired" to the word
with the mark, a letter farther from the truth (bp/set1 s19bpa009, ob3/set2
s19obb007; on the committed ocr run 3 such repairs, each farther letter by
letter)."""

from normalizers.words import restore_tone_marks


def test_a_piece_of_a_word_cut_by_a_space_is_not_given_a_mark():
    # the piece before the space ("บุ๊ค"?), after it ("สื่อ"?), and inside the run after it ("สนับ" / "สนุน":
    # newmm cuts the run "ส" + "นุน", "นุ่น"?)
    for text in ("ข้าราชการครูและบุค ลากรทางการศึกษา", "เพื่อเชิดชูเกียรติข้าราชการครูและบุค ลากรทางการศึกษา",
                 "จัดซื้อหนัง สือเรียนให้นักเรียน", "ส่งเสริมและสนับ สนุนการจัดการศึกษา"):
        assert restore_tone_marks(text) == (text, ())


def test_a_word_beside_a_space_that_lacks_its_mark_is_still_restored():
    # "สูง" + "ขึน" makes no longer word: the mark is put back
    assert restore_tone_marks("มีสมรรถนะในการปฏิบัติงานสูง ขึน") == ("มีสมรรถนะในการปฏิบัติงานสูง ขึ้น", (("ขึน", "ขึ้น"),))
    assert restore_tone_marks("จัดทำคำสัง แต่งตั้งคณะกรรมการ")[1] == (("คำสัง", "คำสั่ง"),)
