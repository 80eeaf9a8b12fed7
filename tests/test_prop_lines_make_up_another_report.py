"""BMA progress expense lines read under a report that spent nothing, far
from the entry they belong to (a table OCR read column by column, or a
form's copies apart: s29o002 reads report 7's two lines of 20,800.00 under
report 2, whose neighbours spent nothing too, and report 2's first line
under report 1, beside report 2's other lines): rows._lines_moved_home
moved lines only to a neighbour that lists no line, so they stayed under
the report that spent nothing.  A report that spent nothing lists no line,
and lines whose amounts make up exactly one report's disbursement (alone,
where it lists none; with its own lines, where those alone fall short of
it) are that report's: they go there (value_repaired,
expenses.report_seq), numbered with its own in the order they are printed.
No such report, or two, and they stay where they were read."""

from __future__ import annotations

from pipeline.stages import process_document
from tests.conftest import sample_text

_IN_3 = "2. คำสั่งผู้เข้าร่วมกิจกรรมที่ 2 และกิจกรรมที่ 5 (กลุ่มเป้าหมายเดียวกัน)\n"
_IN_10 = "2. อยู่ระหว่างการรวบรวมเอกสารประกอบการเบิก - จ่าย เกี่ยวกับหนังสือรับรอง \"ครูดีเด่น\" ระดับกรุงเทพมหานคร\n"
_SPENT_7 = "งบประมาณที่เบิกใช้ (ครั้งที่ 7) = 171,600 บาท"


def _rows(text: str) -> dict:
    return process_document("001.txt", text.encode("utf-8"))


def _text(in_3: str, in_10: str = "") -> str:
    """Sample 001 (reports 1-6, 8, 9 spent nothing, 7 spent 171,600, 10 spent 19,400; no line) with lines
    put into report 3's text and report 10's."""
    text = sample_text("001_fdefb2afb18072a2.txt")
    assert text.count(_IN_3) == 1 and text.count(_IN_10) == 1
    return text.replace(_IN_3, _IN_3 + in_3).replace(_IN_10, _IN_10 + in_10)


def _lines(rows: dict) -> list[tuple]:
    return [(e["report_seq"], e["seq"], e["item"], str(e["amount"])) for e in rows["expenses"]]


def _said(rows: dict) -> set:
    return {(i["code"], i["field"]) for i in rows["issues"]}


def test_lines_go_to_the_one_report_whose_disbursement_they_make_up():
    rows = _rows(_text("ค่าอาหาร 80 คน x 200 บาท = 16,000 บาท\nค่าเกียรติบัตร = 3,400 บาท\n"))
    assert _lines(rows) == [(10, 1, "ค่าอาหาร", "16000.00"), (10, 2, "ค่าเกียรติบัตร", "3400.00")]
    assert ("value_repaired", "expenses.report_seq") in _said(rows)


def test_lines_join_a_report_whose_own_lines_fall_short_in_the_order_printed():
    rows = _rows(_text("ค่าวัสดุ = 1,400 บาท\n", "ค่าอาหาร 90 คน x 200 บาท = 18,000 บาท\n"))
    assert _lines(rows) == [(10, 1, "ค่าวัสดุ", "1400.00"), (10, 2, "ค่าอาหาร", "18000.00")]
    assert ("value_repaired", "expenses.report_seq") in _said(rows)
    assert ("expense_sum_mismatch", "expenses.amount") not in _said(rows)


def test_lines_stay_where_no_report_or_two_fit():
    lines = "ค่าอาหาร 80 คน x 200 บาท = 16,000 บาท\nค่าเกียรติบัตร = 3,400 บาท\n"
    assert {e["report_seq"] for e in _rows(_text(lines.replace("3,400", "3,000")))["expenses"]} == {3}
    two = _text(lines).replace(_SPENT_7, "งบประมาณที่เบิกใช้ (ครั้งที่ 7) = 19,400 บาท")
    assert {e["report_seq"] for e in _rows(two)["expenses"]} == {3}
    # a report whose own lines add up without them takes none
    full = _text("ค่าวัสดุ = 1,400 บาท\n", "ค่าอาหาร 97 คน x 200 บาท = 19,400 บาท\n")
    assert sorted({e["report_seq"] for e in _rows(full)["expenses"]}) == [3, 10]


def _moved(rows: dict) -> list[tuple]:
    """(code, field, first line, last line) of the issues a move of expense lines gives."""
    return sorted((i["code"], i["field"], i["line_start"], i["line_end"]) for i in rows["issues"]
                  if (i["code"], i["field"]) in {("value_repaired", "expenses.report_seq"),
                                                 ("entry_cell_in_doubt", "expenses")})


def test_a_move_names_the_lines_it_may_cost():
    # the move repairs one cell of each line (its report_seq), but a wrong one costs the lines whole: the expenses
    # table is named at the lines moved too (rows._move_in_doubt), so the lines report 3 would then miss are said
    for extra in (("ค่าอาหาร 80 คน x 200 บาท = 16,000 บาท\nค่าเกียรติบัตร = 3,400 บาท\n", ""),
                  ("ค่าวัสดุ = 1,400 บาท\n", "ค่าอาหาร 90 คน x 200 บาท = 18,000 บาท\n")):
        said = _moved(_rows(_text(*extra)))
        repaired = [s for s in said if s[0] == "value_repaired"]
        assert len(repaired) == 1
        assert ("entry_cell_in_doubt", "expenses", *repaired[0][2:]) in said
    # no move, nothing said of one
    assert _moved(_rows(_text("ค่าอาหาร 80 คน x 200 บาท = 16,000 บาท\nค่าเกียรติบัตร = 3,000 บาท\n"))) == []
