"""A BMA proposal's risk table read down its columns, its header row's titles read one word a line among the first
risk's lines ("ระดับของ" / "ความเสียง" / "แนวทาง" / "การบริหาร" / "ความเสี่ยง"), the next risks' texts after them: the
three risks were read as one, the other two rows lost with no issue naming them (fresh set s98r,
bma_proposal_s98r003).  A run of lines each of header words alone, holding TITLES_INSIDE_MIN of them together, is
the titles among the rows: said on the table (risks._titles_run, unread_cells on findings)."""

from tests.test_bma_proposal import _with_risks, run

_TABLE = """๕. ความเสียงของโครงการและแนวทางการบริหารความเสียง

ความเสี่ยง        โอกาส ผลกระทบ
ที่จะ
เกิด

สภาพอากาศหรือ       3        4

สถานการณ์

{titles}
ปรับรูปแบบการ
จัดกิจกรรมเป็น

โรคระบาดทําให้
ไม่สามารถ

จัดกิจกรรมใน

รูปแบบปกติได้
โรงเรียนไม่

สามารถ

ดําเนินการได้

ตามเป้าหมาย
เนื่องจาก

1

น้อยมาก

แบบออนไลน์
หรือแบ่งกลุ่มย่อย
"""


def _said(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "findings"
            and "column titles" in i["message"]]


def test_titles_one_word_a_line_among_a_risk_s_lines_are_said():
    rows = run(_with_risks(_TABLE.format(titles="ระดับของ\nความเสียง\n\nแนวทาง\n\nการบริหาร\nความเสี่ยง")))
    said = _said(rows)
    assert len(said) == 1 and "ระดับของ" in said[0]["message"]


def test_a_risk_s_own_lines_are_not():
    rows = run(_with_risks(_TABLE.format(titles="ที่ไม่แน่นอน")))
    assert _said(rows) == []
