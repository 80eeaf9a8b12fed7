"""An OBEC list whose item numbers stand in a column of their own ("1)" / "2)" over the texts), one of which OCR
read as a glyph of no number: "2)" read as "ว" (the bracket's curve joined to the digit's foot), or a digit that
lost its mark.  The glyph was debris, so the column held "1)" alone (or "1)" and "3)"): the texts did not pair with
it and the items ran together (one item, or shifted).  The glyph is the column's next number where the sequence
proves it: the number after it reads as the one after its own ("1)" / "ว" / "3)"), or it stands under a "1" that
closes the column (the form prints a list of one item without a number); and it reads as that number
(parsers.obec_progress.lists.column_numbers_mended).  A speck that is no such glyph, or a glyph the sequence does
not prove, is still debris."""

from __future__ import annotations

from parsers.obec_progress.lists import column_numbers_mended, may_be_column_number
from pipeline.stages import process_document
from schemas.document import Line
from tests.conftest import ROOT

DOC = ROOT / "tests" / "corpus" / "extra3" / "clean" / "obec_progress_w002.txt"
OUTCOMES = "๑)\n๒)\n\nผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ"
RESULTS = "๑)\n๒)\n๓)\n\nได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๑๒๔ โรงเรียน"


def rows(text: str, table: str, kind: str) -> list[tuple[str, int, int, str]]:
    out = process_document("doc.txt", text.encode("utf-8"))
    return sorted((r["project_key"], r["quarter"], r["seq"], r["text"]) for r in out[table] if r["kind"] == kind)


def test_a_glyph_under_a_lone_one_is_the_columns_two():
    clean = DOC.read_text(encoding="utf-8")
    assert clean.count(OUTCOMES) == 1
    damaged = clean.replace(OUTCOMES, OUTCOMES.replace("๑)\n๒)\n", "1)\n\nว\n"))
    want = rows(clean, "targets", "outcome")
    assert any(text.startswith("ผู้เรียนได้รับ") for *_, text in want)
    assert rows(damaged, "targets", "outcome") == want


def test_a_glyph_between_one_and_three_is_two():
    clean = DOC.read_text(encoding="utf-8")
    assert clean.count(RESULTS) == 1
    damaged = clean.replace(RESULTS, RESULTS.replace("๑)\n๒)\n๓)\n", "1)\n\nว\n\n3)\n"))
    want = rows(clean, "findings", "result")
    assert any(text.startswith("ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๑๒๔") for *_, text in want)
    assert rows(damaged, "findings", "result") == want


def column(*texts: str) -> list[Line]:
    return [Line(no, text) for no, text in enumerate(texts, 1)]


def test_only_a_glyph_the_sequence_proves_is_a_number():
    texts = ("ครูผู้สอนสามารถนำความรู้ไปใช้ได้", "การบริหารจัดการมีประสิทธิภาพ")
    assert may_be_column_number("1)", "ว") and may_be_column_number("๒.", "3")
    assert not may_be_column_number("ครูผู้สอน", "ว") and not may_be_column_number("1)", "เง")
    mended = column_numbers_mended(column("1)", "ว", *texts), {2})
    assert [ln.text for ln in mended] == ["1)", "2)", *texts]
    assert [ln.text for ln in column_numbers_mended(column("1.", "2", "3.", *texts), {2})][:3] == ["1.", "2.", "3."]
    # a speck that reads as no 2 ("S"), a glyph over a number that does not follow it ("1) ว 2)"), and one
    # under a "2" that closes the column (a list of two items and a speck): debris, left out
    assert [ln.text for ln in column_numbers_mended(column("1)", "S", *texts), {2})] == ["1)", *texts]
    assert [ln.text for ln in column_numbers_mended(column("1)", "ว", "2)", *texts), {2})] == ["1)", "2)", *texts]
    assert [ln.text for ln in column_numbers_mended(column("1)", "2)", "ว", *texts), {3})] == ["1)", "2)", *texts]


def test_a_columns_number_whose_mark_ocr_read_as_a_comma_or_colon_is_its_number():
    # "1." / "2:" and "1." / "2." / "3,": the last number of a column, its dot read as a colon or a comma, was
    # debris; the column held one number fewer than the texts and the items ran together (worked sets s30o, s35z)
    texts = ("มีสัญญาณขัดข้องระหว่างการประชุมออนไลน์", "ภาระงานอื่น ๆ ค่อนข้างเยอะ", "ระยะเวลาในการอบรมพัฒนามีจำกัด")
    assert may_be_column_number("1.", "2:") and may_be_column_number("2.", "3,")
    assert [ln.text for ln in column_numbers_mended(column("1.", "2:", *texts[:2]), {2})] == ["1.", "2.", *texts[:2]]
    assert [ln.text for ln in column_numbers_mended(column("1.", "2.", "3,", *texts), {3})] == \
        ["1.", "2.", "3.", *texts]
    # the sequence must prove it: a "3," under "1." "3." (no 1..n before it), or a "5," under "1." "2." (not the
    # next number), or a comma after a symbol, stays debris
    assert [ln.text for ln in column_numbers_mended(column("1.", "3.", "3,", *texts), {3})] == ["1.", "3.", *texts]
    assert [ln.text for ln in column_numbers_mended(column("1.", "2.", "5,", *texts), {3})] == ["1.", "2.", *texts]
    assert [ln.text for ln in column_numbers_mended(column("1.", "2.", "S,", *texts), {3})] == ["1.", "2.", *texts]
