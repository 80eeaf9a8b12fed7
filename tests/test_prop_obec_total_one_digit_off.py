"""An OBEC report whose budget rows of the summary's quarter do not add up
to the summary's total, every figure certain (Arabic digits: no repair can
say which is misread), where OCR misread one digit of a row ("45,000" for
15,000): the summary said the totals disagree, at the summary's lines, and
nothing named the row, so its wrong amount was a silent miss.  Now, where
the summary's own figures bear its total out (planned - disbursed =
undisbursed), each row whose amount with one digit read otherwise makes the
sum hold is named (repair_ambiguous, the amount it would be as candidate);
the amount is kept as read.  A summary whose figures do not add up (its
total may be the misread one) names no row; nor do Thai digits, which the
repairs and the doubt about them already cover."""

from __future__ import annotations

import json

from tests.test_obec_ocr import project, report, run

NOT_DISBURSED = "จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้ตามแผนการใช้จ่าย {rest} บาท{share}\n"


def _text(rest: str = "0.00", digits: tuple[str, str] = ("5,500", "45,000"), share: str = " คิดเป็นร้อยละ ๐.๐๐") -> str:
    text = report(planned="20,500.00", disbursed="20,500.00",
                  projects=[project(1, "๒๕๖๗", planned=digits[0], disbursed=digits[0]),
                            project(2, "๒๕๖๗", planned=digits[1], disbursed=digits[1])])
    marker = "๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ โดยมีรายละเอียด"
    return text.replace(marker, NOT_DISBURSED.format(rest=rest, share=share) + marker, 1)


def _named(rows: dict) -> list[tuple[str, int, list]]:
    return [(i["field"], i["line_start"], json.loads(i["evidence"])["candidates"]) for i in rows["issues"]
            if i["code"] == "repair_ambiguous" and "one digit read otherwise" in i["message"]]


def test_the_row_one_digit_off_the_total_is_named():
    rows = run(_text())
    second = sorted(rows["quarterly_budgets"], key=lambda b: b["line_start"])[1]
    assert str(second["planned"]) == "45000.00"  # kept as read
    named = _named(rows)
    assert sorted(f for f, _, _ in named) == ["quarterly_budgets.disbursed", "quarterly_budgets.planned"]
    assert all(second["line_start"] <= line <= second["line_end"] and c == ["15000.00"] for _, line, c in named)


def test_a_summary_whose_figures_do_not_add_up_names_no_row():
    # (no percentage printed: with 100.00 % disbursed, or a share of 0.00 %, the undisbursed 1,000.00 is the one
    # figure the others, planned and disbursed alike, contradict, and is repaired to 0.00:
    # parsers.obec_progress.summary_joint)
    text = _text(rest="1,000.00", share="")
    assert "20,500.00 บาท คิดเป็นร้อยละ ๑๐๐.๐๐" in text
    assert not _named(run(text.replace("20,500.00 บาท คิดเป็นร้อยละ ๑๐๐.๐๐", "20,500.00 บาท")))


def test_an_undisbursed_amount_its_share_and_the_others_contradict_is_repaired():
    rows = run(_text(rest="1,000.00"))
    (summary,) = rows["report_summaries"]
    assert str(summary["budget_not_disbursed"]) == "0.00"


def test_thai_digits_name_no_row_here():
    assert not _named(run(_text(digits=("๕,๕๐๐", "๔๕,๐๐๐"))))
