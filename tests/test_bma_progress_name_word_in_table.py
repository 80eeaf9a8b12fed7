"""BMA progress form, a report table's cell that reads like the project name's label: "โครงการ กิจกรรมที่ 2
ภาวะผู้นำ" (a description's wrap, the words "โครงการ" and "กิจกรรมที่ ๒" of two cells side by side) matched
"ชื่อโครงการ/กิจกรรม" fuzzily inside the report section, and the name seen again started a new copy there: the
table's later reports became a fake project of their own, the project lost them.  A restart label read only
fuzzily inside the opaque report section now starts the form again only where the form's head goes on after it
(the project code's label within a few lines: FormSpec.restart_followed, reader._head_follows); a damaged name
label with its code under it still starts the next form."""

from parsers.bma_progress.fields import FORM
from parsers.reader import scan, split_copies
from tests.lines import numbered_lines

HEAD = ["ชื่อโครงการ/กิจกรรม : เสริมสร้างภาวะผู้นำทางวิชาการของผู้บริหารสถานศึกษา",
        "รหัสโครงการ : 09000000-8767    ปีงบประมาณ พ.ศ. : 2561",
        "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ",
        "รายการ      ครั้งที่1 ครั้งที่2 ครั้งที่ 3           ครั้งที่ 4",
        "รายละเอียด จัดเตรียม อยู่ระหว่าง 1) ขอรายชื่อผู้รวม อยู่ระหว่างการ"]
TABLE = ["โครงการ กิจกรรมที่ 2        ภาวะผู้นำ", "", "และกิจกรรมที่ 5       ทางวิชาการ", "3) จัดทำคำสั่ง",
         "คณะกรรมการ", "และเจ้าหน้าที่", "ดำเนินโครงการ", "ครั้งที่ 5", "24 พฤษภาคม 2561", "อยู่ระหว่างขั้นตอน",
         "พิจารณา", "เกณฑ์"]


def _copies(*lines: str):
    return split_copies(scan(numbered_lines(*lines), FORM), FORM)


def test_a_table_cell_like_the_name_label_opens_no_copy():
    copies = _copies(*HEAD, *TABLE)
    assert len(copies) == 1
    assert not any(ev.kind == "field" and ev.key == "name" and ev.line > 1 for ev in copies[0].events)


def test_a_damaged_name_label_with_the_code_under_it_starts_the_next_form():
    copies = _copies(*HEAD, *TABLE, "โครงการ กิจกรรม : พัฒนาการเรียนรู้", "",
                     "รหัสโครงการ : 09000000-8768    ปีงบประมาณ พ.ศ. : 2561", *HEAD[2:])
    assert len(copies) == 2
    assert [ev.text for ev in copies[1].events if ev.kind == "field" and ev.key == "name"] == ["พัฒนาการเรียนรู้"]
