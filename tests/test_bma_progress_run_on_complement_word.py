"""A table of reports run on in a paragraph whose description the page's wrap cut after a word that takes a
complement ("...เชิญชวนให้" / "ข้าราชการครู...": ให้ "to", no dictionary word across the two): the word at the
next line's start opened a piece of its own, so the descriptions parted into more pieces than reports and
none was given.  A token whose last word is a preposition or a conjunction alone (ให้, ของ, ที่, เพื่อ, ...)
leaves its phrase open: the word after it goes on that description
(parsers.bma_progress.transposed._complement_last)."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import _complement_last, _one_piece_each
from tests.test_bma_progress_entries_ocr import _lines
from tests.test_prop_run_on_descriptions_parted import _table

ONE = "เวียนแจ้งประชาสัมพันธ์เชิญชวนให้\nข้าราชการครูและบุคลากรทางการศึกษาส่งผลงานเข้าร่วมกิจกรรม"
TWO = "อยู่ระหว่างติดต่อประสานงานสถานที่ศึกษาดูงาน (กิจกรรมที่ 3)"


def test_a_complement_word_last_leaves_the_phrase_open_but_a_word_ending_so_does_not():
    assert _complement_last("เชิญชวนให้") and _complement_last("ผู้เข้าร่วมกิจกรรมที่") and _complement_last("เพื่อ")
    assert not _complement_last("หน้าที่") and not _complement_last("กิจกรรม") and not _complement_last("2565")


def test_the_word_after_a_complement_word_at_a_wrap_goes_on_its_description():
    text = f"{ONE}\n{TWO}"
    spans = _one_piece_each(text, 0, len(text), 2)
    assert spans is not None and [text[a:b] for a, b in spans] == [ONE, TWO]  # (without: three pieces)


def test_a_run_on_table_wrapped_after_a_complement_word_gives_each_report_its_description():
    result = parse_entries(_lines(_table(f"{ONE}\n{TWO}", n=2)))  # each at a line's start
    assert [" ".join(result.entries[k].description.split()) for k in (1, 2)] == [" ".join(ONE.split()), TWO]
