"""An OBEC alignment's text whose last line OCR lost ("ผู้เรียนได้รับการพัฒนาอย่างเต็มศักยภาพในทุกช่วงวัย", its line
"มีสมรรถนะที่จำเป็นสำหรับโลกยุคใหม่" lost) was read as its first line alone, silently (fresh set s114o,
obec_progress_s114o002): closes_lost leaves the alignments, since a report prints one statement shorter and longer
(sample 004).  A text that ends where another printing under the same plan heading wraps a line is cut there
(texts.plan_closes_lost, the wraps from rounds.PLAN_WRAPS): read with the words the other printings go on with
when more rows print them than print it, else said."""

from __future__ import annotations

import json
from pathlib import Path

from parsers.obec_progress.texts import plan_closes_lost
from pipeline.stages import process_document

DOC = Path(__file__).resolve().parent / "corpus" / "heldout" / "ocr" / "obec_progress_h002.txt"
OPENING = "ข้าราชการครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง"
PLAN = "ผลการดำเนินงานต่อเป้าหมายของแผนย่อย"


def _alignments(text: str) -> tuple[list[dict], list[dict]]:
    rows = process_document("doc.txt", text.encode("utf-8"))
    return rows["alignments"], rows["issues"]


def test_a_text_cut_where_other_printings_wrap_is_read_whole():
    text = DOC.read_text(encoding="utf-8")
    before, _ = _alignments(text)
    printed = [r for r in before if r["text"].startswith(OPENING)]
    assert len(printed) >= 3 and len({r["text"] for r in printed}) == 1
    whole = printed[0]["text"]
    lines = text.split("\n")
    first = min(printed, key=lambda r: r["line_start"])
    assert lines[first["line_start"] - 1].strip() == OPENING
    lines[first["line_end"] - 1] = ""  # its wrapped line lost to OCR
    after, issues = _alignments("\n".join(lines))
    row = next(r for r in after if r["line_start"] == first["line_start"] and r["plan"] == first["plan"])
    assert row["text"] == whole
    said = [i for i in issues if i["field"] == "alignments.text" and i["line_start"] == row["line_start"]]
    assert said and all(i["code"] == "value_repaired" for i in said)  # (and its marks put back)
    assert [json.loads(i["evidence"])["rule"] for i in said].count("close_lost") == 1


def _row(quarter: int, text: str, at: int) -> dict:
    return {"project_key": "k", "quarter": quarter, "plan": PLAN, "text": text, "line_start": at, "line_end": at}


LONG = f"{OPENING} และการพัฒนาคุณภาพงานให้มีประสิทธิภาพยิ่งขึ้น"


def test_a_shorter_text_is_no_cut_unless_another_printing_wraps_there():
    tables = {"alignments": [_row(1, OPENING, 10), _row(2, LONG, 20), _row(3, LONG, 30)]}
    assert plan_closes_lost(tables, []) == []  # (no wraps known: a shorter statement of its own)
    assert plan_closes_lost(tables, [], frozenset({(PLAN, "ข้าราชการครู")})) == []  # a wrap elsewhere
    issues = plan_closes_lost(tables, [], frozenset({(PLAN, OPENING)}))
    assert [i.code for i in issues] == ["value_repaired"] and tables["alignments"][0]["text"] == LONG


def test_a_longer_text_printed_as_often_is_said_not_read():
    tables = {"alignments": [_row(1, OPENING, 10), _row(2, LONG, 20)]}
    issues = plan_closes_lost(tables, [], frozenset({(PLAN, OPENING)}))
    assert [i.code for i in issues] == ["unknown_words"] and tables["alignments"][0]["text"] == OPENING
    assert json.loads(issues[0].evidence)["cut"] == "close"


def test_a_longer_text_fewer_rows_print_is_a_run_on():
    tables = {"alignments": [_row(1, OPENING, 10), _row(2, OPENING, 15), _row(3, LONG, 20)]}
    assert plan_closes_lost(tables, [], frozenset({(PLAN, OPENING)})) == []
