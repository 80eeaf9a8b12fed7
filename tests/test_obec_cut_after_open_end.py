"""OBEC: an item wrapped after a word no text ends with ("... และพัฒนาคุณภาพงานให้" / "มีประสิทธิภาพมากยิ่งขึ้น",
fresh set s60z obec 001) was cut there.  lists.lone_first_cut took the short first line for an item's end (the
page did not wrap the line after it), and texts.split_joined_items then cut the same item under other projects,
whose rows ended with that guessed "item": three wrong repairs (rule items_joined) and a silent extra row.  A piece
that ends with a word of normalizers.words.OPEN_END_WORDS goes on into the next line (lists._goes_on), and a row
whose words before a cut end so is kept whole and said (items_cut_in_doubt)."""

from __future__ import annotations

import json
from pathlib import Path

from parsers.obec_progress.texts import split_joined_items
from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus"

HEAD = "ข้าราชการครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง และพัฒนาคุณภาพงานให้"
TAIL = "มีประสิทธิภาพมากยิ่งขึ้น"
ITEM_2 = "การบริหารจัดการของ สพป.น่าน เขต ๓ มีประสิทธิภาพ รวดเร็ว ตรวจสอบได้"


def _outcomes(edit) -> tuple[list[dict], list[dict]]:
    # the committed OCR twin of obec_progress_001: project 2's outcomes, '๑. ข้าราชการครู...' over two lines, then
    # '๒. การบริหารจัดการ...' on a line of its own
    lines = (CORPUS / "ocr" / "obec_progress_001.txt").read_text(encoding="utf-8").split("\n")
    assert lines[117].startswith("๑. ข้าราชการครู") and lines[119].startswith("๒. การบริหารจัดการของ")
    edit(lines)
    rows = process_document("x.txt", "\n".join(lines).encode("utf-8"))
    there = sorted((r for r in rows["targets"] if r["kind"] == "outcome" and 118 <= r["line_start"] <= 121),
                   key=lambda r: r["seq"])
    issues = [i for i in rows["issues"] if i["field"] == "targets" and i["line_start"] <= 121 <= i["line_end"]]
    return there, issues


def test_a_lone_item_1_is_not_cut_after_a_word_no_text_ends_with():
    def short_head(lines: list[str]) -> None:
        # item 1's first line stops short after 'ให้', a line of OCR debris after it (the page did not wrap the line
        # after it), item 2's number lost and its words printed nowhere else
        lines[117:120] = ["๑. " + HEAD, "1 2", TAIL, ITEM_2]
    rows, issues = _outcomes(short_head)
    assert [(r["seq"], r["text"]) for r in rows] == [(1, f"{HEAD} {TAIL}"), (2, ITEM_2)]
    assert {i["code"] for i in issues} == {"items_cut_in_doubt"}


def _target(project_key: str, seq: int, text: str, line: int) -> dict:
    return {"project_key": project_key, "quarter": 2, "kind": "outcome", "seq": seq, "aspect": None, "text": text,
            "line_start": line, "line_end": line + 1}


def test_a_row_whose_words_before_the_cut_end_open_is_kept_and_said():
    # another project's list printed the item's wrapped close as a row of its own (a guessed cut): the row that
    # ends with it is that item whole, not two
    tables = {"targets": [_target("a", 1, HEAD, 100), _target("a", 2, TAIL, 102),
                          _target("b", 1, f"{HEAD} {TAIL}", 200), _target("b", 2, ITEM_2, 202)]}
    said = split_joined_items(tables, [])
    assert [r["text"] for r in tables["targets"] if r["project_key"] == "b"] == [f"{HEAD} {TAIL}", ITEM_2]
    assert [(i.code, i.field, i.line_start) for i in said] == [("items_cut_in_doubt", "targets", 200)]
    assert json.loads(said[0].evidence)["candidates"] == [HEAD, TAIL]


def test_a_row_whose_words_before_the_cut_end_closed_is_cut_as_before():
    closed = HEAD.removesuffix("ให้")
    tables = {"targets": [_target("a", 1, closed, 100), _target("a", 2, ITEM_2, 102),
                          _target("b", 1, f"{closed} {ITEM_2}", 200)]}
    said = split_joined_items(tables, [])
    assert [r["text"] for r in tables["targets"] if r["project_key"] == "b"] == [closed, ITEM_2]
    assert [i.code for i in said] == ["value_repaired"] * 2


def test_items_past_a_lead_are_not_cut_after_a_word_no_text_ends_with():
    # (lists.past_lead_cut, as lone_first_cut: the committed OCR twin of obec_progress_004, a round's results, the
    # lead over two lines, then items whose numbers OCR lost, each after a gap; the second ends with 'และ')
    lines = (CORPUS / "ocr" / "obec_progress_004.txt").read_text(encoding="utf-8").split("\n")
    assert lines[460] == "ในสถานศึกษา โดยกําหนดการดําเนินงานดังนี้" and lines[466].startswith("3. สพป.")
    lines[462], lines[464], lines[466] = ("ได้จัดอบรมครูผู้สอนวิทยาการคํานวณ จํานวน 34 คน และ",
                                          "ครูผู้สอน ร้อยละ 80 นําความรู้ไปจัดกิจกรรมการเรียนรู้ในชั้นเรียน", lines[466][3:])
    rows = process_document("x.txt", "\n".join(lines).encode("utf-8"))
    texts = [r["text"] for r in sorted((r for r in rows["findings"] if r["kind"] == "result"
                                        and 458 <= r["line_start"] <= 470), key=lambda r: r["seq"])]
    assert len(texts) == 3 and texts[0].endswith("โดยกำหนดการดำเนินงานดังนี้")
    assert texts[1] == "ได้จัดอบรมครูผู้สอนวิทยาการคำนวณ จำนวน 34 คน และ ครูผู้สอน ร้อยละ 80 นำความรู้ไปจัดกิจกรรมการเรียนรู้ในชั้นเรียน"
    assert texts[2].startswith("สพป.ชัยภูมิ เขต 4")
