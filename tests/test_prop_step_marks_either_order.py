"""A BMA proposal action-plan step's line ending with the chart's marks read in either order: a mark of bars and
brackets, then a month cell's speck read as a Thai letter ("1. ขออนุมัติ |] ป": fresh set s94p,
bma_proposal_s94p002).  Each cut (steps._TRAILING_MARKS_RE, steps._trailing_specks) bared the other, but each was
made once, so the mark stayed in the step's text with no issue.  Now step_text cuts until neither finds more; a
lone figure, which may be the text's own, stays."""

from parsers.bma_proposal.steps import step_text


def test_marks_and_specks_in_either_order_are_cut():
    assert step_text("1. ขออนุมัติ |] ป") == "1. ขออนุมัติ"
    assert step_text("1. ขออนุมัติ ป |]") == "1. ขออนุมัติ"
    assert step_text("4. ประชุมชี้แจง") == "4. ประชุมชี้แจง"
    assert step_text("2. แต่งตั้งคณะกรรมการ 1") == "2. แต่งตั้งคณะกรรมการ 1"
