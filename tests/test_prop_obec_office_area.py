"""An OBEC report's office whose area's word OCR misread in the printing the
summary reads ("...สกลนคร LUM 2" for เขต 2): the report's other printings of
its name give it."""

from __future__ import annotations

import json

from tests.test_obec_ocr import report, run

OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑"


def _printed_twice(first: str, second: str = OFFICE) -> str:
    text = report()
    assert text.startswith(OFFICE + "\n")
    head, rest = text[len(OFFICE) + 1:].split("\n", 1)
    return f"{first}\n{head}\n{second}\n{rest}"


def test_an_office_whose_area_word_ocr_misread_takes_its_other_printing():
    rows = run(_printed_twice("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ LUM ๑"))
    assert rows["report_summaries"][0]["agency"] == OFFICE
    assert {p["agency"] for p in rows["projects"]} == {OFFICE}
    (issue,) = [i for i in rows["issues"] if i["field"] == "report_summaries.agency"]
    assert issue["code"] == "value_repaired" and json.loads(issue["evidence"])["rule"] == "other_printings"


def test_other_printings_that_give_another_area_or_none_leave_the_office_as_read():
    garbled = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ LUM ๑"
    # another area's number: which is the office's is not for this rule to say
    rows = run(_printed_twice(garbled, OFFICE.replace("เขต ๑", "เขต ๒")))
    assert rows["report_summaries"][0]["agency"] == garbled
    # no other printing
    rows = run(report().replace(OFFICE, garbled, 1))
    assert rows["report_summaries"][0]["agency"] == garbled
    # the office as printed: nothing to repair
    rows = run(_printed_twice(OFFICE))
    assert rows["report_summaries"][0]["agency"] == OFFICE
    assert not [i for i in rows["issues"] if i["field"] == "report_summaries.agency"]
    # (what was left as read, its area's word misread, is said)
    rows = run(report().replace(OFFICE, garbled, 1))
    assert [i["code"] for i in rows["issues"] if i["field"] == "report_summaries.agency"] == ["unknown_words"]


# The office's area printed in Thai digits, its ๔ read ๕ (OCR writes no ๔), the projects' sentences printing the
# area again in Arabic digits, which OCR reads as printed ("สพป.ทดสอบ เขต 4", fresh set s96o)
AREA_4 = OFFICE.replace("เขต ๑", "เขต ๔")
ARABIC = "ได้ดำเนินการครบตามแผนที่กำหนด"


def _area_misread(arabic: tuple[str, ...]) -> str:
    text = report().replace(OFFICE, AREA_4.replace("๔", "๕"), 1)
    for n in arabic:
        text = text.replace(f"{ARABIC}\n", f"สพป.ทดสอบ เขต {n} {ARABIC.replace('ได้', 'ได้ ', 1)}\n", 1)
    return text


def test_an_area_number_printed_in_thai_takes_the_arabic_printings_of_the_area():
    rows = run(_area_misread(("4", "4")))
    assert rows["report_summaries"][0]["agency"] == AREA_4
    assert {p["agency"] for p in rows["projects"]} == {AREA_4}
    (issue,) = [i for i in rows["issues"] if i["field"] == "report_summaries.agency"]
    assert issue["code"] == "value_repaired" and json.loads(issue["evidence"])["rule"] == "area_printings"
    assert json.loads(issue["evidence"])["chosen"] == AREA_4


def test_arabic_printings_that_disagree_or_agree_with_the_thai_leave_the_area_as_read():
    misread = AREA_4.replace("๔", "๕")
    for arabic in (("4", "2"), ("5", "5"), ()):  # two areas named; the printed one; no Arabic printing
        rows = run(_area_misread(arabic))
        assert rows["report_summaries"][0]["agency"] == misread
        assert not [i for i in rows["issues"] if i["field"] == "report_summaries.agency"]
    # an Arabic area of which the printed Thai digit is no misread (OCR reads a printed ๒ as ๒): left as read
    rows = run(report().replace(OFFICE, OFFICE.replace("๑", "๒"), 1).replace(f"{ARABIC}\n", f"สพป.ทดสอบ เขต 7 "
                                                                                          f"{ARABIC}\n", 1))
    assert rows["report_summaries"][0]["agency"] == OFFICE.replace("๑", "๒")
