"""BMA progress expense lines read under the entry beside their own where the
disbursement that would place them could not be read (a table read column
by column, its disbursement cell run into the next entry's text: fresh set
s63o002, both projects).  rows._lines_moved_home moved lines only by a
disbursement read: lines under a report whose disbursement is unread stayed
there, and lines under a report that spent nothing stayed there where the
one neighbour that may have spent had its own disbursement unread.  The
project's budget spent (read) less the disbursements read is what the
unread ones spent between them (rows._spent_left): where it is nothing, the
report whose disbursement is unread spent nothing, and its lines go where
their sum names a report (as under a report read as spending nothing);
where it is the lines' sum exactly, the lines under a report that spent
nothing go to the one neighbour that may have spent.  Said (value_repaired,
expenses.report_seq, and entry_cell_in_doubt); where the budget spent does
not say so, the lines stay where they were read."""

from __future__ import annotations

from pipeline.stages import process_document
from tests.conftest import sample_text

_AT = "ซึ่งจะดำเนินการระหว่างวันที่ ๑๘ - ๒๙ พฤษภาคม ๒๕๖๓\n"  # report 8's text, beside report 7 (no line)
_SPENT = "งบประมาณที่ใช้ไป : 171,600 บาท"


def _rows(lines: str, unread: str, spent: str) -> dict:
    text = sample_text("001_fdefb2afb18072a2.txt")
    assert text.count(_AT) == 1 and text.count(_SPENT) == 1 and text.count(unread) == 1
    text = text.replace(_AT, _AT + lines).replace(unread, unread.split("=")[0] + "= บาท")
    text = text.replace(_SPENT, f"งบประมาณที่ใช้ไป : {spent} บาท")
    return process_document("001.txt", text.encode("utf-8"))


def _placed(rows: dict) -> list[tuple[int, int, str]]:
    return [(e["report_seq"], e["seq"], e["item"]) for e in rows["expenses"]]


def _moved(rows: dict) -> bool:
    return ("value_repaired", "expenses.report_seq") in {(i["code"], i["field"]) for i in rows["issues"]}


_SMALL = "ค่าอาหาร 100 คน x 200 บาท = 20,000 บาท\nค่าเกียรติบัตร = 1,500 บาท\n"
_R7 = "งบประมาณที่เบิกใช้ (ครั้งที่ 7) = 171,600 บาท"


def test_lines_under_a_report_that_spent_nothing_go_to_the_neighbour_whose_disbursement_the_total_leaves():
    # report 10 disburses 19,400 and the rest nothing as read; report 7's is unread: 40,900 - 19,400 = 21,500
    rows = _rows(_SMALL, _R7, "40,900")
    assert _placed(rows) == [(7, 1, "ค่าอาหาร"), (7, 2, "ค่าเกียรติบัตร")]
    assert _moved(rows)
    assert ("entry_cell_in_doubt", "expenses") in {(i["code"], i["field"]) for i in rows["issues"]}


def test_lines_stay_where_the_budget_spent_leaves_another_sum():
    rows = _rows(_SMALL, _R7, "171,600")
    assert {e["report_seq"] for e in rows["expenses"]} == {8} and not _moved(rows)


_BIG = "ค่าอาหาร 100 คน x 1,500 บาท = 150,000 บาท\nค่าเกียรติบัตร = 21,600 บาท\n"
_R8 = "งบประมาณที่เบิกใช้ (ครั้งที่ 8) = 0 บาท"


def test_lines_under_an_unread_disbursement_the_total_says_is_nothing_go_to_the_report_they_make_up():
    # 171,600 (report 7) + 19,400 (report 10) = 191,000: report 8, unread, spent nothing
    rows = _rows(_BIG, _R8, "191,000")
    assert _placed(rows) == [(7, 1, "ค่าอาหาร"), (7, 2, "ค่าเกียรติบัตร")]
    assert _moved(rows)
    # the budget spent leaves 9,000 to report 8: the lines may be its own
    rows = _rows(_BIG, _R8, "200,000")
    assert {e["report_seq"] for e in rows["expenses"]} == {8} and not _moved(rows)
