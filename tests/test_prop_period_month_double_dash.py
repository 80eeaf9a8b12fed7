"""BMA proposals after OCR whose period splits at the year, its ranges' en dashes read as two hyphens between
months' names ("พฤศจิกายน -- ธันวาคม 2568 และ มกราคม -- มิถุนายน 2569": fresh set s83b, bma_proposal_s83b005).
The period's dash was put back as the form's en dash only after a figure, so a run of dashes after a month's
name stood as no range: the first range's one year was not its first month's too, and the start date was
lost.  Now a run of dashes after a month's name (a Thai letter or an abbreviation's dot, white space before
it) is the range's dash as well."""

from __future__ import annotations

from datetime import date

from parsers.bma_proposal.fields import period
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

PERIOD = "ระยะเวลาดำเนินการ : ดำเนินการในเดือนพฤศจิกายน 2568 – กรกฎาคม 2569"


def test_a_split_period_whose_dashes_read_as_two_hyphens_has_its_start():
    source = sample_text(PROPOSAL)
    assert PERIOD in source
    split = "ระยะเวลาดำเนินการ : พฤศจิกายน -- ธันวาคม 2568 และ มกราคม -- กรกฎาคม 2569"
    project = run(source.replace(PERIOD, split))["projects"][0]
    assert project["period_text"] == "พฤศจิกายน – ธันวาคม 2568 และ มกราคม – กรกฎาคม 2569"
    assert (project["start_date"], project["end_date"]) == (date(2025, 11, 1), date(2026, 7, 31))


def test_dashes_after_a_month_or_a_figure():
    assert period("ตุลาคม -- ธันวาคม 2568")[1:] == (date(2025, 10, 1), date(2025, 12, 31))
    assert period("ตุลาคม 2568 -- กรกฎาคม 2569")[1:] == (date(2025, 10, 1), date(2026, 7, 31))
