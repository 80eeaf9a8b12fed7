"""An OBEC report printed on one line (or as running text the page wrapped)
whose lists printed their item numbers in a column of their own, the column
read across before the texts: "ผลการดำเนินงาน 1) 2) ได้ดำเนินการนิเทศ ...
โรงเรียน ได้ดำเนินการประชุม ..." (set o obec_progress_s27o006).  Nothing in
the line says where one item ends: the list was read as one item, said
missing_row.  Where the items the report prints whole elsewhere cut the
texts into as many items as marks in one way only, every cut at the start
or the end of such an item, the document decides: the texts are cut there
(obec_progress.marks_run, said items_cut_in_doubt); else the list stays one
item, said as before (tests/test_prop_obec_one_line_issue_placement.py).
Marks that end a line the page wrapped ("... ผลการดำเนินงาน 1) 2)" / the
texts) were left out as debris: they are kept, and the texts after them
read as the list's."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus"

# extra3's obec_progress_w006: the whole report on one line, fiscal 2565
TEXT = (CORPUS / "extra3" / "clean" / "obec_progress_w006.txt").read_text(encoding="utf-8")
RESULT = "ผลการดำเนินงาน ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว ปัญหา"
KNOWN_1 = "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน 12 โรงเรียน"  # printed whole in other rounds' lists
KNOWN_2 = "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว"
IN_PROGRESS_1 = "โครงการยกระดับผลสัมฤทธิ์ทางการเรียน"


def _run(text: str) -> dict:
    return process_document("x.txt", text.encode("utf-8"))


def _project(rows: dict, name: str) -> str:
    return next(p["project_key"] for p in rows["projects"] if p["name"].startswith(name))


def _results(rows: dict, key: str, quarter: int) -> list[str]:
    return [r["text"] for r in sorted(rows["findings"], key=lambda r: r["seq"])
            if r["project_key"] == key and r["kind"] == "result" and r["quarter"] == quarter]


def test_texts_the_known_items_cut_are_read_as_items():
    at = TEXT.index(RESULT, 6309)  # in-progress project 1's quarter-2 round
    text = TEXT[:at] + f"ผลการดำเนินงาน 1) 2) {KNOWN_1} {KNOWN_2} ปัญหา" + TEXT[at + len(RESULT):]
    rows = _run(text)
    key = _project(rows, IN_PROGRESS_1)
    assert _results(rows, key, 2) == [KNOWN_1, KNOWN_2]  # before: one item, both texts
    assert any(i["code"] == "items_cut_in_doubt" and i["field"] == "findings" and i["project_key"] == key
               for i in rows["issues"])


def test_marks_ending_a_wrapped_line_open_the_list():
    at = TEXT.index(RESULT, 6309)
    text = TEXT[:at] + f"ผลการดำเนินงาน 1) 2)\n{KNOWN_1} {KNOWN_2}\nปัญหา" + TEXT[at + len(RESULT):]
    # the rest wrapped by the page as well, so that the report reads as running text
    lines: list[str] = []
    for para in text.split("\n"):
        words, cur = para.split(" "), ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > 90:
                lines.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        lines.append(cur)
    rows = _run("\n".join(lines))
    key = _project(rows, IN_PROGRESS_1)
    assert _results(rows, key, 2) == [KNOWN_1, KNOWN_2]  # before: the marks left out, one item
