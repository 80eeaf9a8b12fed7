"""BMA proposals after OCR whose risk table (section 8, which the form always prints: every proposal of the
corpus and of the fresh sets has one) yields no row: its heading not found (OCR garbled it past reading, or
printed it in a way no rule finds, as fresh set pr23/set1 bma_proposal_pr23a007's '8. .ความเสียง...' was
before sections._inline_heading took a doubled dot), its rows read as the section before's text; or its
lines hold nothing a risk row is read from.  Section 8 is not among the sections missing_section named, so
every risk was lost with no issue naming it.  Now a copy from which no risk row is read says so: its heading
not found, missing_section on findings (over the copy, where the rows went cannot be told); its lines read
and no row in them, unread_cells on findings at those lines."""

from __future__ import annotations

from tests.test_bma_proposal import _with_risks, run
from tests.test_prop_risk_columns_run_on import TWO

_HEAD = "8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง "


def _said(rows: dict, code: str) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == code and i["field"] == "findings"]


def test_a_risk_heading_lost_and_no_risk_read_is_said():
    rows = run(_with_risks(TWO.replace(_HEAD, "ฒ๓ ศวามเสยงของโครงกกรแลแนวทงการบริหรความสี่ยง ")))
    assert not [f for f in rows["findings"] if f["kind"] == "risk"]
    assert _said(rows, "missing_section")


def test_risk_lines_with_no_row_in_them_are_said_at_their_lines():
    rows = run(_with_risks(_HEAD + "\nความเสี่ยง โอกาสที่จะเกิด ผลกระทบ\nมีการประสานงานกับโรงเรียนล่วงหน้า"))
    assert not [f for f in rows["findings"] if f["kind"] == "risk"]
    assert _said(rows, "unread_cells") or _said(rows, "missing_section")


def test_a_risk_table_read_says_nothing_of_the_kind():
    rows = run(_with_risks(TWO))
    assert [f for f in rows["findings"] if f["kind"] == "risk"]
    assert not [i for i in _said(rows, "missing_section") + _said(rows, "unread_cells") if "no risk" in i["message"]]
