"""An entry whose record took in another row's or entry's text (its description holds an entry label's words: a
table of entries OCR read column by column or in blocks ran other cells into it) and whose disbursement was not
read: the expense lines read with it are pinned to it neither by the layout nor by their amounts adding up to its
disbursement, so they may be another entry's (fresh set s29z007: report 7's three expense lines read under report
8, whose column OCR read apart from its figures, with no issue naming them).  Said of the expenses at their lines;
lines whose sum the entry's disbursement confirms are pinned and not said."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from parsers.bma_progress.rows import build
from schemas.document import Merged, Reading

_OWN = "เวียนแจ้ง ประชาสัมพันธ์ เชิญชวนให้"
_RAN_IN = _OWN + " ของงานฯ งบประมาณทที่ เบิกใช้ กับแผน กับเป้าหมาย จัดทำคำสั่งผู้ร่วมกิจกรรมที่ 2 คณะกรรมการ"


def _build(description: str, disbursed: Decimal | None):
    report = {"report_date": Reading(date(2018, 6, 26), "26 มิ.ย. 2561", 174, 175),
              "description": Reading(description, description, 176, 230),
              "progress_pct": Reading(18.0, "18", 226, 226)}
    if disbursed is not None:
        report["disbursed"] = Reading(disbursed, f"B{disbursed:,}", 227, 227)
    lines = {(8, 1): {"item": Reading("ค่าอาหารว่างและเครื่องดื่ม", "ค่าอาหารว่าง และเครื่องดื่ม", 202, 204),
                      "amount": Reading(Decimal("2225"), "B2,225", 204, 204)},
             (8, 2): {"item": Reading("ค่าเกียรติบัตร", "ค่าเกียรติบัตร", 204, 205),
                      "amount": Reading(Decimal("2170"), "B2,170", 205, 205)}}
    merged = Merged(tables={"progress_reports": {8: report}, "expenses": lines},
                    n_copies={"progress_reports": {8: 1}, "expenses": {k: 1 for k in lines}}, issues=[], votes={},
                    total_copies=1, spans={"progress_reports": {8: (174, 230)},
                                           "expenses": {(8, 1): (202, 204), (8, 2): (204, 205)}})
    result = build(merged)
    said = [(i.code, i.field, i.line_start, i.line_end) for i in result.issues
            if i.code == "entry_cell_in_doubt" and i.field == "expenses"]
    return result, said


def test_expense_lines_of_an_entry_whose_record_took_in_other_text_and_whose_disbursement_is_lost_are_said():
    result, said = _build(_RAN_IN, None)
    assert [(r["report_seq"], r["amount"]) for r in result.tables["expenses"]] == [(8, Decimal("2225")),
                                                                                  (8, Decimal("2170"))]
    assert said == [("entry_cell_in_doubt", "expenses", 202, 205)]


def test_expense_lines_whose_sum_the_disbursement_confirms_or_whose_record_is_whole_are_not_said():
    assert _build(_RAN_IN, Decimal("4395"))[1] == []  # pinned by their sum
    assert _build(_OWN, None)[1] == []  # no other row's or entry's text in the record
