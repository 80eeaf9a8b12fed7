"""BMA progress entries as a table run on in a paragraph whose disbursement row
holds an amount whose thousands comma OCR read as a space ("๐.- UM ๕๓ ๐๐๐.- UM
๐. บาท" for ฿0 ฿43,000 ฿0: fresh set s71o, bma_progress 004; "๒ ๐๐๐.- UM
๓,๕๐๐.- UM", s68z 004).  The row was read from the amount's last group alone
("๐๐๐.- UM": nothing spent) and the figure before it was lost; the expense
lines among the descriptions, which the disbursements place, went to no
report, and the descriptions with them.  A figure of three digits at most with
no unit of its own, then one space and a group of three digits with the unit,
is one amount (as a budget clause's amount is read: clauses._SPACED_AMOUNT),
said (parsers.bma_progress.transposed._run_groups_joined)."""

from parsers.bma_progress.transposed import _run_groups_joined, untranspose_with_doubts
from schemas.document import Line
from tests.conftest import entries_by_header

_TABLE = (
    "งบประมาณ รายงานครั้งที่ ๑ รายงานครั้งที่ ๒ รายงานครั้งที่ ๓ วันที่รายงาน ๑๐/๐๑/๒๕๖๔",
    "๒๑/๐๓/๒๕๖๔ ๑๙/๐๙/๒๕๖๔ รายละเอียดการดำเนินงาน ประชุมผู้บริหารสถานศึกษาเพื่อ",
    "กำหนดวันจัดสัมมนา ยังไม่ได้ดำเนินกิจกรรมตามแผน เนื่องจากโรงเรียนมีภารกิจการทดสอบ",
    "ระดับชาติ (O-NET) ในช่วงเวลาเดียวกัน ค่าเช่ารถโดยสาร = ๑๘,๓๐๐.- บาท ค่าวัสดุ =",
    "๑๐,๕๐๐.- UM ค่าตอบแทนวิทยากร = ๑๔,๒๐๐.- UM เวียนแจ้งประชาสัมพันธ์เชิญชวนให้",
    "ข้าราชการครูและบุคลากรทางการศึกษาส่งผลงานเข้าร่วมกิจกรรม ความก้าวหน้าของงานฯ",
    "๒๐.๐๐ % ๔๕.๕๐ % ๖๐.๐๐ % งบประมาณที่เบิกใช้ ๐.- UM {amount}.- UM ๐. บาท",
    "ความสอดคล้องกับแผน เป็นไปตามแผน ไม่เป็นไปตามแผน เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def _read(amount: str):
    out, issues = untranspose_with_doubts([Line(no, t.format(amount=amount)) for no, t in enumerate(_TABLE, 60)])
    return entries_by_header(out), issues


def test_an_amount_whose_comma_was_read_as_a_space_is_one_amount():
    got, issues = _read("๔๓ ๐๐๐")
    second = " ".join(got["รายงานครั้งที่ ๒"])
    assert "งบประมาณที่เบิกใช้ = ๔๓,๐๐๐.-" in second  # (before: "๐๐๐.-", nothing spent)
    # the lines among the descriptions are the one spending report's, and each report has its description
    assert "ค่าเช่ารถโดยสาร" in second and "ค่าวัสดุ" in second and "ค่าตอบแทนวิทยากร" in second
    assert "ยังไม่ได้ดำเนินกิจกรรมตามแผน" in second
    assert not any("ค่า" in t for k in ("รายงานครั้งที่ ๑", "รายงานครั้งที่ ๓") for t in got[k])
    assert "เวียนแจ้งประชาสัมพันธ์" in " ".join(got["รายงานครั้งที่ ๓"])
    said = [i for i in issues if i.field == "progress_reports.disbursed" and "space" in i.message]
    assert said and said[0].line_start == 66 and "๔๓ ๐๐๐" in said[0].evidence


def test_the_same_row_with_its_comma_printed_reads_so_and_says_nothing():
    got, issues = _read("๔๓,๐๐๐")
    assert "งบประมาณที่เบิกใช้ = ๔๓,๐๐๐.-" in " ".join(got["รายงานครั้งที่ ๒"])
    assert not any("space" in i.message for i in issues if i.field == "progress_reports.disbursed")


def test_only_a_lone_figure_before_a_group_of_three_with_the_unit_is_joined():
    row = " ๐.- UM ๔๓ ๐๐๐.- UM ๐. บาท "
    assert _run_groups_joined(row, 0, len(row), 3) == (" ๐.- UM ๔๓,๐๐๐.- UM ๐. บาท ", [8])
    assert _run_groups_joined(" ๒ ๐๐๐.- UM ๓,๕๐๐.- UM", 0, 23, 2) == (" ๒,๐๐๐.- UM ๓,๕๐๐.- UM", [1])
    assert _run_groups_joined(" ๐ บาท ๐ บาท ๑๒,๑๓๐ บาท", 0, 24, 3) is None  # (nothing spaced)
    assert _run_groups_joined(" ๑๒ ๓๔ บาท ๐ บาท", 0, 16, 2) is None  # (no group of three after the space)
    # joined, the row gives fewer amounts than reports (the lone figure a cell whose unit OCR lost): left as read
    assert _run_groups_joined(" ๕๐๐ ๓๐๐ บาท", 0, 12, 2) is None
