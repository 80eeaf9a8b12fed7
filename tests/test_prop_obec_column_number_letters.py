"""An OBEC list whose item numbers OCR read as a column of their own, one
of them as Thai letters ("๑." / "ไต." for ๒. over the texts: fresh set s33o,
obec_progress_s33o002, five times) or with a stray vowel before its digit
("9." / "า๒.": s31z, obec_progress_s31z003).  A number alone was told by
having no Thai letter, so the column held its first number alone: the
list read as item 1 holding every text, the others lost (said only as a
list of one item).  Now a token of one Thai letter, or a digit's token after
a stray leading vowel (เ แ โ ใ ไ า), alone on its line with its mark, is a
number alone too: the column pairs with the texts by the sequence, the
number that reads as none of its place paired by its place and said
(items_cut_in_doubt), and no longer said to hold item 1 alone.  A word of
two letters or more ("สพป.") is none."""
import json

from parsers.obec_progress.lists import numbers_stand_apart
from schemas.document import Line
from tests.test_obec_ocr import project, report, run

RESULT = "ได้ดำเนินการครบตามแผนที่กำหนด\n"
FIRST = "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว"
SECOND = "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน"


def results(first: str, second: str) -> tuple[list[str], list[str]]:
    text = project(1, "๒๕๖๗").replace(RESULT, f"{first}\n{second}\n\n{FIRST}\n\n{SECOND}\n")
    rows = run(report(projects=[text, project(2, "๒๕๖๗")]))
    key = rows["projects"][0]["project_key"]
    said = [i["code"] for i in rows["issues"] if i["field"] == "findings" and i["project_key"] == key]
    return [f["text"] for f in rows["findings"] if f["kind"] == "result" and f["project_key"] == key], said


def test_a_column_number_read_as_thai_letters_pairs_by_its_place_and_is_said():
    texts, said = results("๑.", "ไต.")
    assert texts == [FIRST, SECOND]
    assert "items_cut_in_doubt" in said
    # read as two items, the list does not hold item 1 alone: no row is said lost (missing_row, rounds.lost)
    assert "missing_row" not in said


def test_a_column_number_after_a_stray_vowel_is_a_number():
    texts, _ = results("๑.", "า๒.")
    assert texts == [FIRST, SECOND]


def test_a_word_alone_is_no_number():
    assert numbers_stand_apart([Line(1, "ไต."), Line(2, "ข้อความ")])
    assert numbers_stand_apart([Line(1, "า๒."), Line(2, "ข้อความ")])
    assert not numbers_stand_apart([Line(1, "สพป."), Line(2, "ข้อความ")])
    assert not numbers_stand_apart([Line(1, "ไตร."), Line(2, "ข้อความ")])
