"""BMA progress expense lines read under a report whose disbursement reads
as nothing spent, beside a report that spent and lists no line, their sum
fitting neither (an amount OCR misread: fresh sets bp/set1 s19bpa005,
s19bpa013, setb s19bpb011, h s20h005, s20h009, s s23s002, my second fresh
set bpexp24b b010): rows._lines_moved_home moved lines to the neighbour only
where they added up to its disbursement, so they stayed under the report
that spent nothing.  A report that spent nothing lists no line (none of the
993 expected lines of the fresh sets stands under one), so such lines now
go to the one neighbour that spent, where the other neighbour spent nothing
(or there is none) and the one that spent lists no line of its own; said
(value_repaired, expenses.report_seq), and the sum check says they do not
add up to its disbursement.  Two neighbours that spent, or one with lines
of its own, and they stay where they were read."""

from __future__ import annotations

from pipeline.stages import process_document
from tests.conftest import sample_text

_AT = "ซึ่งจะดำเนินการระหว่างวันที่ ๑๘ - ๒๙ พฤษภาคม ๒๕๖๓\n"
_LINES = "ค่าอาหาร 100 คน x 200 บาท = 20,000 บาท\nค่าเกียรติบัตร = 1,500 บาท\n"


def _rows(text: str) -> dict:
    return process_document("001.txt", text.encode("utf-8"))


def _text() -> str:
    text = sample_text("001_fdefb2afb18072a2.txt")
    assert text.count(_AT) == 1
    return text.replace(_AT, _AT + _LINES)  # report 8's text (spent 0), beside report 7 (spent 171,600, no line)


def test_lines_under_a_report_that_spent_nothing_go_to_the_one_neighbour_that_spent():
    rows = _rows(_text())
    assert [(e["report_seq"], e["seq"], e["item"]) for e in rows["expenses"]] == [
        (7, 1, "ค่าอาหาร"), (7, 2, "ค่าเกียรติบัตร")]
    said = {(i["code"], i["field"]) for i in rows["issues"]}
    assert ("value_repaired", "expenses.report_seq") in said
    assert ("expense_sum_mismatch", "expenses.amount") in said


def test_lines_stay_where_two_neighbours_spent_or_the_one_that_spent_lists_its_own():
    text = _text().replace("งบประมาณที่เบิกใช้ (ครั้งที่ 9) = 0 บาท", "งบประมาณที่เบิกใช้ (ครั้งที่ 9) = 5,000 บาท")
    assert {e["report_seq"] for e in _rows(text)["expenses"]} == {8}
    own = "ระดับกรุงเทพมหานคร\n :: ความก้าวหน้าของงานฯ = 40.00 %"
    # (its own line and these not making up its disbursement: 150,100 + 21,500 would, and they would join it,
    # tests/test_prop_lines_make_up_another_report.py)
    text = _text().replace(own, "ระดับกรุงเทพมหานคร ค่าวัสดุ = 150,000 บาท\n :: ความก้าวหน้าของงานฯ = 40.00 %")
    assert sorted({e["report_seq"] for e in _rows(text)["expenses"]}) == [7, 8]
