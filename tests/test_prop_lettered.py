"""BMA proposals whose objectives or benefits are lettered ก. ข. ค. instead of numbered
(parsers.bma_proposal.read.lettered_as_bullets): each letter opens an item, as a bullet would."""

from __future__ import annotations

from parsers.bma_proposal.read import lettered_as_bullets
from schemas.document import Line
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run


def _benefits(rows: dict) -> list[tuple[int, str]]:
    return [(f["seq"], f["text"]) for f in rows["findings"] if f["kind"] == "benefit"]


def test_benefits_lettered_in_the_alphabet_s_order_are_the_numbered_ones():
    text = sample_text(PROPOSAL)
    lettered = text.replace("\t\t๙.1 นักเรียน", "\t\tก. นักเรียน").replace("๙.2 ข้าราชการ", "ข. ข้าราชการ") \
        .replace("\t\t9.3 โรงเรียน", "\t\tค. โรงเรียน")
    assert lettered != text
    rows, orig = run(lettered), run(text)
    assert _benefits(rows) == _benefits(orig) and len(_benefits(orig)) >= 3
    assert not [i for i in rows["issues"] if i["code"] == "unplaced_text" and i["field"] == "findings.text"]


def test_letters_out_of_order_or_abbreviations_are_not_a_list():
    kept = [Line(1, "ก. เพื่อหนึ่ง"), Line(2, "ค. เพื่อสอง")]
    assert lettered_as_bullets(kept) == kept
    months = [Line(1, "ก.ค. 2568 ถึง"), Line(2, "ข. อะไร")]
    assert lettered_as_bullets(months) == months
    read = lettered_as_bullets([Line(1, "ก. เพื่อหนึ่ง"), Line(2, "ต่อ"), Line(3, "ข) เพื่อสอง")])
    assert [(ln.text, ln.bullet) for ln in read] == [("เพื่อหนึ่ง", True), ("ต่อ", False), ("เพื่อสอง", True)]


def test_bullets_ocr_read_as_one_same_mark_are_bullets():
    # "•" read "๑" (or "."), each item "numbered" ๑: the benefits used to be lost with no issue at their rows
    text = sample_text(PROPOSAL)
    orig = run(text)
    for mark in ("๑ ", ". "):
        damaged = text.replace("\t\t๙.1 นักเรียน", f"{mark}นักเรียน").replace("๙.2 ข้าราชการ", f"{mark}ข้าราชการ") \
            .replace("\t\t9.3 โรงเรียน", f"{mark}โรงเรียน")
        assert _benefits(run(damaged)) == _benefits(orig)


def test_a_numbered_list_is_not_read_as_bullets():
    from parsers.bma_proposal.read import read_bullets
    numbered = [Line(1, "๑ เพื่อหนึ่ง"), Line(2, "๒ เพื่อสอง"), Line(3, "๑ เพื่อสาม")]
    assert read_bullets(numbered) == numbered
    one = [Line(1, "๑ เพื่อหนึ่ง"), Line(2, "ต่อ")]
    assert read_bullets(one) == one
