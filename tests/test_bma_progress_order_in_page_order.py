"""A BMA progress form whose entries' structure is in doubt (structure_in_doubt with figures: a report
whose header OCR lost, a cell whose entry the layout does not pin) had no progress weighed in order: a figure
may stand in another entry's place.  Where the figures stand on the page in the order of their reports (each
on a later line than the one before), they are still each one's neighbours on the page, the order the form
prints its reports in, so progress that does not fall holds among them whichever entry each went to
(repairs.progress_in_page_order; repair_all weighs them so).  Figures that do not stand in that order (a
table read column by column, copies read apart) stay unweighed, flagged as before."""

from __future__ import annotations

import json

from parsers.bma_progress.repairs import progress_in_page_order, repair_all, structure_in_doubt
from schemas.document import Issue, Reading

_DOUBT = [Issue("warning", "entry_header_missing", "report 2 read where its header should stand", "", 25, 25,
                field="progress_reports.seq")]


def _reports(lines: tuple[int, int, int, int]) -> dict:
    # ๔๐ read as ๕๐ between 20 and 42: 40.0 is its one reading there
    values = [(10.0, "10.00"), (20.0, "20.00"), (50.0, "๕๐"), (42.0, "42.00")]
    return {seq: {"progress_pct": Reading(v, f"ความก้าวหน้าของงานฯ = {t} %", line, line)}
            for seq, ((v, t), line) in enumerate(zip(values, lines), start=1)}


def _weighed(reports: dict) -> list[Issue]:
    doubt = structure_in_doubt(reports, _DOUBT, figures=True)
    assert doubt
    return [i for i in repair_all({}, reports, {}, "K", doubt=True, figures_doubt=doubt)
            if i.field == "progress_reports.progress_pct"]


def test_figures_in_page_order_are_weighed_in_order_though_the_structure_is_in_doubt():
    reports = _reports((10, 20, 30, 40))
    assert progress_in_page_order(reports)
    issues = _weighed(reports)
    assert reports[3]["progress_pct"].value == 40.0
    (issue,) = [i for i in issues if i.code == "value_repaired"]
    assert json.loads(issue.evidence)["rule"] == "progress_order" and issue.line_start == 30


def test_figures_out_of_page_order_stay_unweighed():
    # report 3's figure read above report 2's (a table read column by column): which is whose neighbour on the
    # page says nothing of the form's order, so the value is kept and flagged, as before
    reports = _reports((10, 30, 20, 40))
    assert not progress_in_page_order(reports)
    issues = _weighed(reports)
    assert reports[3]["progress_pct"].value == 50.0
    assert not [i for i in issues if i.code == "value_repaired"]
    assert [i for i in issues if i.code == "repair_ambiguous"]


def test_a_figure_without_lines_or_a_single_figure_says_no_page_order():
    reports = _reports((10, 20, 30, 40))
    reports[2]["progress_pct"] = Reading(20.0, "20.00", None, None)
    assert not progress_in_page_order(reports)
    assert not progress_in_page_order({1: {"progress_pct": Reading(10.0, "10.00", 5, 5)}})
