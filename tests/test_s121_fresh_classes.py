"""Classes of layout and OCR damage fresh sets s121o-s121r showed, each
read before with a wrong value or a lost row and no issue naming it:

- a proposal's fiscal year that only the misreads the table leaves out as
  rare settle, where another year is read by one mention fewer;
- an amount whose leading ๒ OCR wrote as two letters before its comma;
- a budget clause under the page's false label of the next report whose
  digits OCR misread as an earlier report's, that report's figures above;
- an OBEC list's next number alone after its last item, its text lost."""

from __future__ import annotations

import json

import pytest

from decimal import Decimal

from parsers.bma_proposal.years import in_doubt_by_rare, repair_fiscal_year
from schemas.document import Reading


@pytest.mark.usefixtures("repair_on")
def test_a_year_rare_misreads_settle_with_a_rival_one_mention_behind_is_kept_in_doubt():
    # fresh set s121r, bma_proposal_s121r004: the title block's year unreadable, "๒๕อ๓๑" / "๒๕อ๒" / "๒๕อ๒๑" in a
    # document whose OCR never writes ๖ nor ๗: 2566 said repaired, the truth 2567 (the second mention's ๗ read ๒)
    project = {"fiscal_year_text": Reading("พ.ศ. ๒๕อ", "พ.ศ. ๒๕อ", 13, 15),
               "period_raw": Reading("มกราคม - ก้นยายน ๒๕๒", "มกราคม - ก้นยายน ๒๕๒", 93, 94),
               "unread_digits": Reading("46789", "", 13, 15)}
    issues = repair_fiscal_year(project, ["๒๕อ๓๑", "๒๕อ๒", "๒๕อ๒๑"], None)
    assert {i.field for i in issues} == {"projects.fiscal_year_be", "projects.fiscal_year"}
    assert all(i.code == "repair_ambiguous" and in_doubt_by_rare(i) for i in issues)
    assert 2567 in json.loads(issues[0].evidence)["candidates"]
    # mentions that agree with no rival close behind: repaired as before
    project = {"fiscal_year_text": Reading("พ.ศ. ๒๕อ", "พ.ศ. ๒๕อ", 13, 15)}
    issues = repair_fiscal_year(project, ["๒๕๖๗", "๒๕๖๗", "๒๕๖๗"], None)
    assert project["fiscal_year_be"].value == 2567 and any(i.code == "value_repaired" for i in issues)


def test_a_two_written_as_two_letters_before_the_comma_is_the_amounts_leading_digit():
    # fresh set s121r, bma_proposal_s121r002: "๓ ชั่วโมง ๓๐๐ ใต,ฒ๐๐" (9 x 300 = 2,700, ๙ read ๓): the amount was read
    # from the comma on, 900, and said repaired to the product of the figures as printed
    from parsers.bma_proposal.money import _triples, _values
    amount = Reading(None, "ใต,ฒ๐๐", 311, 311)
    assert Decimal("2700.00") in _values(amount) and Decimal("900.00") not in _values(amount)
    rec = {"quantity": Reading(Decimal(3), "๓", 311, 311), "unit_amount": Reading(Decimal(300), "๓๐๐", 311, 311),
           "amount": amount}
    assert all(t[2] == Decimal("2700.00") for t in _triples(rec))
    # a word that ends in ต before a comma is no figure's lead
    assert _values(Reading(None, "ไต, ๒๐๐", 1, 1)) != _values(Reading(None, "๒,๒๐๐", 1, 1))


_LABEL_TEXT = (
    "รายงานครั้งที่ 3 :: 20 มีนาคม 2566 : ประชุมผู้บริหารสถานศึกษาเพื่อกําหนดวันจัดสัมมนา",
    ":: ความก้าวหน้าของงานฯ = 30.0% : งบประมาณทีเบิกใช้ (ครั้งที่ 3) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "รายงานครั้งที่ 9 :: 10 กันยายน 2566 : ดําเนินการจัดกิจกรรมครบทุกกิจกรรมตามแผน",
    "- รายงานครั้งที 10 : ค่าตอบแทนวิทยากร ๗ ชั่วโมง x 600 บาท.- = 4,200 บาท.-",
    ":: ความก้าวหน้าของงานฯ = 100.0% : งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = 4,200 บาท.- : เป็นไปตามแผน",
    ": เป็นไปตามเป้าหมาย",
)


def _label_entries(n: str):
    from parsers.bma_progress.entries import parse_entries
    from tests.test_bma_progress_entries_ocr import _lines
    return parse_entries(_lines(*(t.replace("{n}", n) for t in _LABEL_TEXT)))


def test_a_clause_under_the_next_reports_label_misread_as_an_earlier_report_is_the_dated_entrys():
    # fresh set s121r, bma_progress_s121r002: "(ครั้งที่ ๓)" for ๙ under the label "- รายงานครั้งที่ 1๐", report 3's
    # figures above: the label opened a report 10, which took report 9's expense and figures, nothing said of 9's
    result = _label_entries("๓")
    assert sorted(result.entries) == [3, 9]
    assert [x.item for x in result.entries[9].expenses] == ["ค่าตอบแทนวิทยากร"]
    assert any(i.code == "false_entry_header" for i in result.issues)
    # as printed (๙), the same; a clause whose digits read as no report 9 leaves the label opening its entry
    assert sorted(_label_entries("๙").entries) == [3, 9]
    assert 10 in _label_entries("4").entries


