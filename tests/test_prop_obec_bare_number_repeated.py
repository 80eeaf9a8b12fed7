"""An OBEC list item whose number OCR misread as a bare digit (no mark)
repeating or garbling the number before ("2. ได้เผยแพร่..." then "2
สพป.ชัยภูมิ เขต 4 ..." for "3. สพป..."), right under the line before (no
gap): no reader takes the line for an item (numbers_inside_items needs a
gap, numbers_run_in the sequence's next number), so the item ran into the
one above and its row was lost SILENTLY.  Now such a number, before a
text of PARAGRAPH_LETTERS letters or more, and not after a word that asks
for a figure ("จำนวน" / "2 คน"), says the list in doubt
(items_cut_in_doubt, naming the table at the list's lines); nothing is
cut (a figure a text wraps onto its line reads the same)."""

from __future__ import annotations

from pathlib import Path

from parsers.items import Line
from parsers.obec_progress.lists import numbers_repeated_inside
from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus"


def _findings(wrapped_end: str = "ออนไลน์ของสํานักงาน") -> tuple[list[dict], list[dict]]:
    # the committed OCR twin of obec_progress_004: a round's results '1. ...' / '2. ...' / '3. ...', each after a
    # gap; item 2 rewritten over two lines with a gap between them, and item 3's number read as a bare '2', the
    # gap before it lost (the shape of the case seen: "2. สพป.... ได้ดำเนินการ..." / "" / "ของผู้เรียน..." / "2 ...")
    lines = (CORPUS / "ocr" / "obec_progress_004.txt").read_text(encoding="utf-8").split("\n")
    assert lines[464].startswith("2. ได้เผยแพร่") and lines[465] == "" and lines[466].startswith("3. สพป.")
    lines[464:467] = ["2. ได้เผยแพร่ผลการดําเนินงานทางเว็บไซต์และสื่อสังคม", "", wrapped_end, "2 " + lines[466][3:]]
    rows = process_document("x.txt", "\n".join(lines).encode("utf-8"))
    rows_there = sorted((r for r in rows["findings"] if r["kind"] == "result" and 458 <= r["line_start"] <= 472),
                        key=lambda r: r["seq"])
    issues = [i for i in rows["issues"] if i["field"] == "findings" and i["line_start"] <= 467 <= i["line_end"]]
    return rows_there, issues


def test_a_bare_number_repeating_the_one_before_says_the_list_in_doubt():
    rows, issues = _findings()
    assert len(rows) == 3  # (a lead, items 1 and 2: item 3 ran into item 2, not cut)
    assert "ของสำนักงาน 2 สพป.ชัยภูมิ เขต 4" in rows[-1]["text"]
    assert [i["code"] for i in issues] == ["items_cut_in_doubt"]  # (before: none, the lost row silent)
    assert "bare number '2'" in issues[0]["message"]


def test_a_count_the_page_wrapped_is_no_item():
    rows, issues = _findings("ออนไลน์ของสํานักงาน จํานวน")
    assert len(rows) == 3
    # (the bare number is no item's; the row holds item 3's opening all the same, "สพป.ชัยภูมิ เขต", the way the
    # list's other rows open: texts._opening_inside says that, not the number)
    assert not [i for i in issues if "bare number" in i["message"]]
    assert [i["code"] for i in issues] == ["items_cut_in_doubt"]
    assert "the way other rows of the list open" in issues[0]["message"]


def _line(no: int, text: str) -> Line:
    return Line(no, text, "text", False, 0)


def test_the_rule_alone():
    items = [("a", 1, 1), ("b", 2, 4)]
    head = [_line(1, "1. ได้ดำเนินการนิเทศ ติดตาม โรงเรียน"), _line(2, "2. สพป.กำแพงเพชร เขต 3 ได้ดำเนินการทวิ")]
    long_text = "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน"
    assert numbers_repeated_inside([*head, _line(3, "2 " + long_text)], items) == ["2"]
    assert numbers_repeated_inside([*head, _line(3, "๒ " + long_text)], items) == ["๒"]
    assert numbers_repeated_inside([*head, _line(4, "2 " + long_text)], items) == []  # (a gap: numbers_inside_items)
    assert numbers_repeated_inside([*head, _line(3, "3 " + long_text)], items) == []  # (the next: numbers_run_in)
    assert numbers_repeated_inside([*head, _line(3, "2 คน")], items) == []  # (a word the page wrapped)
    assert numbers_repeated_inside([*head, _line(3, "๑7 ฆซจ๊๐ ๐ ๕")], items) == []  # (specks)
