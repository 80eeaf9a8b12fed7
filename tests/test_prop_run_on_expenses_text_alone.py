"""BMA progress entries as a table run on in a paragraph whose disbursement
row does not part into one amount a report ("งบประมาณที่เบิกใช้ ๒๓,๕๐๐ Bo":
the second amount, ฿0, OCR read as letters): no sum could place the
expense lines, so the reader gave them, and both reports' descriptions, to
no report (fresh sets s70o010, s71o010: two reports a band, "one_line";
s73o004: four, "Bo BO ๕๒1,๒๐0 Bo", one amount unread).

Where the row parts but leaves an amount unread (_run_partly_signed), the
reports read as spending nothing list no line and the unread one may be
any, as where every amount is read but no sum fits (run_expense_owners).
Where it does not part at all:

a report's expense lines follow its own description, and every report has
one: n - 1 groups of lines, each with a description before it and another
after it, leave one way, group j report j's, the last report listing none.
The lines and the text around them are so placed, and said
(entry_cell_in_doubt on the expenses).  Fewer groups, or a group at the
cell's end (its report's words after it may be lost, or it may be the last
report's), leave several ways, and nothing is placed.
"""

from parsers.bma_progress.transposed import run_expense_owners, untranspose_with_doubts
from schemas.document import Line
from tests.conftest import entries_by_header

_BAND = (
    "รายงานครั้งที่ ๓ รายงานครั้งที่ 4 วันที่รายงาน ๑๕/๕/๖๑ ๒๑ มิ.ย. ๖๑",
    "รายละเอียดการดำเนินงาน ผลการดำเนินงานในเดือนนี้ ๑.",
    "ได้ดำเนินการประชุมเชิงปฏิบัติการการจัดทำรายงานการประเมินตนเอง ไปแล้ว ๒.",
    "อยู่ระหว่างการรวบรวมเอกสารประกอบการเบิกจ่าย ค่าจ้างเหมาจัดทำเอกสาร =",
    "฿7,300 ค่าอาหารฯ = ฿16,500 ได้ดำเนินการประชุมเชิงปฏิบัติการการจัดทำ",
    "รายงานการประเมินตนเอง ไปแล้วเมื่อวันที่ 12 พฤษภาคม 2561",
    "ความก้าวหน้าของงานฯ ๕๑.๐% ๖๕.๕% งบประมาณที่เบิกใช้ ๒๓,๕๐๐ Bo",
    "ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def _placed(band: tuple[str, ...]) -> tuple[str, str, list[str]]:
    out, issues = untranspose_with_doubts([Line(no, t) for no, t in enumerate(band, start=55)])
    got = entries_by_header(out)
    said = [i.message for i in issues if i.code == "entry_cell_in_doubt" and i.field == "expenses"]
    return " ".join(got["รายงานครั้งที่ ๓"]), " ".join(got["รายงานครั้งที่ 4"]), said


def test_lines_go_to_the_report_that_spent_where_the_other_spent_nothing():
    # "๒๓,๕๐๐ Bo": report 4 spent nothing (฿0), report 3's amount unread (its sign lost): no sum, but a report
    # that spent nothing lists no line
    third, fourth, said = _placed(_BAND)
    assert "ค่าจ้างเหมาจัดทำเอกสาร" in third and "ค่าอาหารฯ" in third and "ผลการดำเนินงาน" in third
    assert "ค่า" not in fourth and "ไปแล้วเมื่อวันที่ 12" in fourth
    assert said and "leaves report(s) ๓ unread" in said[0]


def test_lines_between_two_descriptions_are_the_first_reports():
    # one amount for two reports: the row gives no report its amount; the text alone places the lines
    band = tuple(t.replace("๒๓,๕๐๐ Bo", "๒๓,๘๐๐ บาท") for t in _BAND)
    third, fourth, said = _placed(band)
    assert "ค่าจ้างเหมาจัดทำเอกสาร" in third and "ค่าอาหารฯ" in third and "ผลการดำเนินงาน" in third
    assert "ค่า" not in fourth and "ไปแล้วเมื่อวันที่ 12" in fourth
    assert said and "between two reports' descriptions" in said[0]


_LINES = "ค่าวัสดุ = 13,500 บาท ค่าตอบแทนวิทยากร = 14,200 บาท"


def test_text_alone_places_only_where_one_way_is_left():
    placed = run_expense_owners(f"ดำเนินการ ติวเข้ม {_LINES} จัดกิจกรรมนิเทศ", None, 2)
    assert placed is not None and placed[1] == [0]
    # the lines at the cell's end: the last report's, or the first's with the last's words lost
    assert run_expense_owners(f"ดำเนินการ ติวเข้ม {_LINES}", None, 2) is None
    # three reports, one group between two texts: which text holds two reports' descriptions is not said
    assert run_expense_owners(f"ดำเนินการ {_LINES} ติวเข้ม", None, 3) is None
    # no description before the lines
    assert run_expense_owners(f"{_LINES} ติวเข้ม", None, 2) is None
