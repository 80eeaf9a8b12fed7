"""BMA proposals whose OCR cannot write some Thai digits (tesseract's Thai model reads every ๔ ๘ ๙ as ๕, ๗ as ๓,
๖ as ๒) print the budget total in digits with three digits misread or more ("เป็นเงิน ๓๕,๕๐๐ บาท (เก้าหมื่นสี่พัน
สี่ร้อยบาทถ้วน)", "๕๕,๒๐๐" for 47,600: fresh sets s47z001, s42a002, s49z002 and others): no reading of those
characters within the two changes the repairs weigh is the amount in words, so the digits were kept (flagged) and
budget_allocated was wrong.  The amount in words, which the lines are weighed against already, is the total where
each digit that differs is one OCR reads for the words' digit there (rows.digits_explain); a digit that no
misread explains (๑ for ๘) keeps the digits as read, said as before."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from parsers.bma_proposal.rows import digits_explain
from pipeline.stages import process_document

DOC = Path(__file__).resolve().parent / "corpus" / "clean" / "bma_proposal_003.txt"


def test_digits_each_a_misread_of_the_words_digit_explain_it():
    assert digits_explain("๓๕,๕๐๐", Decimal("94400"))
    assert digits_explain("๕๕,๒๐๐.๐๐", Decimal("47600"))
    assert digits_explain("๑๓.๕๓๐", Decimal("17870"))  # its thousands separator read as a dot too
    assert not digits_explain("๑๒,๐๐๐", Decimal("18000"))  # ๘ is not read ๑
    assert not digits_explain("๓๕,๕๐", Decimal("94400"))  # a digit lost: not this rule's
    assert not digits_explain("๓๕๕๐๐", Decimal("94400"))  # separators differ
    assert not digits_explain("๙๔,๔๐๐", Decimal("94400"))  # the same: nothing to explain


def _repairs(old: str, new: str) -> tuple[str, list[dict]]:
    text = DOC.read_text(encoding="utf-8")
    assert old in text
    rows = process_document("doc.txt", text.replace(old, new).encode("utf-8"))
    said = [json.loads(i["evidence"]) for i in rows["issues"]
            if i["code"] == "value_repaired" and i["field"] == "projects.budget_allocated"]
    return str(rows["projects"][0]["budget_allocated"]), said, rows["issues"]


def test_a_total_misread_in_three_digits_is_the_amount_in_words():
    # 24,390 read with its ๒ ๔ ๙ as ๖ ๕ ๕ (three digits)
    total, said, _ = _repairs("เป็นเงิน ๒๔,๓๙๐.-บาท", "เป็นเงิน ๖๕,๓๕๐.-บาท")
    assert total == "24390.00"
    assert [(e["rule"], e["read"], e["chosen"]) for e in said] == [("words", "65350.00", "24390.00")]


def test_a_digit_no_misread_explains_is_left_to_the_other_checks():
    # ๑ for ๔ and ๙: no misread; only the lines' sum, which agrees with the words here, settles it (its own rule)
    total, said, issues = _repairs("เป็นเงิน ๒๔,๓๙๐.-บาท", "เป็นเงิน ๒๑,๑๑๐.-บาท")
    assert total == "24390.00"
    assert said and all("read" not in e for e in said)
    assert not any("is one OCR reads for that digit" in i["message"] for i in issues)
