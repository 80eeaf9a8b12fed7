"""BMA proposals after OCR whose action plan's chart prints its month titles without their last dot, in one
row ("A.A พ.ย ธ.ค ม.ค A.W มี.ค เม.ย พ.ค มิ.ย ALA aA กุย": fresh sets h s20h002, r s23r002 and s23r003).  A
row of month titles was the chart's only where MONTHS_MIN of its tokens were months' abbreviations as
printed with their dot ("พ.ย."), so such a row was read as the action plan's first step, its first token
taken for the step's number ("A พ.ย ธ.ค ... 1. ขออนุมัติ โครงการ..."); the Latin letters OCR made of some
titles leave fewer to go by.  Now a month's title counts with its last dot or without
(steps._month_row), and a row of twelve short tokens, the chart's twelve columns, is the chart's with
TWELVE_MIN of them months (s23r003: "A.A พ.ย ธ.ค ม.ค AW ALA เม.ย WA ALY A ส.ค กุย", five)."""

from __future__ import annotations

import regex

from parsers.bma_proposal.steps import _month_row
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_MONTH_LINES = regex.compile(r"\tต\.ค\.\n(?:.*\n)*?\tก\.ย\.\n")


def _steps(text: str) -> list[str]:
    return [a["text"] for a in run(text)["activities"]]


def _with_row(row: str) -> str:
    source = sample_text(PROPOSAL)
    assert _MONTH_LINES.search(source)
    return _MONTH_LINES.sub(row + "\n", source, count=1)


def test_a_row_of_dotless_month_titles_is_the_chart_s_not_a_step():
    printed = _steps(sample_text(PROPOSAL))
    for row in ("A.A พ.ย ธ.ค ม.ค A.W มี.ค เม.ย พ.ค มิ.ย ALA aA กุย",
                "A.A พ.ย ธ.ค ม.ค AW ALA เม.ย WA ALY A ส.ค กุย"):
        assert _steps(_with_row(row)) == printed, row


def test_what_a_row_of_months_needs():
    assert _month_row("ต.ค พ.ย ธ.ค ม.ค กุพ มี.ค เม. พ.ค มิ.ย ก.ุค ส.ค ก.ุย")
    assert _month_row("A.A. พ.ย. ธ.ค. ม.ค. AW. มี.ค. เม.ย. WAL มิ.ย. ก.ุค. ส.ค. กุย.")
    assert _month_row("A.A พ.ย ธ.ค ม.ค AW ALA เม.ย WA ALY A ส.ค กุย")  # twelve tokens, five months
    assert not _month_row("A.A พ.ย ธ.ค ม.ค AW ALA เม.ย WA ALY A")  # ten tokens, four months
    assert not _month_row("AA พ.ย ธ.ค ม.ค AW WA ALY A sa กุย ab cd")  # twelve tokens, three months
    assert not _month_row("ม.ค พ.ย ธ.ค ม.ค มี.ค โครงการส่งเสริม")  # a word: no row of titles
