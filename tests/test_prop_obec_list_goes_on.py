"""An OBEC list whose item numbers OCR read as a column apart from its
texts ('๑)' / '๒)' over the texts), where one item's text goes on over a
line that opens with words no item opens with ('และพัฒนาคุณภาพงาน...',
'และจัดทำคำสั่ง...': a conjunction the page, or a text broken at its
phrases, carried onto the next line).  Neither the gaps (OCR leaves them
inside an item and none between two) nor the widths (a long run of Thai
overruns any line, so every line may be a wrap) cut the texts into as many
items as numbers: they ran together (missing_row), or the gap before the
'และ' line was taken for an item's start (its words read as item 2).  Now
the 'และ' line goes on, every line the page did not wrap opens an item, and
where the lines left are exactly the cuts the count needs, they are cut
(lists._cut_past_continuations), said (items_cut_in_doubt).  Where the
lines left are more than the cuts needed, nothing is cut (said, as before)."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus"

# texts the report prints nowhere else (no item known whole parts them); FULL runs to the margin (page width 54)
FULL = "ผู้บริหารสถานศึกษามีความรู้ความเข้าใจในการบริหารงบประมาณของโรงเรียน"
ITEM_2 = ["ครูผู้สอนในสังกัดได้รับการนิเทศติดตามอย่างใกล้ชิด", "และนำผลไปพัฒนาการจัดการเรียนการสอนในห้องเรียน"]
OTHER = "นักเรียนในสังกัดเข้าร่วมกิจกรรมพัฒนาทักษะการอ่าน"


def _outcomes(texts: list[str]) -> tuple[list[dict], list[dict]]:
    # the committed OCR twin of extra3's obec_progress_w002: a round's outcomes, '๑)' / '๒)' over their texts;
    # the texts rewritten to the class
    lines = (CORPUS / "extra3" / "ocr" / "obec_progress_w002.txt").read_text(encoding="utf-8").split("\n")
    assert lines[698] == "เป้าหมายเชิงผลลัพธ์ (Outcome)" and lines[699:701] == ["๑)", "๒)"]
    assert lines[715].startswith("ดัชนี")
    lines[701:715] = ["", *texts, *[""] * (14 - 1 - len(texts))]  # (the specks after them too)
    rows = process_document("x.txt", "\n".join(lines).encode("utf-8"))
    there = sorted((r for r in rows["targets"] if r["kind"] == "outcome" and 700 <= r["line_start"] <= 714),
                   key=lambda r: r["seq"])
    issues = [i for i in rows["issues"] if i["field"] == "targets" and i["line_start"] <= 705 <= i["line_end"]]
    return there, issues


def test_a_line_opening_with_and_goes_on_and_the_count_cuts_the_rest():
        # item 1 over two lines, the second opening with 'และ', item 2 under it: every line's first word overruns the
    # line before (the widths say nothing), the one place left for the one cut is the count's
    rows, issues = _outcomes([ITEM_2[0], ITEM_2[1], OTHER])
    assert [r["seq"] for r in rows] == [1, 2]
    assert rows[0]["text"] == " ".join(ITEM_2)
    assert rows[1]["text"] == OTHER
    assert "items_cut_in_doubt" in [i["code"] for i in issues]


def test_a_gap_before_a_line_opening_with_and_opens_no_item():
    # item 1 a line that runs to the margin, item 2's first line right under it, a gap, then its 'และ' line: the
    # gaps made two paragraphs, the second the 'และ' line alone; the one place left for a cut (the page may have
    # wrapped item 1's line) is the count's: said
    rows, issues = _outcomes([FULL, ITEM_2[0], "", ITEM_2[1]])
    assert [r["seq"] for r in rows] == [1, 2]
    assert rows[0]["text"] == FULL
    assert rows[1]["text"] == " ".join(ITEM_2)
    assert "items_cut_in_doubt" in [i["code"] for i in issues]


def test_more_lines_left_than_cuts_needed_cuts_nothing():
    # three lines that run to the margin, then the 'และ' line: two places left for the one cut: no telling
    rows, issues = _outcomes([FULL, FULL, FULL, ITEM_2[1]])
    assert len(rows) == 1
    assert "missing_row" in [i["code"] for i in issues]
