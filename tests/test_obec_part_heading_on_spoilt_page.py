"""A part of an OBEC report round whose heading stood on a page OCR spoilt ("เป้าหมายเชิงผลลัพธ์ (Outcome)" lost
among lines of garbage between the output's item and the outcome's): the report's other rounds print the part, the
page stands after the parts that come before it in their order and before any that comes after, so the part opens
with the first line after the page (cut.recover_on_spoilt_pages, said label_inferred).  Before, the outcome's
items were read as more of the output's."""

from __future__ import annotations

from tests.test_obec_ocr import project, report, run
from tests.test_obec_title_over_spoilt_page import PAGE

FY = "๒๕๖๗"
OUTCOME = "เป้าหมายเชิงผลลัพธ์ (Outcome)\n"


def test_a_part_whose_heading_a_spoilt_page_took_opens_after_the_page():
    projects = [project(n, FY) for n in range(1, 5)]
    assert OUTCOME in projects[1]
    projects[1] = projects[1].replace(OUTCOME, "\n".join(PAGE) + "\n")
    rows = run(report(fy=FY, projects=projects))
    second = next(p["project_key"] for p in rows["projects"] if p["group_seq"] == 2)
    got = sorted((t["kind"], t["text"]) for t in rows["targets"] if t["project_key"] == second)
    assert got == [("indicator", "ร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ"), ("outcome", "ครูมีความรู้ความเข้าใจ"),
                   ("output", "ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา")]
    assert [i for i in rows["issues"] if i["code"] == "label_inferred" and i["field"] == "targets"
            and i["project_key"] == second and "spoilt" in i["message"]]