def test_an_obec_lists_next_number_alone_after_its_last_item_is_said():
    # fresh set s121r, obec_progress_s121r002: "๑. ..." / "lo. ..." / "๓" and the next heading: item 3's text lost
    from tests.test_obec_ocr import project, report, run
    results = ("ผลการดำเนินงาน\n๑. ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด\n\n"
               "lo. ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์\n{n}\n")
    fy = "๒๕๖๗"

    def said(n: str) -> list[dict]:
        one = project(1, fy)
        assert "ผลการดำเนินงาน\n" in one
        head, tail = one.split("ผลการดำเนินงาน\n", 1)
        rows = run(report(fy=fy, projects=[head + results.format(n=n) + tail.split("\n", 1)[1], project(2, fy)]))
        return [i for i in rows["issues"] if i["field"] == "findings" and "list number alone" in i["message"]]
    assert [i["evidence"] for i in said("๓")] == ['{"text": "๓"}']
    assert said("๕") == [] and said("") == []


@pytest.mark.usefixtures("repair_on")
def test_a_line_whose_every_product_reading_gives_one_amount_takes_it_and_says_the_rest():
    # fresh set s121r, bma_proposal_s121r002: "๓ ชั่วโมง ๓๐๐ ใต,ฒ๐๐" multiplies out as 9 x 300 and as 3 x 900, both
    # 2,700: the amount is read, quantity and unit amount kept as read and said (before, none of the three was chosen)
    from parsers.bma_proposal.money import repair_lines
    line = {"item": Reading("วิทยากรภายใน", "วิทยากรภายใน", 311, 311),
            "quantity": Reading(Decimal(3), "๓", 311, 311), "unit_amount": Reading(Decimal(300), "๓๐๐", 311, 311),
            "amount": Reading(None, "ใต,ฒ๐๐", 311, 311)}
    issues = repair_lines([line], None)
    assert line["amount"].value == Decimal("2700.00") and line["quantity"].value == Decimal(3)
    assert {(i.code, i.field) for i in issues} == {("value_repaired", "expenses.amount"),
                                                   ("repair_ambiguous", "expenses.quantity"),
                                                   ("repair_ambiguous", "expenses.unit_amount")}
    # readings of two amounts, or an amount no reading of the printed one: no amount is taken
    from parsers.bma_proposal.money import _one_product_amount
    two = [(Decimal(3), Decimal(900), Decimal(2700)), (Decimal(9), Decimal(400), Decimal(3600))]
    assert not _one_product_amount({"amount": Reading(None, "ใต,ฒ๐๐", 1, 1)}, two)
    one = [(Decimal(3), Decimal(900), Decimal(2700)), (Decimal(9), Decimal(300), Decimal(2700))]
    assert _one_product_amount({"amount": Reading(None, "ใต,ฒ๐๐", 1, 1)}, one)
    assert not _one_product_amount({"amount": Reading(None, "๑,๐๐๐", 1, 1)}, one)


@pytest.mark.usefixtures("repair_on")
def test_an_obec_summary_that_holds_one_way_under_the_table_and_another_through_a_rare_misread_is_not_repaired(
        monkeypatch):
    # fresh set s122o, obec_progress_s122o001, whose OCR never writes ๔ ๖ ๗ ๘ ๙: "๓๐.๕๑๒" (30,592, its ๙ read ๑)
    # kept as read made planned 44,456 the one reading under the table, said repaired with the not-disbursed amount
    # and the percentage; read with ๙ as ๑, 44,550 / 30,592 / 13,958 / 68.67 % holds too: nothing is chosen
    from parsers.obec_progress.summary_joint import repair_jointly
    # (the totals the quarter's budget rows, as read, may make: in satang, the one pair under the table among them)
    ROW_SUMS = {"budget_planned": {4445600}, "budget_disbursed": {3051200}}  # noqa: N806
    printed = {"budget_planned": "๕๕,๕๕๐.๐๐", "budget_disbursed": "๓๐.๕๑๒.๐๐", "budget_not_disbursed": "๑๓,@๕๕.๐๐",
               "disbursed_pct": "๒๕.๒๓", "pct_not_disbursed": "๓๑.๓๓"}

    def summary() -> dict[str, Reading]:
        return {"budget_planned": Reading(Decimal("55550.00"), printed["budget_planned"], 53, 53),
                "budget_disbursed": Reading(Decimal("30512.00"), printed["budget_disbursed"], 55, 55),
                "budget_not_disbursed": Reading(None, printed["budget_not_disbursed"], 56, 56),
                "disbursed_pct": Reading(25.23, printed["disbursed_pct"], 55, 55),
                "pct_not_disbursed": Reading(31.33, printed["pct_not_disbursed"], 57, 57)}
    doubted = summary()
    issues = repair_jointly(doubted, printed, "46789", (50, 58), ROW_SUMS)
    assert not [i for i in issues if i.code == "value_repaired"]
    assert doubted["budget_planned"].value == Decimal("55550.00")
    # without the rare misreads' rivals, the one reading under the table is taken, as before
    import parsers.obec_progress.summary_joint as joint
    monkeypatch.setattr(joint, "_rare_rivals", lambda *a: set())
    repaired = summary()
    issues = repair_jointly(repaired, printed, "46789", (50, 58), ROW_SUMS)
    assert repaired["budget_planned"].value == Decimal("44456.00")
    assert any(i.code == "value_repaired" and i.field == "report_summaries.budget_planned" for i in issues)
