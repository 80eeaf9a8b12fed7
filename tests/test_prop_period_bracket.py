"""A proposal's period whose last year OCR followed with a closing bracket no bracket of the period opens ("พุย. 66
- ก.ุค. da)" for "พ.ย. 66 - ก.ค. ๖๗": fresh set s55z bma_proposal 005, kept as "... ๖๗)" with no issue): a speck
after its last figure, as the specks fields.period leaves out; a bracket the period opens stays."""

from parsers.bma_proposal.fields import period


def test_a_closing_bracket_nothing_opens_after_the_last_year_is_no_part_of_the_period():
    text, start, end = period("พ.ย. 66 - ก.ค. ๖๗)")
    assert text == "พ.ย. 66 – ก.ค. ๖๗"
    assert (start.isoformat(), end.isoformat()) == ("2023-11-01", "2024-07-31")
    assert period("ต.ค. 66 - ก.ย. 67 ) ;")[0] == "ต.ค. 66 – ก.ย. 67"


def test_a_bracket_the_period_opens_stays():
    assert period("ตุลาคม 2566 - กันยายน 2567 (12 เดือน)")[0] == "ตุลาคม 2566 – กันยายน 2567 (12 เดือน)"
