"""BMA progress entries as a table run on in a paragraph, its amounts printed
with a ฿ that OCR read as a digit ("งบประมาณที่เบิกใช้ BO 846,550" for ฿0
฿46,550; the expense lines "= 82,600", "= 836,750", "= 87,200" for ฿2,600,
฿36,750, ฿7,200; fresh sets bp/set1 s19bpa010, h s20h004): the disbursement
row is read with the sign dropped, but the expense lines' sums were taken
as read, matched no report's disbursement, and the lines went to no report
(every row missing).  Now, where the disbursement row was read so, the sums
are also taken with each amount's sign read dropped, when every amount
opens with one; exactly one way over both readings must fit, else the
lines stay unplaced and said as before."""

from parsers.bma_progress.transposed import run_expense_owners, untranspose_with_doubts
from schemas.document import Line
from tests.conftest import entries_by_header

_TABLE = (
    "ครั้งที่ 3 ครั้งที่ 4 วันที่รายงาน",
    "2019-4-25 2019-5-27 รายละเอียดการดำเนินงาน",
    "อยู่ระหว่างการเตรียมกิจกรรมสัปดาห์ห้องสมุดและการประกวดยอด",
    "นักอ่าน อยู่ระหว่างการเตรียมกิจกรรมสัปดาห์ห้องสมุดและการประกวด",
    "ยอดนักอ่าน ค่าเกียรติบัตร 52 ใบ % 850 = 82,600 ค่าอาหาร 147 คน",
    "x B250 = 836,750 ค่าตอบแทนวิทยากร 12 ชั่วโมง x B600 = 87,200",
    "ความก้าวหน้าของงานฯ 34.50 % 53.00 % งบประมาณที่เบิกใช้ BO",
    "846,550 ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def test_expense_lines_whose_sign_ocr_read_as_a_digit_go_to_the_report_they_add_up_to():
    out, _ = untranspose_with_doubts([Line(no, t) for no, t in enumerate(_TABLE, start=84)])
    got = entries_by_header(out)
    fourth = got["รายงานครั้งที่ 4"]
    assert any("ค่าเกียรติบัตร 52 ใบ" in t for t in fourth)
    assert any("ค่าตอบแทนวิทยากร 12 ชั่วโมง" in t for t in fourth)
    assert not any("ค่า" in t for t in got["รายงานครั้งที่ 3"])


_CELL = ("ยอดนักอ่าน ค่าเกียรติบัตร 52 ใบ % 850 = 82,600 ค่าอาหาร 147 คน x B250 = {} "
         "ค่าตอบแทนวิทยากร 12 ชั่วโมง x B600 = 87,200")


def test_refused_unless_the_row_was_read_with_its_signs_and_every_amount_opens_with_one():
    # the disbursement row read as printed (no sign dropped): the sums as read only, which fit no report
    # (both reports spent: with one alone spending, the lines would be its own whatever their sums:
    # tests/test_prop_run_on_expenses_unfit_sums.py)
    assert run_expense_owners(_CELL.format("836,750"), ["1,000", "46,550"], 2) is None
    assert run_expense_owners(_CELL.format("836,750"), ["1,000", "46,550"], 2, True) is not None
    # one amount opening with no character the sign is read as ("6,750"): the others' first digits may be
    # digits, so their sum without them (2,600 + 6,750 + 7,200) is no reading, though it fits a disbursement
    assert run_expense_owners(_CELL.format("6,750"), ["1,000", "16,550"], 2, True) is None
