"""BMA proposals after OCR whose budget table tesseract read down the page: the expense column's later rows went
on past the risks' heading (section 8), beside the risk table's first rows ("๕๕,๐๐๐ บาท" / "- โรงเรียน" /
"ขนาดกลาง" / "จำนวน ๑" / "โรงเรียนๆ ละ" / ... among the risks' lines).  Those rows were lost from the budget
and run into the risks' text (s64z's bma_proposal_s64z004: expense lines 2 and 3 lost, risk 2's text read as
'โรงเรียนๆ ละ ๕,๐00 บาท เป็นเงิน 8,000 บาท').  Now a run of lines in section 8 that are all pieces of an
expense cell, an item's bullet among them and their words a whole expense clause, goes back to the budget's
lines before its total (budget.rows_past_heading); a risk's words make no clause and stay."""

from __future__ import annotations

from parsers.bma_proposal.budget import expense_stream, read_expenses, rows_past_heading
from schemas.document import Line


def _lines(texts: list[str], start: int) -> list[Line]:
    return [Line(start + i, t[2:] if t.startswith("- ") else t, "text" if t else "blank", t.startswith("- "))
            for i, t in enumerate(texts)]


BUDGET = ["ค่าอาหารและเครื่องดื่ม", "- ผู้เข้าอบรม", "จำนวน 40", "คนๆ ละ", "120 บาท", "เป็นเงิน", "รวมทั้งสิ้น"]
RISKS = ["ความเสี่ยง", "ครูติดภารกิจในวันอบรม ทำให้ผู้เข้าอบรมไม่ครบตามจำนวนที่กำหนด", "4,800 บาท", "- วิทยากร",
         "ภายนอก", "", "จำนวน 2", "คนๆ ละ", "1,200 บาท", "เป็นเงิน 2,400", "บาท", "",
         "ประสานโรงเรียนล่วงหน้าก่อนจัดกิจกรรม"]


def test_expense_rows_read_past_the_risks_heading_go_back_to_the_budget():
    budget, risks = rows_past_heading(_lines(BUDGET, 10), _lines(RISKS, 30))
    assert [ln.text for ln in risks if ln.text] == [RISKS[0], RISKS[1], RISKS[-1]]
    assert budget[-1].text == "รวมทั้งสิ้น"
    found = read_expenses(expense_stream(budget, ""))
    assert [(e.item, e.qty, e.each, e.amount) for e in found] == [
        ("ผู้เข้าอบรม", "40", "120", "4,800"), ("วิทยากร ภายนอก", "2", "1,200", "2,400")]


def test_risk_lines_that_make_no_expense_clause_stay_with_the_risks():
    # a figure and a bulleted mitigation, but no clause of quantity, unit amount and amount: nothing moves
    risks = ["ความเสี่ยง", "ราคาวัสดุสูงขึ้น", "2,000 บาท", "- ปรับรายการ", "ให้เหมาะสม", "บาท"]
    budget, left = rows_past_heading(_lines(BUDGET, 10), _lines(risks, 30))
    assert [ln.text for ln in left] == ["ความเสี่ยง", "ราคาวัสดุสูงขึ้น", "2,000 บาท", "ปรับรายการ", "ให้เหมาะสม", "บาท"]
    assert len(budget) == len(BUDGET)
