"""An OBEC summary's disbursed percentage and the undisbursed share it
prints after the undisbursed amount make 100 (parsers.obec_progress.rows.
pct_complement): with the amounts unread, a percentage OCR misread is
repaired to the one reading of its characters that makes 100 with a share
whose digits have no other reading; with a share that could read
otherwise, the two are said not to agree, and kept."""

from __future__ import annotations

import json

from tests.test_obec import baseline, codes, original, run

PLANNED = "จำนวนเงินงบประมาณตามแผนการใช้จ่าย ๓๗๒,๕๙๕.๐๐ บาท\n"
PCT = "คิดเป็นร้อยละ ๕๒.๘๓"
SHARE = "คิดเป็นร้อยละ ๔๗.๑๗"


def _text(pct: str, share: str) -> str:
    text = original()
    assert PLANNED in text and PCT in text and SHARE in text
    return text.replace(PLANNED, "").replace(PCT, f"คิดเป็นร้อยละ {pct}").replace(SHARE, f"คิดเป็นร้อยละ {share}")


def _pct(rows: dict) -> float | None:
    (summary,) = rows["report_summaries"]
    return summary["disbursed_pct"]


def _said(rows: dict, code: str) -> list[dict]:
    return [i for i in codes(rows, code) if i["field"] == "report_summaries.disbursed_pct"]


def test_a_misread_percentage_is_repaired_to_make_100_with_a_sure_share():
    rows = run(_text("๕๒.๕๓", "47.17"))
    assert float(_pct(rows)) == 52.83
    (issue,) = _said(rows, "value_repaired")
    evidence = json.loads(issue["evidence"])
    # (the summary's joint weighing reaches it first: every reading of the amounts gives 52.83 %, summary_joint)
    assert (evidence["rule"], evidence["printed"], float(evidence["chosen"])) == ("sum", "๕๒.๕๓", 52.83)


def test_a_share_that_could_read_otherwise_repairs_nothing_and_is_said():
    rows = run(_text("๕๒.๘๓", "๔๗.๑๓"))
    assert float(_pct(rows)) == 52.83
    assert not _said(rows, "value_repaired") and len(_said(rows, "percent_mismatch")) == 1


def test_shares_that_make_100_say_nothing():
    assert not _said(baseline(), "percent_mismatch") and not _said(baseline(), "value_repaired")
    rows = run(_text("๕๒.๘๓", "๔๗.๑๗"))
    assert float(_pct(rows)) == 52.83 and not _said(rows, "percent_mismatch")


def test_a_share_misread_past_100_is_no_check_and_the_report_is_read():
    """A share OCR misread past 100 ("๓๕๕.๕๑" for 55.51: a digit read as two) is not a percentage: it is left out
    of the check, and the report is read as before (it raised ValueParseError and the whole report failed)."""
    rows = run(_text("๕๒.๕๓", "๓๕๕.๕๑"))
    (document,) = rows["documents"]
    assert document["status"] != "failed" and not codes(rows, "internal_error")
    assert rows["report_summaries"] and not _said(rows, "value_repaired")
