"""An OBEC findings list whose lead ('... โดยกำหนดการดำเนินงานดังนี้') ends a
line, and whose item numbers OCR read as a column of their own right after
it, garbled ("9." for "๑.", "la." for "๒.", "1:" for "1."), their texts
after the column: the numbers are no item numbers to the list readers, so
the items ran into the lead, read as one (said missing_row), and the cut
after the lead (lists.past_lead_cut) refused, the column's tokens making
pieces of no text.  Now the column's lines are counted and left out (a
number alone that is a plain digit of 2 or more, the numbers before it
lost, counts that many), the texts after it cut where the page did not
wrap; where the widths make other than the column's count, the count
decides where as many lines stand after a line short of the margin as
numbers after the first: each opens one.  Said items_cut_in_doubt.  Where
the count and the widths disagree otherwise, nothing is cut: missing_row
as before."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus"

LEAD = "ในสถานศึกษา โดยกําหนดการดําเนินงานดังนี้"
NEW_2 = "ได้จัดอบรมครูผู้สอนวิทยาการคํานวณ จํานวน 34 คน"
NEW_3 = "ครูผู้สอน ร้อยละ 80 นําความรู้ไปจัดกิจกรรมการเรียนรู้ในชั้นเรียน"


def _findings(edit) -> tuple[list[dict], list[dict]]:
    # the committed OCR twin of obec_progress_004: a round's results, a lead over two lines, then '1. ...' / '2. ...'
    # / '3. ...' each after a gap
    lines = (CORPUS / "ocr" / "obec_progress_004.txt").read_text(encoding="utf-8").split("\n")
    assert lines[460] == LEAD and lines[462].startswith("1. ") and lines[464].startswith("2. ")
    assert lines[466].startswith("3. สพป.") and lines[467].endswith("ครบตามแผนที่กําหนด") and lines[468] == ""
    edit(lines)
    rows = process_document("x.txt", "\n".join(lines).encode("utf-8"))
    rows_there = sorted((r for r in rows["findings"] if r["kind"] == "result" and 458 <= r["line_start"] <= 470),
                        key=lambda r: r["seq"])
    issues = [i for i in rows["issues"] if i["field"] == "findings" and i["line_start"] <= 463 <= i["line_end"]]
    return rows_there, issues


def _column(*tokens: str):
    def edit(lines: list[str]) -> None:
        # the numbers in a column right under the lead, the texts after it, one after the other
        third = [lines[466][3:], lines[467]]
        lines[461:468] = [*tokens, NEW_2, NEW_3, *third][:7] + [""] * (7 - len([*tokens, NEW_2, NEW_3, *third]))
    return edit


import pytest


# "1:" (its mark read as a colon) over "2." / "3.": the first left out as debris, the column's last counts three;
# "3." alone: the numbers before it lost, it counts three
@pytest.mark.parametrize("tokens", [("1:", "2.", "3."), ("3.",)])
def test_a_garbled_column_after_a_lead_counts_the_items_cut_after_it(tokens):
    rows, issues = _findings(_column(*tokens))
    texts = [r["text"] for r in rows]
    assert [r["seq"] for r in rows] == [1, 2, 3, 4]
    assert texts[0].endswith("โดยกำหนดการดำเนินงานดังนี้")
    assert texts[1] == "ได้จัดอบรมครูผู้สอนวิทยาการคำนวณ จำนวน 34 คน"
    assert texts[2] == "ครูผู้สอน ร้อยละ 80 นำความรู้ไปจัดกิจกรรมการเรียนรู้ในชั้นเรียน"
    assert texts[3].startswith("สพป.ชัยภูมิ เขต 4") and texts[3].endswith("ครบตามแผนที่กำหนด")
    assert "items_cut_in_doubt" in [i["code"] for i in issues]


def test_a_column_whose_count_the_texts_gainsay_is_not_cut():
    # "2." alone (two items) over three the page printed apart: no telling which text is which item's
    rows, issues = _findings(_column("2.",))
    assert len(rows) == 1 and "ได้จัดอบรมครู" in rows[0]["text"]
    assert "missing_row" in [i["code"] for i in issues]
    assert not any("cut after the lead" in i["message"] for i in issues)
