"""BMA proposals after OCR whose budget total in digits OCR garbled into letters glued to the บาท after it
("เป็นเงิน oe nooย บาท (เจ็ดหมื่นห้าพันสามร้อยบาทถ้วน)": fresh set s43o004, both copies): the amount in words
was taken to be "ยบาท", which pythainlp refused, so the total was lost (budget_allocated missing) and no repair
weighed the lines against it.  Letters holding no number word are no amount in words: the words after them are
the budget's amount (tables.words_amount).  A number glued to other words is still the error it was."""

from __future__ import annotations

from pathlib import Path

from normalizers.numbers import find_amount_in_words
from parsers.bma_proposal.tables import words_amount
from pipeline.stages import process_document

DOC = Path(__file__).resolve().parent / "corpus" / "extra4" / "clean" / "bma_proposal_t002.txt"


def test_letters_before_baht_holding_no_number_word_are_no_amount_in_words():
    text = "เป็นเงินoe nooยบาท (เจ็ดหมื่นห้าพันสามร้อยบาทถ้วน) ตามรายละเอียดดังนี้"
    assert words_amount(text) == "เจ็ดหมื่นห้าพันสามร้อยบาทถ้วน"
    # words whose marks OCR dropped are number words still
    assert words_amount("เป็นเงินยบาท (สีหมืนบาทถ้วน)") == "สีหมืนบาทถ้วน"
    # a number glued to other text stays the first amount found (read whole, refused: said, not guessed)
    glued = "ทั้งสิ้นหกหมื่นบาท (หกหมื่นบาทถ้วน)"
    assert words_amount(glued) == find_amount_in_words(glued) != "หกหมื่นบาทถ้วน"
    assert words_amount("เป็นเงิน ๒๐,๐๐๐ บาท") is None


def test_the_total_garbled_before_its_words_is_read_from_the_words():
    text = DOC.read_text(encoding="utf-8")
    old = "เป็นเงิน 38,440 บาท (สามหมื่น"
    assert old in text
    rows = process_document("doc.txt", text.replace(old, "เป็นเงิน oe nooยบาท (สามหมื่น").encode("utf-8"))
    assert str(rows["projects"][0]["budget_allocated"]) == "38440.00"
