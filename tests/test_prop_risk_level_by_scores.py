"""BMA proposal risk rows whose level OCR lost while both scores were read: the level column's cells lost at a
page break (a table read column by column, its title alone: s56o bma_proposal_s56o005, three rows of "4 4",
"4 4", "4 3"), or the level's cell garbled past any level word in a row read across ("3  1 tae").  Before,
the level was left unread (said), though the form prints the level the scores give: the band of
likelihood x impact in its score table (LEVELS: 1-2 น้อยมาก, 3-4 น้อย, 5-9 ปานกลาง, 10-14 สูง, 15-25
สูงมาก).  Now (risks.level_by_scores, in read_risks_into) such a row's level is that band where every
reading of the two printed scores gives the same one, said as value_repaired (rule risk_level_by_scores).
OCR that garbles a level misreads the scores beside it as often, so a score of several readings that give
different levels ("๕" may be a ๔: with 2, 10 สูง or 8 ปานกลาง), a score that reads as none, or debris one
letter off another level word leaves the level unread, as before."""

from __future__ import annotations

import json

from parsers.bma_proposal.risks import Row, level_by_scores
from tests.test_bma_proposal import _risks, _with_risk_columns, _with_risks, run
from tests.test_prop_risks import LEVEL_GARBLED


def _row(likelihood: str | None, impact: str | None, debris: str = "") -> Row:
    return Row([(likelihood, 5), (impact, 5)], None, 5, debris=debris)


def test_the_level_is_the_band_every_reading_of_the_scores_gives():
    assert level_by_scores(_row("4", "3"))[0] == "สูง"  # 12
    assert level_by_scores(_row("๔", "๔"))[0] == "สูงมาก"  # 16
    assert level_by_scores(_row("๕", "4"))[0] == "สูงมาก"  # 20, or 16 where ๕ is a ๔ misread: both สูงมาก
    assert level_by_scores(_row("๑", "2", debris="tae"))[0] == "น้อยมาก"  # debris of no level word
    assert level_by_scores(_row("1", "๒")) is None  # ๒ may be a ๕ misread: 2 น้อยมาก or 5 ปานกลาง


def test_a_level_the_readings_do_not_settle_stays_unread():
    assert level_by_scores(_row("๕", "2")) is None  # 10 สูง, or 8 ปานกลาง where ๕ is a ๔
    assert level_by_scores(_row("6", "2")) is None  # no score
    assert level_by_scores(_row(None, "2")) is None  # a score not read
    assert level_by_scores(_row("1", "2", debris="ปขานกลาง")) is None  # a letter off ปานกลาง: 1 x 2 is น้อยมาก
    assert level_by_scores(Row([("4", 5)], None, 5)) is None  # one score alone


def test_a_row_read_across_whose_level_ocr_garbled_gets_the_band_of_its_scores():
    rows = run(_with_risks(LEVEL_GARBLED.replace("\t3\t1 tae\t", "\t4\t3 tae\t")))
    risks = _risks(rows)
    assert [(r[1], r[2], r[3]) for r in risks] == [("1", "1", "น้อยมาก"), ("4", "3", "สูง")]
    said = [i for i in rows["issues"] if i["field"] == "findings.level"]
    assert [i["code"] for i in said] == ["value_repaired"]
    evidence = json.loads(said[0]["evidence"])
    assert evidence["rule"] == "risk_level_by_scores" and evidence["chosen"] == "สูง"
    # ๕ beside the garbled level: 5 x 3 or 4 x 3 (สูงมาก or สูง), so the level stays unread and said
    rows = run(_with_risks(LEVEL_GARBLED.replace("\t3\t1 tae\t", "\t๕\t3 tae\t")))
    assert _risks(rows)[1][3] is None
    assert [i["code"] for i in rows["issues"] if i["field"] == "findings.level"] == ["missing_value"]


def test_a_level_column_lost_at_a_page_break_is_given_by_the_scores():
    columns = ["ความเสี่ยง", "ผู้เข้ารับการอบรมไม่ครบตามจำนวน", "ราคาวัสดุสูงกว่าที่ประมาณการไว้",
               "โอกาสที่จะเกิด", "4", "4", "ผลกระทบ", "4", "3", "ระดับของความเสี่ยง",
               "แนวทางการบริหารความเสี่ยง", "ประสานโรงเรียนล่วงหน้า", "สำรวจราคาวัสดุก่อนจัดทำแผน"]
    rows = run(_with_risk_columns(columns))
    assert [r[1:4] for r in _risks(rows)] == [("4", "4", "สูงมาก"), ("4", "3", "สูง")]
    assert sum(1 for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "findings.level") == 2


def test_no_level_is_given_in_a_table_whose_rows_are_in_doubt():
    # read column by column, the columns' titles after the risks' text (s50o bma_proposal_s50o004): the row's
    # "scores" are the likelihood column's two cells, another row's among them, so no level is given by them
    columns = ["ผู้เข้ารับการอบรมไม่ครบตามจำนวน", "ราคาวัสดุสูงกว่าที่ประมาณการไว้", "ความเสี่ยง",
               "โอกาสที่จะเกิด", "4", "2", "ผลกระทบ", "4", "3", "ระดับของความเสี่ยง",
               "แนวทางการบริหารความเสี่ยง", "ประสานโรงเรียนล่วงหน้า", "สำรวจราคาวัสดุก่อนจัดทำแผน"]
    rows = run(_with_risk_columns(columns))
    assert [r[3] for r in _risks(rows)] == [None]
    assert [i["code"] for i in rows["issues"] if i["field"] == "findings.level"] == ["missing_value"]
