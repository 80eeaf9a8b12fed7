"""An OBEC list text that opens inside a word of a text the report prints
elsewhere: OCR cut its line mid-word, or set a piece of another line where
the text was (parsers.obec_progress.texts.texts_cut_in_a_word)."""

from __future__ import annotations

import json

from parsers.obec_progress.lists import PAIRED_IN_DOUBT, RAN_ON_IN_DOUBT
from parsers.obec_progress.texts import split_joined_items, texts_cut_in_a_word
from schemas.document import Issue

_ALIGNMENT = ("สพป.กาฬสินธุ์ เขต 3 ดำเนินการด้วยความโปร่งใส บริสุทธิ์ ยุติธรรม ตรวจสอบได้ "
              "และเป็นที่ยอมรับของผู้มีส่วนเกี่ยวข้อง")


def _tables(finding: str) -> dict:
    return {"alignments": [{"project_key": "a", "text": _ALIGNMENT, "line_start": 57, "line_end": 57}],
            "findings": [{"project_key": "a", "text": finding, "line_start": 196, "line_end": 196}]}


def test_a_finding_that_opens_inside_a_word_of_another_printing_is_said():
    # "ติธรรม" is the tail of "ยุติธรรม" (its words "ติ" and "ธรรม" are each in the dictionary: the text alone
    # reads well)
    said = texts_cut_in_a_word(_tables("ติธรรม ตรวจสอบได้"), [])
    assert [(i.code, i.field, i.line_start, i.project_key) for i in said] == [("unknown_words", "findings.text",
                                                                              196, "a")]


def test_a_text_another_printing_holds_from_a_word_start_is_not():
    # after a space, and after a word the dictionary ends there ("ได้|ดำเนินการ"): a shorter wording, no cut
    assert texts_cut_in_a_word(_tables("ยุติธรรม ตรวจสอบได้"), []) == []
    tables = _tables("ดำเนินการประชุมคณะกรรมการดำเนินงาน")
    tables["alignments"][0]["text"] = "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน"
    assert texts_cut_in_a_word(tables, []) == []
    # a short text is in many others: not looked for
    assert texts_cut_in_a_word(_tables("ติธรรม"), []) == []


def test_a_text_said_already_at_its_lines_is_not_said_again():
    named = [Issue("warning", "unknown_words", "", None, 196, 196, field="findings.text")]
    assert texts_cut_in_a_word(_tables("ติธรรม ตรวจสอบได้"), named) == []


# ---- split_joined_items: two items OCR read as one row, the second printed elsewhere as a row of its own

_MEETING = "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว"
_SUPERVISED = "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๑๑๐ โรงเรียน"
_DONE = "สพป.ตรัง เขต ๑ ได้ดำเนินการเสริมสร้างคุณธรรม ครบตามแผนที่กำหนด"


def _finding(project: str, seq: int, text: str, line: int) -> dict:
    return {"project_key": project, "quarter": 1, "kind": "result", "seq": seq, "aspect": None, "text": text,
            "line_start": line, "line_end": line + 1}


def test_a_row_that_ends_with_a_text_other_rows_print_alone_is_cut_into_two_rows():
    findings = [_finding("a", 1, _SUPERVISED, 100), _finding("a", 2, _MEETING, 102),
                _finding("b", 1, _DONE + " " + _MEETING, 200), _finding("b", 2, "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ", 203)]
    tables = {"findings": findings}
    said = split_joined_items(tables, [])
    b = [(r["seq"], r["text"]) for r in tables["findings"] if r["project_key"] == "b"]
    assert b == [(1, _DONE), (2, _MEETING), (3, "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ")]
    assert [(i.code, i.field, i.line_start, json.loads(i.evidence)["rule"], json.loads(i.evidence)["chosen"])
            for i in said] == [("value_repaired", "findings.text", 200, "items_joined", _DONE),
                               ("value_repaired", "findings.text", 200, "items_joined", _MEETING)]


def test_the_next_items_number_read_alone_is_left_out_and_the_words_before_are_cut_again():
    # "๓)" read "2" at the end of the item before; three items in one row
    findings = [_finding("a", 1, _SUPERVISED, 100), _finding("a", 2, _MEETING, 102),
                _finding("b", 1, f"{_DONE} {_SUPERVISED} 2 {_MEETING}", 200)]
    tables = {"findings": findings}
    split_joined_items(tables, [])
    assert [r["text"] for r in tables["findings"] if r["project_key"] == "b"] == [_DONE, _SUPERVISED, _MEETING]


