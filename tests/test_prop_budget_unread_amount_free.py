"""A BMA proposal budget line whose amount OCR printed as no number ("๓,ฒ่๒๐": a digit made a letter with a tone
mark, so no figure of that shape either) is read only as the product of its quantity and unit amount as printed
(money._triples' _Unread): "๕๓ x ๑๒๐" = 6,360, for 83 x 120 = 9,960 (fresh set s73o, bma_proposal_s73o002, whose
OCR never wrote a ๘).  That product rests on two figures no printed amount checks, yet the sum weighed it as a
line settled: the total (25,560, by its Thai words) less 6,360 and the other lines' figures then moved the one line
whose printed figures multiply out ("๑๐ x ๑,๒๐๐ = ๑๒,๐๐๐") to 10 x 1,560 = 15,600, and took 6,360: three wrong
repairs.  Such a line is now read every way its quantity and unit amount allow (money._unread_every_way), a free
unknown of the one equation: beside it a line whose printed figures multiply out is read as printed, and it takes
what the others leave it where one reading of its figures gives that (83 x 120), said as a repair by the sum."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_proposal.money import _Unread, _unread_every_way
from schemas.document import Reading
from tests.test_bma_proposal import PROPOSAL, run
from tests.conftest import sample_text
from tests.test_prop_item_columns import _lines

_TABLE = """ตามรายละเอียดดังนี่
กิจกรรม : จัดกิจกรรมส่งเสริมการอ่านออกเขียนได้ของนักเรียน

รายการ                  จํานวน หน่วย ราคาต่อหน่วย (บาท) จํานวนเงิน (บาท)
ค่าตอบแทนวิทยากร                                    ๑๕,๐๒๐๐
วิทยากรภายนอก             ๑๐ ชั่วโมง                     ๑,๒๐๐               ๑๒,๐๐๐
วิทยากรภายใน        ๑๒ ชั่วโมง            ๓๐๐         ๓,อ๐๐
ค่าอาหารกลางวัน                                                                    ๓๕,ฒ๕๒๐
ผู้เข้ารับการอบรม           ๕๓ คน                         ๑๒๐               {amount}
รวมทั้งสิ้น                                                                          ๒๕,๕๒๐

"""


def proposal_with_budget(table: str, total: str) -> str:
    """The sample proposal with its budget section's table replaced by `table` and its total by `total` (the
    figure and the Thai words: "๒๕,๕๒๐ บาท (สองหมื่น...บาทถ้วน)")."""
    text = sample_text(PROPOSAL)
    text = text.replace("เป็นเงิน 69,5๐๐.-บาท     (หกหมื่นเก้าพันห้าร้อยบาทถ้วน)", f"เป็นเงิน {total}")
    start = text.index("ตามรายละเอียดดังนี้")
    end = text.index("8.  ความเสี่ยง", start)
    return text[:start] + table \
        + "กฎหมาย ระเบียบที่เกี่ยวข้อง : ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปี\n" + text[end:]


def _with_table(amount: str) -> str:
    return proposal_with_budget(_TABLE.format(amount=amount), "๒๕,๕๒๐ บาท (สองหมื่นห้าพันห้าร้อยหกสิบบาทถ้วน)")


def _repaired(rows: dict) -> dict[tuple[str, str], str]:
    return {(i["field"], i["message"].split(":")[0]): i["evidence"] for i in rows["issues"]
            if i["code"] == "value_repaired" and i["field"].startswith("expenses.")}


def test_a_line_whose_figures_multiply_out_is_not_moved_beside_a_line_read_only_as_its_printed_product():
    rows = run(_with_table("๓,ฒ่๒๐"))
    lines = _lines(rows)
    assert lines[0][1:] == ("วิทยากรภายนอก", "10.00", "ชั่วโมง", "1200.00", "12000.00")  # as printed
    assert lines[1][1:] == ("วิทยากรภายใน", "12.00", "ชั่วโมง", "300.00", "3600.00")
    # the line read only as its printed product takes what the total leaves it: 83 x 120, a ๘ read ๕
    assert lines[2][1:] == ("ผู้เข้ารับการอบรม", "83.00", "คน", "120.00", "9960.00")
    said = _repaired(rows)
    assert not any("วิทยากรภายนอก" in what for _, what in said)
    assert '"rule": "sum"' in said[("expenses.quantity", "the budget line ผู้เข้ารับการอบรม")]
    assert '"rule": "sum"' in said[("expenses.amount", "the budget line ผู้เข้ารับการอบรม")]


def test_a_line_whose_amount_reads_is_weighed_as_before():
    rows = run(_with_table("๙,๙๖๐"))
    assert [line[4:] for line in _lines(rows)] == [("1200.00", "12000.00"), ("300.00", "3600.00"),
                                                  ("120.00", "9960.00")]


def test_readings_of_a_line_read_only_as_its_printed_product():
    line = {"quantity": Reading(Decimal("53"), "๕๓", 1, 1), "unit_amount": Reading(Decimal("120"), "๑๒๐", 1, 1),
            "amount": Reading(None, "๓,ฒ่๒๐", 1, 1)}
    printed = _Unread((Decimal("53"), Decimal("120"), Decimal("6360.00")))
    found = _unread_every_way(line, [printed])
    assert found[0] == printed and all(isinstance(t, _Unread) for t in found)
    assert (Decimal("83"), Decimal("120"), Decimal("9960.00")) in found
    # an amount that reads as a number: the line's readings as they are
    read = dict(line, amount=Reading(Decimal("6360"), "๖,๓๖๐", 1, 1))
    assert _unread_every_way(read, [printed]) == [printed]
