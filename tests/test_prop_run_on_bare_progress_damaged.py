"""The progress row of a run-on entries table printed bare, with no "%" (generated sets' `progress_bare`,
OCR'd): OCR writes some figures in letters it makes of digits ("2ส ๓2 ๓3 md" for 29 32 33 35).  As many
tokens as reports, each a figure's shape in digits or such letters (normalizers.confusions.LOOKALIKES) and
one at least a figure: each token is its report's, as printed; the progress rules read, repair or say the
damaged ones.  Before, the row gave no report its progress (a doubt said for the row)."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.transposed import _run_bare_figures
from tests.test_bma_progress_entries_ocr import _lines
from tests.test_prop_run_on_descriptions_wrapped import _table

_FIGURES = "10.00 % 20.00 % 30.00 % 40.00 %"


def _result(row: str):
    lines = _table(["จัดเตรียมข้อมูล จัดทำโครงการเพื่อขออนุมัติ เวียนแจ้งโรงเรียน ประชุมครู"], n=4)
    lines[-1] = lines[-1].replace(_FIGURES, row)
    return parse_entries(_lines(*lines))


def test_a_bare_progress_row_with_figures_ocr_wrote_in_letters_gives_each_report_its_token():
    result = _result("2ส ๓2 ๓3 md")
    assert [figure_values(result.entries[k])[0]["progress_pct"] for k in (2, 3)] == [32.0, 33.0]
    assert not any(i.field == "progress_reports.progress_pct" and i.code == "entry_cell_in_doubt"
                   for i in result.issues)


def test_a_row_whose_tokens_are_not_all_figure_shaped_or_hold_no_figure_gives_none():
    assert _run_bare_figures("2ส ๓2 ๓3 md", 4) == ["2ส", "๓2", "๓3", "md"]
    assert _run_bare_figures("2ส ๓2 ๓3 ดำเนิน", 4) is None  # a word, not a figure OCR damaged
    assert _run_bare_figures("md mo", 2) is None  # no token reads as a figure: nothing says it is the row's
    assert _run_bare_figures("2ส ๓2 ๓3", 4) is None
    result = _result("2ส ๓2 ๓3 ดำเนิน")
    assert any(i.field == "progress_reports.progress_pct" and i.code == "entry_cell_in_doubt" for i in result.issues)
