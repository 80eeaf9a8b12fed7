"""An OBEC round whose headings print quarters no one quarter reads as by OCR's misreads alone ("๓" over its
targets and findings, "๕" over its activities: a ๔ read both ways), in a document whose OCR never writes a ๔ (nor
๖ ๗ ๘ ๙) in Thai.  Each Thai digit such a document prints may stand for one it never writes, and 4 is then the one
quarter every heading reads as: the round is quarter 4, said (rounds.Round.unwritten_quarter; fresh set s89a
obec_progress_s89a001, whose in-progress project 4's one round was read as quarter 3, its rows all keyed so).
Without such a signature, or where it leaves more than one quarter, the round stays in doubt as before."""

from __future__ import annotations

from types import SimpleNamespace

from parsers.obec_progress.read import _quarter_in_doubt
from parsers.obec_progress.rounds import Round


def _round(*printed: str, unread: str = "") -> Round:
    rnd = Round(0)
    headed = [(SimpleNamespace(key=key, line_start=10 * k), (int(p.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))), p))
              for k, (key, p) in enumerate(zip(("targets", "activities", "findings"), printed), 1)]
    rnd.quarter = headed[0][1]
    _quarter_in_doubt(rnd, headed, unread)
    return rnd


def test_a_quarter_every_heading_reads_as_once_unwritten_digits_count_is_the_round_s():
    rnd = _round("๓", "๕", "๓", unread="46789")
    assert rnd.quarter[0] == 4 and rnd.quarter_doubt is None
    assert rnd.unwritten_quarter == ((("๓", 10), ("๕", 20), ("๓", 30)), "46789")


def test_without_the_signature_the_round_stays_in_doubt():
    rnd = _round("๓", "๕", "๓")
    assert rnd.quarter[0] == 3 and rnd.quarter_doubt is not None and rnd.unwritten_quarter is None


def test_a_signature_that_leaves_two_quarters_decides_nothing():
    # a document that never writes ๒ nor ๔: "๓" may be 2, 3 or 4, "๑" 1 or 2 or 4 ... no one quarter: in doubt
    rnd = _round("๓", "๑", unread="24")
    assert rnd.unwritten_quarter is None and rnd.quarter_doubt is not None
