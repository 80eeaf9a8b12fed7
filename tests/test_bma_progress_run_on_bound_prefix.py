"""A table of reports run on in a paragraph whose description the page's wrap cut between a noun-making
prefix and its verb ("...เชิงปฏิบัติการการ" / "ออกแบบ...", no dictionary word across the two): the word at the
next line's start opened a piece of its own, so the descriptions parted into more pieces than reports and
none was given.  A token whose last word is การ or ความ alone leaves its phrase open: the word after it goes
on that description (parsers.bma_progress.transposed._bound_prefix_last)."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import _bound_prefix_last, _one_piece_each
from tests.test_bma_progress_entries_ocr import _lines
from tests.test_prop_run_on_descriptions_parted import _table

ONE = "ได้ดำเนินการอบรมเชิงปฏิบัติการการ\nออกแบบหลักสูตรสถานศึกษา ไปแล้ว"
TWO = "สรุปผลและรายงานผู้บริหาร"


def test_a_bare_prefix_last_leaves_the_phrase_open_but_a_word_ending_so_does_not():
    assert _bound_prefix_last("เชิงปฏิบัติการการ") and _bound_prefix_last("ผลการ") and _bound_prefix_last("ความ")
    assert not _bound_prefix_last("ดำเนินการ") and not _bound_prefix_last("บริการ")
    assert not _bound_prefix_last("สถานศึกษา") and not _bound_prefix_last("2565")


def test_the_word_after_a_bare_prefix_at_a_wrap_goes_on_its_description():
    text = f"{ONE}\n{TWO}"
    spans = _one_piece_each(text, 0, len(text), 2)
    assert spans is not None and [text[a:b] for a, b in spans] == [ONE, TWO]  # (without: three pieces)


def test_a_run_on_table_wrapped_after_a_bare_prefix_gives_each_report_its_description():
    result = parse_entries(_lines(_table(f"{ONE}\n{TWO}", n=2)))  # each at a line's start
    assert [" ".join(result.entries[k].description.split()) for k in (1, 2)] == [" ".join(ONE.split()), TWO]
