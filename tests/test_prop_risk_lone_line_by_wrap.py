"""BMA proposal risk tables read across the page (each row's level line: the risk's first words, the scores, the
level, the mitigation's first words; then both cells' wrapped lines side by side) whose row ends in lines of one
cell: the end of the risk or of the mitigation, whichever wraps longer.  OCR drops the indentation that told
which column such a line stands in, so it was given to the mitigation and said (unread_cells on both): wrong
where the risk wrapped longer ('สามารถจัดกิจกรรม' / 'ในรูปแบบปกติได้': pr/set1 s19pra001, pr4/set4 s19prd008,
h s20h004 and s20h005, q s22q005, s s23s001).  Now (risks._lone_by_wrap) the lines go to the one column whose
cell cannot have ended on its last line: that line ends with a word no text ends with (risks._OPEN_ENDS: 'ใน',
'กับ', 'ไม่', ...), or it had no room left for the first word of the lines that follow while the other column's
last line had room for it to spare (a Thai line wraps between words, filling the line first).  Where neither
tells, or they disagree, the lines stay with the mitigation and are said as before."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risks, run

_HEAD = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง          โอกาส ผลกระทบ ระดับของ แนวทางการบริหาร
ที่จะ             ความเสี่ยง ความเสี่ยง
เกิด
การจัดกิจกรรม           ๕          ๓ สูง          เตรียมเอกสาร
ล่าช้ากว่าแผน                                      ขออนุมัติให้ครบถ้วน
เนื่องจากขั้นตอน                                   และติดตาม
การอนุมัติ                                         ความก้าวหน้าของ
งบประมาณ                                        การอนุมัติอย่าง
ใช้เวลานาน                                        ใกล้ชิด
"""

# The risk's last line full, the mitigation's last line with room to spare for 'ใน' (s19pra001).
_RISK_BY_WRAP = _HEAD + """สภาพอากาศหรือ         ๔          ๑ น้อย        ปรับรูปแบบการ
สถานการณ์                                        จัดกิจกรรมเป็นแบบ
โรคระบาดทำให้ไม่                                   ออนไลน์ หรือแบ่ง
สามารถจัดกิจกรรม                                 กลุ่มย่อย
ในรูปแบบปกติได้
"""

# The risk's last line ends with 'ใน', which no text ends with (s19prd008, s22q005).
_RISK_BY_WORDS = _HEAD + """สภาพอากาศหรือ         ๔          ๑ น้อย        ปรับรูปแบบการ
สถานการณ์                                        จัดกิจกรรมเป็น
โรคระบาดทำให้                                      แบบออนไลน์
ไม่สามารถ                                          หรือแบ่ง
จัดกิจกรรมใน                                       กลุ่มย่อย
รูปแบบปกติได้
"""

# The mitigation's last line ends with 'กับ' (the line is the mitigation's, as given before, now not in doubt).
_MITIGATION_BY_WORDS = _HEAD + """ราคาวัสดุสูงกว่าที่         ๑          ๓ น้อย        สำรวจราคาวัสดุก่อน
ประมาณการไว้                                     จัดทำแผนการใช้จ่าย
ทำให้จัดซื้อวัสดุได้ไม่                                และปรับรายการให้
ครบตามรายการ                                     เหมาะสมกับ
งบประมาณ
"""

# Both last lines full, neither ending with such a word: nothing tells.
_NEITHER = _HEAD + """สภาพอากาศหรือ         ๔          ๑ น้อย        ปรับรูปแบบการ
สถานการณ์                                        จัดกิจกรรมเป็นแบบ
โรคระบาดทำให้ไม่                                   ออนไลน์
สามารถจัดกิจกรรม                                 หรือแบ่งกลุ่มย่อย
ในรูปแบบปกติได้
"""


def _either(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if "could end either" in i["message"]]


def test_a_lone_line_the_mitigation_had_room_for_ends_the_risk():
    rows = run(_with_risks(_RISK_BY_WRAP))
    risk = _risks(rows)[1]
    assert risk[0] == "สภาพอากาศหรือ สถานการณ์ โรคระบาดทำให้ไม่ สามารถจัดกิจกรรม ในรูปแบบปกติได้"
    assert risk[4] == "ปรับรูปแบบการ จัดกิจกรรมเป็นแบบ ออนไลน์ หรือแบ่ง กลุ่มย่อย"
    assert risk[1:4] == ("4", "1", "น้อย")
    assert _either(rows) == []


def test_a_lone_line_after_a_risk_line_that_cannot_end_a_text_ends_the_risk():
    rows = run(_with_risks(_RISK_BY_WORDS))
    risk = _risks(rows)[1]
    assert risk[0].endswith("จัดกิจกรรมใน รูปแบบปกติได้")
    assert risk[4].endswith("หรือแบ่ง กลุ่มย่อย")
    assert _either(rows) == []


def test_a_lone_line_after_a_mitigation_line_that_cannot_end_a_text_ends_the_mitigation():
    rows = run(_with_risks(_MITIGATION_BY_WORDS))
    risk = _risks(rows)[1]
    assert risk[0].endswith("ครบตามรายการ")
    assert risk[4].endswith("เหมาะสมกับ งบประมาณ")
    assert _either(rows) == []


def test_a_lone_line_either_column_could_end_stays_with_the_mitigation_and_is_said():
    rows = run(_with_risks(_NEITHER))
    risk = _risks(rows)[1]
    assert risk[0].endswith("สามารถจัดกิจกรรม")
    assert risk[4].endswith("หรือแบ่งกลุ่มย่อย ในรูปแบบปกติได้")
    assert {i["field"] for i in _either(rows)} == {"findings.mitigation", "findings.text"}


# The cues disagree: the risk's last line ends with 'ใน' but had room for the next word to spare, the mitigation's
# last line had none: neither is believed.
_DISAGREE = _HEAD + """สภาพอากาศหรือ         ๔          ๑ น้อย        ปรับรูปแบบการ
สถานการณ์ที่เกิดใน                                 จัดกิจกรรมเป็นแบบ
ทั้งใน                                              ออนไลน์หรือแบ่งกลุ่ม
รูปแบบปกติ
"""


def test_a_lone_line_whose_cues_disagree_stays_with_the_mitigation_and_is_said():
    rows = run(_with_risks(_DISAGREE))
    risk = _risks(rows)[1]
    assert risk[0].endswith("ทั้งใน")
    assert risk[4].endswith("ออนไลน์หรือแบ่งกลุ่ม รูปแบบปกติ")
    assert {i["field"] for i in _either(rows)} == {"findings.mitigation", "findings.text"}
