"""A BMA progress form whose entries table OCR read column by column with a column broken (another column's
cells, or the row titles, inside it: stacked.restack_with_doubts, stacked.column_broken): its cells stand in the
text inside another entry's column, so the order the figures read in is not their columns' order on the page,
and a figure read in page order may be another entry's.  repair_all (`broken`) then weighs no progress in doubt
by the order the figures read in (progress_in_page_order): a progress out of order is said in doubt, not
repaired.  (A fresh set's form: report 6's "๑ๆ", ๑๗, read inside report 8's column after two broken columns, was
taken by the order rule as report 8's progress, 17, where report 8 prints 19.)"""

from __future__ import annotations

import json

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.repairs import progress_in_page_order, repair_all, structure_in_doubt
from parsers.bma_progress.stacked import BROKEN_COLUMN, column_broken
from schemas.document import Issue, Reading
from tests.test_bma_progress_stacked import _LABELS, _STACKED
from tests.test_bma_progress_entries_ocr import _lines


def test_a_broken_column_of_a_table_read_column_by_column_is_told_by_its_issue():
    lines = _lines(*_STACKED, "ครั้งที่ ๓", "๓๐/๕/๒๕๖๒", *_LABELS, "๒๕.๐%", "๐.- บาท")
    broken = [i for i in parse_entries(lines).issues if column_broken(i)]
    assert [(i.field, i.line_start) for i in broken] == [("progress_reports", 47)]
    # whole columns only: none is broken
    assert not [i for i in parse_entries(_lines(*_STACKED)).issues if column_broken(i)]
    # another doubt about the table is not a broken column
    assert not column_broken(Issue("warning", "entry_cell_in_doubt", "report 2 read from its figures", "", 5, 5,
                                   field="progress_reports"))


def _reports() -> dict:
    # the figures in the text's order, the last one's ๗ read as the letter ๆ: 17 is its one reading above 15
    return {2: {"progress_pct": Reading(3.0, "ความก้าวหน้าของงานฯ = ๓", 139, 139)},
            6: {"progress_pct": Reading(3.0, "ความก้าวหน้าของงานฯ = ๓", 173, 173)},
            7: {"progress_pct": Reading(15.0, "ความก้าวหน้าของงานฯ = ๑๕", 196, 196)},
            8: {"progress_pct": Reading(None, "ความก้าวหน้าของงานฯ = ๑ๆ", 224, 224)}}


def _weighed(reports: dict, broken: bool) -> list[Issue]:
    said = Issue("warning", "entry_cell_in_doubt", BROKEN_COLUMN, "ครั้งที่ ๕", 126, 126, field="progress_reports")
    doubt = structure_in_doubt(reports, [said], figures=True)
    assert doubt
    return [i for i in repair_all({}, reports, {}, "K", doubt=doubt, figures_doubt=doubt, broken=broken)
            if i.field == "progress_reports.progress_pct"]


def test_a_broken_column_leaves_no_progress_weighed_by_the_order_its_figures_read_in():
    reports = _reports()
    assert progress_in_page_order(reports)
    (issue,) = [i for i in _weighed(reports, broken=True) if json.loads(i.evidence)["rule"] == "progress_order"]
    assert issue.code == "repair_ambiguous" and reports[8]["progress_pct"].value is None
    assert json.loads(issue.evidence)["candidates"] == [17.0] and "chosen" not in json.loads(issue.evidence)


def test_without_a_broken_column_figures_in_page_order_are_still_weighed():
    reports = _reports()
    (issue,) = [i for i in _weighed(reports, broken=False) if json.loads(i.evidence)["rule"] == "progress_order"]
    assert issue.code == "value_repaired" and reports[8]["progress_pct"].value == 17.0
