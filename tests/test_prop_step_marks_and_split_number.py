"""A proposal's action plan after OCR, two shapes that left a step's text wrong with no issue:

- a step's number OCR split into a digit and a letter ("๓ต." for ๗.) opened no step, so the step ran into the
  one before it, silently where it was the last (parsers.bma_proposal.numbering._STEP_RE: a digit and one Thai
  letter before the dot is a step's token; the sequence numbers it and says so, rule item_sequence);
- the chart's bar read as a bracket or bar with a stroke like a digit one or a quote ("1]", "'|]") at the end
  of a step's line stayed in its text (steps._TRAILING_MARKS_RE: such a token holding a bar, bracket or slash is
  a mark; a figure alone, "ครั้งที่ 1", stays)."""

from __future__ import annotations

from parsers.bma_proposal.numbering import step_opener
from parsers.bma_proposal.steps import read_steps, step_text
from schemas.document import CopyReading
from tests.lines import numbered_lines


def _read(*texts: str) -> CopyReading:
    out = CopyReading(0, 1, 200)
    assert read_steps(numbered_lines(*texts, start=40), out)
    return out


def test_a_step_number_split_into_a_digit_and_a_letter_opens_its_step():
    out = _read("๑. ประชุมชี้แจง", "๒. จัดทำคู่มือ", "๓. อบรมครู", "ผู้ประสานงาน", "- ๑ -", "๓ต. ประเมินผลโครงการ")
    texts = {seq: rec["text"].value for seq, rec in out.tables["activities"].items()}
    assert texts == {1: "ประชุมชี้แจง", 2: "จัดทำคู่มือ", 3: "อบรมครู ผู้ประสานงาน", 4: "ประเมินผลโครงการ"}
    said = [i for i in out.issues if i.code == "value_repaired" and i.field == "activities.seq"]
    assert [(i.line_start, "'๓ต'" in i.message) for i in said] == [(45, True)]
    assert step_opener("๓ต. ประเมินผลโครงการ") == ("๓ต", "ประเมินผลโครงการ")
    # an abbreviation is none
    assert step_opener("ก.ค. ส.ค.") is None


def test_a_bar_read_with_a_stroke_at_a_line_end_is_a_mark():
    assert step_text("จัดทำแผนการจัดกิจกรรม 1]") == "จัดทำแผนการจัดกิจกรรม"
    assert step_text("ขออนุมัติ '|]") == "ขออนุมัติ"
    texts = [rec["text"].value for _, rec in sorted(_read("๑. ขออนุมัติ '|]", "โครงการ", "๒. จัดทำแผน 1]",
                                                          "การใช้จ่าย").tables["activities"].items())]
    assert texts == ["ขออนุมัติ โครงการ", "จัดทำแผน การใช้จ่าย"]
    # a figure of the step's words stays
    for text in ("ประชุมครั้งที่ 1", "จัดอบรม (1)", "กลุ่มที่ 1 และ 2"):
        assert step_text(text) == text
