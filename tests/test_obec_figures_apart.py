"""An OBEC target or finding list's line of bare figures parted by wide
gaps, one of three digits or more, no letter, unit or separator among
them ("๐27 <tab> 0๐27 <tab> ๐": what OCR made of an ornament printed under a
list): no item's words, left out of the list (lists.figures_apart; before,
it ran into the last item's text, which then ended with no text another row
prints, so a next item run into it was not cut: s65o obec_progress_s65o001)."""

from __future__ import annotations

from parsers.obec_progress.lists import figures_apart
from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"


def test_bare_figures_apart_are_an_ornament_s_specks():
    assert figures_apart("๐27    0๐27       ๐") and figures_apart("๐27\t0๐27\t๐")
    # an item number's column (one or two digits), a figure with its unit or words, an amount, a year: not so
    assert not figures_apart("๑   ๓") and not figures_apart("๑๒๕ คน") and not figures_apart("๒๕๖๗")
    assert not figures_apart("๑,๕๐๐    ๑,๕๐๐") and not figures_apart("1400.00   1400.00")


def test_a_line_of_figures_apart_under_a_list_is_no_part_of_its_last_item():
    outcome = "ครูมีความรู้ความเข้าใจ"
    text = report(projects=[project(1, FY).replace(f"{outcome}\n", f"{outcome}\n\n๐27    0๐27       ๐\n\n"),
                            project(2, FY)])
    outcomes = [t["text"] for t in run(text)["targets"] if t["kind"] == "outcome"]
    assert outcomes == [outcome, outcome]  # before: "ครูมีความรู้ความเข้าใจ ๐27 0๐27 ๐" first
