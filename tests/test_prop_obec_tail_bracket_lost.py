"""An OBEC target heading whose bracketed English name OCR read without its opening bracket ("เป้าหมายเชิงผลลัพธ์
Outcome) 1) การบริหารจัดการ..."): the name was no tail of the heading, so in a report printed as running text
"Outcome)" was read as the list's first item and every item after it shifted by one (silent).  A bracketed name
that lost its opening bracket ends the heading's tail as the whole one does (running._TAIL_END_RE)."""

from __future__ import annotations

from pipeline.stages import process_document
from tests.conftest import ROOT

ONE_LINE = ROOT / "tests" / "corpus" / "clean" / "obec_progress_006.txt"  # the report on one line


def outcomes(text: str) -> list[tuple[str, int, int, str]]:
    out = process_document("doc.txt", text.encode("utf-8"))
    return sorted((r["project_key"], r["quarter"], r["seq"], r["text"]) for r in out["targets"] if r["kind"] == "outcome")


def test_a_heading_whose_name_lost_its_opening_bracket_keeps_its_list():
    clean = ONE_LINE.read_text(encoding="utf-8")
    assert clean.count("(Outcome)") >= 2 and clean.count("(Output)") >= 2
    damaged = clean.replace("(Outcome)", "Outcome)").replace("(Output)", "Output)")
    got = outcomes(damaged)
    assert got == outcomes(clean)
    assert not any(text.startswith(("Outcome", "Output")) for *_, text in got)
