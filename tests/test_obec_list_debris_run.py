"""An OBEC target list under whose heading OCR read part of the page as
garbage ("SY) ea)", "Ey  if", "=)", "&)"): the debris is left out, and
with it any item the garbage held; before, an item lost there had no issue
naming it.  Four debris lines or more under one list heading are said on
the table (unread_cells, rounds.RoundRecords.debris_runs); a speck or two
is not."""

from __future__ import annotations

from parsers.obec_progress.rounds import DEBRIS_RUN, RoundRecords
from schemas.document import Line


def _recs(n: int) -> RoundRecords:
    recs = RoundRecords()
    recs.debris[("target", 1)] = [Line(10 + k, text) for k, text in enumerate(["SY) ea)", "Ey  if", "=)", "&)", "3"][:n])]
    return recs


def test_a_run_of_debris_under_a_list_heading_is_said():
    runs = _recs(DEBRIS_RUN).debris_runs()
    assert [(table, [ln.no for ln in lines]) for table, lines in runs] == [("targets", [10, 11, 12, 13])]


def test_a_speck_or_two_is_not():
    assert _recs(2).debris_runs() == []
