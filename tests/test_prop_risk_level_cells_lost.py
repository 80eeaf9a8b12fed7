"""BMA proposals after OCR whose risk table was read column by column and every level's cell was garbled past
any level word (fresh set s62o bma_proposal_s62o002/003): the risks' text, the column titles, then each row's
two scores on a line of their own ("2          2", "3          4"), the mitigations with the levels' specks
among them ("aA เธร"); or a figure beside the one risk's first line ("การจัดกิจกรรมล่าช้า       ๑"), the other
columns' titles and the mitigation past it.  With no level read, no row was found and the whole table was
lost (said).  Now the rows are counted by their score lines (or the figures beside the risks' first lines) as
by_figures counts them; the levels' specks are left out of the mitigations; where the text columns hold more
lines than rows the parting is a guess, said; the level follows from the two scores on a row's line
(level_by_scores, said as a repair)."""

from __future__ import annotations

from parsers.bma_proposal.risks import by_figures
from tests.conftest import numbered_lines
from tests.test_bma_proposal import _risks, _with_risk_columns, run

_PAIRS = ["ความเสี่ยง", "ราคาวัสดุสูงกว่าที่ประมาณการไว้", "ผู้เข้ารับการอบรมไม่ครบตามจำนวน",
          "โอกาส ผลกระทบ", "ที่จะ", "เกิด", "๑          ๓", "๓          ๔", "ระดับของ", "ความเสี่ยง",
          "แนวทางการบริหาร", "ความเสี่ยง", "สำรวจราคาวัสดุก่อนจัดทำแผน", "aA       เธร",
          "ประสานโรงเรียนล่วงหน้า"]


def test_rows_are_counted_by_their_score_lines():
    found = by_figures(numbered_lines(_PAIRS))
    assert found is not None
    assert [([t for t, _ in r.risk], [s for s, _ in r.scores], [t for t, _ in r.mitigation]) for r in found.rows] == [
        (["ราคาวัสดุสูงกว่าที่ประมาณการไว้"], ["๑", "๓"], ["สำรวจราคาวัสดุก่อนจัดทำแผน"]),
        (["ผู้เข้ารับการอบรมไม่ครบตามจำนวน"], ["๓", "๔"], ["ประสานโรงเรียนล่วงหน้า"])]
    assert "level" in {name for name, _ in found.doubts}


def test_score_lines_beside_other_score_cells_count_no_rows():
    # a score alone among the pairs: which row it belongs to is not told by the lines, so no shape is read
    assert by_figures(numbered_lines(_PAIRS[:6] + ["๒"] + _PAIRS[6:])) is None


def test_a_whole_proposal_reads_the_rows_whose_levels_ocr_lost():
    rows = run(_with_risk_columns(_PAIRS))
    assert [r[:4] for r in _risks(rows)] == [("ราคาวัสดุสูงกว่าที่ประมาณการไว้", "1", "3", "น้อย"),
                                            ("ผู้เข้ารับการอบรมไม่ครบตามจำนวน", "3", "4", "สูง")]
    assert [r[4] for r in _risks(rows)] == ["สำรวจราคาวัสดุก่อนจัดทำแผน", "ประสานโรงเรียนล่วงหน้า"]
    repaired = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "findings.level"]
    assert len(repaired) == 2


_OPENED = ["ความเสี่ยง         โอกาส", "ที่จะ", "เกิด", "การจัดกิจกรรมล่าช้า       ๑", "กว่าแผน เนื่องจาก",
           "ขั้นตอนการอนุมัติ", "ผลกระทบ", "ระดับของ", "ความเสี่ยง", "แนวทางการบริหาร", "ความเสี่ยง",
           "เตรียมเอกสาร", "ขออนุมัติให้ครบถ้วน"]


def test_a_row_opened_by_its_figure_is_read_with_no_level():
    rows = run(_with_risk_columns(_OPENED))
    risks = _risks(rows)
    assert [(r[0], r[1], r[2], r[3]) for r in risks] == [
        ("การจัดกิจกรรมล่าช้า กว่าแผน เนื่องจาก ขั้นตอนการอนุมัติ", "1", None, None)]
    assert risks[0][4] == "เตรียมเอกสาร ขออนุมัติให้ครบถ้วน"
    said = {i["field"] for i in rows["issues"] if i["code"] in ("unread_cells", "missing_value")}
    assert {"findings.impact", "findings.level"} <= said
