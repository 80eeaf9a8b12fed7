"""BMA proposal objectives after OCR, bullets read as different marks, one item's bullet and first word read as
Latin letters together ("tila สร้างเครือข่าย..." for "• เพื่อสร้างเครือข่าย...": set s67z's
bma_proposal_s67z003): no reader takes such a line for an item, so it ran into the objective above and the list
was a row short, the last objective lost with no issue naming it (silent).  A line inside an item opening with a
word of Latin letters alone, then Thai words, says the list in doubt from there (read.latin_openers_inside)."""

from __future__ import annotations

from tests.test_bma_proposal import run
from tests.test_prop_objective_digit_bullet import THREE
from tests.test_prop_objective_marks import ONE, PRINTED, TWO
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL


def _read(text: str) -> dict:
    source = sample_text(PROPOSAL)
    assert PRINTED in source
    return run(source.replace(PRINTED, text))


def _said(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "unread_cells" and i.get("field") == "objectives"]


def test_an_objective_opening_with_latin_letters_inside_the_one_above_is_said():
    rows = _read(f". {ONE}\ntila {TWO[len('เพื่อ'):]}\n๑ {THREE}\n")
    said = _said(rows)
    assert said and "Latin letters" in said[0]["message"]


def test_objectives_read_whole_say_nothing():
    rows = _read(f". {ONE}\n. {TWO}\n. {THREE}\n")
    assert [o["text"] for o in rows["objectives"]] == [ONE, TWO, THREE]
    assert not _said(rows)
