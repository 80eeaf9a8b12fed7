"""BMA progress expense lines whose amount OCR left unread, under a report
that spent nothing, beside the one report whose disbursement their
quantity times unit amount makes up exactly and that lists no line
(s74a009: report 4 spent nothing, its line 'ค่าเกียรติบัตร 91 ใบ x 20'
with the amount unread; report 5 disburses 1,820.00 and lists none).
rows._lines_moved_home grouped the lines before the product repair read
the amount, so the sum was nothing and the lines stayed under report 4.
The amount unread now counts as quantity x unit amount for the sums that
name a report exactly (never for the rules that move lines on less)."""

from __future__ import annotations

# report 8 of the sample (spent 0) beside report 7 (spent 171,600, no line) and report 9 (spent 0), as there
from tests.test_bma_lines_exceed_neighbour_spent import _rows


def test_unread_amount_whose_product_makes_up_the_neighbours_disbursement_goes_to_it():
    rows = _rows("ค่าอาหาร 858 คน x 200 บาท = ฒ๗ฒ,ฒ๐๐ บาท\n")
    assert [(e["report_seq"], e["item"]) for e in rows["expenses"]] == [(7, "ค่าอาหาร")]
    moved = [i for i in rows["issues"] if (i["code"], i["field"]) == ("value_repaired", "expenses.report_seq")]
    assert moved and "quantity times unit amount" in moved[0]["message"]
    assert any((i["code"], i["field"]) == ("entry_cell_in_doubt", "expenses") for i in rows["issues"])


def test_unread_amount_whose_product_fits_no_disbursement_stays_where_read():
    rows = _rows("ค่าอาหาร 100 คน x 200 บาท = ฒ๗ฒ,ฒ๐๐ บาท\n")
    assert [e["report_seq"] for e in rows["expenses"]] == [8]
    said = {(i["code"], i["field"]) for i in rows["issues"]}
    assert ("value_repaired", "expenses.report_seq") not in said
