"""BMA proposals after OCR whose risk table was read column by column (each column's title, then its cells)
and whose level column's cells OCR lost at a page break, its title left ("ระดับของความเสียง" / the page's
footer / "แนวทางการบริหารความเสี่ยง": worked set s32/o bma_proposal_s32o002).  Before, no column count
could be trusted and the table was read as one risk (both texts and both mitigations run together, its
scores another row's).  Now the rows are counted by the score columns where both hold as many cells and
the text columns a line or more a row (risks.by_columns); each row's level is left unread by the columns and
said, and so are its scores, which nothing checks then.  (Since the sixtieth session the level is the band
of its scores where every reading of them gives one, risks.level_by_scores, said as value_repaired:
test_prop_risk_level_by_scores.)"""

from __future__ import annotations

from parsers.bma_proposal.risks import by_columns
from tests.conftest import numbered_lines
from tests.test_bma_proposal import _risks, _with_risk_columns, run

_COLUMNS = ["ความเสี่ยง", "ผู้เข้ารับการอบรมไม่ครบตามจำนวน", "ราคาวัสดุสูงกว่าที่ประมาณการไว้",
            "โอกาสที่จะเกิด", "1", "3", "ผลกระทบ", "4", "1", "ระดับของความเสี่ยง",
            "แนวทางการบริหารความเสี่ยง", "ประสานโรงเรียนล่วงหน้า", "สำรวจราคาวัสดุก่อนจัดทำแผน"]


def test_rows_are_counted_by_the_score_columns_when_the_levels_are_lost():
    rows = by_columns(numbered_lines(_COLUMNS))
    assert rows is not None
    assert [([t for t, _ in r.risk], [t for t, _ in r.scores], r.level, [t for t, _ in r.mitigation])
            for r in rows] == [
        (["ผู้เข้ารับการอบรมไม่ครบตามจำนวน"], ["1", "4"], None, ["ประสานโรงเรียนล่วงหน้า"]),
        (["ราคาวัสดุสูงกว่าที่ประมาณการไว้"], ["3", "1"], None, ["สำรวจราคาวัสดุก่อนจัดทำแผน"])]


def test_score_columns_that_disagree_or_a_text_column_short_count_no_rows():
    uneven = _COLUMNS[:8] + _COLUMNS[9:]  # the impact column lost a cell too
    assert by_columns(numbered_lines(uneven)) is None
    assert by_columns(numbered_lines(_COLUMNS[:-1])) is None  # a mitigation lost


def test_a_whole_proposal_reads_the_rows_and_says_each_level_and_score():
    rows = run(_with_risk_columns(_COLUMNS))
    # 1 x 4 and 3 x 1: น้อย (3-4), each said (level_by_scores)
    assert [r[1:] for r in _risks(rows)] == [("1", "4", "น้อย", "ประสานโรงเรียนล่วงหน้า"),
                                             ("3", "1", "น้อย", "สำรวจราคาวัสดุก่อนจัดทำแผน")]
    said = [(i["code"], i["field"]) for i in rows["issues"] if i["message"].startswith("risk ")]
    for field in ("findings.level", "findings.likelihood", "findings.impact"):
        assert sum(1 for _, f in said if f == field) >= 2
