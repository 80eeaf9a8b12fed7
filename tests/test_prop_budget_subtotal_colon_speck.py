"""A budget table's category row, its subtotal beside its name, with a speck of the table's rules OCR read as a
digit glued to a colon between them ("ค่าตอบแทนวิทยากร  5:  7,800.-", fresh set s96o bma_proposal_s96o004): the
speck is no cell of the row (no figure of the table is printed with a colon), so the row names its category and
the lines under it are that category's, numbered as printed.  Before, it was a row of another shape: the lines
under it stood of no category, each numbered one on, and the copies' vote kept one line twice."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

DOC = Path(__file__).resolve().parent / "corpus" / "extra4" / "clean" / "bma_proposal_t002.txt"
ROW = "ค่าตอบแทนวิทยากร\t\t\t\t8,400\n"


def _read(text: str) -> tuple[list[tuple], list[dict]]:
    rows = process_document("doc.txt", text.encode("utf-8"))
    expenses = [(r["seq"], r["category"], r["item"], r["amount"] and str(r["amount"]))
                for r in rows.get("expenses", [])]
    return expenses, rows["issues"]


def test_a_digit_and_colon_between_a_category_and_its_subtotal_is_a_speck():
    text = DOC.read_text(encoding="utf-8")
    assert ROW in text
    expected, _ = _read(text)
    assert any(category == "ค่าตอบแทนวิทยากร" for _, category, _, _ in expected)
    for speck in ("5:", ":๑"):
        expenses, issues = _read(text.replace(ROW, f"ค่าตอบแทนวิทยากร\t{speck}\t\t\t8,400\n"))
        assert expenses == expected
        assert not any(i["code"] == "unread_cells" and i["field"] == "expenses" for i in issues)


def test_a_figure_cell_between_is_still_a_row_of_another_shape():
    text = DOC.read_text(encoding="utf-8")
    expenses, issues = _read(text.replace(ROW, "ค่าตอบแทนวิทยากร\t5\t\t\t8,400\n"))
    assert any(i["code"] == "unread_cells" and i["field"] == "expenses" for i in issues)
