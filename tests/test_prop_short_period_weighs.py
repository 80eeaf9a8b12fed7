"""A proposal's fiscal year whose every mention OCR damaged alike ("๒๕๒๕", "2๕๐๕", "๒๕๒๐", "2๕๒๕" for 2567: a
๖ read as ๒ or ๐, a ๗ as ๕ or ๐) with its period in the form's short words ("ม.ค. 67 – ก.ย. 67"): the short
period weighed nothing (the years were read after full month names alone), so the mentions, each of which could
be read as 2564, chose it (value_repaired), and the fiscal year in CE stood wrong with no issue (fresh set s41q,
s41q010).  The short period's months and two-digit years now weigh as the full ones do
(years.dated_years): there, its end's month unread ("กุย. dey"), 2564 and 2567 tie and none is chosen
(repair_ambiguous); where both its months read, 2567 is chosen."""

from __future__ import annotations

from parsers.bma_proposal.years import dated_years, fiscal_year_of, period_years
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

MENTIONS = ["๒๕๒๕", "2๕๐๕", "๒๕๒๐", "2๕๒๕"]


def test_a_short_period_s_years_weigh():
    assert period_years("ม.ค. 67 – ก.ย. 67") == []
    assert dated_years("ม.ค. 67 – ก.ย. 67") == [("2567", 1), ("2567", 9)]
    assert dated_years("ต.ค. ๖๖ – ก.ย. ๖๗") == [("๒๕๖๖", 10), ("๒๕๖๗", 9)]
    assert dated_years("ตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗") == period_years("ตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗")
    assert fiscal_year_of(MENTIONS, []) == (2564, [2564])
    assert fiscal_year_of(MENTIONS, dated_years("ม.ค. 67 - กุย. dey")) == (None, [2564, 2567])


def _damaged() -> str:
    source = sample_text(PROPOSAL)
    for printed, read in (("พ.ศ. ๒๕69\n", "พ.ศ. ๒๕๒๕\n"), ("ปีงบประมาณ พ.ศ. 2569", "ปีงบประมาณ พ.ศ. 2๕๐๕"),
                          ("ประจำปี พ.ศ.๒๕69", "ประจำปี พ.ศ.๒๕๒๐"), ("ปีงบประมาณ 2569", "ปีงบประมาณ 2๕๒๕"),
                          ("ดำเนินการในเดือนพฤศจิกายน 2568 – กรกฎาคม 2569", "ม.ค. 67 – ก.ย. 67")):
        assert printed in source
        source = source.replace(printed, read)
    return source


def test_the_mentions_do_not_outvote_the_short_period():
    rows = run(_damaged())  # the period's two months, each of 2567, outweigh the one mention that lacks it
    project = rows["projects"][0]
    assert (project["fiscal_year_be"], project["fiscal_year"]) == (2567, 2024)
    assert any(i["code"] == "value_repaired" and i["field"] == "projects.fiscal_year_be" for i in rows["issues"])
