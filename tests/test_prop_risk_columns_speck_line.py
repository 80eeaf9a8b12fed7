"""The proposal's risk table read column by column, a cell a line or more under each column's title: a speck OCR
read in a text column as a line of its own (the table's rule under the risks' last line: "a<tab>a") is no cell,
so the risks' lines part into as many cells as there are levels, not the speck taken for the last risk."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risks, run

TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง
ผู้เข้ารับการอบรมไม่ครบตามจำนวน เนื่องจากมีภารกิจเร่งด่วนในช่วงเวลา
เดียวกัน
สภาพอากาศหรือสถานการณ์โรคระบาดทำให้ไม่สามารถจัดกิจกรรมในรูปแบบ
ปกติได้

a\ta
โอกาสที่จะเกิด
๑
๑
ผลกระทบ
๑
๓
ระดับของความเสี่ยง
น้อยมาก
น้อย
แนวทางการบริหารความเสี่ยง
ประสานโรงเรียนล่วงหน้าและกำหนดวันจัดกิจกรรมให้สอดคล้องกับปฏิทิน
การศึกษา
ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์ หรือแบ่งกลุ่มย่อย
"""


def test_a_speck_in_the_risk_column_is_no_cell():
    risks = _risks(run(_with_risks(TABLE)))
    assert len(risks) == 2
    assert risks[0][0].startswith("ผู้เข้ารับการอบรม") and risks[0][0].endswith("เดียวกัน")
    assert risks[1][0].startswith("สภาพอากาศ") and risks[1][0].endswith("ปกติได้")
    assert [r[1:4] for r in risks] == [("1", "1", "น้อยมาก"), ("1", "3", "น้อย")]
    assert risks[1][4].startswith("ปรับรูปแบบ")


# A speck line with a Thai piece among its Latin specks, between a risk's wrapped lines (a fresh set's proposal,
# risk_read_columns: "a<tab>ที่ไ ve<tab>va we<tab>at"): taken for a line of text, the risk column held one line
# more and the wrapped risk was parted wrong (risks._speck_line)
SPECKED = TABLE.replace("a\ta\n", "").replace("ในช่วงเวลา\nเดียวกัน\n",
                                              "ในช่วงเวลา\na     ที่ไ ve     va we   at\nเดียวกัน\n")


def test_latin_specks_with_a_thai_piece_in_a_text_column_are_no_cell():
    risks = _risks(run(_with_risks(SPECKED)))
    assert len(risks) == 2
    assert risks[0][0].startswith("ผู้เข้ารับการอบรม") and risks[0][0].endswith("เดียวกัน")
    assert "ve" not in risks[0][0] and risks[1][0].startswith("สภาพอากาศ")
