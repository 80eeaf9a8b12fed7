"""BMA progress expense line of the 'N unit x X = Y' / 'จำนวน N unitๆ ละ X
เป็นเงิน Y' shape one of whose money figures OCR garbled past a number's
shape: the unit amount a sign and digit look-alikes alone ("คนๆ ละ Boo
เป็นเงิน 8๕,๒4๐", "ชั่วโมง x Booo = @๑,๕๐๐") or digits after a sign OCR read
as a bracket ("คันๆ AL [8๒,๐๐๐ เป็นเงิน"), or the amount a token of letters
and look-alikes whatever follows it ("x B50 = Bol,ogo ความก้าวหน้า...", "คน X
Belo = Boo, aero", "คน % ๒๕๐.๐๐ บาท = สผ่,๕๐๐.๐๐ บาท", "เป็นเงิน %๑๓,๒๐๐";
worked sets corpus 015, 018, extra2 z003, s29z004, z015, extra4 t017, s31z009,
s34o001, s34z003, s34z007).  The figures' pattern refused the line, which
was description text, lost whole, and the entry's lines after it took its
number.  The rest of the shape (quantity, unit, "x" or "ๆ ละ", "=" or
"เป็นเงิน") says which figure the token is: the line is read, that figure
kept as printed and unreadable (a figure with no digit is never read as the
zeros read_amount makes of it), mended from the line's product or said."""

from decimal import Decimal

from parsers.bma_progress.clauses import Expense
from parsers.bma_progress.entries import expense_values
from tests.conftest import expense_figures, sample_text
from tests.test_bma_progress_expenses import FOOD, SEED, _rows


def test_a_unit_amount_of_look_alikes_alone_is_read_unreadable():
    assert expense_figures("ค่าอาหารว่างและเครื่องดื่ม จํานวน ๕๓ คนๆ ละ Bo เป็นงิน 8๑,๕๐๕") == [
        ("ค่าอาหารว่างและเครื่องดื่ม", "๕๓", "คน", "Bo", "8๑,๕๐๕")]
    assert expense_figures("ค่าตอบแทนวิทยากร 3 ชั่วโมง x Booo = @๑,๕๐๐") == [
        ("ค่าตอบแทนวิทยากร", "3", "ชั่วโมง", "Booo", "@๑,๕๐๐")]
    values, bad = expense_values(Expense("ค่าอาหาร", "8๑,๕๐๕", 1, "๕๓", "คน", "Boo"))
    assert values["unit_amount"] is None and bad == ["unit_amount"]  # not 0.00


def test_a_unit_amount_whose_sign_ocr_read_as_a_bracket_is_read_unreadable():
    assert expense_figures("ค่าเช่ารถโดยสาร จํานวน ๒ คันๆ AL [8๒,๐๐๐ เป็นเงิน 8๑๒,๐๐๐") == [
        ("ค่าเช่ารถโดยสาร", "๒", "คัน", "[8๒,๐๐๐", "8๑๒,๐๐๐")]
    assert expense_figures("ค่าเกียรติบัตร ๓๙ ใบ x ]8๒๐\n= 8๗๘๐") == [("ค่าเกียรติบัตร", "๓๙", "ใบ", "]8๒๐", "8๗๘๐")]
    values, bad = expense_values(Expense("ค่าเช่ารถโดยสาร", "8๑๒,๐๐๐", 1, "๒", "คัน", "[8๒,๐๐๐"))
    assert values["unit_amount"] is None and bad == ["unit_amount"]  # not 82,000.00, the sign's 8 a digit


def test_a_garbled_amount_after_the_whole_shape_is_read_unreadable():
    assert expense_figures("ค่าเกียรติบัตร ๑๕๑ ใบ x B50 = Bol,ogo ความก้าวหน้าของงานฯ") == [
        ("ค่าเกียรติบัตร", "๑๕๑", "ใบ", "50", "Bol,ogo")]
    assert expense_figures("ค่าอาหารกลางวัน ๑๕๓๑ คน X Belo = Boo, aero") == [
        ("ค่าอาหารกลางวัน", "๑๕๓๑", "คน", "Belo", "Boo, aero")]
    assert expense_figures("ค่าอาหาร ๓8 คน % ๒๕๐.๐๐ บาท = สผ่,๕๐๐.๐๐ บาท ค่าวัสดุ = 5,000 บาท") == [
        ("ค่าอาหาร", "๓8", "คน", "๒๕๐.๐๐", "สผ่,๕๐๐.๐๐"), ("ค่าวัสดุ", None, None, None, "5,000")]
    assert expense_figures("ค่าอาหารกลางวัน จํานวน ๑๒๕ คนๆ av Beo เป็นเงิน %๑๓,๒๐๐ ::") == [
        ("ค่าอาหารกลางวัน", "๑๒๕", "คน", "Beo", "%๑๓,๒๐๐")]
    for amount in ("Bol,ogo", "Boo, aero", "สผ่,๕๐๐.๐๐", "%๑๓,๒๐๐", "Boo,ooo"):
        values, bad = expense_values(Expense("ค่าอาหาร", amount, 1, "๑๕๑", "คน", "50"))
        assert values["amount"] is None and bad == ["amount"], amount


def test_what_is_no_figure_stays_text():
    # a word after the sign, a token with neither a digit nor a sign, no item in words, look-alikes with no sign
    for text in ("ค่าอาหาร 25 คน x 30 = ความก้าวหน้าของงานฯ", "ค่าอาหาร 25 คน x 30 = ab",
                 "จำนวน 25 คน x Boo = 8๕๕๐", "ค่าอาหาร 25 คน x oo = 750"):
        assert expense_figures(text) == [], text
    # a readable line reads as before
    assert expense_figures("ค่าอาหาร 50 คน x 200 บาท = 10,000 บาท") == [("ค่าอาหาร", "50", "คน", "200", "10,000")]


def test_the_seed_reads_the_line_and_mends_its_amount_from_the_product():
    rows = _rows(sample_text(SEED).replace(FOOD, "ค่าอาหารฯ 50 คน x 200 บาท = Bol,ogo บาท"))
    line = [r for r in rows["expenses"] if r["report_seq"] == 5 and r["seq"] == 1][0]
    assert (line["item"], line["quantity"], line["unit_amount"], line["amount"]) == (
        "ค่าอาหารฯ", Decimal("50.00"), Decimal("200.00"), Decimal("10000.00"))
    assert [i for i in rows["issues"] if i["field"] == "expenses.amount"]
