"""A separator repair (a digit-group separator OCR misread, read as the comma it is) of a figure printed all in
Arabic digits, in a document whose OCR never read some Thai digits: OCR is measured to write some Arabic digits for
such Thai ones (an Arabic 0 for a ๗ or ๙), so the figure may be its reading of Thai digits, and the repair proved
the separator alone.  Before, "2.040" for ๒,๙๔๐ was said a sure repair to 2,040.00 (fresh set s119p,
obec_progress_s119p004).  Now said in doubt, the mended value kept (pipeline.doubtful.partial_repairs, _arabic_separator)."""

from __future__ import annotations

import json

from pipeline.doubtful import partial_repairs
from schemas.document import Issue


def _repair(printed: str) -> Issue:
    evidence = {"rule": "separator", "printed": printed, "read": None, "chosen": "2040.00"}
    return Issue("warning", "value_repaired", f"disbursed: printed {printed!r}, a digit-group separator OCR misread: "
                 "read as 2,040.00", json.dumps(evidence, ensure_ascii=False), 7, 7, field="quarterly_budgets.disbursed")


def test_an_arabic_figure_in_a_document_that_never_reads_some_thai_digits_is_in_doubt():
    (issue,) = partial_repairs("46789", [_repair("2.040")])
    assert issue.code == "repair_ambiguous" and "Arabic" in issue.message
    assert json.loads(issue.evidence)["candidates"] == ["2040.00"]


def test_a_document_that_reads_every_digit_or_digits_no_misread_leaves_the_repair():
    assert partial_repairs("", [_repair("2.040")])[0].code == "value_repaired"
    # 2, 4 and 1 are written for no Thai digit the document lacks (ARABIC_DOUBT_READS): sure as before
    assert partial_repairs("46789", [_repair("2.441")])[0].code == "value_repaired"
