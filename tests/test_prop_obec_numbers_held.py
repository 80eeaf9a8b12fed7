"""An OBEC list whose numbers OCR read apart from its texts, one of them alone among the texts and the next
opening its line damaged ("เรียนได้รับ...ศตวรรษที่" / "9." / "lo. ครูผู้สอน..." for ๑. and ๒.): no rule pairs
them, so the list reads as one item with the numbers inside its text, and the second row is lost; nothing said
so (set s43o's obec_progress_s43o002, its outcome's second row silent: kind and seq).  A list whose item's
text holds such a line says it (lists.numbers_held; missing_row on the table); a speck ("Fe.", "iu)") or a
number before the list's own numbers from 1 ("a." over "๑. ...") is none."""

from __future__ import annotations

from parsers.obec_progress.lists import items_of, numbers_held
from schemas.document import Line
from tests.test_obec_ocr import report, run

FIRST = "ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ มีทักษะที่จำเป็นในศตวรรษที่"
SECOND = ("lo. ครูผู้สอนสามารถนำความรู้ที่ได้รับไปปรับใช้ในการจัดการเรียนการสอน", "ได้อย่างมีประสิทธิภาพ")


def _held(lines: list[Line]) -> list[str]:
    return numbers_held(lines, items_of(lines))


def test_a_number_alone_and_a_damaged_one_inside_one_item_are_held():
    lines = [Line(784, FIRST), Line(788, "9."), Line(791, SECOND[0]), Line(792, SECOND[1])]
    assert len(items_of(lines)) == 1  # (the list as read: one item)
    assert _held(lines) == ["9.", "lo."]


def test_specks_and_a_number_before_the_list_s_own_are_no_numbers_held():
    specks = [Line(1, FIRST), Line(2, "Fe."), Line(3, "มาปฏิบัติงานโดยบริสุทธิ ยุติธรรม โปร่งใส สามารถตรวจสอบได้")]
    assert _held(specks) == []
    before = [Line(1, "สพป.ทดสอบ เขต ๑ ได้ดำเนินการการสรรหาและเลือกสรรบุคคล"), Line(2, "a."),
              Line(3, "โดยกำหนดการดำเนินงานดังนี้"), Line(4, "๑. ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน"),
              Line(5, "๒. ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ได้")]
    assert _held(before) == []
    numbered = [Line(1, "๑. " + FIRST), Line(2, "๒. " + SECOND[0][4:])]
    assert _held(numbered) == []


def test_the_report_says_the_rows_that_ran_together():
    outcome = "ครูมีความรู้ความเข้าใจ\n"
    damaged = f"{FIRST}\n\n9.\n\n{SECOND[0]}\n{SECOND[1]}\n"
    text = report()
    assert outcome in text
    rows = run(text.replace(outcome, damaged, 1))
    said = [i for i in rows["issues"] if i["code"] == "missing_row" and i["field"] == "targets"
            and "9. lo." in i["message"]]
    assert len(said) == 1
    assert not [i for i in run(text)["issues"] if i["code"] == "missing_row"]
