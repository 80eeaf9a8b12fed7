"""An OBEC list of findings (or targets) whose only text is OCR debris, no
dictionary word in it ("Sb." under a heading, the wrapped tail "งนี" of a
group header's "ดังนี้", a stamp's "ซั 9๑7 ๑9๑7"): read as an item, it made a
row the report never printed (sets s42o, s43o and extra4: a finding row
each). The list reads no item, and the debris is said on its table
(rounds.read_round_into, unplaced_text)."""

from __future__ import annotations

from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"
RESULT = "ผลการดำเนินงาน\nได้ดำเนินการครบตามแผนที่กำหนด\n"


def _rows(debris: str) -> tuple[dict, str]:
    one = project(1, FY).replace(RESULT, RESULT + f"ปัญหาและอุปสรรคในการดำเนินงาน\n{debris}\n")
    rows = run(report(fy=FY, projects=[one, project(2, FY)]))
    return rows, rows["projects"][0]["project_key"]


def test_a_list_of_debris_alone_reads_no_item_and_is_said():
    for debris in ("Sb.", "ซั       9๑7    ๑9๑7"):
        rows, key = _rows(debris)
        got = [(f["kind"], f["text"]) for f in rows["findings"] if f["project_key"] == key]
        assert got == [("result", "ได้ดำเนินการครบตามแผนที่กำหนด")], debris
        said = [i for i in rows["issues"] if i["code"] == "unplaced_text" and i["field"] == "findings"
                and "OCR debris" in i["message"]]
        assert len(said) == 1 and said[0]["project_key"] == key, debris


def test_a_short_problem_of_words_is_read():
    rows, key = _rows("ขาดงบประมาณ")
    got = [(f["kind"], f["text"]) for f in rows["findings"] if f["project_key"] == key]
    assert ("problem", "ขาดงบประมาณ") in got
