"""A marker whose words OCR damaged by a letter doubled, its figure short and
on the same line ("จำนวนเงินงงบประมาณตามแผนการใช้จ่าย ๐ บาท", an OBEC budget
section's planned amount): the whole line's letters compare with the
marker's well enough that the fuzzy matcher (parsers.anchors._fuzzy_heading)
took the whole line for the marker's words, figure and all, and the amount
was read as nothing ("planned: no digits", the amount unread).  Now a
marker's words end where its first letters compare best with the marker's
(_marker_end), when what follows them opens with a figure: the figure is
the marker's content.  A longer figure (its whole-line ratio below the
cut-off) was already read so; a line of the words alone is read as before."""
from decimal import Decimal

from parsers.obec_progress.read import match_marker
from tests.test_obec_ocr import project, report, run

LABEL = "จำนวนเงินงบประมาณตามแผนการใช้จ่าย"
DOUBLED = "จำนวนเงินงงบประมาณตามแผนการใช้จ่าย"


def test_a_short_figure_after_a_doubled_letter_is_the_marker_s_content():
    for figure in ("๐ บาท", "0 บาท", "๕๐ บาท"):
        hit, rest = match_marker(f"{DOUBLED} {figure}")
        assert hit.anchor.key == "budget_planned" and rest == figure


def test_the_budget_row_reads_its_planned_zero():
    one = project(1, "๒๕๖๗", planned="๐", disbursed="๐").replace(LABEL, DOUBLED)
    rows = run(report(projects=[one, project(2, "๒๕๖๗")]))
    planned = [b["planned"] for b in sorted(rows["quarterly_budgets"], key=lambda b: b["line_start"])]
    assert planned == [Decimal("0"), Decimal("5000")]  # (before: None, "planned: no digits")


def test_the_marker_s_words_alone_and_a_long_figure_read_as_before():
    hit, rest = match_marker(DOUBLED)
    assert hit.anchor.key == "budget_planned" and rest == ""
    hit, rest = match_marker(f"{DOUBLED} ๒๓๑,๕๐๐ บาท")
    assert rest == "๒๓๑,๕๐๐ บาท"
