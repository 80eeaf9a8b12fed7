"""OBEC project titles whose numbers OCR damaged past the sequence's own
reading (fresh set s20h): a number read as two digits ("๑๕." for ๔) taken as
a gap in the sequence, and an unreadable number before a title whose first
word carries a stray vowel ("ซ ไโครงการ...")."""

from __future__ import annotations

import json

from tests.test_obec_ocr import project, repairs, report, run

FY = "๒๕๖๗"


def _unreadable_group_count(text: str) -> str:
    # the group header's count OCR could not read ("(od โครงการ)"): it bounds no title's number
    return text.replace("เสร็จสิ้นแล้ว จำนวน 3 โครงการ โดยมีรายละเอียด", "เสร็จสิ้นแล้ว จำนวน od โครงการ โดยมีรายละเอียด")


def _seqs(rows: dict) -> list[int]:
    return [p["group_seq"] for p in sorted(rows["projects"], key=lambda p: p["line_start"])]


def test_a_gap_in_the_titles_closed_by_the_next_title_is_the_number_misread():
    # 1, "25", 3: a section vouches for "25." (so it is a title), and the title after it reads 3, the number
    # right after the one expected at the gap: no titles were missed, the 25 is 2 misread
    projects = [project(n, FY) for n in (1, 2, 3)]
    projects[1] = projects[1].replace("2. โครงการ", "25. โครงการ", 1)
    rows = run(_unreadable_group_count(report(projects=projects)))
    assert _seqs(rows) == [1, 2, 3]
    (fix,) = repairs(rows, "item_sequence")
    assert fix["field"] == "projects.group_seq" and json.loads(fix["evidence"])["printed"] == "25"
    # the title after the gap reads the gap's number and one (26): titles were missed, the gap stands, where
    # nothing counts the group's projects readably
    projects[2] = projects[2].replace("3. โครงการ", "26. โครงการ", 1)
    text = _unreadable_group_count(report(projects=projects))
    rows = run(text.replace("เสร็จสิ้นแล้ว จำนวน 3 โครงการ คิดเป็น", "เสร็จสิ้นแล้ว จำนวน od โครงการ คิดเป็น"))
    assert _seqs(rows) == [1, 25, 26]
    # ... but where the summary counts as many projects as the titles read, none was missed: the numbers past
    # the count are misread, numbered by their places and said (read.renumber_past_count)
    rows = run(text)
    assert _seqs(rows) == [1, 2, 3]
    assert [json.loads(f["evidence"])["printed"] for f in repairs(rows, "count")] == ["25", "26"]


def test_an_unreadable_number_before_a_title_opening_with_a_stray_vowel():
    # "w ไโครงการ...": the number OCR could not read (w for ๒, its look-alike) and a stray vowel before the
    # title's first word: a title numbered by the sequence, its stray vowel left out of the name
    projects = [project(n, FY) for n in (1, 2, 3)]
    projects[1] = projects[1].replace("2. โครงการ", "w ไโครงการ", 1)
    rows = run(report(projects=projects))
    assert _seqs(rows) == [1, 2, 3]
    names = [p["name"] for p in sorted(rows["projects"], key=lambda p: p["line_start"])]
    assert names[1] == "โครงการทดสอบที่ 2 ของสำนักงาน"


def test_a_group_whose_count_no_line_gives_readably_says_its_projects_are_unchecked():
    # the summary's total and the group's count both unreadable ("od"), and a title lost to OCR (project 2's
    # sections read on under project 1): nothing counts the group, so the doubt is said at its lines, about
    # the projects table (before, the lost project was missing with no issue naming it)
    projects = [project(n, FY) for n in (1, 2, 3)]
    text = report(projects=projects).replace(" จำนวน 3 โครงการ", " จำนวน od โครงการ")
    lost = text.replace("2. โครงการทดสอบที่ 2 ของสำนักงาน\n", "")
    rows = run(lost)
    (issue,) = [i for i in rows["issues"] if i["code"] == "project_unread" and i["field"] == "projects"]
    assert issue["project_key"] is None
    assert json.loads(issue["evidence"])["stated"] is None and json.loads(issue["evidence"])["status"] == "completed"
    assert issue["line_start"] == min(p["line_start"] for p in rows["projects"])
    # a count read: it checks the group, and no such doubt is said where nothing was lost
    assert not [i for i in run(report(projects=projects))["issues"] if i["code"] == "project_unread"]


