"""A BMA progress form run together on few lines whose section numbers OCR damaged (fresh set s23s,
bma_progress_s23s004): '. 1วัตถุประสงค์ของโครงการ 1) ...' for '1.4 วัตถุประสงค์ของโครงการ' (a speck before
the number, the number glued to the heading), and '... เรียนรู้ 15' / 'เป้าหมายของโครงการ.. ๑. ด้านปริมาณ ...'
for 1.5 (its dot lost, left at the end of the line before).  Neither heading was found: the rationale ran on
through the objectives and targets, both lists missing with no issue naming them.  Now specks before a section
number opening its line are no text (parsers.anchors._NUMBER_LEAD_RE), a heading opening its line with dotted
leaders right after it is a heading whatever follows (running text's words are not followed so), and two digits
left at the end of the line before such a heading are its number (AnchorSet._number_left).  Where the form's
objectives or targets still yield nothing, the copy says so (missing_section)."""

from __future__ import annotations

from pathlib import Path

from parsers.bma_progress.fields import ANCHORS
from parsers.reader import Line
from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus" / "clean"
OBJECTIVES = "1.4 วัตถุประสงค์ของโครงการ เพื่อส่งเสริม"
TARGETS = "ให้มีประสิทธิภาพ 1.5 เป้าหมายของโครงการ ๑. ด้านปริมาณ"


def _source() -> str:
    text = (CORPUS / "bma_progress_010.txt").read_text(encoding="utf-8")  # the whole form on one line
    assert OBJECTIVES in text and TARGETS in text
    return text


def _rows(text: str) -> dict:
    return process_document("run_on.txt", text.encode("utf-8"))


def _lists(rows: dict) -> tuple[list, list]:
    return ([(o["seq"], o["text"]) for o in rows.get("objectives", [])],
            [(t["seq"], t["kind"], t["text"]) for t in rows.get("targets", [])])


def test_headings_whose_numbers_ocr_damaged_on_a_run_on_form_are_found():
    truth = _lists(_rows(_source()))
    assert len(truth[0]) == 4 and len(truth[1]) == 2
    damaged = (_source().replace(OBJECTIVES, "\n. 1วัตถุประสงค์ของโครงการ เพื่อส่งเสริม")
               .replace(TARGETS, "ให้มีประสิทธิภาพ 15\nเป้าหมายของโครงการ.. ๑. ด้านปริมาณ"))
    rows = _rows(damaged)
    assert _lists(rows) == truth
    assert not [i for i in rows["issues"] if i["code"] == "missing_section"]


def test_a_heading_s_words_opening_running_text_stay_text():
    # no leaders after the words: running text ("เป้าหมายของโครงการ ... " wrapped onto a line's head); and two
    # digits before it are a count, not its number
    lines = [Line(1, "ผู้เข้าร่วมทั้งหมด 15", "text"), Line(2, "เป้าหมายของโครงการ ให้ครบทุกโรงเรียน", "text")]
    assert [ln.text for ln in ANCHORS.mend_breaks(lines)] == [ln.text for ln in lines]
    assert ANCHORS.at_start(lines[1].text) is None
    dotted = [lines[0], Line(2, "เป้าหมายของโครงการ.. ให้ครบทุกโรงเรียน", "text")]
    assert [ln.text for ln in ANCHORS.mend_breaks(dotted)] == ["ผู้เข้าร่วมทั้งหมด",
                                                                "15 เป้าหมายของโครงการ.. ให้ครบทุกโรงเรียน"]
    # three digits, or one, are no section number that lost its dot
    for count in ("150", "5"):
        lines = [Line(1, f"ผู้เข้าร่วมทั้งหมด {count}", "text"), dotted[1]]
        assert ANCHORS.mend_breaks(lines)[0].text == lines[0].text, count


def test_objectives_and_targets_the_form_yields_nothing_of_are_said():
    gone = _source().replace(OBJECTIVES, "วัตถุประสงค์ เพื่อส่งเสริม").replace(TARGETS, "ให้มีประสิทธิภาพ ด้านปริมาณ")
    rows = _rows(gone)
    assert _lists(rows) == ([], [])
    said = {i["field"] for i in rows["issues"] if i["code"] == "missing_section"}
    assert said == {"objectives", "targets"}
