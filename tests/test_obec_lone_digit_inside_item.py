"""An OBEC list that reads no number at all, its one item read over a line of one digit alone between two of its
lines ("กำคู่มือ..." / "a" / "1" / "มีการวางแผน...": fresh set s92o, obec_progress_s92o004, the suggestions' "๑)"
lost with the first words and the second's "๒)" read apart as "1").  The digit is the next item's number OCR read
apart, that item's text run into the one read: before, only a list that read a number somewhere was said so, and
the second suggestion's row was missing with no issue naming its table.  Now rounds.specks_inside takes such a line
too (items_cut_in_doubt, field findings); a speck of letters alone says nothing."""

from tests.test_obec_ocr import project, report, run

_SUGGESTIONS = ("ข้อเสนอแนะ\nควรจัดทำคู่มือการปฏิบัติงานให้กับเจ้าหน้าที่ผู้ปฏิบัติงาน\n{debris}\n"
                "มีการวางแผนในการดำเนินกิจกรรมในไตรมาสให้ชัดเจน\n")


def _doubts(debris: str) -> list[dict]:
    text = report(projects=[project(1, "๒๕๖๗") + _SUGGESTIONS.format(debris=debris), project(2, "๒๕๖๗")])
    rows = run(text)
    return [i for i in rows["issues"] if i["code"] == "items_cut_in_doubt" and i["field"] == "findings"]


def test_a_lone_digit_inside_an_unnumbered_item_is_said():
    said = _doubts("a\n1")
    assert len(said) == 1 and "figure alone" in said[0]["message"]


def test_letters_alone_say_nothing():
    assert not _doubts("a\nvy")