def test_a_group_count_read_below_the_titles_whose_digits_may_count_more_says_projects_may_be_lost():
    # six titles read under a group whose count reads "๓" (๗ misread: ๓ may be printed ๓, ๗ or ๙), the total
    # unread: the count read explains nothing, a reading of it counts more than were read, so projects of the
    # group may be lost as well
    projects = [project(n, FY) for n in range(1, 7)]
    text = report(projects=projects).replace(" จำนวน 6 โครงการ มีความ", " จำนวน od โครงการ มีความ")
    text = text.replace("เสร็จสิ้นแล้ว จำนวน 6 โครงการ คิดเป็น", "เสร็จสิ้นแล้ว จำนวน ๓ โครงการ คิดเป็น")
    rows = run(text)
    (issue,) = [i for i in rows["issues"] if i["code"] == "project_unread" and i["field"] == "projects"]
    assert json.loads(issue["evidence"])["stated"] == 7 and "'๓'" in issue["message"]
    # seven read: a reading of the count is the number read, and nothing more is said than the mismatch
    projects = [project(n, FY) for n in range(1, 8)]
    text = report(projects=projects).replace(" จำนวน 7 โครงการ มีความ", " จำนวน od โครงการ มีความ")
    text = text.replace("เสร็จสิ้นแล้ว จำนวน 7 โครงการ คิดเป็น", "เสร็จสิ้นแล้ว จำนวน ๓ โครงการ คิดเป็น")
    assert not [i for i in run(text)["issues"] if i["code"] == "project_unread"]


_GARBAGE = ("Pe ๕ 0 กรร EE ay SIG ee Veneta Ue MTEL ems alt ta ego", "ee oe Se ae a 0 oo ee ae Ss 0 ee",
            "oS 1 ee Bee Bae eens ee 50 : Sea eres esas", "Dee as 2 Go Sa ok PE or epee ai 8 : ce",
            "ee ee ote ee pe Rept sent Seale 60 6 7 ee 80.", "0 a oe poi 0 0 ก 1 ee ee 0 a a Ce oS")


def test_a_page_ocr_read_as_garbage_is_said_where_its_rows_are_lost():
    # a page spoilt past reading in the middle of a project's targets: its lines are dropped as debris and
    # the outcome and indicator rows it held are lost; the loss is said at its lines, about each table of
    # the project's rows (and the projects table: a title may have stood there)
    projects = [project(n, FY) for n in (1, 2)]
    spoilt = projects[0].replace("ครูมีความรู้ความเข้าใจ\nดัชนีชี้วัดความสำเร็จ\nร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ\n",
                                 "\n".join(_GARBAGE) + "\n")
    assert spoilt != projects[0]
    rows = run(report(projects=[spoilt, projects[1]]))
    said = {i["field"]: i for i in rows["issues"] if i["code"] == "unplaced_text" and "garbage" in i["message"]}
    assert set(said) == {"projects", "targets", "activities", "alignments", "findings", "quarterly_budgets"}
    first = min(p["line_start"] for p in rows["projects"])
    assert said["targets"]["line_start"] > first and said["targets"]["project_key"] == sorted(
        rows["projects"], key=lambda p: p["line_start"])[0]["project_key"]
    # a line or two of garbage (a stamp, a seal) is no spoilt page: nothing said
    stamp = projects[0].replace("ครูมีความรู้ความเข้าใจ\n", "ครูมีความรู้ความเข้าใจ\n" + _GARBAGE[0] + "\n")
    rows = run(report(projects=[stamp, projects[1]]))
    assert not [i for i in rows["issues"] if i["code"] == "unplaced_text" and "garbage" in i["message"]]


def _two_rounds(second_heads: str) -> str:
    """Project 1 reporting quarter ๓, then quarter 4 whose targets' heading OCR misread as ๓ and whose
    other headings print `second_heads` for the quarter."""
    first = project(1, FY, quarter="๓")
    second = project(1, FY, quarter=second_heads).split("\n", 1)[1]
    second = second.replace(f"ไตรมาสที่ {second_heads}", "ไตรมาสที่ ๓", 1)
    return report(projects=[first + second, project(2, FY, quarter="๓")])


def test_a_round_whose_headings_name_another_quarter_with_certainty_takes_it():
    # the targets' heading reads ๓ (a ๔ misread: ๓ may be printed ๓, ๗ or ๙ by the table, and OCR reads
    # a ๔ so too), the round's activities, budget and findings headings print 4 in Arabic digits, which no
    # misread gives: the round is quarter 4, said as repaired (before, its rows were quarter 3's, and the
    # round was taken for another project's whose title OCR lost)
    rows = run(_two_rounds("4"))
    key = sorted(rows["projects"], key=lambda p: p["line_start"])[0]["project_key"]
    assert sorted({t["quarter"] for t in rows["targets"] if t["project_key"] == key}) == [3, 4]
    assert sorted(b["quarter"] for b in rows["quarterly_budgets"] if b["project_key"] == key) == [3, 4]
    (fix,) = repairs(rows, "quarter_headings")
    assert json.loads(fix["evidence"])["printed"] == "๓" and json.loads(fix["evidence"])["chosen"] == 4
    assert not [i for i in rows["issues"] if i["code"] == "project_unread"]
    # the other headings read ๕, itself a digit a misread gives: the first heading's reading stands
    rows = run(_two_rounds("๕"))
    assert not repairs(rows, "quarter_headings")


