"""A BMA proposal KPI's target value whose figure OCR read with a Thai
consonant glued to its digits that is no look-alike of the measured table
(fresh set s105p, bma_proposal_s105p001: "ร้อยละ ร3๐" for ร้อยละ ๘๐, the
value on a line of its own).  The look-alike check knew ฒ ๆ อ ซ ญ ส only, so
the value went through as read with no issue naming it.  Any consonant
standing alone, glued to a figure and no part of a word, is a misread
figure: said (unparsed_value), the value kept as read.  A word beside a
figure ("ข้อ5", "5ครั้ง") and a plain figure are not."""

from __future__ import annotations

import pytest

from tests.test_prop_kpi_value_thai_lookalike import _flagged  # (a KPI row of that value put, its issues' fields)

pytestmark = pytest.mark.usefixtures("repair_on")


def test_a_consonant_glued_before_or_after_a_figure_is_said():
    assert _flagged("ร้อยละ ร3๐") == ["targets.target_value"]
    assert _flagged("ร้อยละ ๘๐ร") == ["targets.target_value"]
    assert _flagged("จำนวน ๕ถ คน") == ["targets.target_value"]


def test_words_beside_figures_are_not():
    assert _flagged("ร้อยละ ๘๐") == []
    assert _flagged("ข้อ5 ของโรงเรียน") == []
    assert _flagged("5ครั้ง") == []
    assert _flagged("ร้อยละ๘๐") == []
