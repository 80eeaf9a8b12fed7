"""An OBEC status group's header whose line's opening OCR lost, its number
and the first letters of "โครงการ" with it ("รงการที่ดำเนินการเสร็จสิ้นแล้ว
จำนวน 2 โครงการ โดยมีรายละเอียด": fresh set ob24a, obec_progress_ob24a002):
no group opened, so the group's projects were read as the summary's text
and lost whole (said only as project_unread).  Now a line that opens with
the status phrase from its second, third or fourth letter (read._CLIPPED_STATUS_RES),
with the group's count and no percentage, is the group's header; its
number is the group's place.  Without the count (a chart's legend) it is
none."""
from tests.test_obec_ocr import project, report, run

HEADER = "๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ โดยมีรายละเอียด ดังนี้\n"


def projects(header: str) -> list[tuple[str, int]]:
    text = report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗")])
    assert text.count(HEADER) == 1
    rows = run(text.replace(HEADER, header))
    return [(p["plan_status"], p["group_seq"]) for p in rows.get("projects", [])]


def test_a_group_header_whose_opening_ocr_lost_opens_its_group():
    assert projects(HEADER) == [("completed", 1), ("completed", 2)]
    assert projects("รงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ โดยมีรายละเอียด ดังนี้\n") == \
        [("completed", 1), ("completed", 2)]


def test_a_clipped_phrase_without_its_count_is_no_header():
    assert projects("รงการที่ดำเนินการเสร็จสิ้นแล้ว\n") == []
