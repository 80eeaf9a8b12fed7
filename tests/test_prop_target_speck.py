"""BMA proposals after OCR whose target group's line opens with a mark OCR read from a speck in the margin
("๊<gap>3.1 ด้านปริมาณ", set s19prb): no number or label opened the group, so its text was left unplaced, its
kind said by no issue, and the next group was read as the first.  Marks opening a line, white space after
them, are a speck's (a mark sits on a letter): section 3's lines are read without them (targets._specks_off)."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run


def _targets(rows: dict) -> list[tuple]:
    return [(t["kind"], t["seq"], t["text"]) for t in rows["targets"] if t["kind"] in ("quantity", "quality")]


def test_a_target_group_whose_line_a_speck_opened_with_a_mark_is_read():
    source = sample_text(PROPOSAL)
    assert "\t\t๓.๑ ด้านปริมาณ" in source
    damaged = source.replace("\t\t๓.๑ ด้านปริมาณ", "๊\t\t๓.๑ ด้านปริมาณ", 1)
    assert _targets(run(damaged)) == _targets(run(source))
    assert sorted(k for k, _, _ in _targets(run(damaged))) == ["quality", "quantity"]


def test_a_mark_inside_a_line_is_left_alone():
    from parsers.bma_proposal.targets import _specks_off
    from schemas.document import Line

    lines = [Line(1, "๓.๑ ด้านปริมาณ ครู่ 20 คน"), Line(2, "่ก ข")]
    assert _specks_off(lines) == lines  # (a mark on a letter, or a mark glued to one, is no speck of the margin)
