"""BMA progress expense lines after OCR: lines aligned across the copies
before the vote (parsers.bma_progress.align), and quantity x unit amount =
amount weighed over every reading of the three figures
(parsers.bma_progress.repairs._product_jointly).  Seed 003 prints report 5's
three lines (ค่าอาหารฯ 10,000, ค่าวัสดุ 4,000, ค่าตอบแทนวิทยากร 7,200; 21,200
disbursed) in each of its four copies; each test damages them as OCR does."""

from __future__ import annotations

import json
from decimal import Decimal

from pipeline.stages import process_document
from tests.conftest import sample_text

SEED = "003_c0975e1d5f59aaa1.txt"
FOOD, MATERIALS, SPEAKER = "ค่าอาหารฯ = 10,000.- บาท", "ค่าวัสดุ = 4,000.- บาท", "ค่าตอบแทนวิทยากร = 7,200.- บาท"


def _rows(text: str) -> dict:
    return process_document("003.txt", text.encode("utf-8"))


def _lines(rows: dict) -> list[tuple[int, str, Decimal]]:
    return [(r["seq"], r["item"], r["amount"]) for r in rows["expenses"] if r["report_seq"] == 5]


def _copies_with(text: str, line: str) -> list[int]:
    """Where `line` starts in each copy of `text` (its occurrences)."""
    out, at = [], text.find(line)
    while at >= 0:
        out.append(at)
        at = text.find(line, at + 1)
    return out


TRUTH = [(1, "ค่าอาหารฯ", Decimal("10000.00")), (2, "ค่าวัสดุ", Decimal("4000.00")),
         (3, "ค่าตอบแทนวิทยากร", Decimal("7200.00"))]


def test_the_seed_reads_its_three_lines():
    text = sample_text(SEED)
    assert len(_copies_with(text, MATERIALS)) == 4
    assert _lines(_rows(text)) == TRUTH


def test_a_line_two_copies_lost_keeps_its_place_and_the_lines_after_it_theirs():
    """Two of the four copies lost ค่าวัสดุ (OCR garbled it past reading): by place, their ค่าตอบแทนวิทยากร
    stood under line 2 against the others' ค่าวัสดุ, a tie between different lines.  Aligned by item, every
    copy's line stands under its own key: no copy disagrees on any line."""
    text = sample_text(SEED)
    first, second = _copies_with(text, MATERIALS)[:2]
    damaged = text[:first] + text[first:second].replace(MATERIALS, "", 1) + \
        text[second:].replace(MATERIALS, "", 1)
    assert len(_copies_with(damaged, MATERIALS)) == 2
    rows = _rows(damaged)
    assert _lines(rows) == TRUTH
    assert not [i for i in rows["issues"] if i["code"] == "ocr_variant" and i["field"] == "expenses.item"]


def test_a_line_of_another_entry_one_copy_of_four_holds_is_left_out_and_said():
    """One copy reads a line of another entry before report 5's lines (a table read column by column): by
    place it shifted that copy's lines and stood as a fourth line of its own.  The other copies agree line
    for line without it: it is left out of the vote, and said with its text."""
    text = sample_text(SEED)
    at = _copies_with(text, FOOD)[2]
    damaged = text[:at] + "ค่าเช่ารถโดยสาร = 12,000.- บาท\n" + text[at:]
    rows = _rows(damaged)
    assert _lines(rows) == TRUTH
    said = [i for i in rows["issues"] if i["code"] == "unplaced_text" and i["field"] == "expenses"
            and "left out of the vote" in i["message"]]
    assert len(said) == 1 and said[0]["evidence"] and "ค่าเช่ารถโดยสาร" in said[0]["evidence"]


def _food_line(text: str, printed: str, disbursed: str | None = None) -> str:
    text = text.replace(FOOD, printed)
    if disbursed is not None:
        text = text.replace("(ครั้งที่ 5) = 21,200 บาท", f"(ครั้งที่ 5) = {disbursed} บาท")
    return text


def _issues(rows: dict, code: str) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == code and (i["field"] or "").startswith("expenses.")
            and json.loads(i["evidence"] or "{}").get("rule", "product") == "product"]


