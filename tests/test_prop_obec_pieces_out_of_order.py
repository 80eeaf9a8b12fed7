"""An OBEC alignment text whose lines are pieces of one printed line that OCR
read twice over and out of order (fresh set s61z obec 003: the line's tail
first, then its middle ending with the letters the tail opens with, then its
first word alone): its words stand out of order, so a repair of them (a vowel
misread put right) is no repair of the row's value.  The parser says the
pieces (unread_cells, parsers.obec_progress.rounds.pieces_out_of_order) and
the repair is made repair_ambiguous (pipeline.doubtful.texts_in_doubt); the
same words in order are repaired as before."""
import json

from parsers.obec_progress.rounds import pieces_out_of_order
from tests.test_obec_ocr import project, report, run

HEADING = "ผลการดำเนินงานต่อเป้าหมายของแผนแม่บทประเด็น\n"
IN_ORDER = "ครูได้รับการพัฒนาสมรรถนะตามมาตรฐานวิชาชีพเพิ่มขืน\nและมีความรู้ความเข้าใจในการจัดการเรียนรู้\n"
# the same line in pieces, read out of order: its tail, then its head ending with the letters the tail opens with,
# cut inside the tail's word ("ตามมา|ตรฐาน")
PIECES = ("สมรรถนะตามมาตรฐานวิชาชีพเพิ่มขืน\n\nครูได้รับการพัฒนาสมรรถนะตามมา\n\n"
          "และมีความรู้ความเข้าใจในการจัดการเรียนรู้\n")


def _rows(text: str) -> dict:
    first = project(1, "๒๕๖๗").replace("กำลังคนมีสมรรถนะสูง\n", "กำลังคนมีสมรรถนะสูง\n" + HEADING + text)
    return run(report(projects=[first, project(2, "๒๕๖๗")]))


def _on_text(rows: dict, code: str) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == code and (i["field"] or "").startswith("alignments")]


def test_pieces_of_a_line_read_out_of_order_are_found_by_the_letters_they_share():
    assert pieces_out_of_order(PIECES.split("\n\n")) is not None
    assert pieces_out_of_order(IN_ORDER.splitlines()) is None
    # marks aside: OCR lost a mark in one piece and not in the other
    assert pieces_out_of_order(["ที่มีคุณภาพตามมาตรฐานสากล", "เรียนได้รับการศึกษาทีมีคุณภา"]) is not None
    assert pieces_out_of_order(["ผู้เรียนมีคุณภาพ", "และครูมีคุณภาพ"]) is None  # a word or two alike: no pieces
    # whole words shared, cut where the earlier line's words part: a text's wording, no piece cut off
    assert pieces_out_of_order(["สมรรถนะตามมาตรฐานวิชาชีพ", "ครูได้รับการพัฒนาสมรรถนะตาม"]) is None


def test_a_vowel_put_right_in_a_text_read_in_pieces_out_of_order_is_in_doubt():
    rows = _rows(IN_ORDER)
    [repaired] = [i for i in _on_text(rows, "value_repaired") if i["field"] == "alignments.text"]
    assert json.loads(repaired["evidence"])["rule"] == "dictionary_vowel"
    assert not _on_text(rows, "unread_cells")

    rows = _rows(PIECES)
    assert not [i for i in _on_text(rows, "value_repaired") if i["field"] == "alignments.text"]
    [said] = _on_text(rows, "unread_cells")
    assert "สมรรถนะตาม" in said["message"]
    [doubt] = [i for i in _on_text(rows, "repair_ambiguous") if i["field"] == "alignments.text"]
    assert json.loads(doubt["evidence"])["rule"] == "dictionary_vowel"
