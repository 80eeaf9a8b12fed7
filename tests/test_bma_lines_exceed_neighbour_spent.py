"""BMA progress expense lines read under a report whose disbursement reads
as nothing spent, beside the one report that spent and lists no line, where
the lines read add up to more than that neighbour's disbursement (s76o001:
a column-by-column read of the progress rows gave report 2's 28,920.00 to
report 5 and report 2 a 0; its lines of 13,200.00 and one unread went to
report 1, that read 3,550.00; s71a005: 6,200.00 went to report 1, that
spent 780.00).  rows._lines_moved_home moved them to the neighbour that
spent (tests/test_prop_lines_under_report_spent_nothing.py), whatever the
sum.  Lines that add up to more than a report spent are not its lines any
more than lines under a report that spent nothing are that report's: one
of the three figures is misread and no rule tells which, so the lines now
stay where they were read, the sum checks saying so (expense_sum_mismatch
on the report they stand under)."""

from __future__ import annotations

from pipeline.stages import process_document
from tests.conftest import sample_text

_AT = "ซึ่งจะดำเนินการระหว่างวันที่ ๑๘ - ๒๙ พฤษภาคม ๒๕๖๓\n"


def _rows(lines: str) -> dict:
    text = sample_text("001_fdefb2afb18072a2.txt")
    assert text.count(_AT) == 1
    # report 8's text (spent 0), beside report 7 (spent 171,600, no line) and report 9 (spent 0)
    return process_document("001.txt", text.replace(_AT, _AT + lines).encode("utf-8"))


def test_lines_adding_up_past_the_neighbours_disbursement_stay_where_read():
    rows = _rows("ค่าอาหาร 100 คน x 1,500 บาท = 150,000 บาท\nค่าวัสดุ = 50,000 บาท\n")
    assert [(e["report_seq"], e["item"]) for e in rows["expenses"]] == [(8, "ค่าอาหาร"), (8, "ค่าวัสดุ")]
    said = {(i["code"], i["field"]) for i in rows["issues"]}
    assert ("value_repaired", "expenses.report_seq") not in said
    assert ("expense_sum_mismatch", "expenses.amount") in said


def test_lines_within_the_neighbours_disbursement_still_go_to_it():
    rows = _rows("ค่าอาหาร 100 คน x 200 บาท = 20,000 บาท\nค่าเกียรติบัตร = 1,500 บาท\n")
    assert {e["report_seq"] for e in rows["expenses"]} == {7}
