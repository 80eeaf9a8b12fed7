"""BMA proposals after OCR whose risk table was read column by column (each column's title, then its cells)
and whose score columns OCR lost at a page break (worked set s29/z bma_proposal_s29z003: "โอกาสที่จะเกิด" /
"๒" / a page's header / "ระดับของความเสี่ยง" / three levels; the impact column and its title gone).  Before,
the table was read as one risk (all three texts run together, their mitigations lost) and two rows were
lost.  Now the rows are counted by the levels where each text column holds a line or more a row, their
texts, levels and mitigations paired in order; no score can be paired, so both are left unread and said
(risks.by_figures)."""

from __future__ import annotations

from parsers.bma_proposal.risks import by_figures
from tests.conftest import numbered_lines
from tests.test_bma_proposal import _risks, _with_risk_columns, run

_COLUMNS = ["ความเสี่ยง", "การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติ",
            "สภาพอากาศหรือสถานการณ์โรคระบาดทำให้ไม่สามารถจัดกิจกรรม",
            "ผู้เข้ารับการอบรมไม่ครบตามจำนวน เนื่องจากมีภารกิจเร่งด่วน", "โอกาสที่จะเกิด", "๒",
            "ระดับของความเสี่ยง", "ปานกลาง", "ปานกลาง", "น้อย", "แนวทางการบริหารความเสี่ยง",
            "เตรียมเอกสารขออนุมัติให้ครบถ้วน", "ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์", "ประสานโรงเรียนล่วงหน้า"]


def test_rows_are_counted_by_the_levels_when_the_score_columns_lost_cells():
    found = by_figures(numbered_lines(_COLUMNS))
    assert found is not None
    assert [([t for t, _ in r.risk], r.level, [t for t, _ in r.mitigation], r.scores) for r in found.rows] == [
        ([_COLUMNS[1]], "ปานกลาง", [_COLUMNS[11]], [(None, 8), (None, 8)]),
        ([_COLUMNS[2]], "ปานกลาง", [_COLUMNS[12]], [(None, 9), (None, 9)]),
        ([_COLUMNS[3]], "น้อย", [_COLUMNS[13]], [(None, 10), (None, 10)])]
    assert {name for name, _ in found.doubts} == {"likelihood", "impact"}


def test_a_text_column_of_fewer_lines_than_levels_makes_no_rows():
    # a mitigation lost: the levels may count rows the text columns do not hold, so nothing is paired
    assert by_figures(numbered_lines(_COLUMNS[:-1])) is None
    # nor do more score cells than both columns hold (a speck among them) count the rows
    assert by_figures(numbered_lines(_COLUMNS[:6] + ["1", "๓", "๒", "1", "๓", "๒"] + _COLUMNS[6:])) is None


def test_a_whole_proposal_reads_the_rows_and_says_the_scores():
    rows = run(_with_risk_columns(_COLUMNS))
    risks = _risks(rows)
    assert [(r[1], r[2], r[3]) for r in risks] == [(None, None, "ปานกลาง"), (None, None, "ปานกลาง"),
                                                   (None, None, "น้อย")]
    assert risks[2][4] == "ประสานโรงเรียนล่วงหน้า"
    said = {i["field"] for i in rows["issues"] if i["code"] == "unread_cells"}
    assert {"findings.likelihood", "findings.impact"} <= said


# The likelihood column whole under its title, the impact column's cells lost after its title (a page's footer
# between it and the level column's: worked set s55o bma_proposal_s55o004): the likelihood's cells are told by
# the titles around them, and the impact is left to the level (repair_risks) where it gives one score.
_LIKELIHOODS_TITLED = _COLUMNS[:5] + ["๑", "๒", "๒", "ผลกระทบ"] + _COLUMNS[6:7] + ["น้อยมาก", "น้อย", "น้อยมาก"] \
    + _COLUMNS[10:]


def test_a_score_column_whole_between_its_title_and_the_next_is_paired_in_order():
    found = by_figures(numbered_lines(_LIKELIHOODS_TITLED))
    assert found is not None
    assert [r.scores[0][0] for r in found.rows] == ["๑", "๒", "๒"]
    assert [r.scores[1][0] for r in found.rows] == [None, None, None]
    assert {name for name, _ in found.doubts} == {"impact"}


def test_score_cells_no_title_closes_or_of_another_count_stay_unpaired():
    # no column's title after the cells: the impact's title (and cells) may be lost above them, so unpaired
    no_close = _COLUMNS[:5] + ["๑", "๒", "๒"] + _COLUMNS[6:7] + ["น้อยมาก", "น้อย", "น้อยมาก"] + _COLUMNS[10:]
    found = by_figures(numbered_lines(no_close))
    assert found is not None and [r.scores[0][0] for r in found.rows] == [None, None, None]
    # fewer cells under the title than rows: none paired
    short = _COLUMNS[:5] + ["๑", "๒", "ผลกระทบ"] + _COLUMNS[6:7] + ["น้อยมาก", "น้อย", "น้อยมาก"] + _COLUMNS[10:]
    found = by_figures(numbered_lines(short))
    assert found is not None and [r.scores[0][0] for r in found.rows] == [None, None, None]


def test_a_whole_proposal_reads_the_titled_likelihoods_and_the_impacts_the_levels_give():
    rows = run(_with_risk_columns(_LIKELIHOODS_TITLED))
    # 1 and น้อยมาก: impact 1 or 2, left unread; 2 and น้อย: 2 only; 2 and น้อยมาก: 1 only
    assert [(r[1], r[2], r[3]) for r in _risks(rows)] == [("1", None, "น้อยมาก"), ("2", "2", "น้อย"),
                                                          ("2", "1", "น้อยมาก")]
    repaired = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "findings.impact"]
    assert len(repaired) == 2
    assert any(i["code"] == "unread_cells" and i["field"] == "findings.impact" for i in rows["issues"])
