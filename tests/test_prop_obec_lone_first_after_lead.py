"""An OBEC list printed as a lead ("สพป... โดยกำหนดการดำเนินงานดังนี้",
unnumbered) and items of which only the first kept its number ("1 ได้เผยแพร่
..." / a gap / "สพป... ครบตามแผนที่กำหนด" / a gap / "ผู้เข้าร่วมกิจกรรม..."):
the items after it ran into item 1, and two rows were lost with no issue
naming them (fresh set ob24a, obec_progress_ob24a002, project 10's
results).  A list of item 1 alone was said (missing_row: the form prints a
single item without a number, so OCR lost the others) only with no text
before it; a lead that introduces the list ("... ดังนี้") is the list's own
first item, unnumbered, and is now looked past (lists.lone_first).  A list
whose items after the lead are numbered 1, 2, ... is not said."""
from tests.test_obec_ocr import project, report, run

RESULTS = ("ผลการดำเนินงาน\n"
           "สพป.ทดสอบ เขต ๑ ได้ดำเนินการพัฒนาคุณภาพการศึกษา โดยกำหนดการดำเนินงานดังนี้\n"
           "\n"
           "1 ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน\n"
           "\n"
           "{second}สพป.ทดสอบ เขต ๑ ได้ดำเนินการพัฒนาคุณภาพการศึกษา ครบตามแผนที่กำหนด\n")


def said(second: str) -> list[str]:
    text = project(1, "๒๕๖๗").replace("ผลการดำเนินงาน\nได้ดำเนินการครบตามแผนที่กำหนด\n",
                                      RESULTS.format(second=second))
    rows = run(report(projects=[text, project(2, "๒๕๖๗")]))
    return [i["message"] for i in rows["issues"] if i["code"] == "missing_row" and i["field"] == "findings"
            and "item 1 alone" in i["message"]]


def test_item_one_alone_after_a_lead_is_said():
    assert len(said("")) == 1


def test_items_numbered_after_a_lead_are_not_said():
    assert said("2. ") == []
