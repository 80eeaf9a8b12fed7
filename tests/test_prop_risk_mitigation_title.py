"""BMA proposals after OCR whose risk table's mitigation column title ("แนวทางการบริหาร ความเสี่ยง") was read into
a mitigation cell, at its start or after words that are another cell's (the regulation line above the table:
"| กรุงเทพมหานคร เรือง งบประมาณรายจ่าย ประจำปี แนวทางการบริหาร ความเสียง ประสานโรงเรียน...": fresh sets s29/z
bma_proposal_s29z001, s32/o s32o004; extra2 z005, s30/z s30z003).  The title was kept as the mitigation's
words.  Now the mitigation is what follows the title (risks.without_title); words before it are left out and
said (unread_cells on findings.mitigation)."""

from __future__ import annotations

from parsers.bma_proposal.risks import without_title
from tests.test_bma_proposal import _risks, _with_risks, run

_TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง\tโอกาส ผลกระทบ ระดับของ แนวทาง
ที่จะ\tความเสี่ยง การบริหาร
เกิด\tความเสี่ยง
ผู้เข้ารับการอบรม\t๑\t๓ น้อย\t{cell}
ไม่ครบตามจำนวน\tโรงเรียนล่วงหน้า
"""


def _said(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["field"] == "findings.mitigation" and "column's title" in i["message"]]


def test_the_column_title_opening_a_mitigation_is_no_word_of_it():
    rows = run(_with_risks(_TABLE.format(cell="แนวทางการบริหาร ความเสียง ประสาน")))
    assert _risks(rows)[0][4] == "ประสาน โรงเรียนล่วงหน้า"
    assert _said(rows) == []


def test_words_before_the_title_are_another_cell_s_left_out_and_said():
    rows = run(_with_risks(_TABLE.format(cell="| กรุงเทพมหานคร เรือง แนวทาง การบริหาร ความเสี่ยง ประสาน")))
    assert _risks(rows)[0][4] == "ประสาน โรงเรียนล่วงหน้า"
    said = _said(rows)
    assert len(said) == 1 and "กรุงเทพมหานคร" in said[0]["message"]


def test_a_mitigation_without_the_title_is_kept_whole():
    assert without_title("ประสานโรงเรียนล่วงหน้า และกำหนดแนวทาง") == ("ประสานโรงเรียนล่วงหน้า และกำหนดแนวทาง", "")
    assert without_title("แนวทาง การบริหาร ความเสี่ยง สำรวจราคา") == ("สำรวจราคา", "")
