"""A BMA proposal's risk table read column by column after OCR, one score column garbled: a page's footer read
into it as cells that are no score ("ก", "“0"), so it holds more cells than the levels; and a table's rule read
as bars after a level and a risk's wrapped words ("ปานกลาง<tab>|", "ใช้เวลานาน<tab>|"): fresh sets s85a, s85b
(bma_proposal_s85a002, bma_proposal_s85b003).  The bars are no part of a cell, and the garbled column is left
unread whole, said (unread_cells on that column), the other columns paired by order.  Before, the last level
was read as a risk's words, the rows one short, and the table gave no row by its columns: the rows' levels and
mitigations were lost and a column's title read as a risk, with no issue naming them."""

from __future__ import annotations

from parsers.bma_proposal.risks import by_columns
from tests.conftest import numbered_lines, sample_text
from tests.test_bma_proposal import PROPOSAL, run

_RISKS = ["ความเสี่ยง", "ราคาวัสดุสูงกว่าที่ประมาณการไว้", "การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติ",
          "ใช้เวลานาน\t|", "ผู้เข้ารับการอบรมไม่ครบตามจำนวน"]
_MITIGATIONS = ["แนวทางการบริหารความเสี่ยง", "สำรวจราคาวัสดุก่อนจัดทำแผน", "เตรียมเอกสารขออนุมัติให้ครบถ้วน",
                "ประสานโรงเรียนล่วงหน้า"]


def _columns(impact: list[str]) -> list[str]:
    return _RISKS + ["โอกาสที่จะเกิด", "4", "2", "3", "ผลกระทบ", *impact,
                     "ระดับของความเสี่ยง", "สูง", "ปานกลาง", "ปานกลาง\t|"] + _MITIGATIONS


def test_bars_after_cells_are_no_part_of_them_and_a_garbled_column_is_left_unread():
    garbled: list[str] = []
    rows = by_columns(numbered_lines(_columns(["ก", "4", "2", "“0"])), garbled)
    assert rows is not None and garbled == ["impact"]
    assert [([t for t, _ in r.risk], [t for t, _ in r.scores], r.level) for r in rows] == [
        (["ราคาวัสดุสูงกว่าที่ประมาณการไว้"], ["4", None], "สูง"),
        (["การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติ", "ใช้เวลานาน"], ["2", None], "ปานกลาง"),
        (["ผู้เข้ารับการอบรมไม่ครบตามจำนวน"], ["3", None], "ปานกลาง")]


def test_a_whole_column_is_paired_and_nothing_named():
    garbled: list[str] = []
    rows = by_columns(numbered_lines(_columns(["4", "2", "1"])), garbled)
    assert rows is not None and not garbled
    assert [[t for t, _ in r.scores] for r in rows] == [["4", "4"], ["2", "2"], ["3", "1"]]


def test_in_a_proposal_the_garbled_column_is_said_and_the_rows_kept():
    sample = sample_text(PROPOSAL)
    start = sample.index("8.  ความเสี่ยงของโครงการ")
    table = "8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง\n\n" + "\n".join(
        _columns(["ก", "4", "2", "“0"])) + "\n\n"
    rows = run(sample[:start] + table + sample[sample.index("๙.2 ข้าราชการครู"):])
    risks = sorted((f for f in rows["findings"] if f["kind"] == "risk"), key=lambda f: f["seq"])
    # (risk 1's impact is the one score that gives its level with its likelihood: repaired, said)
    assert [(r["level"], r["likelihood"], r["impact"]) for r in risks] == [
        ("สูง", "4", "3"), ("ปานกลาง", "2", None), ("ปานกลาง", "3", None)]
    said = {(i["code"], i["field"]) for i in rows["issues"]}
    assert ("value_repaired", "findings.impact") in said
    assert any(i["code"] == "unread_cells" and i["field"] == "findings.impact" and "no score" in i["message"]
               for i in rows["issues"])
