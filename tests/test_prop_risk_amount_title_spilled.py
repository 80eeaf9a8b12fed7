"""BMA proposals after OCR whose budget table was read column by column, its amount column's title ("จำนวนเงิน" /
"(บาท)") and figures put past the risk section's heading (sets s67z's bma_proposal_s67z002 and 005, s63z's 002):
the title's words were read as the first risk's text or its opening, and each risk after it took the next one's
text.  The title's two lines are no risk's cells (risks.amount_header_out)."""

from __future__ import annotations

from parsers.bma_proposal.risks import amount_header_out
from schemas.document import Line
from tests.test_bma_proposal import _risks, _with_risks, run

_DOWN = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง

{title}๒๔,๐๐๐.-
๑๒,๕๐๐.-

ความเสี่ยง
ผู้เข้ารับการอบรมไม่ครบตามจำนวน เนื่องจากมีภารกิจเร่งด่วน
ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทำให้จัดซื้อวัสดุได้ไม่ครบ

โอกาสที่จะเกิด
2
1

ผลกระทบ
1
3

ระดับของความเสี่ยง
น้อยมาก
น้อย

แนวทางการบริหารความเสี่ยง

ประสานโรงเรียนล่วงหน้าและจัดอบรมชดเชย

สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย
"""


def test_the_budget_s_amount_title_past_the_heading_is_no_risk_s_text():
    for title in ("", "จํานวนเงิน\n(บาท)\n\n"):
        risks = _risks(run(_with_risks(_DOWN.format(title=title))))
        assert [r[0].split()[0] for r in risks] == ["ผู้เข้ารับการอบรมไม่ครบตามจำนวน", "ราคาวัสดุสูงกว่าที่ประมาณการไว้"], title


def test_a_risk_s_line_of_other_words_stays():
    lines = [Line(1, "จำนวนเงิน"), Line(2, "ไม่เพียงพอ"), Line(3, "จํานวนเงิน"), Line(4, ""), Line(5, "(บาท)")]
    assert [ln.no for ln in amount_header_out(lines)] == [1, 2, 4]
