"""An OBEC findings list whose items after the first lost their marks to
OCR ('2 ได้ดำเนินการ...' for '2. ได้ดำเนินการ...') and stand with no gap
before them, under a line that ended item 1 (after debris where the column
of numbers was: '-' / 'ele' / a wrapped word): no reader took the bare
numbers as items, so they ran into item 1, read as one item, silently.
Where the bare numbers continue the list's sequence (the number after the
item's own, then the next) they are the items' numbers: the item is cut at
their lines (lists.run_in_cut) and the list said (items_cut_in_doubt,
naming the table at its lines).  Where the line before such a number ends
with a word that asks for a figure ('... เดือนละ' / '2 ครั้ง': a count the
page wrapped), nothing is cut; the list is said (missing_row) instead."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus"

NEW_3 = "ครูผู้สอน ร้อยละ 80 นําความรู้ไปจัดกิจกรรมการเรียนรู้ในชั้นเรียน"


def _findings(tail: str) -> tuple[list[dict], list[dict]]:
    # the committed OCR twin of obec_progress_004: a round's results, a lead over two lines, then '1. ...' / '2. ...'
    # / '3. ...' each after a gap; rewritten as one item over a line, debris and its wrapped end, then items 2 and 3
    # with bare numbers and no gap before them
    lines = (CORPUS / "ocr" / "obec_progress_004.txt").read_text(encoding="utf-8").split("\n")
    assert lines[459].startswith("สพป.ชัยภูมิ เขต 4") and lines[466].startswith("3. สพป.")
    lines[459:467] = ["ได้จัดอบรมครูผู้สอนวิทยาการคํานวณ จํานวน 34", "", "-", "ele", "", tail, "2 " + NEW_3,
                      "3 " + lines[466][3:]]
    rows = process_document("x.txt", "\n".join(lines).encode("utf-8"))
    rows_there = sorted((r for r in rows["findings"] if r["kind"] == "result" and 458 <= r["line_start"] <= 470),
                        key=lambda r: r["seq"])
    issues = [i for i in rows["issues"] if i["field"] == "findings" and i["line_start"] <= 460 <= i["line_end"]]
    return rows_there, issues


def test_bare_next_numbers_inside_an_item_cut_it():
    rows, issues = _findings("คน และประชุมติดตามผลทุกเดือน")
    assert [r["seq"] for r in rows] == [1, 2, 3]
    assert rows[0]["text"] == "ได้จัดอบรมครูผู้สอนวิทยาการคำนวณ จำนวน 34 คน และประชุมติดตามผลทุกเดือน"
    assert rows[1]["text"] == "ครูผู้สอน ร้อยละ 80 นำความรู้ไปจัดกิจกรรมการเรียนรู้ในชั้นเรียน"
    assert rows[2]["text"].startswith("สพป.ชัยภูมิ เขต 4") and rows[2]["text"].endswith("ครบตามแผนที่กำหนด")
    assert (rows[1]["line_start"], rows[2]["line_start"]) == (466, 467)
    assert [i["code"] for i in issues] == ["items_cut_in_doubt"]


def test_a_number_after_a_word_asking_for_a_figure_is_not_cut_but_said():
    rows, issues = _findings("คน และประชุมติดตามผลเดือนละ")
    assert [r["seq"] for r in rows] == [1]
    assert "เดือนละ 2 ครูผู้สอน" in rows[0]["text"]
    assert [i["code"] for i in issues] == ["missing_row"]
    assert "'2 3' standing bare" in issues[0]["message"]
