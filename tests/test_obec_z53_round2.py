"""OBEC: a joined row cut only where its list's places are sure
(texts.split_joined_items), page furniture left in a budget result
(lists.is_page_left, rounds._margin_figure), and a not-started list's unit
column whose head OCR lost (read._units_headless)."""

from __future__ import annotations

import json

from parsers.obec_progress.lists import is_page_left
from parsers.obec_progress.texts import split_joined_items
from tests.test_obec_ocr import project, report, run

_MEETING = "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว"
_SUPERVISED = "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๑๑๐ โรงเรียน"
_DONE = "สพป.ตรัง เขต ๑ ได้ดำเนินการเสริมสร้างคุณธรรม ครบตามแผนที่กำหนด"


def _finding(project_key: str, seq: int, text: str, line: int) -> dict:
    return {"project_key": project_key, "quarter": 3, "kind": "result", "seq": seq, "aspect": None, "text": text,
            "line_start": line, "line_end": line + 1}


def test_a_joined_row_whose_list_holds_a_piece_of_another_line_is_kept_and_said():
    # the list's numbers printed apart and paired one off: the page heading's wrapped tail ("เขต ๑") took the
    # first; cutting the joined row would set each item one place off
    findings = [_finding("a", 1, _SUPERVISED, 100), _finding("a", 2, _MEETING, 102),
                _finding("b", 1, "เขต ๑", 190), _finding("b", 2, f"{_DONE} {_SUPERVISED} {_MEETING}", 200)]
    tables = {"findings": findings}
    said = split_joined_items(tables, [])
    assert [r["text"] for r in tables["findings"] if r["project_key"] == "b"] == [
        "เขต ๑", f"{_DONE} {_SUPERVISED} {_MEETING}"]
    assert [(i.code, i.field, i.line_start, json.loads(i.evidence)["candidates"]) for i in said] == [
        ("items_cut_in_doubt", "findings", 200, [_DONE, _SUPERVISED, _MEETING])]
    # without the stray piece the row is cut (the rule's own case)
    tables = {"findings": [r for r in findings if r["text"] != "เขต ๑"]}
    assert [i.code for i in split_joined_items(tables, [])] == ["value_repaired"] * 3


def test_a_page_number_whose_slash_ocr_lost_is_page_furniture():
    assert is_page_left("หน้า 1๕2ฒ") and is_page_left("หนา ๑๐/29")
    assert not is_page_left("หน้า 12 คน") and not is_page_left("หน้าที่ ๑๒")


def test_page_furniture_after_a_budget_result_is_no_part_of_it():
    fy = "๒๕๖๗"
    note = "ผลการเบิกจ่ายงบประมาณ สามารถเบิกจ่ายงบประมาณได้ตามแผนการ\n"
    one = project(1, fy)
    assert note in one
    # the page's footer (its number, the slash lost) and specks of its header under the result
    rows = run(report(fy=fy, projects=[one.replace(note, note + "\nหน้า 1๕2ฒ\n\n๑๐%.\n"), project(2, fy)]))
    key = rows["projects"][0]["project_key"]
    assert [b["note"] for b in rows["quarterly_budgets"] if b["project_key"] == key] == [
        "สามารถเบิกจ่ายงบประมาณได้ตามแผนการ"]


def _not_started(rows: dict) -> list[tuple[int, str]]:
    return sorted((p["group_seq"], p["name"]) for p in rows["projects"] if p["plan_status"] == "not_started")


def test_a_unit_column_read_after_the_titles_with_its_head_lost_is_no_part_of_the_last_title():
    titles = ("๓. โครงการที่ยังไม่ได้ดำเนินการ (๒ โครงการ)\nชื่อโครงการ\n"
              "๑ โครงการพัฒนาครูในสังกัด\n\n๒ โครงการการคัดเลือกบุคคลเพื่อบรรจุและ\nแต่งตั้งให้ดำรงตำแหน่ง\n\n")
    units = "ติดตามและประเมินผลการจัดการศึกษา\nกลุ่มบริหารงานบุคคล\n\nกลุ่มส่งเสริมการศึกษาทางไกล\n"
    rows = run(report() + titles + units)
    assert _not_started(rows) == [(1, "โครงการพัฒนาครูในสังกัด"),
                                  (2, "โครงการการคัดเลือกบุคคลเพื่อบรรจุและ แต่งตั้งให้ดำรงตำแหน่ง")]
    # one line alone is no unit column (read on as the title's lines); a unit's whole name ending them is cut off the
    # name as a wrapped unit cell (read._name_of: fresh set s115s, obec_progress_s115s002), a piece of one is not
    rows = run(report() + titles + "กลุ่มบริหารงานบุคคล\n")
    assert _not_started(rows)[1][1] == "โครงการการคัดเลือกบุคคลเพื่อบรรจุและ แต่งตั้งให้ดำรงตำแหน่ง"
    rows = run(report() + titles + "ติดตามและประเมินผลการจัดการศึกษา\n")
    assert _not_started(rows)[1][1].endswith("ติดตามและประเมินผลการจัดการศึกษา")
