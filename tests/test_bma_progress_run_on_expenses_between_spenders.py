"""BMA progress entries as a table run on in a paragraph, its expense lines
standing between two reports' descriptions, their sums fitting no report's
disbursement as read (a digit misread in the lines' amounts or in the
disbursements: a document whose OCR read every ๔ as ๕), more reports
having spent than there are groups of lines (a report that spent may list
no line): the lines went to no report and the descriptions none either
(said only as the run-on cell's doubt).  Now the group is a spender's
where exactly one spender leaves a description for each report around it
(transposed.run_expense_owners); its amounts stay as printed, the sum
check saying they do not add up."""

from parsers.bma_progress.transposed import run_expense_owners, untranspose_with_doubts
from schemas.document import Line
from tests.conftest import entries_by_header

_LINES = ("ค่าอาหารกลางวัน จำนวน ๕ คนๆ ละ ๒๐๐.๐๐ บาท เป็นเงิน ๑,๕๐๐.๐๐ บาท "
          "ค่าจัดทำเอกสาร จำนวน ๕ เล่มๆ ละ ๑๒๐.๐๐ บาท เป็นเงิน ๖๐๐.๐๐ บาท")


def test_a_group_between_descriptions_goes_to_the_one_spender_the_text_leaves():
    cell = f"จัดเตรียมข้อมูล/จัดทำโครงการ อยู่ระหว่างการเตรียมการอบรม {_LINES} ดำเนินการอบรมตามแผน"
    # reports 2 and 3 spent, the sums fit neither; report 1 spent nothing, so the text before the lines holds
    # reports 1 and 2, the text after report 3
    placed = run_expense_owners(cell, ["0.00", "2,500.00", "9,000.00"], 3)
    assert placed is not None and placed[1] == [1]
    # every report spent: the lines may as well be report 1's, the text after them reports 2 and 3's
    assert run_expense_owners(cell, ["100.00", "2,500.00", "9,000.00"], 3) is None
    # the lines at the cell's end: no description after them bounds them
    assert run_expense_owners(f"จัดเตรียมข้อมูล อยู่ระหว่างการเตรียม ดำเนินการอบรม {_LINES}",
                              ["0.00", "2,500.00", "9,000.00"], 3) is None


_TABLE = (
    "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ ครั้งที่ ๑ ครั้งที่",
    "๒ ครั้งที่ ๓ วันที่รายงาน ๑๒ ม.ค. ๒๕๖๕ ๒๐ ก.พ. ๒๕๖๕ ๓/๓/๒๕๖๕",
    "รายละเอียดการดำเนินงาน จัดเตรียมข้อมูล/จัดทำโครงการ",
    "อยู่ระหว่างการเตรียมการอบรมเชิงปฏิบัติการ",
    "ค่าอาหารกลางวัน จำนวน ๕ คนๆ ละ ๒๐๐.๐๐ บาท เป็นเงิน ๑,๕๐๐.๐๐ บาท",
    "ค่าจัดทำเอกสาร จำนวน ๕ เล่มๆ ละ ๑๒๐.๐๐ บาท เป็นเงิน ๖๐๐.๐๐ บาท",
    "ดำเนินการอบรมเชิงปฏิบัติการ ตามแผนการดำเนินงาน",
    "ความก้าวหน้าของงานฯ ๑๕ ๒๕ ๕๐ งบประมาณที่เบิกใช้ 0.00 บาท ๒,๕๐๐.๐๐",
    "บาท ๙,๐๐๐.๐๐ บาท ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน",
    "เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย",
    "เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def test_the_lines_and_the_descriptions_of_a_run_on_table_are_placed():
    out, _ = untranspose_with_doubts([Line(no, t) for no, t in enumerate(_TABLE, start=60)])
    got = {" ".join(k.split()): " ".join(v) for k, v in entries_by_header(out).items()}  # (a header wrapped)
    assert "จัดเตรียมข้อมูล" in got["รายงานครั้งที่ ๑"] and "ค่า" not in got["รายงานครั้งที่ ๑"]
    second = got["รายงานครั้งที่ ๒"]
    assert "อยู่ระหว่างการเตรียมการอบรม" in second and "ค่าอาหารกลางวัน" in second and "ค่าจัดทำเอกสาร" in second
    assert "ดำเนินการอบรม" in got["รายงานครั้งที่ ๓"] and "ค่า" not in got["รายงานครั้งที่ ๓"]
