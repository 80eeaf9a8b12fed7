"""Rows and texts lost with no issue naming them (silent misses of the fifty-first session), one test per rule.

- A BMA progress copy whose entries' table OCR read past the certification: an expense line there that a narrow
  cell wrapped after its sign ("ค่าวัสดุอุปกรณ์ =" / "10,900.00 บาท"), and a report entry's header there, are said
  (read.expenses_past_certification, read.entries_past_certification; unplaced_text on expenses and on
  progress_reports).
- A proposal's action plan whose unnumbered "steps" are each a few letters (the chart's month titles OCR damaged,
  the steps' lines lost) says the table (tables.read_activities; unread_cells on activities).
- An OBEC list row whose text is two texts other rows print as rows of their own says the table: an item lost,
  run into the one before (texts.texts_joined; missing_row).
- An OBEC alignment cut short whose close stands in the report as unplaced text is read with it
  (texts.closes_unplaced; value_repaired, rule close_lost).
- A text holding a token with a bar glued to it ("(5๐๕๓๐๐| of go green)") is said (wording.unknown_words)."""

from __future__ import annotations

import json

from parsers.bma_progress.read import expenses_past_certification
from parsers.bma_proposal.tables import read_activities
from parsers.obec_progress.texts import closes_unplaced, texts_joined
from pipeline.wording import flag_unknown_words, unknown_words
from schemas.document import CopyReading, Issue
from tests.lines import numbered_lines


def test_an_expense_line_wrapped_after_its_sign_past_the_certification_is_said():
    furniture = numbered_lines("ดำเนินการเบิกจ่าย", "งบประมาณเสร็จสิ้น", "ค่าวัสดุอุปกรณ์ =", "10,900.00 บาท", "100",
                               start=310)
    said = expenses_past_certification(furniture)
    assert [(i.code, i.field, i.line_start, i.line_end) for i in said] == [("unplaced_text", "expenses", 312, 313)]
    # the item alone, no sign ending it: no expense line read across the break
    assert expenses_past_certification(numbered_lines("ค่าวัสดุอุปกรณ์", "10,900.00 บาท", start=312)) == []


def test_a_report_header_past_the_certification_says_the_entries_table():
    furniture = numbered_lines("ลงชื่อ.....(ผู้รับผิดชอบโครงการ)", "เป็นไปตาม", "เป้าหมาย", "รายงานครังที ๕",
                               "2๓/๓/2565", "ดำเนินกิจกรรม", "รายงานครังที «", start=270)
    said = expenses_past_certification(furniture)
    assert [(i.code, i.field, i.line_start, i.line_end) for i in said] == [("unplaced_text", "progress_reports",
                                                                          273, 276)]
    assert expenses_past_certification(numbered_lines("ลงชื่อ.....(ผู้รับผิดชอบโครงการ)", "ตำแหน่ง ....")) == []


def _activities(*texts: str) -> tuple[dict, list[tuple]]:
    out = CopyReading(0, 1, 100)
    read_activities(numbered_lines(*texts, start=75), out)
    return ({k: r["text"].value for k, r in out.tables.get("activities", {}).items()},
            [(i.code, i.field, i.line_start, i.line_end) for i in out.issues])


def test_unnumbered_steps_of_a_few_letters_each_say_the_table():
    read, said = _activities("ขั้นตอนการดำเนินงาน", "ปีงบประมาณ พ.ศ. ๒๕๐๕", "aa.", "พุย.", "ธิ ค")
    # kept as read, but "พุย." (พ.ย., its first dot read as a sara u: steps.MONTH_DOT_AS_U), a month title, no step
    # since the hundred-and-nineteenth session (fresh set s126o)
    assert list(read) == [1, 2] and "พุย." not in read.values()
    assert ("unread_cells", "activities", 77, 79) in said
    read, said = _activities("ขั้นตอนการดำเนินงาน", "ประชุมชี้แจงคณะกรรมการ", "จัดอบรมเชิงปฏิบัติการ")
    assert len(read) == 2 and not [s for s in said if s[1] == "activities"]


