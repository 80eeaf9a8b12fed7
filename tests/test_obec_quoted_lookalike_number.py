"""An item's number OCR read as a Latin look-alike with a quote glued before it ("‘a." for "๒."), its words after a
column gap ("‘a.<tab>ผู้บริหารสถานศึกษา..."): the clean-up of a line's edges took the cell for a speck (no Thai
letter, no digit) and dropped it, and the grid of a table read side by side took the row for a wrap of the row
before ("9.<tab>ข้าราชการครู..."): the two items read as one, the second lost (flagged missing_row). The cell is
a damaged number (lists._damaged_number, as _PLACED_OPENS_RE reads it past its quote), kept, and opens a row
(lists.opens_at_damaged_number, read._opens_row); the list's placed numbers then number it by its place."""

from __future__ import annotations

from parsers.obec_progress.lists import items_of, opens_at_damaged_number, strip_specks
from parsers.obec_progress.read import _opens_row
from schemas.document import Line

SECOND = "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๑๑ คน"


def test_the_quoted_number_is_no_speck():
    assert strip_specks(Line(3, "‘a.\t" + SECOND)).text == "‘a.\t" + SECOND
    assert strip_specks(Line(3, "‘’\t" + SECOND)).text == SECOND  # (a quote alone is still a speck)


def test_the_quoted_number_opens_a_row():
    assert opens_at_damaged_number(["‘a.", SECOND])
    assert _opens_row(["‘a.", SECOND])
    assert not opens_at_damaged_number(["a.", SECOND])  # (no quote: the other rules of _opens_row decide)
    assert not opens_at_damaged_number(["‘a.", None])


def test_the_list_reads_two_items():
    lines = [Line(1, "9.\tข้าราชการครูและบุคลากรทางการศึกษาในสังกัด จำนวน ๑๑ คน"), Line(2, "ได้รับการพัฒนาตามโครงการ"),
             strip_specks(Line(3, "‘a.\t" + SECOND)), Line(4, "เข้าร่วมการประชุมเชิงปฏิบัติการ")]
    got = items_of(lines)
    assert [(a, b) for _, a, b in got] == [(1, 2), (3, 4)]
    assert got[1][0].startswith("ผู้บริหาร")
