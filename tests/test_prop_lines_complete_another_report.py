"""BMA progress expense lines read under a report that spent more than
nothing but whose lines do not add up to its disbursement, while another
report's own lines fall short of its disbursement by exactly their sum
(fresh sets s73b009: report 2's first line, 9,750.00, read under report 3
of the column-read table, report 2's 3,920.00 short of its 13,670.00 by it;
s72o007: report 3's last line, 6,400.00, read under report 6): the lines
stayed where they were read, rows._lines_moved_home moving lines by sum
only from a report that spent nothing.  A report may disburse with no line
listed, so lines that do not make up their report's disbursement but
complete exactly one other report's own lines are that report's: they go
there (value_repaired, expenses.report_seq; entry_cell_in_doubt on the
lines), numbered with its own in the order printed.  Lines that add up to
their own report's disbursement, or that complete no report's or two, stay
where they were read."""

from __future__ import annotations

from pipeline.stages import process_document
from tests.conftest import sample_text

_FLAGS_7 = " :: ความก้าวหน้าของงานฯ = 40.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 7)"
_IN_10 = "2. อยู่ระหว่างการรวบรวมเอกสารประกอบการเบิก - จ่าย เกี่ยวกับหนังสือรับรอง \"ครูดีเด่น\" ระดับกรุงเทพมหานคร\n"


def _rows(in_7: str, in_10: str) -> dict:
    """Sample 001 (report 7 spent 171,600, report 10 spent 19,400; no line) with lines put into report 7's text and
    report 10's."""
    text = sample_text("001_fdefb2afb18072a2.txt")
    assert text.count(_FLAGS_7) == 1 and text.count(_IN_10) == 1
    text = text.replace(_FLAGS_7, in_7 + _FLAGS_7).replace(_IN_10, _IN_10 + in_10)
    return process_document("001.txt", text.encode("utf-8"))


def _lines(rows: dict) -> list[tuple]:
    return [(e["report_seq"], e["seq"], e["item"], str(e["amount"])) for e in rows["expenses"]]


def _said(rows: dict) -> set:
    return {(i["code"], i["field"]) for i in rows["issues"]}


def test_lines_that_complete_another_reports_own_go_there():
    rows = _rows("ค่าวัสดุ = 1,400 บาท\n", "ค่าอาหาร 90 คน x 200 บาท = 18,000 บาท\n")
    assert _lines(rows) == [(10, 1, "ค่าวัสดุ", "1400.00"), (10, 2, "ค่าอาหาร", "18000.00")]
    assert ("value_repaired", "expenses.report_seq") in _said(rows)
    assert ("entry_cell_in_doubt", "expenses") in _said(rows)
    moved = [i for i in rows["issues"] if (i["code"], i["field"]) == ("value_repaired", "expenses.report_seq")]
    assert "do not add up to its disbursement 171,600.00" in moved[0]["message"]


def test_lines_stay_where_they_fit_their_own_report_or_complete_none():
    # they make up their own report's disbursement
    own = _rows("ค่าวัสดุ = 171,600 บาท\n", "ค่าอาหาร 90 คน x 200 บาท = 18,000 บาท\n")
    assert sorted({e["report_seq"] for e in own["expenses"]}) == [7, 10]
    # they complete no report's lines
    short = _rows("ค่าวัสดุ = 1,300 บาท\n", "ค่าอาหาร 90 คน x 200 บาท = 18,000 บาท\n")
    assert sorted({e["report_seq"] for e in short["expenses"]}) == [7, 10]
