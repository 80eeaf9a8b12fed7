"""A budget table of item columns with a row OCR made of a category's empty cells and the table's rules,
"๑\tณฒณี๕ wv\tA", among its rows: a digit, then a word with a digit glued after it.  The word's digit counted as a
second figure, so the row was taken for an item's row not read, its number taken from the rows under it, and each
line under it numbered one too many, silently (fresh set s114p, bma_proposal_s114p004).  A digit glued after two
letters or marks is a word's letter OCR wrote as a digit, no figure (budget._FIGURE_RUN_RE): the row holds one
figure, so it may be a category's row, and the lines under it keep their numbers, their category said unknown.
A figure whose first digit OCR wrote as one letter ("ล๒ ชั่วโมง" for ๑๒) is still a figure: that row is an
item's, its number kept free."""

from __future__ import annotations

import json
from pathlib import Path

from parsers.bma_proposal.budget import UNREAD_ROW
from pipeline.stages import process_document

DOC = Path(__file__).resolve().parent / "corpus" / "extra4" / "clean" / "bma_proposal_t002.txt"
HEAD = "ค่าตอบแทนวิทยากร\t\t\t\t8,400\n"


def _read(text: str) -> tuple[list[tuple], list[dict]]:
    rows = process_document("doc.txt", text.encode("utf-8"))
    expenses = [(r["seq"], r["item"], r["amount"] and str(r["amount"])) for r in rows.get("expenses", [])]
    return expenses, rows["issues"]


def _unread(issues: list[dict]) -> list[dict]:
    return [json.loads(i["evidence"]) for i in issues
            if i["code"] == "unread_cells" and i["field"] == "expenses" and UNREAD_ROW in (i["evidence"] or "")]


def test_a_digit_glued_after_a_word_is_no_figure():
    text = DOC.read_text(encoding="utf-8")
    assert HEAD in text
    expected, _ = _read(text)
    expenses, issues = _read(text.replace(HEAD, HEAD + "๑\tณฒณี๕ wv\tA\n"))
    assert expenses == expected  # every line keeps its number
    said = _unread(issues)
    assert len(said) == 1 and said[0]["seq"] is None  # an item's row or a category's: no number taken


def test_a_figure_whose_first_digit_reads_as_a_letter_is_one():
    text = DOC.read_text(encoding="utf-8")
    expected, _ = _read(text)
    expenses, issues = _read(text.replace(HEAD, HEAD + "วิทยากรพิเศษ\tล๒ รั่วโมง ๐๐\tsn, OO\n"))
    said = _unread(issues)
    assert len(said) == 1 and said[0]["seq"] == 3  # an item's row: its number kept free
    assert [e[0] for e in expenses] == [1, 2, 4, 5] and [e[1:] for e in expenses] == [e[1:] for e in expected]