def _results(first: str) -> list[str]:
    text = project(1, FY).replace("ผลการดำเนินงาน\nได้ดำเนินการครบตามแผนที่กำหนด\n", (
        "ผลการดำเนินงาน\nสพป.ทดสอบ เขต ๑\nได้ดำเนินการยกระดับระบบบริหารการจัดการ\nโดยกำหนดการดำเนินงานดังนี้\n"
        f"{first} ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ\n๒) ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด\n"
        "๓) ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน\n"))
    rows = run(report(projects=[text, project(2, FY)]))
    return [f["text"] for f in sorted(rows["findings"], key=lambda f: f["line_start"]) if f["kind"] == "result"][:4]


def test_a_list_first_number_garbled_after_a_lead_that_introduces_it():
    # "... ดังนี้" then "9)" for ๑), "๒)", "๓)": the lead's item and the list's three, as with "๑)" printed
    # (before, the first item ran on into the lead)
    want = _results("๑)")
    assert len(want) == 4 and want[1] == "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ"
    assert _results("9)") == want


def test_a_running_header_wrapped_before_its_fiscal_year_leaves_no_line_in_the_lists():
    # the page's running header "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ" / "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"
    # wrapped: the clean-up left out its first line as the page's header, and its tail, the year read
    # differently page by page, stood in the indicators' list as an item of its own (set h s20h001)
    from parsers.obec_progress.read import _header_tails
    from schemas.document import Line

    lines = [Line(0, "ผลการติดตามความก้าวหน้าการขับเคลื่อนโครงการ"),
             Line(1, "๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๒ โครงการ"),
             Line(2, "๑. โครงการทดสอบที่ ๑ ของสำนักงาน"), Line(3, "ดัชนีชี้วัดความสำเร็จ"),
             Line(7, "ประจำปีงบประมาณ พ.ศ. ๒๕๒๕"),  # (lines 4-6: the page's foot, a blank, the header)
             Line(9, "เชิงปริมาณ ร้อยละ ๙๐ ของโรงเรียนในสังกัด")]
    assert _header_tails(lines) == {7}
    # right under the line before it (no line left out between): a title's wrapped line, kept
    lines[4] = Line(4, "ประจำปีงบประมาณ พ.ศ. ๒๕๒๕")
    assert _header_tails(lines) == set()


def _not_started(head: str) -> list[str]:
    listing = ("๓. โครงการที่ยังไม่ได้ดำเนินการ (3 โครงการ)\nชื่อโครงการ\n"
               "โครงการเสริมสร้างสัมฤทธิผลการบริหารงานบุคคล\nโครงการการเพิ่มประสิทธิภาพการประชาสัมพันธ์องค์กร\n"
               f"{head}\nนิเทศ ติดตามและ\nประเมินผลการจัด\nหน่วยตรวจสอบภายใน\n"
               "3 โครงการส่งเสริมการศึกษาเพื่อ  หน่วยตรวจสอบภายใน\nพัฒนาผู้เรียนกลุ่มเป้าหมายเฉพาะ\n")
    rows = run(report(projects=[project(1, FY), project(2, FY) + listing]))
    return [p["name"] for p in sorted(rows["projects"], key=lambda p: p["line_start"]) if p["plan_status"] == "not_started"]


def test_a_list_whose_unit_column_head_lost_its_first_word():
    # the unit column's head read "รับผิดชอบ" alone ("กลุ่มที่" lost), its cells after it: the column all the
    # same; the titles before it take none of it, and the rows after it print their unit beside the name
    # (before: the head and the cells went on the last title, the unit stood inside the next title)
    names = _not_started("รับผิดชอบ")
    assert names == ["โครงการเสริมสร้างสัมฤทธิผลการบริหารงานบุคคล", "โครงการการเพิ่มประสิทธิภาพการประชาสัมพันธ์องค์กร",
                     "โครงการส่งเสริมการศึกษาเพื่อ พัฒนาผู้เรียนกลุ่มเป้าหมายเฉพาะ"]
    assert _not_started("กลุ่มที่รับผิดชอบ") == names  # (the head whole, as before)


def _budget_heading(printed: str) -> dict:
    # a round of quarter ๔ whose headings read ๕ (no quarter: 4 by the range), its budget's heading `printed`
    text = project(1, FY, quarter="๕").replace("การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๕",
                                               f"การเบิกจ่ายงบประมาณประจำไตรมาสที่ {printed}")
    return run(report(projects=[text, project(2, FY)]))


def test_a_budget_heading_naming_another_quarter_than_its_round_in_a_doubtful_digit_is_said():
    # "๓" (๔ misread, or a section of quarter 3): either reading may be the misread one; kept as printed, and
    # the row said in doubt (before, a row keyed by the wrong quarter was missing from the round's with no
    # issue naming it)
    rows = _budget_heading("๓")
    key = sorted(rows["projects"], key=lambda p: p["line_start"])[0]["project_key"]
    assert [b["quarter"] for b in rows["quarterly_budgets"] if b["project_key"] == key] == [3]
    (doubt,) = repairs(rows, "quarter_headings", code="repair_ambiguous")
    assert doubt["field"] == "quarterly_budgets" and json.loads(doubt["evidence"])["candidates"] == [3, 4]
    # printed in a digit no misread gives ("3"): a section of another quarter, as printed; nothing said
    assert not repairs(_budget_heading("3"), "quarter_headings", code="repair_ambiguous")
