"""BMA proposals after OCR (fresh set s62o): a category's cell with specks OCR read in its blank below the name
("ค่าอาหารว่างและเครื่องดีม" / "๑ 9 eo": the figures left out, "eo" kept in the name, then a dictionary repair
of the name carried the speck into its value: a wrong repair); and the budget total in the paragraph printed
with a space OCR set after its first digit ("เป็นเงิน ๕ อ,อ๐๐" for ๔๖,๖๐๐), read as the lone digit (5.00).
Now a category's trailing words of no Thai letter, three characters at most, are left out (budget.clean_category:
the form prints no Latin word in a category's name); the figure is read whole across that space
(budget._GROUP_GAP), reads as no amount, and the amount in Thai words stands for it (said)."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_proposal.budget import clean_category, paragraph_total
from tests.conftest import numbered_lines


def test_specks_after_a_category_name_are_left_out():
    assert clean_category("ค่าอาหารว่างและเครื่องดื่ม ๑ 9 eo") == "ค่าอาหารว่างและเครื่องดื่ม"
    assert clean_category("ค่าวัสดุ '") == "ค่าวัสดุ"
    # a Thai word at the end stays
    assert clean_category("ค่าตอบแทนวิทยากร ภายนอก") == "ค่าตอบแทนวิทยากร ภายนอก"


def test_a_total_with_a_space_after_its_first_digit_is_read_whole():
    lines = numbered_lines(["รายการค่าใช้จ่ายในกิจกรรมส่งเสริมคุณธรรม เป็นเงิน", "", "๕ อ,อ๐๐",
                            "บาท (สี่หมื่นหกพันหกร้อยบาทถ้วน) ตามรายละเอียดดังนี้"])
    stated = paragraph_total(lines)
    assert stated is not None and stated[0] == "๕ อ,อ๐๐"
    # nor is one whose last group's separator OCR read as a digit, a space before the group and its satang
    # ("๓๕๓๕ ๕๕๐.๐๐" for ๓๙,๘๘๐.๐๐: fresh set s61o002, read as 3,535.00 before)
    assert paragraph_total(numbered_lines(["เป็นเงิน ๓๕๓๕ ๕๕๐.๐๐ บาท (สามหมื่น...)"]))[0] == "๓๕๓๕ ๕๕๐.๐๐"
    # a figure after the digit that is no group of thousands is no part of it
    lines = numbered_lines(["เป็นเงิน ๕ ๖๐๐ บาท"])
    assert paragraph_total(lines)[0] == "๕"


def test_the_amount_in_words_stands_for_a_total_read_across_the_space(monkeypatch):
    monkeypatch.setenv("RAINGAN_REPAIR", "1")
    from tests.conftest import sample_text
    from tests.test_bma_proposal import PROPOSAL, run
    text = sample_text(PROPOSAL)
    printed = "เป็นเงิน 69,5๐๐.-บาท"
    assert printed in text
    rows = run(text.replace(printed, "เป็นเงิน 6 อ,5๐๐.-บาท", 1))
    assert rows["projects"][0]["budget_allocated"] == Decimal("69500.00")
    repaired = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "projects.budget_allocated"]
    # the figure read whole, not its first digit (6.00, which the lines' sum put right only where they add up)
    assert len(repaired) == 1 and "6 อ,5๐๐" in repaired[0]["message"]


def test_a_unit_broken_by_a_space_in_a_damaged_clause_is_read_whole():
    # a bulleted line whose clause OCR broke with a speck ("az" for ละ): its unit "โรง เรียนๆ" read as "โรง", no unit
    # of the form (fresh set s62o003); its two pieces make one (budget.loose_line)
    from parsers.bma_proposal.budget import loose_line
    line = loose_line("- โรงเรียนขนาดใหญ่ จำนวน 4 โรง เรียนๆ az 20,000 บาท เป็นเงิน 80,000 บาท", None, 1, 2)
    assert line is not None and line.unit == "โรงเรียน" and line.qty == "4"
    # pieces that make no unit are left as read
    line = loose_line("- ผู้เข้าร่วม จำนวน 4 คน ครู az 20 บาท เป็นเงิน 80 บาท", None, 1, 2)
    assert line is not None and line.unit == "คน"
