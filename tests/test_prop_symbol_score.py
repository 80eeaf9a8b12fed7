"""BMA proposals after OCR whose risk table prints a score cell the engine read as a symbol look-alike of its
digit alone ("©)" for ๓, "@"): a line of symbols only, which the clean-up takes for debris and the parser never
saw, so the row lost a score (both then unread) or a table read column by column lost its pairing.  The form
reads such lines as text (parsers.bma_proposal.DEBRIS_READ, pipeline.clean.parser_lines), and the risk matrix
reads their digit (risks._SCORE_CHARS_RE: © may be 1, 3 or 4)."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

PRINTED = "\t1\n\t1\n\tน้อยมาก\n"


def _risks(text: str) -> list[tuple]:
    return [(f["likelihood"], f["impact"], f["level"]) for f in run(text)["findings"] if f["kind"] == "risk"]


def test_a_score_cell_read_as_a_symbol_alone_is_read_and_repaired_by_the_level():
    source = sample_text(PROPOSAL)
    assert PRINTED in source
    rows = run(source.replace(PRINTED, "\t©)\n\t1\n\tน้อยมาก\n"))
    # © reads 1, 3 or 4; with impact 1 only 1 gives น้อยมาก (1-2): repaired, and said
    assert [(f["likelihood"], f["impact"]) for f in rows["findings"] if f["kind"] == "risk"] == [("1", "1")]
    assert any(i["code"] == "value_repaired" and i["field"] == "findings.likelihood" for i in rows["issues"])


def test_other_debris_is_still_left_out():
    # a line of other symbols (a stray quote, a box) between the scores is no cell
    source = sample_text(PROPOSAL)
    assert _risks(source.replace(PRINTED, "\t1\n\t‘ ’\n\t1\n\tน้อยมาก\n")) == _risks(source)


def test_a_score_cell_of_two_digit_like_characters_is_a_score_and_a_speck():
    # "@๑": a speck read as "@" beside the ๑, no score as a whole; either character may be the score (@ reads
    # 1, 4, 7 or 9; ๑ reads 1), and with impact 1 only 1 gives น้อยมาก: repaired, and said
    rows = run(sample_text(PROPOSAL).replace(PRINTED, "\t@๑\n\t1\n\tน้อยมาก\n"))
    assert [(f["likelihood"], f["impact"]) for f in rows["findings"] if f["kind"] == "risk"] == [("1", "1")]
    assert any(i["code"] == "value_repaired" and i["field"] == "findings.likelihood" for i in rows["issues"])
