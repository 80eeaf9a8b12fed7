"""A form printing ฿ before every amount, the sign read as an 8 throughout (set s50z 003: eleven disbursements
"8๐" for ฿0, "8๕,800", a budget spent "84,800" and an allocation "86,000"), where the copies read one disbursement
apart ("680" in the first, "8๐" in the second) and the vote kept the first by the copies' order: that one amount
opening with a 6 broke every_amount_signed, so no sign was dropped and eleven 80.00 stayed (the budget spent's own
sign, proven by the document, was dropped by repair_baht_sign, which _every_sign_dropped did not count either).
Now the copy that prints it opening with the sign is read (_sign_of_copies), and every amount is read without its
sign, in doubt, where no choice of signs makes them add up (_every_sign_dropped)."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.repairs import _baht_signs
from schemas.document import Reading


def _case(kept: str = "680"):
    printed = ["8๐", "80", "8๕,800", kept, "8๐"]
    reports = {n: {"disbursed": Reading(Decimal(p.replace("๐", "0").replace("๕", "5").replace(",", "")),
                                        f"งบประมาณที่เบิกใช้ = {p}", n, n)} for n, p in enumerate(printed, start=1)}
    project = {"budget_spent": Reading(Decimal("4800"), "84,800", 90, 90),  # its sign dropped already
               "budget_allocated": Reading(Decimal("6000"), "86,000", 89, 89)}
    copies = {("progress_reports", 4, "disbursed"): [Reading(Decimal("80"), "งบประมาณที่เบิกใช้ = 8๐", 40, 40)]}
    return project, reports, copies


def test_the_copy_printing_the_sign_is_read_and_every_sign_dropped_in_doubt():
    project, reports, copies = _case()
    issues, _ = _baht_signs(project, reports, "k", copies)
    assert [reports[n]["disbursed"].value for n in range(1, 6)] == [0, 0, Decimal("5800"), 0, 0]
    assert project["budget_spent"].value == Decimal("4800")
    assert {i.code for i in issues} == {"repair_ambiguous"}
    assert any("another copy prints it '8๐'" in i.message for i in issues if i.line_start == 4)


def test_nothing_without_a_copy_printing_the_sign():
    for copies in (None, {("progress_reports", 4, "disbursed"): [Reading(Decimal("50"), "= ๕๐", 40, 40)]}):
        project, reports, _ = _case()
        assert _baht_signs(project, reports, "k", copies) == ([], [])
        assert reports[1]["disbursed"].value == Decimal("80") and reports[4]["disbursed"].value == Decimal("680")
    # two amounts opening otherwise: the form may print no sign
    project, reports, copies = _case()
    reports[5]["disbursed"] = Reading(Decimal("20"), "งบประมาณที่เบิกใช้ = ๒๐", 5, 5)
    assert _baht_signs(project, reports, "k", copies) == ([], [])
