"""A list whose items are numbered where they stand and whose last line is
an item number alone ("1. ได้ดำเนินการนิเทศ..." / "2. ได้เผยแพร่..." / a gap /
"ผู้เข้าร่วมกิจกรรม..." / a gap / "๐."): OCR read the last item's number past
its text, and that item ran into the one before it, the number at its end,
with no issue naming the list (shut set k, obec_progress_s21k002: a findings
row lost silently).  Now the list is said (items_cut_in_doubt on its
table); which item the number is, nothing pins ("๐" reads as no 3), so the
items stay as read."""
from tests.test_obec_ocr import project, report, run

RESULTS = ("ผลการดำเนินงาน\n"
           "1. ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๕๒ โรงเรียน\n"
           "\n"
           "2. ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน\n"
           "\n"
           "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการปฏิบัติงานได้\n"
           "\n"
           "{last}\n")


def doubts(last: str) -> list[str]:
    text = project(1, "๒๕๖๗").replace("ผลการดำเนินงาน\nได้ดำเนินการครบตามแผนที่กำหนด\n", RESULTS.format(last=last))
    rows = run(report(projects=[text, project(2, "๒๕๖๗")]))
    return [i["message"] for i in rows["issues"] if i["code"] == "items_cut_in_doubt" and i["field"] == "findings"]


def test_a_number_alone_after_items_numbered_where_they_stand_is_said():
    said = doubts("๐.")
    assert len(said) == 1 and "'๐.'" in said[0]


def test_a_list_without_such_a_number_is_not_said():
    assert doubts("") == []
    # text after the items, no number alone: nothing displaced
    assert doubts("ครบตามแผนที่กำหนด") == []
