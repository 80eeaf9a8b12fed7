"""An OBEC list whose item numbers OCR read as a column apart from its
texts, the column's last number read without its mark ('1.' / '2.' / '3'):
the line was debris to the clean-up, so the column held two numbers for
three texts, and the last two ran together into one item with no issue
naming it (fresh set s68o: obec_progress_s68o003 project 4's results).
column_numbers_mended took a last number that lost its mark only where
a comma or colon stood for it ('3,'); now a token of digits alone that
prints the next number is the column's last number too, where the
numbers before it are the sequence 1..n read as printed."""

from __future__ import annotations

from pathlib import Path

from parsers.obec_progress.lists import column_numbers_mended
from pipeline.stages import process_document
from schemas.document import Line

CORPUS = Path(__file__).resolve().parent / "corpus"

# texts the report prints nowhere else (no item known whole parts them)
TEXTS = ["นักเรียนในสังกัดเข้าร่วมกิจกรรมพัฒนาทักษะการอ่าน",
         "ผู้บริหารสถานศึกษามีความรู้ความเข้าใจในการบริหารงบประมาณของโรงเรียน",
         "ครูผู้สอนได้รับการพัฒนาการจัดการเรียนรู้เชิงรุกอย่างต่อเนื่อง"]


def _outcomes(numbers: list[str]) -> list[dict]:
    # the committed OCR twin of extra3's obec_progress_w002: a round's outcomes, '๑)' / '๒)' over their texts;
    # the column and the texts rewritten to the class
    lines = (CORPUS / "extra3" / "ocr" / "obec_progress_w002.txt").read_text(encoding="utf-8").split("\n")
    assert lines[698] == "เป้าหมายเชิงผลลัพธ์ (Outcome)" and lines[699:701] == ["๑)", "๒)"]
    assert lines[715].startswith("ดัชนี")
    texts = [x for n in numbers for x in (n, "")] + TEXTS
    lines[699:715] = [*texts, *[""] * (16 - len(texts))]
    rows = process_document("x.txt", "\n".join(lines).encode("utf-8"))
    return sorted((r for r in rows["targets"] if r["kind"] == "outcome" and 699 <= r["line_start"] <= 715),
                  key=lambda r: r["seq"])


def test_the_last_number_read_without_its_mark():
    for numbers in (["1.", "2.", "3"], ["๑.", "๒.", "๓"]):
        rows = _outcomes(numbers)
        assert [(r["seq"], r["text"]) for r in rows] == list(enumerate(TEXTS, 1))


def test_the_sequence_must_prove_it():
    texts = [Line(9, TEXTS[0])]
    # the next number in digits, the numbers before it 1..n as printed: the column's last number
    column = [Line(1, "1."), Line(2, "2."), Line(3, "3")] + texts
    assert [ln.text for ln in column_numbers_mended(column, {3})] == ["1.", "2.", "3.", TEXTS[0]]
    # a figure that is not the next number, or numbers before it out of order: left out, as debris is
    for column in ([Line(1, "1."), Line(2, "2."), Line(3, "5")], [Line(1, "1."), Line(2, "3."), Line(3, "4")],
                   [Line(1, "a."), Line(2, "2."), Line(3, "3")]):
        assert [ln.text for ln in column_numbers_mended(column + texts, {3})] == [ln.text for ln in column[:2]] + [TEXTS[0]]
