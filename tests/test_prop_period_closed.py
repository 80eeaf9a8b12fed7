"""BMA proposals whose period reads whole on its line, a running header of the project's name under it that OCR
garbled past the clean-up's matching ("ระยะเวลาดำเนินการ : ดำเนินการในเดือนมกราคม 2568 -- กันยายน 2568" /
"โครงการส่งเสริมการจัดการเรียนรู้เชิงรุก (/เ๐ถ่ง๐ Learning)" / "ในโรงเรียนสังกัด...": fresh set s46z
bma_proposal_s46z001).  The period wraps, so it took the header's lines as its tail: period_text ran on into the
project's name, and no issue named it.  Now a period that reads a range to its last end's year takes no line
holding no figure, no month's name and no joining "และ", "ถึง" or dash (parsers.bma_proposal.fields.period_closed):
the line is section text, said as unplaced_text."""

from __future__ import annotations

from datetime import date

from parsers.bma_proposal.fields import period_closed
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

PERIOD = "ระยะเวลาดำเนินการ : ดำเนินการในเดือนพฤศจิกายน 2568 – กรกฎาคม 2569"
HEADER = "โครงการส่งเสริมการจัดการเรียนรู้เชิงรุก (/เ๐ถ่ง๐ Learning)"


def test_a_whole_period_takes_no_garbled_header_under_it():
    source = sample_text(PROPOSAL)
    assert PERIOD in source
    rows = run(source.replace(PERIOD, f"{PERIOD.replace(' – ', ' -- ')}\n\n{HEADER}"))
    project = rows["projects"][0]
    assert project["period_text"] == "ดำเนินการในเดือนพฤศจิกายน 2568 – กรกฎาคม 2569"
    assert (project["start_date"], project["end_date"]) == (date(2025, 11, 1), date(2026, 7, 31))
    assert any(i["code"] == "unplaced_text" and HEADER[:20] in (i["evidence"] or "") for i in rows["issues"])


def test_a_period_goes_on_with_a_line_of_its_kind():
    assert period_closed("ดำเนินการในเดือนมกราคม 2568 -- กันยายน 2568", HEADER)
    assert period_closed("ต.ค. 66 ถึง ก.ย. 67", "จัดกิจกรรมในโรงเรียน")
    # a range not read to a year, a line holding a figure, a month or a joining word: the value goes on
    assert not period_closed("ดำเนินการในเดือนพฤศจิกายน 2568 – กรกฎาคม", "2569")
    assert not period_closed("ดำเนินการในเดือนพฤศจิกายน 2568", "จัดกิจกรรมในโรงเรียน")
    assert not period_closed("ตุลาคม – ธันวาคม 2568", "และ มกราคม – กรกฎาคม 2569")
    assert not period_closed("ตุลาคม 2567 – กันยายน 2568", "(รวม 12 เดือน)")
    assert not period_closed("ตุลาคม 2567 – กันยายน 2568", "มกราคม")
