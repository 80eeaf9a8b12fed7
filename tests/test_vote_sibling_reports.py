"""Two OBEC reports of one province's area offices filed as one file: the
offices' names apart only by the area's number ('... สกลนคร เขต 3', '... เขต 2':
names that agree allowing OCR slips, no code on either), each listing its own
projects and quarterly budgets.  Two reports, the doubt said; a copy that
lists the same projects and budgets (its area's digit misread) is a copy
(pipeline.vote.group_copies, _sibling_project, _list_tally)."""

from __future__ import annotations

from decimal import Decimal

from pipeline.vote import group_copies
from schemas.document import CopyReading, Reading

OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสกลนคร เขต {}"


def _r(value, line: int) -> Reading:
    return Reading(value, str(value), line, line)


def _report(index: int, start: int, area: str, titles: list[str], planned: list[str]) -> CopyReading:
    office = OFFICE.format(area)
    projects = {("in_progress", k): {"name": _r(t, start + k), "plan_status": _r("in_progress", start + k)}
                for k, t in enumerate(titles, start=1)}
    budgets = {("in_progress", k, 0, "budget", 1): {"planned": _r(Decimal(p), start + 20 + k)}
               for k, p in enumerate(planned, start=1)}
    return CopyReading(index, start, start + 99, tables={"summary": {0: {"office": _r(office, start)}},
                                                         "project": projects, "quarterly_budgets": budgets},
                       identity=(None, office))


TITLES = ["โครงการรับนักเรียน ประจำปีการศึกษา 2567", "โครงการโรงเรียนสีเขียว (School Green)",
          "โครงการยกระดับผลสัมฤทธิ์ทางการเรียนของนักเรียน"]
OTHER = ["โครงการส่งเสริมการจัดการเรียนรู้เชิงรุก", "โครงการรักษาภาษาส่งเสริมการอ่านเพื่อการเรียนรู้ตลอดชีวิต",
         "โครงการป้องกันและแก้ไขปัญหายาเสพติดในสถานศึกษา"]


def test_two_area_offices_reports_listing_their_own_projects_are_two_and_said():
    first = _report(0, 1, "3", TITLES, ["29900.00", "14300.00", "5000.00"])
    second = _report(1, 101, "2", OTHER, ["20750.00", "8600.00", "12000.00"])
    groups = group_copies([first, second])
    assert [[c.index for c in g] for g in groups] == [[0], [1]]
    doubt = [i for i in second.issues if i.code == "copies_in_doubt"]
    assert {i.field for i in doubt} == {"projects.name", "projects.project_code"}
    assert all("names read apart" in i.message for i in doubt)
    assert not first.issues


def test_a_report_printed_again_its_area_digit_misread_is_a_copy():
    # the same projects and budgets (a title cut short, an amount's digit misread as OCR does): one report
    first = _report(0, 1, "3", TITLES, ["29900.00", "14300.00", "5000.00"])
    again = _report(1, 101, "2", [TITLES[0], TITLES[1][:20], TITLES[2]], ["29900.00", "14800.00", "5000.00"])
    groups = group_copies([first, again])
    assert [[c.index for c in g] for g in groups] == [[0, 1]]
    assert not again.issues
