"""BMA progress expense lines one copy read in one run under the entry
before their own, a report every copy reads paid nothing (bp/set1
s19bpa009: copy 1 read report 5's 'ค่าตอบแทนวิทยากร' and 'ค่าอาหารว่างและ
เครื่องดื่ม' under report 4, which paid 0; copy 2 read the second under report
5 and lost the first).  The line the other copies read under report 5 was
left out of report 4 as a stray (align._strays_left_out), and the line that
copy alone read stayed under report 4, a row of a report that paid nothing.
Now the copy's whole run goes to the one report the others hold its lines
under, where that copy reads none (align._run_moved); a run whose lines the
others hold under two reports, or where the copy reads lines of its own
under that report, is left as before.

Seed 003 prints report 5's three lines (ค่าอาหารฯ 10,000, ค่าวัสดุ 4,000,
ค่าตอบแทนวิทยากร 7,200; 21,200 disbursed) in each of its four copies, report 4
disbursing 0."""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import sample_text
from tests.test_bma_progress_expenses import FOOD, MATERIALS, SEED, SPEAKER, _copies_with, _rows

REPORT4 = "ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดวันจัดสัมมนา"


def _run_under_report_4(keep_in_first: bool = False) -> str:
    """Copy 1 reads report 5's three lines under report 4 (right after its
    header's text); copies 2-4 lose ค่าตอบแทนวิทยากร.  With `keep_in_first`,
    copy 1 also reads ค่าอาหารฯ under report 5 itself."""
    text = sample_text(SEED)
    second = _copies_with(text, MATERIALS)[1]
    first, rest = text[:second], text[second:]
    at = first.index(REPORT4) + len(REPORT4)
    for line in (FOOD, MATERIALS, SPEAKER):
        first = first.replace(line, "", 1)
    first = first[:at] + f" {FOOD} {MATERIALS} {SPEAKER}" + first[at:]
    if keep_in_first:
        first = first.replace("เบิกจ่ายตามงบประมาณ", f"เบิกจ่ายตามงบประมาณ {FOOD}", 1)
    return first + rest.replace(SPEAKER, "")


def _lines(rows: dict) -> list[tuple[int, int, str, Decimal]]:
    return [(r["report_seq"], r["seq"], r["item"], r["amount"]) for r in rows["expenses"]
            if r["report_seq"] in (4, 5)]


def test_the_run_goes_whole_to_the_report_the_other_copies_read_it_under():
    rows = _rows(_run_under_report_4())
    assert _lines(rows) == [(5, 1, "ค่าอาหารฯ", Decimal("10000.00")), (5, 2, "ค่าวัสดุ", Decimal("4000.00")),
                            (5, 3, "ค่าตอบแทนวิทยากร", Decimal("7200.00"))]


def test_a_copy_reading_lines_of_its_own_there_keeps_the_old_reading():
    rows = _rows(_run_under_report_4(keep_in_first=True))
    # the copy's own line under report 5 keeps the run from moving there (align._run_moved), as before; the line
    # left under report 4, which paid nothing, then joins report 5's lines, which add up to its disbursement only
    # with it (rows._lines_moved_home, tests/test_prop_lines_make_up_another_report.py): before them, as read under
    # the entry before (the seed prints it last: where a line read out of its place stood is not in the text)
    assert [(report, item) for report, _, item, _ in _lines(rows)] == [
        (5, "ค่าตอบแทนวิทยากร"), (5, "ค่าอาหารฯ"), (5, "ค่าวัสดุ")]
    assert any(i["code"] == "value_repaired" and i["field"] == "expenses.report_seq" for i in rows["issues"])
