"""OCR damage on BMA proposals and OBEC reports: classes of layout and
damage the generated sets show after OCR, each on a hand-made or modified
copy of a sample's text."""

from __future__ import annotations

import json
from decimal import Decimal

from pipeline.stages import process_document
from tests.conftest import sample_text

PROPOSAL = "002_e5b5a9d4d9adb57c.txt"


def run(text: str, name: str = "doc.txt") -> dict:
    return process_document(name, text.encode("utf-8"))


def test_a_budget_line_whose_amount_ocr_prefixed_with_a_letter_is_still_a_line():
    """"เป็นเงิน ใ๓๙,๓๐๐.-บาท": a speck OCR read as a Thai letter before the
    amount's figure; the line is read (not lost, which would shift every
    later line's number), its amount taken from its digits."""
    text = sample_text(PROPOSAL).replace("เป็นเงิน 39,300.-บาท", "เป็นเงิน ใ39,300.-บาท")
    rows = run(text)
    got = [(e["seq"], e["quantity"], e["unit_amount"], e["amount"]) for e in rows["expenses"]]
    assert got == [(1, Decimal("2.00"), Decimal("15100.00"), Decimal("30200.00")),
                   (2, Decimal("3.00"), Decimal("13100.00"), Decimal("39300.00"))]
