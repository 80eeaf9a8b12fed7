"""An entries table printed two entries to a block (a header pair "ครั้งที่ 3  ครั้งที่ 4", then each row's two
cells), the labels' column OCR read on its own: the date row under the header pair opens the block's rows by its
dates' shapes (parsers.bma_progress.transposed._labelless_row).  OCR glues a speck of the table's rule before a
date ("ไต๓๐๒๐-๒-๑๕", "า๒๐๒๐-๑๓-๕"): a row of one such date per entry, each its own cell, is the date row, each
date the token after the speck.  Before, the block's rows were not read as a table at all and ran into the last
entry read before them (its entries said lost).

An entry whose date OCR damaged past reading keeps it unread (said) when text read after its flags closed it
holds a date: that date is another entry's, run in (parsers.bma_progress.assemble), not this entry's."""

from __future__ import annotations

import datetime

from parsers.bma_progress.assemble import assemble
from parsers.bma_progress.clauses import Event
from parsers.bma_progress.transposed import untranspose_with_doubts
from schemas.document import Line


def _lines(*rows: tuple[str, tuple[int, ...]], start: int = 100) -> list[Line]:
    return [Line(i, text, cols=cols) for i, (text, cols) in enumerate(rows, start=start)]


_ROWS = (
    ("จัดทำคำสั่งคณะกรรมการ\tจัดทำโครงการ", (0, 26)),
    ("๒๒.๐%\t๒๕.๐%", (0, 21)),
    ("๐ บาท.-\t๐ บาท.-", (0, 26)),
    ("เป็นไปตามแผน\tเป็นไปตามแผน", (0, 26)),
    ("เป็นไปตามเป้าหมาย\tไม่เป็นไปตามเป้าหมาย", (0, 27)),
)


def _entries(lines: list[Line]) -> list[tuple[str, str | None]]:
    out, _ = untranspose_with_doubts(lines)
    got: list[tuple[str, str | None]] = []
    for ln in out:
        if ln.text.startswith("รายงานครั้ง"):
            got.append((ln.text, None))
        elif ln.text.startswith("::") and got and got[-1][1] is None:
            got[-1] = (got[-1][0], ln.text.strip(": "))
    return got


def test_a_date_row_of_specked_dates_under_a_header_pair_opens_the_block():
    lines = _lines(("ครั้งที ๓\tครั้งที ๕", (0, 29)), ("ไต๒๐๒๐-๒-๑๕\tา๒๐๒๐-๑๓-๕", (0, 36)), *_ROWS)
    assert _entries(lines) == [("รายงานครั้งที ๓", "๒๐๒๐-๒-๑๕"), ("รายงานครั้งที ๕", "๒๐๒๐-๑๓-๕")]
    out, _ = untranspose_with_doubts(lines)
    texts = [ln.text for ln in out]
    assert "ความก้าวหน้าของงานฯ = ๒๒.๐%" in texts and "ความก้าวหน้าของงานฯ = ๒๕.๐%" in texts
    assert ": ไม่เป็นไปตามเป้าหมาย" in texts


def test_a_row_whose_cells_are_not_all_dates_after_a_speck_opens_nothing():
    # one cell a date past its plain shape (letters among its parts), or a speck of more than two marks: not read
    # as dates; but the table's own rows follow (a progress row, an amount row), so the line is the date row,
    # each cell kept as printed and said in doubt (transposed: a damaged date row under a header row with no row's
    # label, tests/test_bma_progress_labelless_date_damaged.py); before, the header pair stayed text and the
    # block's entries were lost
    for row in ("า๒๐๒๐-๑-๒\tา๒๓๐๒๐-๕๑ฒ-อ๑", "ไตไต๒๐๒๐-๒-๑๕\tา๒๐๒๐-๓-๕"):
        lines = _lines(("ครั้งที ๓\tครั้งที ๕", (0, 29)), (row, (0, 24)), *_ROWS)
        out, doubts = untranspose_with_doubts(lines)
        assert [ln.text for ln in out][0] == "รายงานครั้งที ๓"
        assert [d.code for d in doubts] == ["entry_cell_in_doubt"]
    # a cell with no date at all: no date row
    lines = _lines(("ครั้งที ๓\tครั้งที ๕", (0, 29)), ("ไต๒๐๒๐-๒-๑๕\tประชุม", (0, 36)), *_ROWS)
    assert [ln.text for ln in untranspose_with_doubts(lines)[0]][0] == "ครั้งที ๓\tครั้งที ๕"


