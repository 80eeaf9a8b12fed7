"""An OBEC list that holds item 1 alone ('๑. ...' and no '๒.'): the form
prints a list of one item without a number, so the list is two items or
more whose numbers after the first OCR lost, their texts run into item 1's
(lists.lone_first). Where a line in it opens after a line that stopped
short of the page's margin and the next line's first word would have fit
(the page did not wrap it), that line opens the next item
(lists.lone_first_cut): the items are read there, and the list is said
(items_cut_in_doubt, naming the table at its lines). A token OCR made of
the lost number ('as', no Thai letter) is left out. Where the page wrapped
every line of it, nothing tells where the next item opens: one item, said
missing_row as before."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus"

ITEM_2 = "การบริหารจัดการของ สพป.น่าน เขต ๓ มีประสิทธิภาพ โปร่งใส ตรวจสอบได้"


def _outcomes(edit) -> tuple[list[dict], list[dict]]:
    # the committed OCR twin of obec_progress_001: project 2's outcomes, '๑. ข้าราชการครู...' over two lines, then
    # '๒. การบริหารจัดการ...' on a line of its own after the short second line
    lines = (CORPUS / "ocr" / "obec_progress_001.txt").read_text(encoding="utf-8").split("\n")
    assert lines[117].startswith("๑. ข้าราชการครู") and lines[119] == "๒. " + ITEM_2
    edit(lines)
    rows = process_document("x.txt", "\n".join(lines).encode("utf-8"))
    rows_there = sorted((r for r in rows["targets"] if r["kind"] == "outcome" and 118 <= r["line_start"] <= 120),
                        key=lambda r: r["seq"])
    issues = [i for i in rows["issues"] if i["field"] == "targets" and i["line_start"] <= 120 <= i["line_end"]]
    return rows_there, issues


def _drop_number(lines: list[str]) -> None:
    lines[119] = ITEM_2  # '๒. ' lost to OCR


def test_item_1_alone_is_cut_where_a_line_the_page_did_not_wrap_opens():
    rows, issues = _outcomes(_drop_number)
    assert [(r["seq"], r["text"]) for r in rows] == [
        # (ขืน, ึ read as ื and its tone mark lost, put right: pipeline.marks, normalizers.words.restore_misread_words)
        (1, "ข้าราชการครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง และพัฒนาคุณภาพงานให้มีประสิทธิภาพมากยิงขึ้น"),
        (2, ITEM_2)]
    assert [i["code"] for i in issues] == ["items_cut_in_doubt"]


def test_a_token_ocr_made_of_the_lost_number_is_left_out():
    def garble(lines: list[str]) -> None:
        lines[119] = "as " + ITEM_2
    rows, issues = _outcomes(garble)
    assert [r["text"] for r in rows][1:] == [ITEM_2]
    assert [i["code"] for i in issues] == ["items_cut_in_doubt"]


def test_where_the_page_wrapped_every_line_item_1_stays_whole_and_said():
    def wrapped(lines: list[str]) -> None:
        _drop_number(lines)
        # item 1's second line runs to the margin: the page wrapped the line after it too; item 2's words printed
        # nowhere else in the report
        lines[118] += " และนำความรู้ไปปรับใช้ได้"
        lines[119] = ITEM_2.replace("โปร่งใส", "รวดเร็ว")
    rows, issues = _outcomes(wrapped)
    assert len(rows) == 1 and rows[0]["text"].endswith(ITEM_2.replace("โปร่งใส", "รวดเร็ว"))
    assert "missing_row" in [i["code"] for i in issues]
    assert "items_cut_in_doubt" not in [i["code"] for i in issues]


def test_where_the_page_wrapped_every_line_the_wording_other_rows_print_alone_cuts_it():
    # item 2's words are the report's wording, printed as an outcome of their own under other projects: the row
    # ends with them, so it is cut there (texts.split_joined_items), the repair said on both rows
    def wrapped(lines: list[str]) -> None:
        _drop_number(lines)
        lines[118] += " และนำความรู้ไปปรับใช้ได้"
    rows, issues = _outcomes(wrapped)
    assert [r["text"] for r in rows][1:] == [ITEM_2] and rows[0]["text"].endswith("และนำความรู้ไปปรับใช้ได้")
    assert "missing_row" in [i["code"] for i in issues]
