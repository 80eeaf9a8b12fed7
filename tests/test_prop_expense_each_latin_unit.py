"""BMA progress expense line whose unit amount's "บาท" OCR read as Latin
letters other than "UM" ("ใบๆ ละ 35 inn เป็นเงิน 980 บาท", t s24t008;
"ใบ x 50 WIN. = 3,150 บาท.-", "คนๆ ละ ๑๕๐.๐๐ UW เป็นเงิน", "LAN x ๕๐.๐๐ WWM =",
helper sets bpexp24, bpexp25): the letters stood between the unit amount and
the word that joins the amount, no clause reading went through them, and
the line was lost (description text).  Now, right before that word or "=",
a token of two to four Latin letters after the unit amount is its unit;
the figure alone is the unit amount."""

from parsers.bma_progress.clauses import expenses_in


def _read(text: str):
    return [(e.item, e.quantity, e.unit, e.each, e.amount) for _, _, ev in expenses_in(text, text, 1)
            for e in [ev.value]]


def test_a_unit_amount_whose_baht_ocr_read_as_latin_letters():
    assert _read("ค่าเกียรติบัตร จำนวน 28 ใบๆ ละ 35 inn เป็นเงิน 980 บาท") == [("ค่าเกียรติบัตร", "28", "ใบ", "35", "980")]
    assert _read("ค่าเกียรติบัตร 63 ใบ x 50 WIN. = 3,150 บาท.-") == [("ค่าเกียรติบัตร", "63", "ใบ", "50", "3,150")]


def test_latin_letters_not_before_the_joining_word_make_no_unit_amount():
    # the letters then more words, no "=" nor "เป็นเงิน" after them: no expense line's figures
    assert _read("ค่าเกียรติบัตร จำนวน 28 ใบๆ ละ 35 inn ดำเนินการ 980") == []
