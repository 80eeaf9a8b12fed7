"""A proposal's budget amount in Thai words whose opening OCR parted from its tail: "(สามหมื่นสองพันหนึ่งร้อย" on one
line, specks and a wrapped line between, "สีสิบบาทถ้วน)" on another (fresh set s115r, bma_proposal_s115r004).  The
tail alone read as 40.00, and with the total in digits unread the words stood for it: a wrong repair.  Words
found inside a bracket that closes after them, with no bracket opened before them or number words between the
one opened and them, are a tail (tables._tail_alone): given after TAIL_MARK, read as no amount and said
(unparsed_value on the total), the total left unread."""

from __future__ import annotations

from parsers.bma_proposal.tables import TAIL_MARK, words_amount
from tests.test_prop_budget_words_cut import replaced

WHOLE = "เป็นเงิน 38,440 บาท (สามหมื่นแปดพันสี่ร้อยสี่สิบบาทถ้วน)"


def test_the_tail_of_words_whose_opening_was_parted_is_no_amount():
    assert words_amount("เป็นเงิน สไ๒,๑๕๐.๐๐ UM (สามหมื่นสองพันหนึ่งร้อยตามรายละเอียดดังนี ๑7 av สีสิบบาทถ้วน)") == \
        TAIL_MARK + "สีสิบบาทถ้วน"
    assert words_amount("สีสิบบาทถ้วน)") == TAIL_MARK + "สีสิบบาทถ้วน"
    # words whole in their bracket, or a bracket with words of no number before them, are the amount
    assert words_amount("เป็นเงิน 32,140 บาท (สามหมื่นสองพันหนึ่งร้อยสี่สิบบาทถ้วน)") == \
        "สามหมื่นสองพันหนึ่งร้อยสี่สิบบาทถ้วน"
    assert words_amount("เป็นเงิน 40 บาท ( สี่สิบบาทถ้วน )") == "สี่สิบบาทถ้วน"


def test_a_total_unread_is_not_taken_from_the_words_tail():
    rows = replaced(WHOLE, "เป็นเงิน oe nooยบาท (สามหมื่นแปดพันสี่ร้อย\n\nav\nสี่สิบบาทถ้วน)")
    assert rows["projects"][0]["budget_allocated"] is None  # not 40.00, the words' tail
    assert any(i["field"] == "projects.budget_allocated" and i["code"] == "unparsed_value"
               and "tail of an amount in words" in i["message"] for i in rows["issues"])


def test_a_total_misread_in_digits_beside_the_words_tail_is_said():
    rows = replaced(WHOLE, "เป็นเงิน 38,550 บาท (สามหมื่นแปดพันสี่ร้อย\n\nav\nสี่สิบบาทถ้วน)")
    assert any(i["field"] == "projects.budget_allocated" for i in rows["issues"])
