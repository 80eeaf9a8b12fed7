"""A BMA proposal's budget heading misread a letter or two in after its own number printed whole ("7. งทระมาณ"
for 7. งบประมาณ), with the word งบประมาณ alone on a line above it, a step's cell a narrow column wrapped
(s19prd003 after OCR): the bare word was taken for the heading, and the steps after it were lost, read as the
budget's text (no issue said so).  The bare line gives way to the numbered one further on
(sections._prefer_numbered, _own_numbered), as it did to a heading whose number OCR damaged."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_HEADING = "\n7. งบประมาณ...\n 7. งบประมาณ\n"  # the sample prints it twice (a TOC-like line)
_STEP3 = "แผนการใช้จ่ายงบประมาณส่ง\nสำนักการศึกษา"


def _rows(heading: str) -> dict:
    text = sample_text(PROPOSAL)
    assert _HEADING in text and _STEP3 in text
    text = text.replace(_STEP3, "แผนการใช้จ่าย\nงบประมาณ\nส่งสำนักการศึกษา")  # the word wrapped alone on a line
    return run(text.replace(_HEADING, f"\n{heading}\n"))


def _steps(rows: dict) -> list:
    return [a["seq"] for a in rows["activities"]]


def _budget(rows: dict) -> tuple:
    return [(e["item"], e["amount"]) for e in rows.get("expenses", [])], rows["projects"][0]["budget_allocated"]


def test_a_bare_heading_word_gives_way_to_its_misread_heading_after_its_own_number():
    rows = _rows("7. งทระมาณ")
    assert _steps(rows) == [1, 2, 3, 4, 5, 6, 7]
    assert "งบประมาณ" in rows["activities"][2]["text"]
    assert _budget(rows) == _budget(_rows("7. งบประมาณ"))


def test_the_misread_words_after_another_number_take_nothing_over():
    # "8. งทระมาณ": not the budget's number; the bare word stays the heading, the steps after it lost as before
    assert _steps(_rows("8. งทระมาณ")) == [1, 2, 3]


def test_a_bare_heading_word_gives_way_to_its_heading_glued_to_its_number_by_a_letter():
    # "7ธุงบประมาณ": the number's dot and space read as a Thai letter and a mark, glued to the words (fresh set
    # s85b, bma_proposal_s85b004: the bare word opened the budget, the step after it lost with no issue)
    rows = _rows("7ธุงบประมาณ")
    assert _steps(rows) == [1, 2, 3, 4, 5, 6, 7]
    assert _budget(rows) == _budget(_rows("7. งบประมาณ"))
    assert _steps(_rows("8ธุงบประมาณ")) == [1, 2, 3]


def test_a_bare_heading_word_gives_way_to_its_heading_glued_to_its_number_by_a_mark():
    # "7ุงบประมาณ": the number's dot read as a mark dangling from the number (fresh set s94p, bma_proposal_s94p002:
    # steps 4 to 6 after the bare word were lost with no issue); _glued_debris, which _recover already asked
    rows = _rows("7ุงบประมาณ")
    assert _steps(rows) == [1, 2, 3, 4, 5, 6, 7]
    assert _budget(rows) == _budget(_rows("7. งบประมาณ"))
    assert _steps(_rows("8ุงบประมาณ")) == [1, 2, 3]
