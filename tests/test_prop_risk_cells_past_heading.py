"""BMA proposals after OCR whose risk table (wrapped cells) was read in blocks with all its column titles above
its cells: the titles, then the risks' column with the likelihood's figure beside each risk's first line
("โรงเรียนไม่สามารถ   1"), before the next section's heading ("9. ประโยชน์ที่คาดว่าจะได้รับ"); after it, past
the benefits' bare numbers ("9.๑", "@.2"), the other columns' cells: an impact OCR wrote as a letter ("ฆ"), a
level ("นอย", OCR's for น้อย), the mitigations' text.  Before, those cells were the first benefit's text and the
table found one row (the risks' whole column its text) or none.  A section's own text never opens with a level
alone: the cells from there are the table's (risks.table_past_heading, _cells_open), and its rows are counted
by the figures beside the risks' first lines where the levels confirm that count (risks._blocks_under_titles,
by_figures); what does not pair is said (worked set s33/o, bma_proposal_s33o005)."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risk_section, run

_BEFORE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง

ความเสี่ยง                     โอกาส    ผลกระทบ     ระดับของ     แนวทางการบริหาร

ที่จะ                   ความเสี่ยง ความเสี่ยง

โรงเรียนไม่สามารถ                       1
ดำเนินการได้ตามเป้าหมาย

มีภาระงานมาก

ผู้เข้ารับการอบรมไม่ครบ                2

ตามจำนวน เนื่องจากมี
ภารกิจเร่งด่วน

9. ประโยชน์ที่คาดว่าจะได้รับ
9.๑
@.2

ฆ
{first}

ฆ
{second}

มีหนังสือแจ้งโรงเรียน
เป็นระยะๆ

ประสานโรงเรียน
ล่วงหน้า

"""


def _text(first: str = "นอย", second: str = "นอยมาก") -> str:
    return _with_risk_section(_BEFORE.format(first=first, second=second))


def _said(rows: dict, code: str) -> set[str]:
    return {i["field"] for i in rows["issues"] if i["code"] == code}


def test_cells_past_the_heading_are_the_tables_rows_counted_by_the_figures():
    rows = run(_text())
    assert _risks(rows) == [
        ("โรงเรียนไม่สามารถ ดำเนินการได้ตามเป้าหมาย มีภาระงานมาก", "1", None, "น้อย", "มีหนังสือแจ้งโรงเรียน เป็นระยะๆ"),
        # its impact: the one score with its likelihood 2 that gives น้อยมาก (repaired and said)
        ("ผู้เข้ารับการอบรมไม่ครบ ตามจำนวน เนื่องจากมี ภารกิจเร่งด่วน", "2", "1", "น้อยมาก", "ประสานโรงเรียน ล่วงหน้า")]
    # the impacts OCR wrote as letters are no cells of the score column: that column is said, the letters left
    assert {"findings.impact", "findings.mitigation", "findings"} <= _said(rows, "unread_cells")
    assert "findings.impact" in _said(rows, "value_repaired")
    benefits = [f["text"] for f in rows["findings"] if f["kind"] == "benefit"]
    assert benefits and not any("นอย" in b or "มีหนังสือแจ้ง" in b for b in benefits)


def test_levels_that_do_not_confirm_the_figures_count_leave_the_rows_as_read():
    rows = run(_text(second="ฆ"))  # one level for the two risks the figures count: no rows by the figures
    assert len(_risks(rows)) == 1


def test_a_section_that_opens_with_its_own_text_keeps_it():
    from parsers.bma_proposal.risks import table_past_heading
    from schemas.document import Line

    table = [Line(1, "โรงเรียนไม่สามารถ   1"), Line(2, "ดำเนินการได้ตามเป้าหมาย")]
    after = [Line(4, "9.๑"), Line(5, "ฆ"), Line(6, "นักเรียนสามารถสร้างความรู้"), Line(7, "น้อย")]
    assert table_past_heading(table, after) == (table, after)
    opened = [Line(4, "9.๑"), Line(5, "ฆ"), Line(6, "นอย"), Line(7, "เตรียมเอกสาร")]
    assert table_past_heading(table, opened) == (table + opened[1:], opened[:1])