def test_a_text_printed_whole_twice_or_with_latin_junk_before_its_close_is_not_cut():
    twice = [_finding("a", 1, _MEETING, 100), _finding("b", 1, _DONE + " " + _MEETING, 200),
             _finding("c", 1, _DONE + " " + _MEETING, 300)]
    assert split_joined_items({"findings": twice}, []) == []
    # OCR's junk of other lines inside the words before: more items may be run in there
    junked = "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์ Ly) ด้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด"
    junk = [_finding("a", 1, _MEETING, 100), _finding("b", 1, f"{junked} {_MEETING}", 200)]
    assert split_joined_items({"findings": junk}, []) == []
    assert [r["text"] for r in junk] == [_MEETING, f"{junked} {_MEETING}"]


def test_a_text_other_lists_print_is_not_cut_into_this_one():
    # an indicator run into the outcomes (the indicators' heading lost): its other printings are indicators
    outcome = "ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ มีทักษะที่จำเป็นในศตวรรษที่ 21"
    liked = "ผู้เข้าร่วมโครงการมีความพึงพอใจต่อการดำเนินงานในระดับมากขึ้นไป"
    targets = [{"project_key": "a", "quarter": 1, "kind": "indicator", "seq": 1, "text": liked, "line_start": 10,
                "line_end": 10},
               {"project_key": "b", "quarter": 1, "kind": "outcome", "seq": 1, "text": f"{outcome} {liked}",
                "line_start": 20, "line_end": 21}]
    assert split_joined_items({"targets": targets}, []) == []
    targets[0]["kind"] = "outcome"
    assert [i.code for i in split_joined_items({"targets": targets}, [])] == ["value_repaired"] * 2


def test_a_row_of_a_list_paired_with_its_numbers_by_paragraphs_in_doubt_is_not_cut():
    # the list printed its numbers apart from its texts and its paragraphs were paired with them in doubt: the row's
    # first words may be the tail of the item before, a printed line OCR broke in two, no item of their own
    tail = "ต้องปรับกิจกรรมแบบออนไลน์"
    findings = [_finding("a", 1, _MEETING, 100),
                _finding("b", 1, "ขาดงบประมาณในการพัฒนาครูแบบประชุมเชิงปฏิบัติการ", 200),
                _finding("b", 2, f"{tail} {_MEETING}", 202)]
    doubt = Issue("warning", "items_cut_in_doubt", f"findings: a list of in_progress project b {PAIRED_IN_DOUBT} "
                  "(one number alone ('2') opens it): which text is which item's is in doubt", None, 198, 203,
                  field="findings")
    tables = {"findings": [dict(r) for r in findings]}
    said = split_joined_items(tables, [doubt])
    assert [r["text"] for r in tables["findings"]] == [r["text"] for r in findings]
    assert [(i.code, i.field, i.line_start, json.loads(i.evidence)["chosen"], json.loads(i.evidence)["candidates"])
            for i in said] == [("items_cut_in_doubt", "findings", 202, None, [tail, _MEETING])]
    # another doubt of the list (a figure among specks: an item's number lost) leaves the cut to be made
    other = Issue("warning", "items_cut_in_doubt", "findings: a list of in_progress project b has an item read over "
                  "lines of OCR debris that hold a figure alone", None, 198, 203, field="findings")
    tables = {"findings": [dict(r) for r in findings]}
    assert [i.code for i in split_joined_items(tables, [other])] == ["value_repaired"] * 2
    assert [r["text"] for r in tables["findings"] if r["project_key"] == "b"][1:] == [tail, _MEETING]


def test_a_row_its_list_read_as_a_known_item_run_on_past_a_gap_is_not_cut():
    # the list read the row as an item the report prints whole run on past a gap into text no item is: an item
    # whose number OCR lost ran in there, so a cut at the row's end leaves two items (or more) in one row, and the
    # rows the cut makes stand off the list's places
    lost = "สพป.ระนอง เขต ๒ ได้ดำเนินการยกระดับผลสัมฤทธิ์ทางการเรียน ครบตามแผนที่กำหนด"
    findings = [_finding("a", 1, _MEETING, 100), _finding("a", 2, _SUPERVISED, 102),
                _finding("b", 1, f"{_SUPERVISED} {lost} {_MEETING}", 200)]
    doubt = Issue("warning", "items_cut_in_doubt", f"findings: a list of in_progress project b {RAN_ON_IN_DOUBT} "
                  "(at line 202) with text no item of the report is: read as one", None, 200, 205, field="findings")
    tables = {"findings": [dict(r) for r in findings]}
    said = split_joined_items(tables, [doubt])
    assert [r["text"] for r in tables["findings"]] == [r["text"] for r in findings]
    assert [(i.code, i.field, i.line_start, json.loads(i.evidence)["chosen"]) for i in said] == [
        ("items_cut_in_doubt", "findings", 200, None)]
    # without that doubt the row is cut where the known item stands at its end
    tables = {"findings": [dict(r) for r in findings]}
    assert [i.code for i in split_joined_items(tables, [])] == ["value_repaired"] * 2
