"""A table read row by row whose header cell wrapped ("รายงาน" / "ครั้งที่ N" under it) and whose number OCR lost
("ครั้งที"), the date cell beside "รายงาน" damaged past reading ("๒๑ WA. ๒๑ :", พ.ค. read as Latin letters, which
the clean-up writes "พ.ศ."): the unwoven header "รายงานครั้งที" / "๒๑ พ.ศ. ๒๑ : ..." took the date's day for its
number, report 21 (and the reports after it 22, 23: fresh set w s19w008).  A date slot of two runs of digits or
more under the header is the date's, the header's number lost (read by the sequence); a number the wrap carried
down alone ("๑๓ :") is still the header's."""

from __future__ import annotations

from parsers.bma_progress.clauses import events_of, pieces
from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.sidebyside import unweave
from tests.test_bma_progress_entries_ocr import _lines


def _seqs(*texts: str) -> list[int]:
    return sorted(parse_entries(_lines(*texts)).entries)


def test_a_damaged_date_under_a_header_that_lost_its_number_is_no_number():
    rows = ("รายงาน ๑๕/๕/๒๑ : อยู่ระหว่างการ", "ครั้งที่ ๖ เตรียมการอบรมแกนนำนักเรียน",
            "รายงาน ๒๑ พ.ศ. ๒๑ : อยู่ระหว่าง", "ครั้งที ขั้นตอน...พิจารณาเกณฑ์",
            "รายงาน ๒๓/๖/๒๑ : อยู่ระหว่างติดต่อ", "ครั้งที ๕ ประสานงานสถานที่ศึกษาดูงาน")  # ๘ read ๕
    heads = [e for p in pieces(unweave(_lines(*rows))) for e in events_of(p) if e.kind == "header"]
    assert [e.seq for e in heads] == [6, None, 5]  # the day ๒๑ is no number: the header's was lost
    assert _seqs(*rows) == [6, 7, 8]
    # a number the wrap carried down alone, a date after it on its line, is still the header's
    carried = list(rows)
    carried[2:4] = ["รายงาน ๒๑/๕/๒๑ : อยู่ระหว่าง", "ครั้งที ๗ ขั้นตอน...พิจารณาเกณฑ์"]
    assert _seqs(*carried) == [6, 7, 8]
