"""A risk table read row by row after OCR, its narrow columns wrapping the titles inside their words
("ความเสี่ยง  โอกา ผลกระท ระดับของ แนวทาง" / "สที่จะ  บ ความเสี่ย การบริหาร" / "เกิด  ง  ความเสี่ยง": โอกาส|ที่จะ,
ผลกระท|บ, ความเสี่ย|ง): the first two lines were no header to the reader (pieces of words are none of its
header words) and opened the first risk's text ("ความเสี่ยง โอกา ผลกระท ระดับของ แนวทาง สที่จะ บ ความเสี่ย
การบริหาร ราคาวัสดุสูงก ...", sets s41z, s42o).  A line of three tokens or more, each a piece of a column's title
or a letter alone, two of them holding a header word whole, is a line of the titles (risks._title_pieces).
A risk's words are none."""

from __future__ import annotations

from parsers.bma_proposal.risks import header_left
from tests.test_bma_proposal import _risks, _with_risks, run

TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหาร
ความเสี่ยง
ความเสี่ยง         โอกา ผลกระท ระดับของ แนวทาง
สที่จะ         บ ความเสี่ย การบริหาร
เกิด            ง          ความเสี่ยง
ราคาวัสดุสูงก         3         1 น้อย       สํารวจ
ว่าที่ประมาณการ                              ราคาวัสดุ
ไว้ ทําให้จัดซื้อ                                       ก่อนจัดทํา
วัสดุได้ไม่ครบ                                  แผนการ
ตามรายการ                                  ใช้จ่าย
ผู้เข้ารับการอบร       4         2 ปานกลาง ประสาน
มไม่ครบตาม                                  โรงเรียน
จํานวน                                  ล่วงหน้า
"""


def test_titles_wrapped_inside_their_words_are_the_header():
    risks = _risks(run(_with_risks(TABLE)))
    assert [r[0][:13] for r in risks] == ["ราคาวัสดุสูงก", "ผู้เข้ารับการ"]
    assert [r[1:4] for r in risks] == [("3", "1", "น้อย"), ("4", "2", "ปานกลาง")]


def test_a_risk_s_words_are_no_titles():
    for text in ("ลดความเสี่ยง โดย การ", "การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจาก ขั้นตอน",
                 "ราคาวัสดุสูงก         3         1 น้อย       สํารวจ", "ความ ร่วมมือ ของ"):
        assert header_left(text) is None, text
