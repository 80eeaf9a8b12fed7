"""A value's tail OCR set apart from it: a person's phone wrapped under the
name and read as a speck, and a list's bare number set apart from its text
by a cell's gap after a first item whose number OCR lost."""

from __future__ import annotations

from parsers.items import numbered_items
from tests.lines import numbered_lines as _lines


def _read(text: str):
    from parsers.bma_progress import read_copies
    return read_copies(_lines(*text.splitlines()))[0]


HEADER = """ชื่อโครงการ/กิจกรรม : พัฒนาศักยภาพครู
รหัสโครงการ : 09000000-3863
ชื่อผู้รับผิดชอบ : นางสาววรรณา บุญมา โทร ๕๕๔๑ ผู้ประสานงาน สยป : นายธนพล บุญประเสริฐ
{under}
1.3 หลักการและเหตุผล การพัฒนาคุณภาพการศึกษาเป็นภารกิจหลัก
"""


def test_a_phone_wrapped_under_the_name_and_read_as_a_speck_is_said():
    # fresh set s121o, bma_progress_s121o010: "ส๓๒" for ๙๙๓๒ under the coordinator's name, set aside as a speck:
    # the phone was lost with no issue naming it
    copy = _read(HEADER.format(under="\nส๓๒ "))
    project = copy.tables["project"][0]
    assert project["coordinator_name"].value == "นายธนพล บุญประเสริฐ" and "coordinator_phone" not in project
    (issue,) = [i for i in copy.issues if i.code == "unparsed_value"]
    assert issue.field == "projects.coordinator_phone" and "'ส๓๒'" in issue.message
    assert (issue.line_start, issue.line_end) == (3, 5)


def test_a_speck_with_no_digit_or_a_phone_read_or_a_text_line_between_is_not_said():
    for under in ("\nsw ", "", "ปีงบประมาณ พ.ศ. : 2564\nส๓๒ "):
        copy = _read(HEADER.format(under=under))
        assert not [i for i in copy.issues if i.code == "unparsed_value"], under
    # a phone read after the name: the speck under it is no phone
    copy = _read(HEADER.format(under="").replace("บุญประเสริฐ", "บุญประเสริฐ โทร ๑๒๓๔\nส๓๒"))
    assert copy.tables["project"][0]["coordinator_phone"].value == "1234"
    assert not [i for i in copy.issues if i.code == "unparsed_value"]


def test_a_bare_number_set_apart_by_a_cells_gap_opens_item_2_after_a_lead_that_lost_its_number():
    # fresh set s121p, obec_progress_s121p001: "2\tักเรียนในสังกัด..." under a first target whose "1." OCR lost:
    # the second target ran into the first, a row lost with no issue naming it
    lines = _lines("บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน 9 คน", ". เข้าร่วมการประชุมเชิงปฏิบัติการ",
                   "2\tักเรียนในสังกัด จำนวน 9 คน ได้เข้าร่วมกิจกรรมตามโครงการ")
    items, lead = numbered_items(lines)
    assert [it.number for it in items] == [(1,), (2,)] and lead == []
    # a figure that wraps a sentence, one space after it: no item
    items, lead = numbered_items(_lines("ครูและบุคลากรทางการศึกษาเข้าร่วมอบรม จำนวน", "2 คน ตามแผนที่กำหนดไว้"))
    assert items == []
