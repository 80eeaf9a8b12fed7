"""An OBEC summary's disbursed percentage whose digits OCR ran on past a
mark or letter it put among them ("5์ไ๓.๐๕" for ๕๒.๐๕): the figure before
the character is a piece of the number, so it is not read, and said; and
one after an amount the clause cannot read, read all the same when its
digits have no other reading (the amounts cannot check it)
(parsers.obec_progress.summary.read_summary)."""

from __future__ import annotations

from tests.test_obec import baseline, codes, original, run

PCT_LINE = "จำนวนเงินงบประมาณที่เบิกจ่ายจริง ๑๙๖,๘๓๖.๒๘ บาท คิดเป็นร้อยละ ๕๒.๘๓"


def _pct(rows: dict):
    (summary,) = rows["report_summaries"]
    return summary["disbursed_pct"]


def test_a_percentage_run_on_past_a_mark_is_not_read_and_said():
    assert PCT_LINE in original()
    rows = run(original().replace(PCT_LINE, PCT_LINE.replace("๕๒.๘๓", "๕์ไ๘.๘๓")))
    assert _pct(rows) is None
    said = [i for i in codes(rows, "unparsed_value") if i["field"] == "report_summaries.disbursed_pct"]
    assert len(said) == 1 and "๕์ไ๘.๘๓" in said[0]["message"]


def test_a_percentage_followed_by_a_space_and_text_is_read():
    assert float(_pct(baseline())) == 52.83
    rows = run(original().replace(PCT_LINE, PCT_LINE + " ของแผน 2 ไตรมาส"))
    assert float(_pct(rows)) == 52.83
    assert not [i for i in codes(rows, "unparsed_value") if i["field"] == "report_summaries.disbursed_pct"]


def test_a_percentage_after_an_amount_the_clause_cannot_read_is_read_when_its_digits_are_sure():
    damaged = PCT_LINE.replace("๑๙๖,๘๓๖.๒๘", "ฒ@๖,๘๓๖.๒๘")
    rows = run(original().replace(PCT_LINE, damaged.replace("๕๒.๘๓", "52.83")))
    (summary,) = rows["report_summaries"]
    assert summary["budget_disbursed"] is None and float(summary["disbursed_pct"]) == 52.83
    assert [i for i in rows["issues"] if i["field"] == "report_summaries.budget_disbursed"]
    # Thai digits OCR may have misread: not read as printed, and said; their printing weighed with the summary's
    # other figures (summary_joint), every reading of which that holds gives 52.83 %: repaired so, and said
    rows = run(original().replace(PCT_LINE, damaged))
    (summary,) = rows["report_summaries"]
    assert float(summary["disbursed_pct"]) == 52.83
    said = [i for i in rows["issues"] if i["field"] == "report_summaries.disbursed_pct"]
    assert {i["code"] for i in said} >= {"missing_value", "value_repaired"}
