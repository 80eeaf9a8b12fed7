"""An OBEC budget amount two copies print in Arabic digits alone and read
apart ("1,512" and "1.612"): OCR misread an Arabic digit of one, rarely,
and nothing tells which, so no rare misread chooses between them (fresh
set s108r, obec_progress_s108r003: 1,612 was chosen through an Arabic 5
standing for the ๖ the document's OCR never writes; the truth 1,512)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parsers.obec_progress.budgets import repair_from_copies
from pipeline.vote import Group, Vote
from schemas.document import Reading

pytestmark = pytest.mark.usefixtures("repair_on")

KEY = ("in_progress", 1, 0, "budget", 1)
NOTE = "ไม่สามารถเบิกจ่ายงบประมาณได้ตามแผนการ เนื่องจากกรรมการติดภารกิจ"


def _reading(text: str, value: str, line: int) -> Reading:
    return Reading(Decimal(value), f"จำนวนเงินงบประมาณที่เบิกจ่ายจริง {text} บาท", line, line)


def _issues(first: Reading, second: Reading) -> tuple[dict, list]:
    planned = _reading("7,200", "7200", 3)
    budgets = {KEY: {"planned": planned, "disbursed": first, "note": Reading(NOTE, NOTE, 9, 9)}}
    votes = {("quarterly_budgets", KEY, "planned"): Vote(planned, 0, [Group([(0, planned)])]),
             ("quarterly_budgets", KEY, "disbursed"): Vote(first, 0, [Group([(0, first)]), Group([(1, second)])])}
    return budgets, repair_from_copies(budgets, votes, "46789")  # (the digits its OCR never writes in Thai)


def test_two_arabic_printings_read_apart_are_not_chosen_between_by_a_rare_misread():
    budgets, issues = _issues(_reading("1,512", "1512", 527), _reading("1.612", "1612", 1286))
    assert budgets[KEY]["disbursed"].value == Decimal("1512")  # (as the vote kept it)
    assert not [i for i in issues if i.code == "value_repaired"]
