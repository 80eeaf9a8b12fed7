"""BMA progress expense lines read under a report that spent nothing and
given to the report whose disbursement they complete (rows._join_lines)
were put after its own lines whenever they were read under a later entry.
In a table of entries side by side, a line at the foot of one column can
be read with the next column's cells (a cell OCR ran across the column
gap), though it stands above the report's own line: s63o003 read report 7's
first line (11,940) under report 8, and joined after report 7's own line
(3,025) the two lines traded places, each scored against the other's truth.
Where every copy reads every line (their spans are then one printing's),
the lines are numbered in the order they stand on the page
(rows._printed_order); else as before."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.rows import _lines_moved_home
from schemas.document import Merged, Reading


def _line(item: str, amount: str, start: int) -> dict:
    return {"item": Reading(item, item, start, start), "amount": Reading(Decimal(amount), amount, start + 2, start + 2)}


def _merged(copies_of_moved: int) -> tuple[Merged, dict]:
    own, theirs = _line("ค่าอาหารว่างและเครื่องดื่ม", "3025", 139), _line("ค่าอาหารกลางวัน", "11940", 133)
    merged = Merged(tables={"expenses": {(7, 1): own, (8, 1): theirs}},
                    n_copies={"expenses": {(7, 1): 2, (8, 1): copies_of_moved}},
                    issues=[], votes={}, total_copies=2,
                    spans={"expenses": {(7, 1): (139, 144), (8, 1): (133, 138)}})
    reports = {6: {"disbursed": Reading(Decimal(0), "0", 120, 120)},
               7: {"disbursed": Reading(Decimal("14965"), "14965", 147, 147)},
               8: {"disbursed": Reading(Decimal(0), "0", 147, 147)}}
    return merged, reports


def _items(merged: Merged) -> list[tuple]:
    return [(key, rec["item"].value) for key, rec in sorted(merged.tables["expenses"].items())]


def test_joined_lines_are_numbered_as_they_stand_on_the_page():
    merged, reports = _merged(2)
    issues = _lines_moved_home(merged, reports)
    assert _items(merged) == [((7, 1), "ค่าอาหารกลางวัน"), ((7, 2), "ค่าอาหารว่างและเครื่องดื่ม")]
    assert merged.spans["expenses"][(7, 1)] == (133, 138)
    (repaired,) = [i for i in issues if i.code == "value_repaired"]
    assert repaired.field == "expenses.report_seq" and "before them, as they stand on the page" in repaired.message


def test_where_a_copy_lacks_a_line_the_entries_order_stands():
    # the spans may then come from different copies, which say nothing of the order: a later entry's lines go after
    merged, reports = _merged(1)
    _lines_moved_home(merged, reports)
    assert _items(merged) == [((7, 1), "ค่าอาหารว่างและเครื่องดื่ม"), ((7, 2), "ค่าอาหารกลางวัน")]
