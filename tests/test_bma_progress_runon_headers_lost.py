"""BMA progress entries tables run on in a paragraph, two reports a table
(issue 11): a table whose headers OCR read no number of goes on from the
table just before it, and so does one whose numbers as read are readings
OCR makes of its place's (transposed._run_numbers); a parting of the
descriptions that leaves a piece one word OCR cut is not taken
(transposed._no_word_cut); the section's heading found fuzzily ends where
its letters do, the first header run on after it kept (anchors
AnchorSet._run_on_heading_end)."""

from __future__ import annotations

import json

from parsers.bma_progress.fields import ANCHORS
from parsers.bma_progress.transposed import _no_word_cut, _run_numbers, unrun
from schemas.document import Line

_ROWS = ("ความก้าวหน้าของงานฯ {p} งบประมาณที่เบิกใช้ ๐ บาท.- ๐ บาท.- ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน "
         "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย")


def _table(a: str, b: str, dates: str, p: str) -> list[str]:
    return [f"รายงานครั้งที่ {a} รายงานครั้งที่ {b}", f"วันที่รายงาน {dates} รายละเอียดการดำเนินงาน",
            "ประชุมคณะกรรมการ", "จัดทำคำสั่งแต่งตั้ง", _ROWS.format(p=p)]


def test_a_table_whose_headers_read_no_number_goes_on_from_the_table_before():
    texts = _table("๑", "๒", "๗/๑๑/๒๕๖๗ ๒๗/๑/๒๕๖๘", "๖ ๘") + _table("ญ่", "ณี", "๒๑/๒/๒๕๖๘ ๗/๓/๒๕๖๘", "๑๑ ๑๓")
    out, issues = unrun([Line(k + 1, t) for k, t in enumerate(texts)])
    heads = [ln.text for ln in out if ln.text.startswith("รายงานครั้งที่")]
    assert [h.split(" :")[0] for h in heads] == ["รายงานครั้งที่ ๑", "รายงานครั้งที่ ๒", "รายงานครั้งที่ 3",
                                                  "รายงานครั้งที่ 4"]
    repaired = [json.loads(i.evidence) for i in issues if i.code == "value_repaired"]
    assert [(e["printed"], e["chosen"]) for e in repaired] == [("รายงานครั้งที่ ญ่", 3), ("รายงานครั้งที่ ณี", 4)]


def test_a_number_ocr_misread_goes_on_from_the_table_before_only_when_it_follows_it():
    # "๕" for ๙ after a table of reports 7-8 (๙ as ๕: a reading OCR makes of it)
    numbers, top, issues = _run_numbers(["รายงานครั้งที่ ๕"], 8, 30, follows=True)
    assert (numbers, top) == ([9], 9) and json.loads(issues[0].evidence)["chosen"] == 9
    # the table before not read as one just before it: as printed
    assert _run_numbers(["รายงานครั้งที่ ๕"], 8, 30)[:2] == ([None], 5)
    assert _run_numbers(["รายงานครั้งที่ ญ่", "รายงานครั้งที่ ณี"], 6, 30)[:2] == ([None, None], None)
    # a number no reading of its place's: as printed
    assert _run_numbers(["รายงานครั้งที่ ๑"], 8, 30, follows=True)[:2] == ([None], 1)


def test_a_parting_that_leaves_a_piece_one_word_ocr_cut_is_not_taken():
    cell = "อยู่ระห  หว่างการดำเนินการ ดังนี้\nอยู่ระหว่างการดำเนินการ ดังนี้"
    cut = [(0, 7), (9, len(cell))]
    assert _no_word_cut(cell, cut) is None
    whole = [(0, cell.index("\n")), (cell.index("\n") + 1, len(cell))]
    assert _no_word_cut(cell, whole) == whole
    # a piece of one token that is a phrase ("ขั้นตอน...แต่งตั้งคณะกรรมการฯ": stops and ฯ) is no word cut
    phrase = "อยู่ระหว่างขั้นตอน...แต่งตั้งคณะกรรมการฯ ประชุมผู้บริหารสถานศึกษา"
    parts = [(0, phrase.index(" ")), (phrase.index(" ") + 1, len(phrase))]
    assert _no_word_cut(phrase, parts) == parts


def test_the_sections_heading_found_fuzzily_leaves_the_header_run_on_after_it():
    line = "ถึง) รายงานความกถ้าวหน้าของโครงการและการใช้จ่ายงบประมาณ รายงานครั้งที่ ๑"
    segments = ANCHORS.segments(line)
    assert [(s.hit.anchor.key if s.hit else None, s.text) for s in segments] == [("s2", "รายงานครั้งที่ ๑")]
    # the heading alone on its line: the whole line, as before
    alone = ANCHORS.segments("ถึง) รายงานความกถ้าวหน้าของโครงการและการใช้จ่ายงบประมาณ")
    assert [(s.hit.anchor.key if s.hit else None, s.text) for s in alone] == [("s2", "")]
