"""A proposal whose paragraph above the budget table states its total with the clause word OCR misread past the
patterns ("เป็นเงงิน ๓๕,๕๐๐.๐๐ บาท", a letter doubled) and a table line's clause broken over lines ("เป็นเงิน" /
"๕๕.๐๐๐.๐๐ บาท"): the first "เป็นเงิน X" of the section, that line's amount, was taken for the total (fresh set
s69o, bma_proposal_s69o002: 55,000 for 74,500; flagged, and right before only by a sum that chose three lines
wrong).  The paragraph found, a "เป็นเงิน X" below it is no total: the total is not read, and the amount in Thai
words stands for it (rows.total_from_words, said)."""

from __future__ import annotations

import json
from decimal import Decimal

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

STATED = "เป็นเงิน 69,5๐๐.-บาท     (หกหมื่น"
LINE = "จำนวน 2 โรงเรียนๆ ละ 15,100.-บาท เป็นเงิน 30,200.-บาท"
# the line as OCR left it: over lines, its separators read as dots (no expense clause the patterns read)
BROKEN = "จำนวน 2 โรงเรียนๆ ละ\n\n15.100.00 บาท\nเป็นเงิน\n\n30.200.00 บาท"


def _damaged() -> str:
    source = sample_text(PROPOSAL)
    assert STATED in source and LINE in source
    return source.replace(STATED, STATED.replace("เป็นเงิน", "เป็นเงงิน")).replace(
        LINE, BROKEN)


def test_a_line_s_clause_below_the_paragraph_is_not_the_total():
    rows = run(_damaged())
    (project,) = rows["projects"]
    assert Decimal(str(project["budget_allocated"])) == Decimal("69500.00")
    said = [i for i in rows["issues"] if i["field"] == "projects.budget_allocated" and i["code"] == "value_repaired"]
    assert said and json.loads(said[0]["evidence"])["rule"] == "words"
    # the line's amount is not read as the total (before: printed 'เป็นเงิน 30.200' read 30,200.00, repaired only
    # because the lines added up to the words' amount; where they do not, it stood)
    assert all("30.200" not in (json.loads(i["evidence"]).get("printed") or "") for i in said)


def test_the_paragraph_s_total_read_as_printed_is_kept():
    source = sample_text(PROPOSAL).replace(LINE, BROKEN)
    (project,) = run(source)["projects"]
    assert Decimal(str(project["budget_allocated"])) == Decimal("69500.00")
