"""OBEC: the office's area number ("...เลย เขต ๔") printed in Thai digits in a report whose OCR never reads a ๔ ๖ ๗
๘ ๙ was kept with no issue, read "เขต ๕" at every printing and no printing in Arabic digits to tell (fresh set
s120o, obec_progress_s120o001): a name's number, which parsers.digits leaves alone in free text, yet the datum
that tells the office from the others of its province and the agency of every project.  It is now said in doubt
on report_summaries.agency and projects.agency (parsers.obec_progress.rows, flag_doubtful's `areas`)."""

from __future__ import annotations

from pipeline.stages import process_document
from tests.conftest import sample_text

_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_BLIND = str.maketrans("๔๖๗๘๙", "๕๒๐๑๕")  # ๔ ๖ ๗ ๘ ๙ as the OCR model reads them


def _area_doubts(text: str) -> dict[str, set[str]]:
    rows = process_document("obec.txt", text.encode())
    out: dict[str, set[str]] = {}
    for i in rows["issues"]:
        if i["code"] == "ocr_digits_doubtful" and i["field"] in ("report_summaries.agency", "projects.agency"):
            out.setdefault(i["field"], set()).add(i["message"])
    return out


def test_an_area_number_in_thai_digits_of_a_report_that_never_reads_some_is_in_doubt():
    text = sample_text("004_745c23c3a2846aea.txt").translate(_THAI).translate(_BLIND)
    doubts = _area_doubts(text)
    assert set(doubts) == {"report_summaries.agency", "projects.agency"}
    assert all("area number printed '๒'" in m for ms in doubts.values() for m in ms)


def test_an_area_number_the_report_reads_every_digit_of_is_not():
    # the same report in Thai digits, every digit shown: nothing in doubt
    assert _area_doubts(sample_text("004_745c23c3a2846aea.txt").translate(_THAI)) == {}
