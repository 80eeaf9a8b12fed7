"""An OBEC report whose year its mentions leave undecided (every printing
damaged alike: ๒๕๖๗ read "๒๕๒๓", 2567 or 2569) flags the year of every
project and budget row (_undecided_year, repair_ambiguous, none chosen).
Those issues stood at the lines of the summary's printed year, the head of
the report, which are no project's: a project read from the report's lists
alone (a not-started project's title) had its wrong or missing year named at
no line of its own row, so an analyst filtering that row's issues saw none
(s19obb006, s21k001, s24t003, s25v003, s26y001: "silent at the row").  Now
each project's copy of the doubt stands at that project's lines."""
from tests.test_obec_ocr import project, report, run

FY = "๒๕๒๓"  # ๒๕๖๗ with ๖ read as ๒ and ๗ as ๓: 2567 or 2569 (๙ read as ๓) alike


def _text() -> str:
    return report(fy=FY, projects=[project(n, FY) for n in (1, 2, 3)]) + (
        "๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๒ โครงการ ดังนี้\n"
        "๓.๑ โครงการพัฒนาครูในสังกัด\n๓.๒ โครงการส่งเสริมการอ่าน\n")


def test_every_project_s_year_in_doubt_is_named_at_its_own_lines():
    rows = run(_text())
    assert {p["fiscal_year_be"] for p in rows["projects"]} == {2523}  # the title's reading, kept in doubt
    listed = [p for p in rows["projects"] if p["plan_status"] == "not_started"]
    assert len(listed) == 2
    for p in rows["projects"]:
        for field in ("projects.fiscal_year_be", "projects.fiscal_year"):
            (issue,) = [i for i in rows["issues"] if i["code"] == "repair_ambiguous" and i["field"] == field
                        and i["project_key"] == p["project_key"]]
            assert "none is chosen" in issue["message"]
            # at the project's own lines (a not-started title's one line), not the report's head
            assert p["line_start"] <= issue["line_start"] and issue["line_end"] <= p["line_end"], (p, issue)


def test_the_summary_s_year_in_doubt_stays_at_its_printed_year():
    rows = run(_text())
    (issue,) = [i for i in rows["issues"] if i["code"] == "repair_ambiguous"
                and i["field"] == "report_summaries.fiscal_year_be"]
    assert issue["line_start"] == 2  # the title's year, where it is printed
