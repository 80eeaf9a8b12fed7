"""A proposal's period whose first end's year OCR read as Latin letters and whose dash stands glued to the last
end's month ("ต.ค. dd -ส.ค. ๖๑" for ต.ค. ๖๐ - ส.ค. ๖๑): no dash rule saw the ends' dash, the period read as its
last month alone, and its start was that month's first day, wrong with no issue naming it (fresh set s85o,
bma_proposal_s85o002).  A dash set apart on its left and glued to a month is the ends' dash (fields.period,
_DASH_BEFORE_MONTH_RE): the first end is unread, its start unknown."""

from __future__ import annotations

from datetime import date

from parsers.bma_proposal.fields import period


def test_a_dash_glued_to_the_last_end_s_month_parts_the_ends():
    text, start, end = period("ต.ค. dd -ส.ค. ๖๑")
    assert text == "ต.ค. dd – ส.ค. ๖๑" and start is None and end == date(2018, 8, 31)


def test_periods_printed_whole_read_as_before():
    assert period("ต.ค. ๖๐ -ส.ค. ๖๑")[1:] == (date(2017, 10, 1), date(2018, 8, 31))
    assert period("พฤศจิกายน 2568 – กรกฎาคม 2569")[1:] == (date(2025, 11, 1), date(2026, 7, 31))
