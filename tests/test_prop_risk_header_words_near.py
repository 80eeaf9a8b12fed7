"""BMA proposals after OCR whose risk table's header lines came with a letter misread in two titles and a title
garbled to Latin letters ("ความเสี่ยง  Tama ผลกระทบ ระดับของ  แนวทางการบวิหาร" / "ที่จะเกิด  ความเสี่ยง
คววามเสี่ยง": set s67z's bma_proposal_s67z003): neither line read as the header, so the first risk's text opened
with the header's words, and a word repair (echoed_word, 'คววามเสี่ยง' read as the header's ความเสี่ยง) was said
on a text that was wrong anyway.  A line whose every token is header words whole, a speck, or ends on a long
header word one letter off is the header (risks._near_words)."""

from __future__ import annotations

import pytest

from parsers.bma_proposal.risks import _is_header
from tests.test_bma_proposal import _risks, _with_risks, run

_ACROSS = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง

ความเสี่ยง                    {first}
ที่จะเกิด           ความเสี่ยง {second}
สภาพอากาศหรือ            ๑        ๕ น้อย        ปรับรูปแบบการ
สถานการณ์โรคระบาด                                                 จัดกิจกรรมเป็นแบบ
ทําให้ไม่สามารถ                                                       ออนไลน์ หรือแบ่ง
จัดกิจกรรมในรูปแบบ                                                               กลุ่มย่อย
ปกติได้

ราคาวัสดุสูงกว่าที่                  ๑             ๑ น้อยมาก       สํารวจราคาวัสดุก่อนจัดทํา
ประมาณการไว้ ทําให้                                                 แผนการใช้จ่าย และปรับ
"""


@pytest.mark.parametrize("first, second", [
    ("โอกาส ผลกระทบ ระดับของ แนวทางการบริหาร", "ความเสี่ยง"),
    ("Tama ผลกระทบ ระดับของ แนวทางการบวิหาร", "คววามเสี่ยง")])
def test_header_lines_with_a_letter_misread_in_their_titles_are_no_risk_text(first, second):
    risks = _risks(run(_with_risks(_ACROSS.format(first=first, second=second))))
    assert [r[0][:13] for r in risks] == ["สภาพอากาศหรือ", "ราคาวัสดุสูงก"]


def test_a_line_of_header_words_one_letter_off_and_other_words_is_text():
    assert _is_header("ความเสี่ยง Tama ผลกระทบ ระดับของ แนวทางการบวิหาร")
    assert not _is_header("คววามเสี่ยง ภัยน้ำท่วม")  # a header word one letter off, then a risk's own words
    assert not _is_header("สภาพอากาศหรือ คววามเสี่ยง")


# The first row read across, the rows after it down the risks' column alone (their scores, levels and mitigations
# OCR put past the next heading): once the header reads as one, the lines after the row went to its mitigation
# by the way they wrap, and the rows they hold were lost with nothing said (set s61z's bma_proposal_s61z003)
_LAST_ROW = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง

ความเสี่ยง                            Tama ผลกระทบ ระดับของ         แนวทางการบวิหาร
ที่จะเกิด                        ความเสี่ยง คววามเสี่ยง
ราคาวัสดุสูงกว่าที่                         ๒                 ๔ ปานกลาง         สํารวจราคาวัสดุก่อนจัดทํา
ประมาณการไว้ ทําให้                                                              แผนการใช้จ่าย และปรับ
จัดซื้อวัสดุได้ไม่ครบตาม                                                                รายการให้เหมาะสมกับ
รายการ
การจัดกิจกรรมล่าช้ากว่า
แผน เนื่องจากขั้นตอน
การอนุมัติงบประมาณ
ใช้เวลานาน
"""


def test_the_last_row_closed_by_lines_that_state_a_cause_says_rows_may_be_lost():
    rows = run(_with_risks(_LAST_ROW))
    assert [r[0].split()[0] for r in _risks(rows)] == ["ราคาวัสดุสูงกว่าที่"]
    assert any(i["code"] == "unread_cells" and i["field"] == "findings" and "rows may be lost" in i["message"]
               for i in rows["issues"])
