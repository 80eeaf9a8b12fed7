"""BMA proposals after OCR whose risk table (wrapped cells) was read in blocks: the risks' column and the
first titles before the next section's heading ("9. ประโยชน์ที่คาดว่าจะได้รับ"), then that section's first
item, a full-width line OCR read where it stands beside the table's later rows, and only then the table's
other columns: the titles' rest ("ความเสี่ยง"), the scores and a level a line ("๑ น้อยมาก"), the mitigations.
Before, the lines past the heading were the benefits' (the levels and mitigations run into the first benefit)
and the table found no row; table_past_heading gave the table only lines past the heading that open with its
titles or a level.  A section's own first item (a line that opens with an item's mark, or is wider than the
table's columns) may stand before the titles: it stays the section's, the titles and the cells under them are
the table's (risks._titles_past_item).  The rows are then counted by their level lines, the text columns
parted where their lines wrap (risks._levels_after_risks: a guess, said); a level line with one score beside
it (OCR lost the other score column) leaves both scores unread (worked sets s78b, s79b, s79o:
bma_proposal_s79o003, s79b001, s78b002)."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, _risks, run

_TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง

ความเสี่ยง

โรงเรียนไม่สามารถ
ดำเนินการได้ตาม
เป้าหมาย

ผู้เข้ารับการอบรม
ไม่ครบตามจำนวน

ราคาวัสดุสูงกว่าที่
ประมาณการไว้

โอกาส ผลกระทบ ระดับของ

9. ประโยชน์ที่คาดว่าจะได้รับ
{item}

ความเสี่ยง
{levels}

แนวทาง
การบริหาร
ความเสี่ยง

มีหนังสือแจ้งโรงเรียน
ประสานโรงเรียนล่วงหน้า
สำรวจราคาวัสดุก่อน

"""
_ITEM = "๙.1 นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ ผ่านการใช้เทคโนโลยีสารสนเทศด้วยตนเองได้"
_LEVELS = "๑ ๑ น้อยมาก\n2 ๓ ปานกลาง\n๓ ๑ น้อย"


def _text(item: str = _ITEM, levels: str = _LEVELS) -> str:
    """The sample with its risk section as `_TABLE`, the sample's benefits from its second on after it."""
    sample = sample_text(PROPOSAL)
    start = sample.index("8.  ความเสี่ยงของโครงการ")
    return sample[:start] + _TABLE.format(item=item, levels=levels) + sample[sample.index("๙.2 ข้าราชการครู"):]


def _benefits(rows: dict) -> list[str]:
    return [f["text"] for f in rows["findings"] if f["kind"] == "benefit"]


def _said(rows: dict, code: str) -> set[str]:
    return {i["field"] for i in rows["issues"] if i["code"] == code}


def test_the_first_item_before_the_titles_stays_the_sections_and_the_cells_after_it_are_the_tables():
    rows = run(_text())
    assert _risks(rows) == [
        ("โรงเรียนไม่สามารถ ดำเนินการได้ตาม เป้าหมาย", "1", "1", "น้อยมาก", "มีหนังสือแจ้งโรงเรียน"),
        ("ผู้เข้ารับการอบรม ไม่ครบตามจำนวน", "2", "3", "ปานกลาง", "ประสานโรงเรียนล่วงหน้า"),
        ("ราคาวัสดุสูงกว่าที่ ประมาณการไว้", "3", "1", "น้อย", "สำรวจราคาวัสดุก่อน")]
    benefits = _benefits(rows)
    assert len(benefits) == 3 and benefits[0].startswith("นักเรียนสามารถ") and benefits[0].endswith("ด้วยตนเองได้")
    assert not any("น้อย" in b or "มีหนังสือแจ้ง" in b for b in benefits)
    assert "findings.text" in _said(rows, "unread_cells")  # the risks' cells parted by a guess: said


def test_one_score_beside_each_level_leaves_both_scores_unread_and_said():
    rows = run(_text(levels="๑ น้อยมาก\n2 ปานกลาง\n๑ น้อย"))  # the likelihood column lost
    risks = _risks(rows)
    assert [(r[1], r[2], r[3], r[4]) for r in risks] == [
        (None, None, "น้อยมาก", "มีหนังสือแจ้งโรงเรียน"), (None, None, "ปานกลาง", "ประสานโรงเรียนล่วงหน้า"),
        (None, None, "น้อย", "สำรวจราคาวัสดุก่อน")]
    assert {"findings.likelihood", "findings.impact"} <= _said(rows, "missing_value")


def test_narrow_lines_before_the_titles_are_no_item_and_leave_the_lines_as_they_were():
    from parsers.bma_proposal.risks import table_past_heading
    from schemas.document import Line

    table = [Line(1, "โรงเรียนไม่สามารถ"), Line(2, "ดำเนินการได้ตาม"), Line(3, "โอกาส ผลกระทบ ระดับของ")]
    titles = [Line(6, "ความเสี่ยง"), Line(7, "๑ ๑ น้อยมาก"), Line(8, "แนวทาง"), Line(9, "การบริหาร"),
              Line(10, "มีหนังสือแจ้ง")]
    wide = [Line(5, _ITEM)]
    assert table_past_heading(table, wide + titles) == (table + titles, wide)
    narrow = [Line(5, "นักเรียนสามารถ")]  # as narrow as the table's cells: no item of the section told
    assert table_past_heading(table, narrow + titles) == (table, narrow + titles)
    scored = [Line(4, _ITEM), Line(5, "๒ น้อย")]  # a level between the item and the titles: another shape
    assert table_past_heading(table, scored + titles) == (table, scored + titles)
    many = [Line(k, _ITEM) for k in range(0, 5)]  # more lines than a first item's before the titles
    assert table_past_heading(table, many + titles) == (table, many + titles)
