"""BMA progress expense line whose "เป็นเงิน" OCR read without the vowel
before เงิน's ง ("... เล่มๆ ละ 150.00 บาท เป็นงิน ๒๕,๑๕๐.๐๐ บาท": z s27z002,
helper bpexp24b009 "เป็นงิน ๕,๕๐๐", h s20h009): no clause word joined the
figures, so the line was description text and lost whole (said only as
text no rule could read).  Now "เป็นงิน" joins them as "เป็นเงิน" does."""

from parsers.bma_progress.clauses import expenses_in


def _read(text: str):
    return [ev.value for _, _, ev in expenses_in(text, text, 1)]


def test_the_money_word_without_its_vowel_joins_the_figures():
    text = "ค่าจัดทำเอกสาร จำนวน ๑๖๑ เล่มๆ ละ ๑๕๐.๐๐ บาท เป็นงิน ๒๔,๑๕๐.๐๐ บาท ค่าอาหาร จำนวน ๑๑๒ คนๆ ละ ๒๐๐ บาท เป็นเงิน ๒๒,๔๐๐ บาท"
    got = _read(text)
    assert [(e.item, e.quantity, e.unit) for e in got] == [("ค่าจัดทำเอกสาร", "๑๖๑", "เล่ม"), ("ค่าอาหาร", "๑๑๒", "คน")]
    assert "๒๔,๑๕๐" in got[0].amount


def test_other_words_join_nothing():
    # "เป็นงาน" (a description's words) is no money word: no line read from the figures before it
    assert _read("ค่าจัดทำเอกสาร จำนวน ๑๖๑ เล่มๆ ละ ๑๕๐.๐๐ บาท เป็นงาน ๒๔ ชิ้น") == []
