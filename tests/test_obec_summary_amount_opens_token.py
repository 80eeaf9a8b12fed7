"""The OBEC summary's undisbursed amount whose leading groups OCR read as letters glued to the rest ("lam,@00.00"
for ๒๓,๑๐๐.๐๐): the clause read the "00.00" at the token's end as the amount, 0.00, with no issue (fresh set
s110v, obec_progress_s110v002).  An amount opens a token; this one is no amount, and is said."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.stages import process_document

pytestmark = pytest.mark.usefixtures("repair_on")

DOC = Path(__file__).resolve().parent / "corpus" / "clean" / "obec_progress_002.txt"
LINE = "จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้ตามแผนการใช้จ่าย ๑๐๗,๗๒๑.๐๐ บาท"


def _summary(text: str) -> tuple[dict, list[dict]]:
    rows = process_document("doc.txt", text.encode("utf-8"))
    (summary,) = rows["report_summaries"]
    return summary, [i for i in rows["issues"] if i["field"] == "report_summaries.budget_not_disbursed"]


def test_a_figure_glued_to_letters_is_no_amount_of_its_tail():
    text = DOC.read_text(encoding="utf-8")
    assert LINE in text
    assert _summary(text)[0]["budget_not_disbursed"] == Decimal("107721.00")
    summary, said = _summary(text.replace(LINE, LINE.replace("๑๐๗,๗๒๑.๐๐", "lam,@00.00")))
    assert summary["budget_not_disbursed"] != Decimal("0.00")
    assert said
