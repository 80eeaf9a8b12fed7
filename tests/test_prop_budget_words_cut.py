"""A proposal's budget amount in Thai words whose opening words a letter OCR misread or set among them parts from
the rest ("หนึ่งแสนทห้าหมื่นสองพัน...": fresh set s79b, bma_proposal_s79b002's second project).  The words were read
from after the letter on, a place short (52,740 for 152,740), and where the total in digits read as no amount the
words stood for it: a wrong repair.  Number words ending one letter before the words found make them no amount
(tables.words_amount): the total is left unread and said."""

from __future__ import annotations

from pathlib import Path

from parsers.bma_proposal.tables import words_amount
from pipeline.stages import process_document

DOC = Path(__file__).resolve().parent / "corpus" / "extra4" / "clean" / "bma_proposal_t002.txt"


def replaced(old: str, new: str) -> dict:
    """The rows of DOC (a clean proposal) read with its text `old`, which it holds, replaced by `new`."""
    text = DOC.read_text(encoding="utf-8")
    assert old in text
    return process_document("doc.txt", text.replace(old, new).encode("utf-8"))


def test_words_whose_opening_a_letter_parted_are_no_amount():
    # given whole, the letter among them: no amount, said (not the 52,740 the words after the letter make)
    assert (words_amount("เป็นเงิน ๑๕๒.ฒ๕๐.๐๐ บาท (หนึ่งแสนทห้าหมื่นสองพันเจ็ดร้อยสีสิบบาทถ้วน)")
            == "หนึ่งแสนทห้าหมื่นสองพันเจ็ดร้อยสีสิบบาทถ้วน")
    assert words_amount("บาท (หนึ่งแสนห้าหมื่นสองพันเจ็ดร้อยสี่สิบบาทถ้วน)") == "หนึ่งแสนห้าหมื่นสองพันเจ็ดร้อยสี่สิบบาทถ้วน"
    # a word of no number before the words (the clause's own) parts nothing
    assert words_amount("เป็นเงิน ๕๒,๗๔๐ บาท (ห้าหมื่นสองพันเจ็ดร้อยสี่สิบบาทถ้วน)") == "ห้าหมื่นสองพันเจ็ดร้อยสี่สิบบาทถ้วน"


def test_a_total_unread_is_not_taken_from_words_that_lost_their_opening():
    rows = replaced("เป็นเงิน 38,440 บาท (สามหมื่น", "เป็นเงิน oe nooยบาท (สามหมื่นท")
    assert rows["projects"][0]["budget_allocated"] is None  # not 8,440.00, the words after the letter
    assert any(i["field"] == "projects.budget_allocated" for i in rows["issues"])


def test_a_total_misread_in_digits_beside_words_that_lost_their_opening_is_said():
    """The words cut by a letter are no amount, but they are there: a total in digits they cannot confirm is
    flagged on its field (before, the cut words were taken for no words at all, and a misread total stood
    silent)."""
    rows = replaced("เป็นเงิน 38,440 บาท (สามหมื่น", "เป็นเงิน 38,550 บาท (สามหมื่นท")
    assert any(i["field"] == "projects.budget_allocated" for i in rows["issues"])
