"""OBEC (s65z, issue 11): a page number whose page and count OCR both read
as look-alikes of digits ("หนา w/mo" for หน้า ๓/๓๐) is page furniture, no
part of the finding above it (lists.is_page_left); an item number with a
comma glued before its dot ("๒,.") opens its item (lists.strip_specks)."""

from __future__ import annotations

from parsers.obec_progress.lists import is_page_left, item_key, items_of, strip_specks
from schemas.document import Line
from tests.test_obec_ocr import project, report, run


def test_a_page_number_read_as_look_alikes_is_page_furniture():
    assert is_page_left("หนา w/mo") and is_page_left("หน้า lo/mo")
    # a word before a slash is no page's count
    assert not is_page_left("หนา ครู/ผอ") and not is_page_left("หน้าที่ ครู/ผอ.")


def test_a_page_number_read_as_look_alikes_is_no_part_of_the_suggestion_above_it():
    fy = "๒๕๖๗"
    one = project(1, fy)
    tail = "ได้ดำเนินการครบตามแผนที่กำหนด\n"
    assert one.endswith(tail)
    one += "ข้อเสนอแนะ\nวางแผนการดำเนินการล่วงหน้า\n\nหนา w/mo\n"
    rows = run(report(fy=fy, projects=[one, project(2, fy)]))
    key = rows["projects"][0]["project_key"]
    assert [f["text"] for f in rows["findings"] if f["project_key"] == key and f["kind"] == "suggestion"] == [
        "วางแผนการดำเนินการล่วงหน้า"]


def test_an_item_number_with_a_comma_read_before_its_dot_opens_an_item():
    assert strip_specks(Line(1, "๒,. ผู้เข้าร่วมกิจกรรม")).text == "๒. ผู้เข้าร่วมกิจกรรม"
    # an amount whose separator OCR doubled is no item number
    assert strip_specks(Line(1, "๑,.๐๕๐ บาท")).text == "๑,.๐๕๐ บาท"
    fy = "๒๕๖๗"
    one = project(1, fy)
    tail = "ได้ดำเนินการครบตามแผนที่กำหนด\n"
    items = ("๑. ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๓๙ โรงเรียน\n\n"
             "๒,. ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการปฏิบัติงานได้\n\n"
             "๓. ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์ของสำนักงาน\n")
    one = one[: -len(tail)] + items
    rows = run(report(fy=fy, projects=[one, project(2, fy)]))
    key = rows["projects"][0]["project_key"]
    assert [(f["seq"], f["text"]) for f in rows["findings"] if f["project_key"] == key and f["kind"] == "result"] == [
        (1, "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๓๙ โรงเรียน"),
        (2, "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการปฏิบัติงานได้"),
        (3, "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์ของสำนักงาน")]


def test_the_disbursed_percentage_is_read_after_a_label_one_letter_off():
    from parsers.obec_progress.summary import read_summary
    text = report().replace("คิดเป็นร้อยละ ๑๐๐.๐๐\n๑. โครงการ", "คิดเป็นร้อยละ 75.00\n๑. โครงการ")
    text = text.replace("จำนวนเงินงบประมาณที่เบิกจ่ายจริง", "จำนวนเงินงบประมาณี่เบิกจ่ายจริง")
    assert "งบประมาณี่เบิกจ่ายจริง ๑๐,๐๐๐.๐๐ บาท คิดเป็นร้อยละ 75.00" in text
    lines = [Line(i, t) for i, t in enumerate(text.splitlines()[:10], start=1)]
    got, _ = read_summary(lines)
    assert got["disbursed_pct"].value == 75.0


# a result list whose first two numbers OCR lost, the third read bare with its mark apart on the next line
_SEEN = "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการปฏิบัติงานได้"
_DEVELOPED = "สพป.กำแพงเพชร เขต 4 ได้ดำเนินการพัฒนาระบบการติดตาม ตรวจสอบ ประเมินผลและนิเทศการศึกษา ครบตามแผนที่กำหนด"
_SHARED = "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน"
_LOST = [Line(412, "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไป"), Line(413, "ปรับใช้ในการปฏิบัติงานได้"),
         Line(415, "สพป.กำแพงเพชร เขต 4 ได้ดำเนินการพัฒนาระบบการ"), Line(416, "ติดตาม ตรวจสอบ ประเมินผลและนิเทศการศึกษา"),
         Line(418, "ครบตามแผนที่กำหนด"), Line(420, "3 ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคม"),
         Line(421, ") ออนไลน์ของสำนักงาน")]


def test_a_run_on_item_whose_last_stretch_opens_with_its_own_bare_number_is_cut():
    # every item printed whole elsewhere: one printing reads the number's mark apart inside an item (")")
    own = frozenset({item_key(_SEEN), item_key(_DEVELOPED.replace("การติดตาม", "การ ) ติดตาม")), item_key(_SHARED)})
    tails: list[int] = []
    items = items_of(_LOST, None, own, own, tails)
    assert [(t, a, b) for t, a, b in items] == [
        ("ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไป ปรับใช้ในการปฏิบัติงานได้", 412, 413),
        ("สพป.กำแพงเพชร เขต 4 ได้ดำเนินการพัฒนาระบบการ ติดตาม ตรวจสอบ ประเมินผลและนิเทศการศึกษา ครบตามแผนที่กำหนด",
         415, 418),
        ("ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคม ออนไลน์ของสำนักงาน", 420, 421)]
    assert tails == [415, 420]  # (said: items_cut_in_doubt)
    # a bare number that is not the stretch's place is no item's: kept as read
    lost = [*_LOST[:5], Line(420, "5 ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคม"), _LOST[6]]
    assert len(items_of(lost, None, own, own, [])) == 1
