"""BMA progress entries as a table run on in a paragraph whose expense
lines' sums fit no report's disbursement as read, though the lines are
plainly one report's: the lines went to no report (every row missing, said
only as the run-on description's doubt).

- an amount OCR misread past reading or read with a digit lost
  ("๕,๓๕7๒.๕๐", "๑๓,๐๕๐.๐๐" for ๑๓,๐๘๐.๐๐: fresh sets r s23r004, q
  s22q010): where every other report's disbursement reads as nothing spent,
  the lines, standing together, are the one spending report's (a report
  that spent nothing lists no expense line), when the text around them fits
  it; their amounts stay as printed (the sum check says they do not add up);
- a speck OCR left in the margin between two lines ("... = 10,800 บาท.-" /
  "5  ค่าอาหารว่าง...": s s23s004) parted them into two groups, whose sums
  fit nothing; no letter between them, they stand together;
- a space OCR put after an amount's thousands comma ("= 89, 120" for
  ฿9,120, the sign read as a digit: bp/set1 s19bpa010) kept the sums from
  being read with the sign dropped.
"""

from parsers.bma_progress.transposed import run_expense_owners, untranspose_with_doubts
from schemas.document import Line
from tests.conftest import entries_by_header

_MISREAD = (
    "ครั้งที่ ๓ ครั้งที่ ๔ วันที่รายงาน ๒๐๒๑-๒-๒๒ ๒๐๒๑-๓-๑๕ รายละเอียดการดำเนินงาน",
    "ดำเนินการติวเข้มนักเรียนเพื่อเตรียมความพร้อมการทดสอบระดับชาติ",
    "ตามแผนการดำเนินงาน ๑. ได้ดำเนินการติวเข้มนักเรียนเพื่อเตรียมความพร้อมการ",
    "ทดสอบระดับชาติ ไปแล้ว ๒. อยู่ระหว่างการรวบรวมเอกสารประกอบการเบิกจ่าย",
    "ค่าเกียรติบัตร จำนวน ๑๑๒ ใบๆ ละ 50.00 บาท เป็นเงิน 5,600.00 บาท",
    "ค่าอาหารว่างและเครื่องดื่ม จำนวน 1๕๓ คนๆ ละ 32.50 บาท เป็นเงิน ๕,๓๕7๒.๕๐ บาท",
    "ค่าจัดทำเอกสาร จำนวน ๑0๓ เล่มๆ ละ ๑๒๐.๐๐ บาท เป็นเงิน ๑๓,๐๕๐.๐๐ บาท",
    "ความก้าวหน้าของงานฯ ๓๕.๐๐ % ๕๓.๐๐ % งบประมาณที่เบิกใช้ ๐.๐๐ บาท",
    "๒๓,๑๕๒.๕๐ บาท ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def test_lines_whose_sums_misread_go_to_the_one_report_that_spent():
    out, _ = untranspose_with_doubts([Line(no, t) for no, t in enumerate(_MISREAD, start=100)])
    got = entries_by_header(out)
    fourth = " ".join(got["รายงานครั้งที่ ๔"])
    assert "ค่าเกียรติบัตร" in fourth and "ค่าอาหารว่าง" in fourth and "ค่าจัดทำเอกสาร" in fourth
    assert not any("ค่า" in t for t in got["รายงานครั้งที่ ๓"])


_SPECK = (
    "ครั้งที่ 1 ครั้งที่ 2 ครั้งที่ 3",
    "วันที่รายงาน 19 มิถุนายน 2567 7 ก.ค. 2567 10 สิงหาคม 2567 รายละเอียดการดำเนินงาน",
    "ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดหัวข้อดำเนินงาน จัดเตรียมข้อมูล/จัดทำโครงการ",
    "ค่าเกียรติบัตร 145 ใบ x 35 บาท.- = 5,075 บาท.- สรุปผลการดำเนินงานและรายงานผล",
    "โครงการต่อผู้บริหาร ค่าตอบแทนวิทยากร 9 ชั่วโมง x 1,200 บาท.- = 10,800 บาท.-",
    "5           ค่าอาหารว่างและเครื่องดื่ม 123 คน x 25 บาท.- = 3,075 บาท ค่าอาหารกลางวัน 186 คน x",
    "100 บาท.- = 18,600 บาท.- ความก้าวหน้าของงานฯ 25.00 % 62.00 % 100.00 %",
    "งบประมาณที่เบิกใช้ 0 บาท.- 5,075 บาท.- 32,475 บาท.- ความสอดคล้องกับแผน",
    "เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย",
    "เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def test_a_speck_between_two_lines_does_not_part_them():
    out, _ = untranspose_with_doubts([Line(no, t) for no, t in enumerate(_SPECK, start=32)])
    got = entries_by_header(out)
    second, third = " ".join(got["รายงานครั้งที่ 2"]), " ".join(got["รายงานครั้งที่ 3"])
    assert "ค่าเกียรติบัตร" in second and "ค่าตอบแทนวิทยากร" not in second
    assert "ค่าตอบแทนวิทยากร" in third and "ค่าอาหารว่าง" in third and "ค่าอาหารกลางวัน" in third
    assert not any("ค่า" in t for t in got["รายงานครั้งที่ 1"])


def test_a_space_after_the_comma_of_an_amount_whose_sign_was_read_as_a_digit():
    cell = ("ดำเนินการจัดสัมมนา ดำเนินการจัดกิจกรรมครบทุกกิจกรรมตามแผน ค่าอาหารกลางวัน 152 คน x 860 = 89, 120 "
            "ค่าอาหารว่างและเครื่องดื่ม 199 คน x B30 = 85,970 ค่าตอบแทนวิทยากร 4 ชั่วโมง x 8600 = B2,400")
    placed = run_expense_owners(cell, ["BO", "17,490"], 2, True)
    assert placed is not None and placed[1] == [1]


_LINES = "ค่าเกียรติบัตร จำนวน 112 ใบๆ ละ 50 บาท เป็นเงิน 5,600 บาท ค่าจัดทำเอกสาร 10 เล่ม x 120 บาท = 1,250 บาท"


def test_refused_where_the_lines_are_not_plainly_one_spending_reports():
    # as read, the sums fit nothing; one report spent: its lines
    assert run_expense_owners(f"ดำเนินการ ติวเข้ม {_LINES}", ["0.00", "6,800"], 2) is not None
    # two reports spent: whose lines these are the sums do not say
    assert run_expense_owners(f"ดำเนินการ ติวเข้ม {_LINES}", ["1,000", "6,800"], 2) is None
    # the spending report is the last, but words after the lines say another report's description follows them
    assert run_expense_owners(f"ดำเนินการ {_LINES} ติวเข้ม", ["0.00", "0.00", "6,800"], 3) is None
    assert run_expense_owners(f"ดำเนินการ {_LINES} ติวเข้ม", ["6,800", "0.00", "0.00"], 3) is not None
    # words between the lines part them into two groups: one report cannot own both
    parted = _LINES.replace(" ค่าจัดทำ", " และรวบรวมเอกสาร ค่าจัดทำ")
    assert run_expense_owners(f"ดำเนินการ ติวเข้ม {parted}", ["0.00", "6,800"], 2) is None
