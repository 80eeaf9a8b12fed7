"""BMA proposals after OCR whose risk table's header line came with a stutter of letters ("ความเสี่ยง  โอกาส
ผลกระทบ ระดับของ หแนแนวทางการบริหาร": "หแน" before แนวทาง): a line of the header's words with three other
letters was no header, and opened the first risk's text ("ความเสี่ยง โอกาส ผลกระทบ ... สภาพอากาศหรือ...").
A line of many header words may hold one such letter for every two of them (risks.header_left)."""

from __future__ import annotations

import pytest

from tests.test_bma_proposal import _risks, _with_risks, run

_ACROSS = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง

ความเสี่ยง                    โอกาส ผลกระทบ ระดับของ {head}
ที่จะ           ความเสี่ยง ความเสี่ยง
เกิด
สภาพอากาศหรือ            ๑        ๕ น้อย        ปรับรูปแบบการ
สถานการณ์โรคระบาด                                                 จัดกิจกรรมเป็นแบบ
ทําให้ไม่สามารถ                                                       ออนไลน์ หรือแบ่ง
จัดกิจกรรมในรูปแบบ                                                               กลุ่มย่อย
ปกติได้

ราคาวัสดุสูงกว่าที่                  ๑             ๑ น้อยมาก       สํารวจราคาวัสดุก่อนจัดทํา
ประมาณการไว้ ทําให้                                                 แผนการใช้จ่าย และปรับ
"""


@pytest.mark.parametrize("head", ["แนวทางการบริหาร", "หแนแนวทางการบริหาร"])
def test_a_header_line_with_a_stutter_of_letters_is_no_risk_text(head):
    risks = _risks(run(_with_risks(_ACROSS.format(head=head))))
    assert [r[0][:13] for r in risks] == ["สภาพอากาศหรือ", "ราคาวัสดุสูงก"]


def test_a_line_of_few_header_words_and_other_words_is_text():
    from parsers.bma_proposal.risks import _is_header

    assert not _is_header("ความเสี่ยง ภัยน้ำท่วม")  # one header word, five letters of another: a risk's text


def test_a_risk_s_short_first_word_is_no_header_left_out():
    """A table printed on one line has its header's words left out of the first risk's text; a short first word
    of the risk's own ("การ", as few letters as a speck) holds no header word and stays."""
    from parsers.bma_proposal.risks import _without_header

    assert _without_header("การจัดกิจกรรมล่าช้า") == "การจัดกิจกรรมล่าช้า"
    assert _without_header("การ จัดกิจกรรมล่าช้า") == "การ จัดกิจกรรมล่าช้า"
    assert _without_header("ความเสี่ยง โอกาส ผลกระทบ การ จัดกิจกรรมล่าช้า") == "การ จัดกิจกรรมล่าช้า"
