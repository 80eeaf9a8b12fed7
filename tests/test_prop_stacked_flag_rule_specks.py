"""Section 2's entries table read column by column (parsers.bma_progress.stacked)
whose target flag a wrap cut in two, with a ruled cell's rule read as specks
between its halves ("เป็นไปตาม" / "vy" / "เป้าหมาย": fresh sets bp/set1
s19bpa001, k s21k005).  The specks closed the column's flags at the first
half, so the column did not read as one, its target flag was lost and
"เป้าหมาย" ran into the next entry's text.  Now specks between the two
halves of a cut flag are part of the flags; specks elsewhere still close
them.  The lines are modified copies of test_bma_progress_stacked's."""

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.test_bma_progress_entries_ocr import _lines
from tests.test_bma_progress_stacked import _LABELS


def _column(number: str, date: str, flags: tuple[str, ...]) -> tuple[str, ...]:
    return ("ครั้งที " + number, date, "อยู่ระหว่าง", "ติดต่อ", "ประสานงาน", "AR", "๕.๕%", "๐ บาท", *flags)


def test_specks_between_a_cut_flags_halves_keep_the_column_whole():
    lines = _lines(*_LABELS,
                   *_column("๑", "๑๑/๑๑/๒๕๖๑", ("เป็นไปตาม", "แผน", "เป็นไปตาม", "vy", "เป้าหมาย")),
                   *_column("๒", "๑๓/๑/๒๕๖๒", ("เป็นไปตามแผน", "ไม่เป็นไปตาม", "vy", "~z", "เป้าหมาย")))
    entries = parse_entries(lines).entries
    assert sorted(entries) == [1, 2]
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [(values[n]["on_plan"], values[n]["on_target"]) for n in (1, 2)] == [(True, True), (True, False)]
    assert [values[n]["progress_pct"] for n in (1, 2)] == [5.5, 5.5]
    assert entries[1].description == "อยู่ระหว่าง ติดต่อ ประสานงาน"
    assert entries[2].description == "อยู่ระหว่าง ติดต่อ ประสานงาน"


def test_specks_after_whole_flags_or_before_no_second_half_still_close_them():
    # the flags whole: the specks under them are no part of them, and the next column reads as before
    whole = _lines(*_LABELS,
                   *_column("๑", "๑๑/๑๑/๒๕๖๑", ("เป็นไปตามแผน", "เป็นไปตามเป้าหมาย", "vy")),
                   *_column("๒", "๑๓/๑/๒๕๖๒", ("เป็นไปตามแผน", "เป็นไปตามเป้าหมาย")))
    entries = parse_entries(whole).entries
    assert sorted(entries) == [1, 2]
    assert entries[2].description == "อยู่ระหว่าง ติดต่อ ประสานงาน"
    # three speck lines between the halves: too many for a rule inside the cell, the halves are not joined
    far = _lines(*_LABELS,
                 *_column("๑", "๑๑/๑๑/๒๕๖๑", ("เป็นไปตาม", "แผน", "เป็นไปตาม", "vy", "~z", "A", "เป้าหมาย")))
    entry = parse_entries(far).entries.get(1)
    assert entry is None or figure_values(entry)[0].get("on_target") is None
