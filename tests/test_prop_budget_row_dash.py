"""BMA proposals after OCR whose budget table of item columns has a row with a dash alone between its unit and
its unit amount ("โรงเรียนขนาดเล็ก   1 โรงเรียน — 8,500.-   8,500.-": fresh set set4 s19prd009's first copy):
the row's figures matched no row pattern, so it was a row of another shape (said since eac5f21, its figures
lost).  A dash alone there, two figures after it, stands for no figure of the row: it is a speck, as a cell of
a dash alone is, and the row reads.  With one figure after it the dash may be the unit amount's (none
printed): no pattern takes it, and the row stays unread, said."""

from __future__ import annotations

from pathlib import Path

from parsers.bma_proposal.budget import item_columns
from pipeline.stages import process_document
from schemas.document import Line

_TABLE = """รายการ\tจำนวน หน่วย\tราคาต่อ\tจำนวนเงิน
หน่วย (บาท) (บาท)
ค่าวัสดุในการจัดกิจกรรมส่งเสริม\t88,500.-
กิจกรรมลูกเสือ เนตรนารี
โรงเรียนขนาดใหญ่\t4 โรงเรียน 20,000.-\t80,000.-
โรงเรียนขนาดเล็ก\t{row}
รวมทั้งสิ้น\t88,500.-"""


def _read(row: str):
    lines = [Line(no, t) for no, t in enumerate(_TABLE.format(row=row).split("\n"), start=1)]
    unread: list = []
    found, _ = item_columns(lines, unread=unread)
    return [(e.item, e.qty, e.unit, e.each, e.amount) for e in found], unread


def test_a_dash_between_unit_and_unit_amount_is_a_speck():
    for dash in ("—", "–", "-"):
        found, unread = _read(f"1 โรงเรียน {dash} 8,500.-\t8,500.-")
        assert found[1] == ("โรงเรียนขนาดเล็ก", "1", "โรงเรียน", "8,500", "8,500") and unread == []


def test_a_dash_with_one_figure_after_it_is_not_read():
    found, unread = _read("1 โรงเรียน — 8,500.-")
    assert len(found) == 1 and [no for _, no, _, _ in unread] == [6]


def test_the_document_reads_the_row_and_says_nothing_of_it():
    doc = Path(__file__).resolve().parent / "corpus" / "extra4" / "clean" / "bma_proposal_t002.txt"
    text = doc.read_text(encoding="utf-8")
    old = "ผู้เข้ารับการอบรม\t138\tคน\t80\t11,040"
    assert old in text
    rows = process_document("doc.txt", text.replace(old, "ผู้เข้ารับการอบรม\t138 คน — 80.-\t11,040").encode("utf-8"))
    assert [(r["seq"], r["item"], str(r["quantity"]), str(r["unit_amount"]), str(r["amount"]))
            for r in rows["expenses"]][1] == (2, "ผู้เข้ารับการอบรม", "138.00", "80.00", "11040.00")
    assert not any(i["code"] == "unread_cells" and i["field"] == "expenses" for i in rows["issues"])
