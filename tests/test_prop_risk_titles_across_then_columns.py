"""A BMA proposal's risk table whose column titles OCR read across above the rows ("ความเสี่ยง  โอกาส ผลกระทบ
ระดับของ แนวทาง"), then the risks' column down, then the benefits' heading, then each row's score and level a
line ("3 ปานกลาง": the other score column lost), then the mitigations' column (fresh set s85b,
bma_proposal_s85b004).  The lines past the heading go back to the table (risks.table_past_heading), and the rows
are counted by the level lines, the text columns parted where their lines wrap (risks._levels_after_risks: a
guess, said); before, that reading was asked only where the titles stood after the risks' text, so one row was
read with every risk's text and the other rows were lost with no issue naming them."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง

ความเสี่ยง         โอกาส ผลกระทบ ระดับของ แนวทาง
ที่จะ            ความเสี่ยง การบริหาร
เกิด                      ความเสี่ยง

โรงเรียนไม่สามารถ
ดำเนินการได้ตาม
เป้าหมาย

ผู้เข้ารับการอบรม
ไม่ครบตามจำนวน

ราคาวัสดุสูงกว่าที่
ประมาณการไว้

9. ประโยชน์ที่คาดว่าจะได้รับ

3 ปานกลาง
2 น้อย
4 สูง

มีหนังสือแจ้งโรงเรียน

ประสานโรงเรียนล่วงหน้า

สำรวจราคาวัสดุก่อน

"""


def test_rows_counted_by_their_level_lines_under_titles_read_across():
    sample = sample_text(PROPOSAL)
    start = sample.index("8.  ความเสี่ยงของโครงการ")
    rows = run(sample[:start] + _TABLE + sample[sample.index("๙.2 ข้าราชการครู"):])
    risks = sorted((f for f in rows["findings"] if f["kind"] == "risk"), key=lambda f: f["seq"])
    assert [r["level"] for r in risks] == ["ปานกลาง", "น้อย", "สูง"]
    assert risks[2]["text"].replace(" ", "") == "ราคาวัสดุสูงกว่าที่ประมาณการไว้"
    said = {(i["code"], i["field"]) for i in rows["issues"]}
    assert ("unread_cells", "findings.text") in said and ("unread_cells", "findings.mitigation") in said
