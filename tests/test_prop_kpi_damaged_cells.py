"""A proposal KPI row's cells as OCR damages them in the fresh sets (s67o..s71o).

- The period's word "ปีงบประมาณ" whose "ปี" OCR misread: its ป read as ข, or its sara ii read as a letter
  beside it ("ขีงบประมาณ", "ปบงบประมาณ", "ปขีงบประมาณ", "ปขึงบประมาณ": bma_proposal_s67o001, s69o004, s70o005,
  s71o002).  Before, no period word was found, so the row's period was lost (its cell read into the method, or
  "ภายใน ๒๕๒๕" kept with its year unrepaired); now (kpis._PERIOD_RE) the damaged word opens the period cell,
  read as the form prints it, and its year is the fiscal year's as before.  A word that only ends in
  "งบประมาณ" ("กับงบประมาณ", "ของบประมาณ") is none.
- The target value read as a figure alone, its word lost ("80" for "ร้อยละ 80": s68o002, s69o001): the row's
  method multiplies by a hundred, so the value is a share, read "ร้อยละ 80" and said (value_repaired, rule
  share_word_by_formula).  A figure holding a Thai digit OCR writes for others (๕ for ๘: "๕๕" for ๘๕,
  s67o003) stays as read and is said missing its word, as before; so does a figure over a hundred.
- A share of three characters OCR may read for a hundred ("ร้อยละ OOO", "ร้อยละ ๐๐๐": s71o003, extra4's t005) is
  "ร้อยละ ๑๐๐", the one share of three digits, and said (value_repaired, rule share_hundred).
- The row above a row read with no indicator has its text said in doubt (unread_cells): the indicator column read
  before the rows' other cells gave it both rows' words, which no issue named (s72b001).
"""

from __future__ import annotations

import json

from parsers.bma_proposal.kpis import _PERIOD_RE, Kpi, _share_word_by_formula, put_kpis
from schemas.document import CopyReading
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

LINES = sample_text(PROPOSAL).split("\n")
PERIOD_AT = next(i for i, ln in enumerate(LINES) if ln.strip() == "ปีงบประมาณ 2569")


def _kpi(text: str) -> dict:
    [row] = [t for t in run(text)["targets"] if t["kind"] == "indicator"]
    return row


def test_the_sample_kpi_reads_as_printed():
    row = _kpi("\n".join(LINES))
    assert row["period"] == "ปีงบประมาณ 2569" and row["target_value"] == "ร้อยละ 95"


def test_a_period_word_whose_pi_ocr_misread_opens_the_period():
    for word in ("ขีงบประมาณ", "ปบงบประมาณ", "ปขีงบประมาณ"):
        lines = list(LINES)
        lines[PERIOD_AT] = lines[PERIOD_AT].replace("ปีงบประมาณ", word)
        assert _kpi("\n".join(lines))["period"] == "ปีงบประมาณ 2569", word
    for word in ("ขีงบประมาณ", "ปขึงบประมาณ", "ภายในขีงบประมาณ", "ปบงบประมาณ"):
        assert _PERIOD_RE.fullmatch(word), word
    for text in ("กับงบประมาณ", "ของบประมาณ", "เหมาะสมกับงบประมาณ"):
        assert not _PERIOD_RE.search(text), text


def test_a_value_figure_whose_word_was_lost_is_a_share_by_the_method():
    # the cells as s68o002 reads them: the indicator, the figure alone ("ร้อยละ" lost), the type, the method, the period
    out = CopyReading(0, 1, 9)
    put_kpis([Kpi(["ผู้เข้ารับการอบรมมีความรู้ความเข้าใจเพิ่มขึ้นหลังการอบรม"], ["8๐"], "ผลลัพธ์",
                  ["- วิธีการคำนวณ", "จำนวนผู้ที่มีคะแนนหลังการอบรมสูงขึ้น/จำนวนผู้เข้ารับการอบรมทั้งหมด % ๑๐๐",
                   "- เครื่องมือที่ใช้ในการวัด แบบทดสอบก่อนและหลังการอบรม"], ["ปีงบประมาณ ๒๕๗๐"], [3, 4, 5, 6, 7, 8])],
             out)
    assert out.tables["kpis"][1]["value"].value == "ร้อยละ 8๐"
    [issue] = [i for i in out.issues if i.field == "targets.target_value"]
    assert issue.code == "value_repaired" and (issue.line_start, issue.line_end) == (3, 8)
    assert json.loads(issue.evidence) == {"rule": "share_word_by_formula", "printed": "8๐", "chosen": "ร้อยละ 8๐"}
    # a figure in doubt: kept as read, and said missing its word
    out = CopyReading(0, 1, 9)
    put_kpis([Kpi(["ผู้เข้ารับการอบรมมีความรู้"], ["๕๕"], "ผลลัพธ์", ["วิธีการคำนวณ ... x ๑๐๐ เครื่องมือที่ใช้ในการวัด แบบ"],
                  ["ปีงบประมาณ ๒๕๗๐"], [3, 4])], out)
    assert out.tables["kpis"][1]["value"].value == "๕๕"
    assert [i.code for i in out.issues if i.field == "targets.target_value"] == ["missing_value"]


