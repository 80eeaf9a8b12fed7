"""A BMA progress form whose section 2 heading a line break cut in two, with a line of OCR debris between the
parts ("... 2. รายงานความก้าวหน้าของโครงการและการใช้จ่าย" / "เซ<gap>เซฑ์<gap>ear<gap>A" / "งบประมาณ ครั้งที่ ..."):
the clean-up kept the debris as text (a token of four characters holds three Thai letters), AnchorSet.mend_breaks
looks past blank lines alone, and the heading went unread with the whole section (set s66z's
bma_progress_s66z010: five reports lost, missing_section).  A line of debris in cells (short tokens, no
dictionary word, no figure) between two lines a heading crosses is now left out as noise is
(parsers.bma_progress.read._debris_in_breaks); a line of words there is not."""

from __future__ import annotations

from pathlib import Path

from parsers.bma_progress.read import _debris_line
from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus" / "clean"
HEAD = "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ"


def _reports(between: str) -> list:
    text = (CORPUS / "bma_progress_010.txt").read_text(encoding="utf-8")  # the whole form on one line
    assert text.count(HEAD) == 1
    cut = text.replace(HEAD, f"{HEAD.removesuffix('งบประมาณ')}\n{between}\nงบประมาณ")
    return process_document("debris.txt", cut.encode("utf-8")).get("progress_reports", [])


def test_debris_cells():
    assert _debris_line("เซ\tเซฑ์\tear\tA") and _debris_line("vy\tเธร์\teI]")
    assert not _debris_line("ผล\tงาน\tรวม") and not _debris_line("Q1\tQ2\t2565") and not _debris_line("เซ\tA")


def test_a_heading_cut_by_a_line_of_debris_is_found():
    whole = _reports("")
    assert len(whole) >= 2
    assert len(_reports("เซ         เซฑ์   ear         A")) == len(whole)
