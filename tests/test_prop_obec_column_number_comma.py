"""An OBEC list whose item numbers OCR read as a column apart from its
texts, where the column's second number lost its mark or came out with a
comma for it ('๑.' / 'lo,' for '๑.' / '๒.', '1.' / '2,'), or its first
number came out as look-alikes of a 1 and the second lost its mark ('a.' /
'2'): the line was debris to the clean-up (no mark, or a token of three
characters), so the column held one number for two texts and the list's
items ran together into one, with no issue naming them (silent).  Now
may_be_column_number keeps such a line (a token closed by a comma too) and
column_numbers_mended gives it the column's next number where the sequence
proves it, as it did for a glyph that lost its mark ('1)' / '2'): under a
first number read as a 1's look-alikes alone ('a.'), and a comma-closed
token of look-alikes that reads as the next number ('lo,' for 2)."""

from __future__ import annotations

from pathlib import Path

from parsers.obec_progress.lists import column_numbers_mended, may_be_column_number
from pipeline.stages import process_document
from schemas.document import Line

CORPUS = Path(__file__).resolve().parent / "corpus"

# texts the report prints nowhere else (no item known whole parts them)
FIRST = "นักเรียนในสังกัดเข้าร่วมกิจกรรมพัฒนาทักษะการอ่าน"
SECOND = "ผู้บริหารสถานศึกษามีความรู้ความเข้าใจในการบริหารงบประมาณของโรงเรียน"


def _outcomes(numbers: list[str]) -> list[dict]:
    # the committed OCR twin of extra3's obec_progress_w002: a round's outcomes, '๑)' / '๒)' over their texts;
    # the column and the texts rewritten to the class
    lines = (CORPUS / "extra3" / "ocr" / "obec_progress_w002.txt").read_text(encoding="utf-8").split("\n")
    assert lines[698] == "เป้าหมายเชิงผลลัพธ์ (Outcome)" and lines[699:701] == ["๑)", "๒)"]
    assert lines[715].startswith("ดัชนี")
    texts = [*numbers, "", FIRST, SECOND]
    lines[699:715] = [*texts, *[""] * (16 - len(texts))]
    rows = process_document("x.txt", "\n".join(lines).encode("utf-8"))
    return sorted((r for r in rows["targets"] if r["kind"] == "outcome" and 699 <= r["line_start"] <= 715),
                  key=lambda r: r["seq"])


def test_a_comma_for_the_second_numbers_mark():
    for numbers in (["๑.", "lo,"], ["1.", "2,"]):
        rows = _outcomes(numbers)
        assert [(r["seq"], r["text"]) for r in rows] == [(1, FIRST), (2, SECOND)]


def test_a_first_number_read_as_look_alikes_and_a_second_that_lost_its_mark():
    rows = _outcomes(["a.", "2"])
    assert [(r["seq"], r["text"]) for r in rows] == [(1, FIRST), (2, SECOND)]


def test_the_sequence_must_prove_it():
    assert may_be_column_number("๑.", "lo,") and not may_be_column_number("๑.", "lo,,")
    column = [Line(1, "๑."), Line(2, "lo,"), Line(3, "5."), Line(4, FIRST)]
    # the number after it reads as no 3: the comma-closed token is left out, as debris is
    assert [ln.text for ln in column_numbers_mended(column, {2})] == ["๑.", "5.", FIRST]
    # a first number whose look-alikes read as 2 as well ("lo." for ๒) is no 1: nothing given
    column = [Line(1, "lo."), Line(2, "2"), Line(3, FIRST)]
    assert [ln.text for ln in column_numbers_mended(column, {2})] == ["lo.", FIRST]