def test_a_date_row_whose_cells_some_specked_and_some_not_opens_the_block():
    # the rule OCR glued before a date stands where a cell's edge met it: some cells of a row have it, others not
    # (a block of three entries, "ใ๓๒๐๒๕-๕-๑ / ๒๐๒๕-๓-๒๕ / ใ๓๐๒๕-๕-๓๑"); before, only a row whose every cell had
    # a speck was read as the date row, and the three entries were lost
    rows = (("อยู่ระหว่าง\tจัดทำโครงการ\tดำเนินการจัดสัมมนา", (0, 19, 35)),
            ("๒๕.๕%\t๓๕.๕%\t๕๕.๐%", (0, 18, 33)), ("Bo\tBo\tBoo,moo", (0, 18, 34)),
            ("เป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 17, 33)),
            ("เป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 18, 34)))
    lines = _lines(("ครั้งที่ ๑\tครั้งที่ ๒\tครั้งที่ ๓", (0, 17, 32)),
                   ("ใ๓๒๐๒๕-๕-๑\t๒๐๒๕-๓-๒๕\tใ๓๐๒๕-๕-๓๑", (0, 20, 35)), *rows)
    assert _entries(lines) == [("รายงานครั้งที่ ๑", "๓๒๐๒๕-๕-๑"), ("รายงานครั้งที่ ๒", "๒๐๒๕-๓-๒๕"),
                               ("รายงานครั้งที่ ๓", "๓๐๒๕-๕-๓๑")]
    # a cell that is neither a date nor a date after a speck still opens nothing
    lines = _lines(("ครั้งที่ ๑\tครั้งที่ ๒\tครั้งที่ ๓", (0, 17, 32)),
                   ("ใ๓๒๐๒๕-๕-๑\tประชุม\tใ๓๐๒๕-๕-๓๑", (0, 20, 35)), *rows)
    assert [ln.text for ln in untranspose_with_doubts(lines)[0]][0] == "ครั้งที่ ๑\tครั้งที่ ๒\tครั้งที่ ๓"


def _entry(seq: int, line: int, date: object, damaged: str = "") -> list[Event]:
    return [Event("header", line, seq=seq, printed=str(seq), text=f"รายงานครั้งที่ {seq}"),
            Event("date", line, date, text=damaged or "date", damaged=damaged),
            Event("text", line + 1, text="ประชุม"),
            Event("progress", line + 2, 10.0), Event("budget", line + 2, "0", seq=seq),
            Event("plan", line + 3, True), Event("target", line + 3, True)]


def test_a_date_run_in_after_an_entrys_flags_does_not_stand_for_its_unread_date():
    events = [*_entry(1, 1, datetime.date(2020, 1, 2)), *_entry(2, 10, None, damaged="๒๐๒๐-๑๓-๕"),
              Event("text", 20, text="ครังที ๓ ครั้งที ๕"), Event("date", 21, datetime.date(2020, 6, 2), text="x")]
    result = assemble(events)
    assert result.entries[2].date is None and result.entries[2].date_text == "๒๐๒๐-๑๓-๕"
    # a date read before the entry's flags still fills a slot OCR damaged (its own date, the slot a speck)
    events = [*_entry(1, 1, datetime.date(2020, 1, 2)), *_entry(2, 10, None, damaged="๒๐๒๐-๑๓-๕")]
    events.insert(9, Event("date", 11, datetime.date(2020, 3, 5), text="5/3/2563"))
    result = assemble(events)
    assert result.entries[2].date == datetime.date(2020, 3, 5)
