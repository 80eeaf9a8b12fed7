"""Classes of layout and OCR damage fresh sets s133o-s137o showed, each
read before with wrong values and nothing naming them:

- an OBEC quarter's budget rows printed in Arabic digits, one of them
  misread past the confusion table ("15,290" for 15,390) so the rows fell
  short of the summary's total: the rare readings took another row's
  Arabic 5 for the ๖ OCR writes so in a Thai figure ("8,585" read as
  8,685), the one way the sums held, so the right row was repaired and the
  wrong one stood, named by nothing; where such a repair reads an Arabic
  digit as a Thai one, the other rows' amounts are said to be in doubt
  (parsers.obec_progress.quarter_joint._rare_rivals);
- a proposal's action plan whose later steps' numbers OCR lost, their
  words run into the step before with a line of the chart's marks between
  ("๐  ๕|"): the step's text was said to be in doubt, but not that a step
  may be lost, so the lost rows were named by nothing; the chart marks a
  row beside its first line, so the issue names the table
  (parsers.bma_proposal.steps._marks_inside);
- a BMA progress form printed three times, the second copy's code misread
  ("๐๕๐0๐๐0๐" for 09000000) and its budget and report entries read apart
  from the first copy's: it was read as a sibling project of its own, the
  project's copies counted two, though the third copy, its code read as
  the first's, prints the second's body; a later copy of the project that
  agrees with both vouches for it (pipeline.vote._vouched_later);
- an OBEC main activity whose name ends with its project's name's words,
  the page wrapping the last of them apart after a gap ("... ๑ อำเภอ ๑" /
  gap / "โรงเรียนคุณภาพ"), no other round printing the name: the rest was
  read as its progress, nothing said; where the project's name goes on
  with the progress's opening words, the name is read whole
  (parsers.obec_progress.texts.names_cut, evidence title);
- a proposal's budget row whose unit amount OCR read with its comma and
  dot lost ("18000  72,000."), both figures' satang wrapped onto a line of
  their own ("00   00"): the amount alone wanted satang, so the line stood
  as a row of another shape, taking an expense line's number, and the
  lines under it were numbered one on, silently; a unit amount of digits
  alone takes the first of two cells
  (parsers.bma_proposal.budget._satang_wrapped);
- a BMA report date whose month ก.ค. OCR's English model wrote "1.8."
  (its ก a 1, its ค an 8): an 8 was taken for ย or ธ alone, so the month
  read ก.ย. and the date order repaired a July date to September; an 8
  may be a ค too (normalizers.confusions._LATIN_MONTH_LETTERS), so both
  months stand in order and nothing is chosen;
- a proposal's target groups whose second number OCR read as two tokens
  ("3 27 ด้านคุณภาพ" for 3.2, its dot a space and a 7): the quality group
  ran into the quantity group's text and its row was lost, named by
  nothing; one or two short tokens of no Thai word before a label are the
  group's damaged number (parsers.bma_proposal.targets)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from parsers.bma_progress.repairs import repair_dates
from parsers.bma_proposal.steps import read_steps
from parsers.bma_proposal.targets import read_targets
from parsers.obec_progress.quarter_joint import repair_quarter_rows
from parsers.obec_progress.rows import quarter_rows, summary_printed
from parsers.obec_progress.texts import names_cut
from pipeline.stages import process_document
from schemas.document import CopyReading, Reading
from tests.lines import numbered_lines
from tests.test_obec_quarter_arabic_reads import NOT_AS_PLANNED
from tests.test_obec_quarter_joint import _row, _summary_of
from tests.test_prop_budget_satang_wrapped import _read as read_budget
from tests.test_prop_copies_grouped import NAME, _form


def test_a_sum_held_through_an_arabic_digit_read_as_thai_leaves_the_other_rows_in_doubt():
    # disbursed 2,000 + 1,500 + 3,000 = 6,500, the third printed "2,900" (Arabic, misread past the table): the
    # sums hold only with the second's 5 read as ๖ (1,600), repaired so; the third, kept, is said
    budgets = {("in_progress", 1, 2): _row(("5000", "5,000"), ("2000", "2,000"), NOT_AS_PLANNED, 10),
               ("in_progress", 2, 2): _row(("4000", "4,000"), ("1500", "1,500"), NOT_AS_PLANNED, 20),
               ("in_progress", 3, 2): _row(("6000", "6,000"), ("2900", "2,900"), NOT_AS_PLANNED, 30)}
    summary = _summary_of("15,000.00", "6,500.00", "8,500.00", "43.33")
    issues = repair_quarter_rows(summary, summary_printed(summary), quarter_rows(summary, budgets), "46789", {})
    assert budgets[("in_progress", 2, 2)]["disbursed"].value == Decimal("1600.00")  # (the repair, rare, stands)
    said = sorted((i.code, i.field, i.line_start) for i in issues)
    # before: the repair alone
    assert said == [("summary_total_mismatch", "quarterly_budgets.disbursed", 12),
                    ("summary_total_mismatch", "quarterly_budgets.disbursed", 32),
                    ("value_repaired", "quarterly_budgets.disbursed", 22)]
    # a rare misread of a Thai digit (๗ read ๑) supposes nothing of the page's digits: the other rows stand
    budgets = {("in_progress", 1, 2): _row(("5000", "5,000"), ("2000", "2,000"), NOT_AS_PLANNED, 10),
               ("in_progress", 2, 2): _row(("1000", "๑,000"), ("4000", "4,000"), NOT_AS_PLANNED, 20),
               ("in_progress", 3, 2): _row(("3000", "3,000"), ("1000", "1,000"), NOT_AS_PLANNED, 30)}
    summary = _summary_of("15,000.00", "7,000.00", "8,000.00", "46.67")
    issues = repair_quarter_rows(summary, summary_printed(summary), quarter_rows(summary, budgets), "46789", {})
    assert [i.code for i in issues] == ["value_repaired"]


def _steps(*texts: str) -> CopyReading:
    out = CopyReading(0, 1, 200)
    assert read_steps(numbered_lines(*texts, start=90), out, "")
    return out


def test_a_line_of_marks_inside_a_step_says_a_step_may_be_lost():
    # steps 6 and 7 of the plan lost their numbers; their words run into step 5 after a line of marks
    out = _steps("1. ขออนุมัติโครงการ", "2. แต่งตั้งคณะกรรมการ", "3. จัดสรรงบประมาณ", "4. โรงเรียนรายงาน",
                 "5. จัดอบรม", "เชิงปฏิบัติการ", "", "๐           ๕|", "นำเสนอเป็น", "ภาษาอังกฤษ", "", "ติดตาม การ",
                 "ดำเนินงาน")
    assert sorted(out.tables["activities"]) == [1, 2, 3, 4, 5]
    said = [(i.code, i.field) for i in out.issues if i.line_start is not None and i.line_start >= 94]
    # before: on activities.text only, so the rows lost were named by nothing
    assert ("unread_cells", "activities") in said


def test_a_copy_whose_code_and_body_ocr_read_apart_joins_its_project_where_a_later_copy_prints_its_body():
    clean = _form(NAME, "สังกัดสำนักงานเขตคลองสามวา", "รหัสโครงการ : 50400000-3863")
    # the first copy's budget misread past the confusion table, its coordinator's name garbled
    first = clean.replace("13,500 บาท", "46,000 บาท").replace("นางสาววิไลวรรณ ศรีวงศ์", "นายสมศักดิ์ ทองดี")
    second = (_form(NAME, "สังกัดสำนักงานเขตคลองสามวา", "รหัสโครงการ : 50400000-3868")  # 3 read as 8
              .replace("5,200 บาท", "41,400 บาท")
              .replace("25/10/2565 : จัดทำโครงการเพื่อขออนุมัติ", "14/11/2565 : ประชุมคณะทำงานวางแผนการนิเทศ"))
    rows = process_document("x.txt", (first + second + clean).encode("utf-8"))
    # before: the second copy a project of its own (copies_in_doubt on its name and code), the first two copies
    [project] = rows["projects"]
    assert project["n_copies"] == 3 and project["project_code"] == "50400000-3863"
    # without the third copy the second stays a sibling, said
    rows = process_document("x.txt", (first + second).encode("utf-8"))
    assert len(rows["projects"]) == 2
    assert {i["field"] for i in rows["issues"] if i["code"] == "copies_in_doubt"} == {"projects.name",
                                                                                      "projects.project_code"}
    # nor does a third copy vouch whose body parts from the project's first copy (a copy of the sibling)
    sibling_copy = second.replace("50400000-3868", "50400000-3863")
    rows = process_document("x.txt", (first + second + sibling_copy).encode("utf-8"))
    assert len(rows["projects"]) == 2


TITLE = "โครงการขับเคลื่อนโรงเรียนคุณภาพ ๑ อำเภอ ๑ โรงเรียนคุณภาพ"


def _activity(text: str, progress: str) -> dict:
    return {"projects": [{"project_key": "p", "name": TITLE}],
            "activities": [{"project_key": "p", "quarter": 1, "seq": 1, "text": text, "progress": progress,
                            "line_start": 104, "line_end": 111}]}


def test_an_activity_name_cut_where_its_project_name_goes_on_is_read_whole():
    tables = _activity("ประชุมเชิงปฏิบัติการขับเคลื่อนโรงเรียนคุณภาพ ๑ อำเภอ ๑",
                       "โรงเรียนคุณภาพ ดำเนินการครบทุกโรงเรียนตามแผนที่กำหนด")
    (issue,) = names_cut(tables)
    row = tables["activities"][0]
    assert row["text"] == "ประชุมเชิงปฏิบัติการขับเคลื่อนโรงเรียนคุณภาพ ๑ อำเภอ ๑ โรงเรียนคุณภาพ"
    assert row["progress"] == "ดำเนินการครบทุกโรงเรียนตามแผนที่กำหนด"
    assert (issue.code, issue.field, json.loads(issue.evidence)["title"]) == ("value_repaired", "activities.text", True)
    # a progress that does not go on as the project's name is kept; nor is a name that does not end as it
    assert names_cut(_activity("ประชุมเชิงปฏิบัติการขับเคลื่อนโรงเรียนคุณภาพ ๑ อำเภอ ๑",
                               "ดำเนินการครบทุกโรงเรียนตามแผนที่กำหนด")) == []
    assert names_cut(_activity("ประชุมเชิงปฏิบัติการ", "โรงเรียนคุณภาพ ดำเนินการครบ")) == []
    # a cut inside a word of the progress is none
    assert names_cut(_activity("ประชุมเชิงปฏิบัติการขับเคลื่อนโรงเรียนคุณภาพ ๑ อำเภอ ๑",
                               "โรงเรียนคุณภาพดีดำเนินการครบ")) == []


def test_satang_under_a_unit_amount_whose_dot_ocr_lost_end_it():
    found, unread = read_budget(each1="18000", amount1="72,000.", tail1="00\t00")
    # before: the "00  00" line a row of another shape (unread), the rows after numbered one on
    assert found[0][3:5] == ("18000.00", "72,000.00") and unread == []
    # one cell: the amount's alone
    found, unread = read_budget(each1="18000", amount1="72,000.", tail1="00")
    assert found[0][3:5] == ("18000", "72,000.00") and unread == []


def test_a_last_report_whose_month_ocr_wrote_1_8_is_not_chosen():
    # reports of April, May and June, the last printed "2 1.8. 66" (2 ก.ค. 66): July and September both stand in
    # order inside the fiscal year 2566
    project = {"fiscal_year_be": Reading(2566, "2566", 3, 3)}
    reports = {1: {"report_date": Reading(date(2023, 4, 16), "x", 10, 10)},
               2: {"report_date": Reading(date(2023, 5, 14), "x", 20, 20)},
               3: {"report_date": Reading(date(2023, 6, 2), "x", 30, 30)},
               4: {"report_date_printed": Reading(None, "2 1.8. 66", 40, 40)}}
    issues = repair_dates(project, reports, "K")
    # before: read as 2023-09-02 (ก.ย.), the truth 2023-07-02 (ก.ค.)
    assert reports[4].get("report_date") is None or reports[4]["report_date"].value is None
    assert not [i for i in issues if i.code == "value_repaired" and i.line_start == 40]


def test_a_target_group_whose_number_ocr_read_as_two_tokens_opens_by_its_label():
    lines = numbered_lines("3.1 ด้านปริมาณ", "ครูผู้สอนในโรงเรียนสังกัดสำนักงานเขตพระนคร จำนวน ๑๓๒ คน", "นักเรียน",
                           "3 27 ด้านคุณภาพ", "นักเรียนสามารถนำความรู้และทักษะที่ได้รับไปประยุกต์ใช้", start=305)
    groups, _, _ = read_targets(lines)
    # before: one group, the quality group's label and text run into the quantity group's
    assert [(kind, start, end) for kind, _, start, end in groups] == [("quantity", 305, 307), ("quality", 308, 309)]
