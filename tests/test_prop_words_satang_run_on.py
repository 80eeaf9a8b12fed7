"""A BMA proposal's budget total in Thai words whose satang OCR parted from their unit: the number words
after บาท run straight on into other text ("...ห้าร้อยบาทห้าสิบ" then the table's header, the สตางค์ set lines
below).  They were read as no satang at all, so the words said a whole number of baht and the `words`
rule set the total to it, losing the satang the digits print (12,796.50 repaired to 12,796.00).  Number
words glued to บาท are its satang: with their unit lost, the words are not read (as where nothing follows
them), the total is kept as printed and said."""

from __future__ import annotations

from normalizers.numbers import amounts_in_words
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run


def test_number_words_glued_to_baht_are_its_satang_even_when_other_text_follows():
    (found,) = amounts_in_words("เป็นเงิน ๑๒,๗๙๖.๕๐ บาท (หนึ่งหมื่นสองพันเจ็ดร้อยเก้าสิบหกบาทห้าสิบจำนวนเงิน")
    assert (found.satang, found.satang_unit_lost) == ("ห้าสิบ", True)
    (spaced,) = amounts_in_words("หนึ่งหมื่นบาท ห้าคน")  # apart from บาท, other text: no satang
    assert (spaced.satang, spaced.satang_unit_lost) == (None, False)
    (whole,) = amounts_in_words("หนึ่งหมื่นบาทห้าสิบสตางค์")
    assert (whole.satang, whole.satang_unit_lost) == ("ห้าสิบ", False)


def test_a_total_whose_words_lost_their_satang_unit_is_not_repaired_to_whole_baht():
    text = sample_text(PROPOSAL).replace("69,5๐๐.-บาท     (หกหมื่นเก้าพันห้าร้อยบาทถ้วน) โดยจัดสรร",
                                         "69,5๐ซ.๕๐ บาท (หกหมื่นเก้าพันห้าร้อยบาทห้าสิบโดยจัดสรร")
    rows = run(text)
    (project,) = rows["projects"]
    assert str(project["budget_allocated"]) != "69500.00"
    assert not [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "projects.budget_allocated"]
    assert [i for i in rows["issues"] if i["field"] == "projects.budget_allocated" and "ห้าสิบ" in i["message"]]
