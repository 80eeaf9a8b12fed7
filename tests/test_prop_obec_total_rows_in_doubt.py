"""An OBEC report whose budget rows of the summary's quarter do not add up
to the summary's total, and no one digit of a row explains the difference
(two figures misread, or the summary's own figures do not add up: the
total may be the misread one).  Every figure of the rows certain (Arabic
digits: "170.66" for 179.86), nothing named the rows, so a wrong amount was
a silent miss.  Now each summed row whose amount reads in certain digits is
named at its lines (summary_total_mismatch, kept as read); where one digit
of one row explains it, that row alone is named (repair_ambiguous:
test_prop_obec_total_one_digit_off)."""

from __future__ import annotations

from tests.test_obec_ocr import project, report, run


def _text(total: str, digits: tuple[str, str]) -> str:
    return report(planned=total, disbursed=total,
                  projects=[project(1, "๒๕๖๗", planned=digits[0], disbursed=digits[0]),
                            project(2, "๒๕๖๗", planned=digits[1], disbursed=digits[1])])


def _named(rows: dict) -> list[tuple[str, int]]:
    return sorted((i["field"], i["line_start"]) for i in rows["issues"] if i["code"] == "summary_total_mismatch"
                  and i["field"].startswith("quarterly_budgets."))


def test_rows_that_do_not_add_up_to_the_total_are_each_named():
    rows = run(_text("20,500.00", ("5,500", "45,900")))  # 15,000 printed: two digits off, or the total
    named = _named(rows)
    assert [f for f, _ in named] == ["quarterly_budgets.disbursed"] * 2 + ["quarterly_budgets.planned"] * 2
    budgets = rows["quarterly_budgets"]
    assert {line for _, line in named} <= {line for b in budgets for line in range(b["line_start"], b["line_end"] + 1)}
    assert sorted(str(b["planned"]) for b in budgets) == ["45900.00", "5500.00"]  # kept as read


def test_rows_that_add_up_are_not_named():
    assert not _named(run(_text("20,500.00", ("5,500", "15,000"))))
