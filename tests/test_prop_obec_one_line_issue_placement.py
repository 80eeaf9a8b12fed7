"""An OBEC report printed on one line: every project's lines are that line,
so placement (pipeline.placement.project_at) gave every issue raised while
reading its projects to the project whose key sorted first, and the rows
the issues named were silent in every other project (set o
obec_progress_s27o006, clean: all its 88 misses; a list whose numbers
stood in a column, read across before its texts, "ผลการดำเนินงาน 1) 2)
...": its items run together, said missing_row, in another project).  Now
the issues raised while reading a project carry its record (Issue.record),
which breaks such a tie: they are that project's."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus"

# extra3's obec_progress_w006: the whole report on one line, fiscal 2565
TEXT = (CORPUS / "extra3" / "clean" / "obec_progress_w006.txt").read_text(encoding="utf-8")
RESULT = "ผลการดำเนินงาน ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว ปัญหา"
NEW_1 = "ควรจัดอบรมครูในสังกัดให้ครบทุกคนภายในภาคเรียน"  # printed nowhere else
NEW_2 = "ควรติดตามผลการนำไปใช้ในห้องเรียนอย่างต่อเนื่อง"
IN_PROGRESS_1 = "โครงการยกระดับผลสัมฤทธิ์ทางการเรียน"


def _run(text: str) -> dict:
    return process_document("x.txt", text.encode("utf-8"))


def _project(rows: dict, name: str) -> str:
    return next(p["project_key"] for p in rows["projects"] if p["name"].startswith(name))


def _results(rows: dict, key: str, quarter: int) -> list[str]:
    return [r["text"] for r in sorted(rows["findings"], key=lambda r: r["seq"])
            if r["project_key"] == key and r["kind"] == "result" and r["quarter"] == quarter]


def test_an_issue_of_a_one_line_report_is_its_own_projects():
    at = TEXT.index(RESULT, 6309)
    text = TEXT[:at] + f"ผลการดำเนินงาน 1) 2) {NEW_1} {NEW_2} ปัญหา" + TEXT[at + len(RESULT):]
    rows = _run(text)
    key = _project(rows, IN_PROGRESS_1)
    assert _results(rows, key, 2) == [f"{NEW_1} {NEW_2}"]  # no guess
    said = [i for i in rows["issues"] if i["code"] == "missing_row" and i["field"] == "findings"
            and "1) 2)" in i["message"]]
    assert said and all(i["project_key"] == key for i in said)  # before: another project's key
