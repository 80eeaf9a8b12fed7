"""Section 2's entries table read column by column (parsers.bma_progress.stacked)
whose description cell holds a ruled cell's specks OCR read as Thai letters
and digits a wide gap parts ("ส่<tab>๑<tab>ส่": extra4 t003's report 4).  The
tab made the line a line of cells, no bare column's, so the column was
broken: the entry read no progress and took another column's description.
Now such a line is specks, as a line of Latin specks parted so was; a letter
alone on its line is still text.  The lines are modified copies of
test_prop_stacked_flag_rule_specks'."""

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.test_bma_progress_entries_ocr import _lines
from tests.test_bma_progress_stacked import _LABELS


def _column(number: str, date: str, speck: str) -> tuple[str, ...]:
    return ("ครั้งที " + number, date, "อยู่ระหว่าง", speck, "ประสานงาน", "๕.๕%", "๐ บาท",
            "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย")


def test_letter_specks_a_gap_parts_keep_the_column_whole():
    lines = _lines(*_LABELS, *_column("๑", "๑๑/๑๑/๒๕๖๑", "ส่\t๑\tส่"), *_column("๒", "๑๓/๑/๒๕๖๒", "a\tจ\ta"))
    entries = parse_entries(lines).entries
    assert sorted(entries) == [1, 2]
    for n in (1, 2):
        values = figure_values(entries[n])[0]
        assert (values["progress_pct"], values["on_plan"], values["on_target"]) == (5.5, True, True)
        assert entries[n].description == "อยู่ระหว่าง ประสานงาน"


def test_a_letter_alone_on_its_line_is_still_text():
    lines = _lines(*_LABELS, *_column("๑", "๑๑/๑๑/๒๕๖๑", "ส"))
    assert parse_entries(lines).entries[1].description == "อยู่ระหว่าง ส ประสานงาน"