def test_a_figure_in_doubt_or_over_a_hundred_or_no_share_formula_gets_no_word():
    method = ["วิธีการคำนวณ จำนวนผู้ที่มีคะแนนหลังการอบรมสูงขึ้น/จำนวนผู้เข้ารับการอบรมทั้งหมด % ๑๐๐"]
    assert _share_word_by_formula("8๐", method) == "ร้อยละ 8๐"
    assert _share_word_by_formula("๕๕", method) is None  # ๕: OCR's reading of ๘ ๙ ๔ ๗ too
    assert _share_word_by_formula("120", method) is None
    assert _share_word_by_formula("80", ["วิธีการคำนวณ จำนวนผู้ที่ผ่านเกณฑ์"]) is None


def test_a_share_of_three_characters_ocr_may_read_for_a_hundred_is_a_hundred():
    # "ร้อยละ OOO" (s71o003: the English model's letters for ๑๐๐), "ร้อยละ ๐๐๐" (๑ read as ๐: extra4's t005)
    method = ["วิธีการคำนวณ จำนวนโรงเรียนที่ดำเนินกิจกรรมครบตามแผน/จำนวนโรงเรียนทั้งหมด x ๑๐๐"]
    for printed in ("ร้อยละ OOO", "ร้อยละ ๐๐๐"):
        out = CopyReading(0, 1, 9)
        put_kpis([Kpi(["โรงเรียนดำเนินกิจกรรมได้ครบตามแผนที่กำหนด"], printed.split(), "ผลผลิต", method,
                      ["ปีงบประมาณ ๒๕๖๖"], [3, 4, 5])], out)
        assert out.tables["kpis"][1]["value"].value == "ร้อยละ ๑๐๐", printed
        [issue] = [i for i in out.issues if i.field == "targets.target_value"]
        assert issue.code == "value_repaired" and json.loads(issue.evidence)["rule"] == "share_hundred"
    # a hundred as read, two digits, a decimal, or a first character no reading of ๑: left to the other checks
    for printed in ("ร้อยละ ๑๐๐", "ร้อยละ ๕๐", "ร้อยละ 2.5", "ร้อยละ 800"):
        out = CopyReading(0, 1, 9)
        put_kpis([Kpi(["โรงเรียนดำเนินกิจกรรมได้ครบตามแผนที่กำหนด"], printed.split(), "ผลผลิต", method,
                      ["ปีงบประมาณ ๒๕๖๖"], [3, 4, 5])], out)
        assert printed == "ร้อยละ 800" or out.tables["kpis"][1]["value"].value == printed, printed
        assert not [i for i in out.issues if "share_hundred" in i.evidence], printed  # (800: share_over_whole's)


def test_the_row_above_a_row_read_with_no_indicator_has_its_text_in_doubt():
    # the indicator column read before the rows' other cells (s72b001): the first row took both indicators' words,
    # the second was read with none; before, the first row's text (two indicators) was said by no issue
    rows = [Kpi(["โรงเรียนมีการรายงาน", "ผลการดำเนินงาน", "นักเรียนที่เข้าร่วม", "กิจกรรมมี"], ["ร้อยละ", "95"], "ผลผลิต",
                ["วิธีการคำนวณ จำนวนโรงเรียน x 100 เครื่องมือที่ใช้ในการวัด แบบรายงาน"], ["ไตรมาสที่ 4"], [5, 6, 7, 8, 9]),
            Kpi([], ["ร้อยละ", "85"], "ผลลัพธ์", ["วิธีการคำนวณ จำนวนนักเรียน x 100 เครื่องมือที่ใช้ในการวัด แบบสอบถาม"],
                ["ไตรมาสที่ 4"], [12, 13])]
    out = CopyReading(0, 1, 20)
    put_kpis(rows, out)
    [issue] = [i for i in out.issues if i.field == "targets.text"]
    assert issue.code == "unread_cells" and (issue.line_start, issue.line_end) == (5, 9)
    assert [i.code for i in out.issues if i.field == "targets"] == ["missing_value"]
    # rows each with an indicator: no such issue
    out = CopyReading(0, 1, 20)
    rows[1].text = ["นักเรียนที่เข้าร่วมกิจกรรมมีความพึงพอใจ"]
    rows[0].text = rows[0].text[:2]
    put_kpis(rows, out)
    assert not [i for i in out.issues if i.field == "targets.text"]