def test_a_line_whose_quantity_and_unit_amount_ocr_both_misread_is_repaired_when_the_entry_adds_up():
    """'๕๐ คน x 860 บาท = 2,760' (๔๖ read ๕๐, ฿60 read 860): no two of the figures are sure, and 46 x 60 is
    the one reading of the three that makes 2,760; the entry's lines then add up to its disbursement."""
    text = _food_line(sample_text(SEED), "ค่าอาหารฯ ๕๐ คน x 860 บาท = 2,760 บาท", disbursed="13,960")
    rows = _rows(text)
    food = next(r for r in rows["expenses"] if r["report_seq"] == 5 and r["seq"] == 1)
    assert (food["quantity"], food["unit_amount"], food["amount"]) == (Decimal("46.00"), Decimal("60.00"),
                                                                       Decimal("2760.00"))
    assert {i["field"] for i in _issues(rows, "value_repaired")} >= {"expenses.quantity", "expenses.unit_amount"}


def test_the_same_fit_is_said_not_chosen_when_the_entry_does_not_add_up_with_it():
    text = _food_line(sample_text(SEED), "ค่าอาหารฯ ๕๐ คน x 860 บาท = 2,760 บาท")  # 21,200 disbursed
    rows = _rows(text)
    food = next(r for r in rows["expenses"] if r["report_seq"] == 5 and r["seq"] == 1)
    # the fit is declined, but no reading that holds keeps the unit amount's leading 8: it is the ฿ OCR misread,
    # dropped, the digits after it kept as read (60), the line still said in doubt (repairs._signs_the_fit_drops)
    assert food["quantity"] == Decimal("50.00") and food["unit_amount"] == Decimal("60.00")
    assert not [i for i in _issues(rows, "value_repaired") if i["field"] in ("expenses.quantity",
                                                                               "expenses.unit_amount")]
    assert {i["field"] for i in _issues(rows, "repair_ambiguous")} >= {"expenses.quantity", "expenses.unit_amount"}


def test_a_line_no_reading_of_whose_figures_holds_is_said():
    """Arabic digits, read as printed: 7 x 11 is not 10,000 and no reading makes it; the line is wrong and
    nothing says which figure: each is said (expense_line_mismatch), where no issue named it before."""
    text = _food_line(sample_text(SEED), "ค่าอาหารฯ 7 คน x 11 บาท = 10,000.- บาท")
    rows = _rows(text)
    assert [i for i in rows["issues"] if i["code"] == "expense_line_mismatch" and i["field"] == "expenses.amount"]


def test_a_line_one_copy_reads_under_another_report_is_kept_where_most_copies_read_it():
    """One copy of four reads ค่าวัสดุ under report 4 (a wrap put it in the entry above), where the other
    three read report 4 with no line and ค่าวัสดุ under report 5: the copy vote kept the one copy's line as a
    line of report 4 of its own.  The copies disagree on which report the line belongs to, and most of them
    say report 5: the line is left out of report 4, and said naming both reports."""
    text = sample_text(SEED)
    at = _copies_with(text, MATERIALS)[1]
    start = text.rfind("รายงานครั้งที่4", 0, at)
    copy = text[start:at].replace("กำหนดวันจัดสัมมนา", f"กำหนดวันจัดสัมมนา\n{MATERIALS}", 1)
    damaged = text[:start] + copy + text[at:].replace(MATERIALS, "", 1)
    assert len(_copies_with(damaged, MATERIALS)) == 4
    rows = _rows(damaged)
    assert _lines(rows) == TRUTH
    assert not [r for r in rows["expenses"] if r["report_seq"] == 4]
    said = [i for i in rows["issues"] if i["code"] == "unplaced_text" and i["field"] == "expenses"
            and "report 4" in i["message"] and "report 5" in i["message"]]
    assert len(said) == 1 and "ค่าวัสดุ" in said[0]["evidence"]


def test_a_line_two_copies_of_four_read_under_another_report_is_no_minority_and_stays():
    """Two copies of four read the line under report 4, which one copy reads as paying something: no majority
    says where it belongs, nor does a report that paid nothing (tests/test_prop_expense_line_under_unpaid_report
    .py); the vote goes on as before (the line stays a line of report 4, which the sum checks say)."""
    text = sample_text(SEED)
    for k in (1, 2):
        at = _copies_with(text, MATERIALS)[k]
        start = text.rfind("รายงานครั้งที่4", 0, at)
        copy = text[start:at].replace("กำหนดวันจัดสัมมนา", f"กำหนดวันจัดสัมมนา\n{MATERIALS}", 1)
        text = text[:start] + copy + text[at:].replace(MATERIALS, "", 1)
    text = text.replace("(ครั้งที่ 4) = 0 บาท", "(ครั้งที่ 4) = 4,000 บาท", 1)
    rows = _rows(text)
    assert [r for r in rows["expenses"] if r["report_seq"] == 4]
    assert not [i for i in rows["issues"] if i["code"] == "unplaced_text" and "majority" in i["message"]]
