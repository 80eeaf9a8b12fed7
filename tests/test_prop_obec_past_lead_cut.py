"""An OBEC findings list whose lead ('... โดยกำหนดการดำเนินงานดังนี้') ends a
line and whose items after it lost their numbers to OCR: the form prints
the lead as an item and its list's items after it, so the items ran into
the lead, read as one item (lists.items_past_lead, said missing_row).
Where the page did not wrap the lines the items open (the line before
stops short of the margin and the next line's first word would have fit),
the lead is item 1 and the text after it is cut there, one item a piece
(lists.past_lead_cut), and the list is said (items_cut_in_doubt, naming the
table at its lines). Where the lead's words end no line (running text:
its lines' widths tell nothing of where an item opens) nothing is cut:
the lead's item runs on, said missing_row as before."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus"

LEAD = "ในสถานศึกษา โดยกําหนดการดําเนินงานดังนี้"
ITEM_2 = "ได้ดําเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จํานวน 34 โรงเรียน"
ITEM_3 = "ได้เผยแพร่ผลการดําเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสํานักงาน"


def _findings(edit) -> tuple[list[dict], list[dict]]:
    # the committed OCR twin of obec_progress_004: a round's results, a lead over two lines, then '1. ...' / '2. ...'
    # / '3. ...' each after a gap
    lines = (CORPUS / "ocr" / "obec_progress_004.txt").read_text(encoding="utf-8").split("\n")
    assert lines[460] == LEAD and lines[462] == "1. " + ITEM_2 and lines[464] == "2. " + ITEM_3
    assert lines[466].startswith("3. สพป.")
    edit(lines)
    rows = process_document("x.txt", "\n".join(lines).encode("utf-8"))
    rows_there = sorted((r for r in rows["findings"] if r["kind"] == "result" and 458 <= r["line_start"] <= 470),
                        key=lambda r: r["seq"])
    issues = [i for i in rows["issues"] if i["field"] == "findings" and i["line_start"] <= 463 <= i["line_end"]]
    return rows_there, issues


# texts the report prints nowhere else (its items printed whole elsewhere would part the list on their own)
NEW_2 = "ได้จัดอบรมครูผู้สอนวิทยาการคํานวณ จํานวน 34 คน"
NEW_3 = "ครูผู้สอน ร้อยละ 80 นําความรู้ไปจัดกิจกรรมการเรียนรู้ในชั้นเรียน"


def _drop_numbers(lines: list[str]) -> None:
    # '1. ', '2. ', '3. ' lost to OCR
    lines[462], lines[464], lines[466] = NEW_2, NEW_3, lines[466][3:]


def test_items_run_past_a_lead_are_cut_after_it_where_the_page_did_not_wrap():
    rows, issues = _findings(_drop_numbers)
    texts = [r["text"] for r in rows]
    assert [r["seq"] for r in rows] == [1, 2, 3, 4]
    assert texts[0].endswith("โดยกำหนดการดำเนินงานดังนี้") and texts[0].startswith("สพป.ชัยภูมิ เขต 4")
    assert texts[1] == "ได้จัดอบรมครูผู้สอนวิทยาการคำนวณ จำนวน 34 คน"
    assert texts[2] == "ครูผู้สอน ร้อยละ 80 นำความรู้ไปจัดกิจกรรมการเรียนรู้ในชั้นเรียน"
    assert texts[3].startswith("สพป.ชัยภูมิ เขต 4") and texts[3].endswith("ครบตามแผนที่กำหนด")
    assert [i["code"] for i in issues] == ["items_cut_in_doubt"]


def test_a_lead_in_running_text_is_not_cut_and_stays_said():
    def running(lines: list[str]) -> None:
        _drop_numbers(lines)
        lines[460] = LEAD + " " + lines[462]  # the lead's words run on into the first item on their line
        lines[462] = ""
    rows, issues = _findings(running)
    assert rows[0]["seq"] == 1 and "ดังนี้ ได้จัดอบรมครู" in rows[0]["text"]
    assert "missing_row" in [i["code"] for i in issues]
    assert not any("cut after the lead" in i["message"] for i in issues)
