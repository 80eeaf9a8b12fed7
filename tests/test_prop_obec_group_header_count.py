"""An OBEC status group's list of titles only (projects not started: number, title, unit) after a project's
findings, its header stating its count ("๓. โครงการที่ยังไม่ได้ดำเนินการ (๓ โครงการ)"), the summary's row of the
group OCR damaged past reading (set s47o obec_progress_s47o001).

- A row whose title word OCR read with a letter twice ("๑ เโโคครงการ...", the ค doubled) was no title: the
  list's first row opens no title, the rows after it ("2 โครงการ...") were no titles either (the list expected
  1), and the group's three projects were lost with no issue, their rows read as the findings of the project
  before.  The word with a letter doubled is the title word as the one with a letter lost was
  (read._letter_lost_title), the name given the word whole, said (value_repaired, rule title_word).
- A header's own count above the titles read under it, the summary's count for the group not read, says the
  loss at the header's lines (project_unread, rule group_header: an error on `projects`, a warning on each
  table of the projects' rows); before, nothing did.
- In such a list, a row numbered past the one expected, the next row numbered right after it and the header's
  count holding both, is a title (the rows before it damaged past reading), as a list numbered under the
  group ("๓.๒", "๓.๓") was.
"""

from __future__ import annotations

import json

from tests.test_obec_ocr import run
from tests.test_prop_obec_group_header_lost import FY, _numbered

NAMES = ("โครงการส่งเสริม สนับสนุน การพัฒนากระบวนการจัดการเรียนรู้",
         "โครงการเสริมสร้างความเข้มแข็งและวินัยทางการเงิน",
         "โครงการพัฒนาคุณภาพการจัดการศึกษาเรียนรวม")
UNITS = ("หน่วยตรวจสอบภายใน", "กลุ่มนโยบายและแผน", "กลุ่มนโยบายและแผน")


def _report(rows: tuple[str, str, str], summary_row: bool = True) -> str:
    row = "๒. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๓ โครงการ คิดเป็นร้อยละ ๗๕.๐๐\n" if summary_row else ""
    head = f"""สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑
รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. {FY} รอบ ๖ เดือน
รายงานสรุปความก้าวหน้าของการดำเนินโครงการ ตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. {FY} รอบ ๖ เดือน
ข้อมูล ณ วันที่ ๓๑ มีนาคม {FY}
โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. {FY} จำนวน ๔ โครงการ มีความก้าวหน้าการดำเนินการ ดังนี้
๑. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๑ โครงการ คิดเป็นร้อยละ ๒๕.๐๐
{row}๑. โครงการที่อยู่ระหว่างดำเนินการ (๑ โครงการ)
"""
    listed = "".join(f"{n} {name} {unit}\n" for n, name, unit in zip(("๑", "2", "3"), rows, UNITS))
    return head + _numbered(1, "๑") + "๒. โครงการที่ยังไม่ได้ดำเนินการ (๓ โครงการ)\nที่ ชื่อโครงการ กลุ่มที่รับผิดชอบ\n" + listed


def _not_started(rows: dict) -> list[tuple[int, str]]:
    return sorted((p["group_seq"], p["name"]) for p in rows["projects"] if p["plan_status"] == "not_started")


def _group_header(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "project_unread" and i["evidence"]
            and json.loads(i["evidence"]).get("rule") == "group_header"]


def test_a_title_word_with_a_letter_doubled_in_a_list_of_titles_is_the_next_title():
    truth = _not_started(run(_report(NAMES)))
    assert truth == [(1, NAMES[0]), (2, NAMES[1]), (3, NAMES[2])]
    rows = run(_report(("เโโค" + NAMES[0][1:], *NAMES[1:])))  # "เโโคครงการ...": the rule's specks, the ค twice
    assert _not_started(rows) == truth  # before: no project of the group read
    said = [i for i in rows["issues"] if i["field"] == "projects.name" and i["code"] == "value_repaired"]
    assert [json.loads(i["evidence"]) for i in said] == [{"rule": "title_word", "printed": "โคครงการ",
                                                           "chosen": "โครงการ"}]
    assert not _group_header(rows) and not _group_header(run(_report(NAMES, summary_row=False)))


def test_a_header_counting_more_than_the_titles_read_says_the_loss():
    damaged = ("๑ เโคครรงการ" + NAMES[0][7:], *NAMES[1:])  # two slips: no title word
    rows = run(_report(damaged, summary_row=False))
    said = _group_header(rows)
    assert {i["field"] for i in said} == {"projects", "targets", "activities", "alignments", "findings",
                                          "quarterly_budgets"}
    error = next(i for i in said if i["field"] == "projects")
    assert error["severity"] == "error" and error["project_key"] is None
    assert json.loads(error["evidence"])["stated"] == 3
    # the rows after the lost one: numbered 2 and 3 under a count of 3, each the next after the other
    assert [n for n, _ in _not_started(rows)] == [2, 3]
    assert json.loads(error["evidence"])["read"] == 2
    # the summary's count read: rows.check_counts says the loss, this does not say it twice
    assert not _group_header(run(_report(damaged)))


def test_a_lone_row_past_the_number_expected_is_no_title():
    # only the last row reads, nothing after it to vouch for its number: not taken (said lost all the same)
    damaged = ("๑ เโคครรงการ" + NAMES[0][7:], "โคครรงการ" + NAMES[1][7:], NAMES[2])
    rows = run(_report(damaged, summary_row=False))
    assert _not_started(rows) == []
    assert json.loads(next(i for i in _group_header(rows) if i["field"] == "projects")["evidence"])["read"] == 0


def test_a_head_folded_with_a_readable_first_row_leaves_the_row_a_title():
    # the list's head row folded with the first row (a table read side by side, "ชือโครงการ" its mark lost, set s47z
    # obec_progress_s47z003): where the row's title reads after the head, the line is that title, not the head
    text = _report(NAMES, summary_row=False).replace(
        f"ที่ ชื่อโครงการ กลุ่มที่รับผิดชอบ\n๑ {NAMES[0]} {UNITS[0]}", f"ชือโครงการ {NAMES[0]}          {UNITS[0]}")
    assert [n for n, _ in _not_started(run(text))] == [1, 2, 3]