_FIRST = "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน"
_SECOND = "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว"


def _finding(project: str, seq: int, text: str, line: int) -> dict:
    return {"project_key": project, "quarter": 1, "kind": "result", "seq": seq, "text": text,
            "line_start": line, "line_end": line + 1}


def test_a_finding_that_is_two_findings_printed_apart_elsewhere_says_the_table():
    rows = [_finding("a", 1, _FIRST, 120), _finding("a", 2, _SECOND, 122),
            _finding("b", 1, f"{_FIRST} ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน และจัดทำคำสังแต่งตัง คณะกรรมการเรียบร้อยแล้ว",
                     317)]
    said = texts_joined({"findings": rows}, [])
    assert [(i.code, i.field, i.line_start, i.project_key) for i in said] == [("missing_row", "findings", 317, "b")]
    # the second text printed nowhere as a row of its own: no item is known lost
    assert texts_joined({"findings": [rows[0], rows[2]]}, []) == []
    # said already on the table there: not again
    assert texts_joined({"findings": rows}, [Issue("warning", "unknown_words", "", None, 317, 318,
                                                   field="findings")]) == []


_WHOLE = ("คนไทยได้รับการศึกษาที่มีคุณภาพตามมาตรฐาน มีทักษะการเรียนรู้ และทักษะที่จำเป็นของโลกศตวรรษที่ ๒๑ "
          "สามารถเข้าถึงการเรียนรู้อย่างต่อเนื่องตลอดชีวิตดีขึ้น")
_CUT = "คนไทยได้รับการศึกษาที่มีคุณภาพตามมาตรฐาน มีทักษะการเรียนรู้"


def _alignment(project: str, text: str, line: int) -> dict:
    return {"project_key": project, "quarter": 2, "seq": 3, "text": text, "line_start": line, "line_end": line}


def test_an_alignment_cut_short_is_read_with_its_close_that_stands_unplaced():
    rows = [_alignment("a", _WHOLE, 116), _alignment("b", _CUT, 676)]
    unplaced = Issue("warning", "unplaced_text", "text in project 4 that belongs to no section",
                     "และทักษะที่จําเป็นของโลกศตวรรษที่ ๒๑ สามารถเข้าถึงการเรียนรู้อย่างต่อเนื่องตลอดชีวิตดีขึ้น", 688, 688)
    said = closes_unplaced({"alignments": rows}, [unplaced])
    assert [(i.code, i.field, i.line_start) for i in said] == [("value_repaired", "alignments.text", 676)]
    assert json.loads(said[0].evidence)["rule"] == "close_lost"
    assert rows[1]["text"] == _WHOLE
    # no unplaced text holds its close: the shorter statement may be the report's own (kept, nothing said here)
    rows = [_alignment("a", _WHOLE, 116), _alignment("b", _CUT, 676)]
    assert closes_unplaced({"alignments": rows}, []) == [] and rows[1]["text"] == _CUT


def test_a_token_with_a_bar_glued_to_it_is_said():
    text = "ประชุมเชิงปฏิบัติการโรงเรียนสีเขียว (5๐๕๓๐๐| of go green)"
    assert unknown_words(text) == ["5๐๕๓๐๐|"]
    assert unknown_words("ประชุมเชิงปฏิบัติการโรงเรียนสีเขียว (School of go green)") == []
    assert unknown_words("ประชุมเชิงปฏิบัติการ | โรงเรียนสีเขียว") == []  # a bar between cells, spaced
    row = {"project_key": "p", "quarter": 3, "seq": 2, "line_start": 1141, "line_end": 1141, "text": text,
           "progress": None}
    assert [(i.code, i.field) for i in flag_unknown_words({"activities": [row]}, [])] == [("unknown_words",
                                                                                           "activities.text")]
