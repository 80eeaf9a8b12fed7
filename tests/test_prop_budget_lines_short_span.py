"""BMA proposal budget whose lines read add up to less than the total: a line of the table may not have been
read (rows._lines_short), and a line lost runs its text into a line read or, in a table read down its
columns, shifts the texts of the lines after it ("โรงเรียนขนาดกลางโรงเรียนขนาดเล็ก", its dash lost, then the
next category's item in the last row's place: set o s27o001).  The issue named the table but stood at the
total's lines (the paragraph above the table), so it named no row: the rows' shifted items and categories
were wrong with no issue.  It now spans the table's rows read, from the total's line to the last of them."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_SECOND_LINE = "- โรงเรียนขนาดกลาง \nจำนวน 3 โรงเรียนๆ ละ 13,100.-บาท เป็นเงิน 39,300.-บาท\n"


def _table_doubts(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "expense_sum_mismatch" and i["field"] == "expenses"]


def test_lines_short_of_the_total_name_every_row_read():
    text = sample_text(PROPOSAL)
    assert _SECOND_LINE in text
    rows = run(text.replace(_SECOND_LINE, ""))
    (row,) = rows["expenses"]
    (doubt,) = _table_doubts(rows)
    # the doubt covers the row's lines (what the eval's "names the table at the row" reads)
    assert doubt["line_start"] <= row["line_start"] and row["line_end"] <= doubt["line_end"]
    # and still the total's line, where the total it compares with is printed
    total_line = next(i for i in rows["issues"] if i["field"] == "expenses.amount")["line_start"]
    assert doubt["line_start"] <= total_line


def test_lines_that_add_up_raise_no_doubt():
    assert not _table_doubts(run(sample_text(PROPOSAL)))


def test_lines_over_the_total_name_every_row_read_on_their_amounts():
    # s43z's bma_proposal_s43z005 OCR'd: a line's amount read too large (8,500 as 58,500), the lines adding up to more
    # than the total; the expense_sum_mismatch naming expenses.amount stood at the total's lines alone (the paragraph
    # above the table), so the line misread had no issue at its row.  It spans the lines read too, as above.
    text = sample_text(PROPOSAL)
    line = "จำนวน 3 โรงเรียนๆ ละ 13,100.-บาท เป็นเงิน 39,300.-บาท"
    assert line in text
    # (both figures misread alike, the line's product holds: no repair of the line mends it)
    rows = run(text.replace(line, "จำนวน 3 โรงเรียนๆ ละ 19,100.-บาท เป็นเงิน 57,300.-บาท"))
    sums = [i for i in rows["issues"] if i["code"] == "expense_sum_mismatch" and i["field"] == "expenses.amount"]
    assert sums and rows["expenses"]
    for row in rows["expenses"]:
        assert any(i["line_start"] <= row["line_start"] and row["line_end"] <= i["line_end"] for i in sums), row
