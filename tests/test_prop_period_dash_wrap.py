"""BMA proposals whose period the page width broke at its range's dash, the dash opening the next line
("ระยะเวลาดำเนินการ : ดำเนินการในเดือนธันวาคม 2566 และ มกราคม" / "- กันยายน 2567": fresh sets m s19m003,
k s21k002).  The clean-up read the second line as a bulleted one (its dash stripped), and a bulleted line never
went on with a field, so the period stopped at "มกราคม" (period_text wrong, end_date missing).  Now a bulleted
line goes on with the period where the value's last month opens an end (no "ถึง" or dash between it and the
month before, none after it) and the line opens with a month: joined with the dash put back.  A period whose
last month already closes a range takes no bulleted line."""

from __future__ import annotations

from datetime import date

from parsers.bma_proposal.fields import period_goes_on
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

PERIOD = "ระยะเวลาดำเนินการ : ดำเนินการในเดือนพฤศจิกายน 2568 – กรกฎาคม 2569"


def test_a_period_broken_at_its_dash_reads_whole():
    source = sample_text(PROPOSAL)
    assert PERIOD in source
    for broken in ("ระยะเวลาดำเนินการ : ดำเนินการในเดือนพฤศจิกายน 2568 และ มกราคม\n- กรกฎาคม 2569",
                   "ระยะเวลาดำเนินการ : ดำเนินการในเดือนพฤศจิกายน 2568 และ มกราคม\n\n-กรกฎาคม 2569"):
        project = run(source.replace(PERIOD, broken))["projects"][0]
        assert project["period_text"] == "ดำเนินการในเดือนพฤศจิกายน 2568 และ มกราคม – กรกฎาคม 2569"
        assert (project["start_date"], project["end_date"]) == (date(2025, 11, 1), date(2026, 7, 31))


def test_a_closed_range_or_a_line_of_no_month_takes_no_bulleted_line():
    assert period_goes_on("ดำเนินการในเดือนพฤศจิกายน - ธันวาคม 2565 และ มกราคม", "พฤษภาคม 2566")
    assert period_goes_on("ม.ค. 68", "พ.ค. 68")
    assert not period_goes_on("ต.ค. 66 – ก.ย. 67", "ก.ค. 67")
    assert not period_goes_on("ต.ค. 66 ถึง ก.ย. 67", "ก.ค. 67")
    assert not period_goes_on("ดำเนินการในเดือนพฤศจิกายน 2568 และ มกราคม", "จัดกิจกรรมในโรงเรียน")
