"""Disbursements printed with a ฿ sign, a project whose own budget clauses show the sign as a sign once or never
("= 8๐" for ฿๐, the sign read as an 8), in a document whose other projects' clauses show it ("= Bo", "BO"):
_clause_signs counted the signs of the project's own clauses only, so its "8๐" stayed 80.00 and its "828,500" (for
฿28,500) 828,500.00.  One printing of the form prints its sign before every project's amounts or before none (so in
every document of the worked sets), so the document's clauses, of all its projects (each report once however many
copies print it), now prove the sign for each (baht_sign.clause_signs); the clauses whose amount opens with another
digit, and a บาท after any, still forbid it, counted over the document."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.baht_sign import clause_signs
from parsers.bma_progress.repairs import _clause_signs
from schemas.document import CopyReading, Reading


def _reports(*amounts):
    return {n: {"disbursed": Reading(Decimal(value), f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {printed}", n, n)}
            for n, (printed, value) in enumerate(amounts, start=1)}


def _copy(index: int, code: str, *printed: str) -> CopyReading:
    copy = CopyReading(index, index * 100, index * 100 + 99, identity=(code, None))
    for n, amount in enumerate(printed, start=1):
        copy.put("progress_reports", n, "disbursed", Reading(None, f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {amount}", n, n))
    return copy


def test_the_documents_signs_prove_a_project_that_shows_one():
    own = _reports(("8๐", "80"), ("828,500", "828500"), ("Bo", "0"))
    assert not _clause_signs(dict(own), "k")  # its own clauses: one sign shown, too few
    issues = _clause_signs(own, "k", document=4)
    assert [own[n]["disbursed"].value for n in (1, 2)] == [Decimal("0"), Decimal("28500")]
    assert {i.code for i in issues} == {"value_repaired"} and "document's budget clauses" in issues[0].message


def test_the_document_count():
    signed = _copy(0, "A", "Bo", "8๐", "Bo", "BO")
    assert clause_signs([signed, _copy(1, "B", "8๐", "828,500")]) == 3
    # a second copy of the same project counts its reports once
    assert clause_signs([_copy(0, "A", "Bo", "8๐"), _copy(1, "A", "Bo", "8๐"), _copy(2, "B", "8๐")]) == 0
    # an amount opening with another digit for fewer than four signs shown, or a บาท after one: none
    assert clause_signs([signed, _copy(1, "B", "๕๐", "8๐")]) == 0
    assert clause_signs([signed, _copy(1, "B", "8๐ บาท")]) == 0
