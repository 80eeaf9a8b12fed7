"""Two copies of a proposal tied on an expense line's amount, figures no plausibility rule tells apart (fresh set
s62o, bma_proposal_s62o004: the last line "๑ โรงเรียน ๒,๐0๐.๐0 7๒,๐๐๐.๐๐" in copy 1, "... 6,000.๐๐" in
copy 2, its total printed 74,000.00): the tie went to the earliest copy, 72,000.00.  The lines of the table add up
to its total; the reading with which they add up to a total the document prints, where the other's add up to
none, wins the tie (vote._amount_tie_by_total), still said (ocr_variant, its reason named)."""

from __future__ import annotations

from decimal import Decimal

from pipeline.vote import merge_copies
from schemas.document import CopyReading, Reading


def _copy(index: int, amounts: list[str], total: str | None, words: str | None = None) -> CopyReading:
    start = 1 + 200 * index
    copy = CopyReading(index, start, start + 100)
    for seq, amount in enumerate(amounts, start=1):
        copy.put("expenses", (None, seq), "amount", Reading(Decimal(amount), amount, start + seq, start + seq))
    if total is not None:
        copy.put("project", 0, "budget_table_total", Reading(Decimal(total), total, start + 9, start + 9))
    if words is not None:
        copy.put("project", 0, "budget_in_words", Reading(Decimal(words), "(...บาทถ้วน)", start + 2, start + 2))
    return copy


def _amounts(merged) -> list[Decimal]:
    return [rec["amount"].value for _, rec in sorted(merged.tables["expenses"].items())]


def _said(merged) -> list[str]:
    return [i.message for i in merged.issues if i.code == "ocr_variant" and i.field == "expenses.amount"]


def test_the_amount_with_which_the_lines_add_up_to_a_printed_total_wins_the_tie():
    merged = merge_copies([_copy(0, ["18000", "50000", "72000"], "74000"),
                           _copy(1, ["18000", "50000", "6000"], "35000")])
    assert _amounts(merged) == [Decimal("18000"), Decimal("50000"), Decimal("6000")]
    [message] = _said(merged)
    assert "'6000'" in message and "add up to" in message
    # the amount in words is a printed total too (copy 1's table total unread)
    merged = merge_copies([_copy(0, ["18000", "50000", "72000"], None, words="74000"),
                           _copy(1, ["18000", "50000", "6000"], None)])
    assert _amounts(merged)[2] == Decimal("6000")


def test_a_tie_no_total_settles_stays_with_the_earliest_copy():
    # both readings add up to a printed total, or neither does: the tie stands as broken
    for totals in (("140000", "74000"), ("99000", "98000")):
        merged = merge_copies([_copy(0, ["18000", "50000", "72000"], totals[0]),
                               _copy(1, ["18000", "50000", "6000"], totals[1])])
        assert _amounts(merged)[2] == Decimal("72000"), totals
        assert "earliest copy" in _said(merged)[0]
    # two lines tied: which of them the total settles is not told line by line
    merged = merge_copies([_copy(0, ["18000", "51000", "72000"], "74000"),
                           _copy(1, ["18000", "50000", "6000"], "74000")])
    assert _amounts(merged)[1:] == [Decimal("51000"), Decimal("72000")]
