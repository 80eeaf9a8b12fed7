"""Section 2's entries as two side-by-side tables of one page (entries 1-3
above, 4-6 below) that OCR read column by column as one block
(parsers.bma_progress.stacked._interleaved_tables): each page column holds
that column of both tables, so the entries come in the order 1, 4, 2, 5,
3, 6, the upper table's columns whole, the lower one's cut after their
description (extra4 t003's reports 4-9).  Before, a cut column was broken
and its lines ran into the whole column after it, whose date it took, and
the header numbers OCR misread could not order them.  Now the run is put
back in order, the whole columns first, where the months of their dates run
so and do not run in the order read; said over the run.  A run whose months
run as read (one table whose columns lost their figures) stays."""

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.stacked import restack_with_doubts
from tests.test_bma_progress_entries_ocr import _lines
from tests.test_bma_progress_stacked import _LABELS


def _whole(head: str, date: str, words: str, progress: str) -> tuple[str, ...]:
    return (head, date, words, "ประสานงาน", progress, "๐.๐๐ บาท", "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย")


def _cut(head: str, date: str, words: str) -> tuple[str, ...]:
    return (head, date, words, "กิจกรรมที่ ๒")


def _section(heads: tuple[str, ...], dates: tuple[str, ...]) -> list:
    return _lines(*_LABELS,
                  *_whole(heads[0], dates[0], "ขอรายชื่อ", "๓๒"),
                  *_cut(heads[1], dates[1], "เตรียมจัดทำ"),
                  *_whole(heads[2], dates[2], "พิจารณาเกณฑ์", "๔๕"),
                  *_cut(heads[3], dates[3], "รวบรวมเอกสาร"),
                  *_whole(heads[4], dates[4], "เตรียมการประชุม", "๗๓.๕"),
                  *_cut(heads[5], dates[5], "ดำเนินการประชุม"),
                  *_LABELS[4:])  # the row titles of the figures, the lower table's


_DATES = ("๑๓/๑๑/๖๑", "๓๐/๒/๖๒", "๘ ธันวาคม ๖๑", "๒๑ มีนาคม ๒๕๖๒", "๑๑ ม.ค. ๒๕๖๒", "๑๐/๔/๖๒")


def _dates_read(lines: list) -> list[str]:
    """The date cells in the order restacked, each the line under a header."""
    out = []
    for k, ln in enumerate(lines[:-1]):
        if "ครั้งที่" in ln.text:
            out.append(lines[k + 1].text.strip(" :"))
    return out


def test_two_tables_read_by_turns_are_put_back_in_order():
    # the header numbers as OCR misread them: one lost, others read as another's
    lines, issues = restack_with_doubts(_section(("ครั้งที่ ๒", "ครั้งที่", "ครั้งที่ ๒", "ครั้งที่ ๒", "ครั้งที่ ๕",
                                                  "ครั้งที่ ๖"), _DATES))
    assert _dates_read(lines) == ["๑๓/๑๑/๖๑", "๘ ธันวาคม ๖๑", "๑๑ ม.ค. ๒๕๖๒", "๓๐/๒/๖๒", "๒๑ มีนาคม ๒๕๖๒", "๑๐/๔/๖๒"]
    said = [i for i in issues if i.code == "entry_cell_in_doubt" and "two tables of one page" in (i.message or "")]
    assert len(said) == 1 and said[0].field == "progress_reports"
    # the whole columns keep their figures, the cut ones their descriptions
    entries = parse_entries(_section(("ครั้งที่ ๑", "ครั้งที่ ๔", "ครั้งที่ ๒", "ครั้งที่ ๕", "ครั้งที่ ๓", "ครั้งที่ ๖"),
                                     _DATES)).entries
    assert [figure_values(entries[n])[0].get("progress_pct") for n in (1, 2, 3)] == [32.0, 45.0, 73.5]
    assert [entries[n].description.split()[0] for n in range(1, 7)] == [
        "ขอรายชื่อ", "พิจารณาเกณฑ์", "เตรียมการประชุม", "เตรียมจัดทำ", "รวบรวมเอกสาร", "ดำเนินการประชุม"]


def test_columns_whose_months_run_as_read_stay():
    # one table whose 2nd, 4th and 6th columns lost their figures: the months run in the order read
    dates = ("๑๓/๑๑/๖๑", "๘ ธันวาคม ๖๑", "๑๑ ม.ค. ๒๕๖๒", "๓๐/๒/๖๒", "๒๑ มีนาคม ๒๕๖๒", "๑๐/๔/๖๒")
    lines, issues = restack_with_doubts(_section(("ครั้งที่ ๑", "ครั้งที่ ๒", "ครั้งที่ ๓", "ครั้งที่ ๔", "ครั้งที่ ๕",
                                                  "ครั้งที่ ๖"), dates))
    assert not [i for i in issues if "two tables of one page" in (i.message or "")]
    assert _dates_read(lines) == list(dates)


def _cut_with_expense(head: str, date: str, words: str) -> tuple[str, ...]:
    # an expense line in the description whose amount a wrap left alone on its line, after "เป็นเงิน"
    return (head, date, words, "ค่าจัดทำเอกสาร จำนวน ๑๒", "เล่มๆ ละ ๑๒๐.๐๐", "บาท เป็นเงิน", "๑,๔๔๐.๐๐ บาท",
            "ค่าตอบแทน")


def test_a_cut_column_holding_an_expense_amount_alone_stays_in_the_run():
    # (s46o005's reports 4-6) before, the amount alone ended the cut column's cells, so the column did not reach
    # the next header and the run broke there: report 4 stayed between 1 and 2
    lines, issues = restack_with_doubts(_lines(
        *_LABELS,
        *_whole("ครั้งที่ ๑", _DATES[0], "ขอรายชื่อ", "๓๒"),
        *_cut_with_expense("ครั้งที่ ๔", _DATES[1], "เตรียมจัดทำ"),
        *_whole("ครั้งที่ ๒", _DATES[2], "พิจารณาเกณฑ์", "๔๕"),
        *_cut("ครั้งที่ ๕", _DATES[3], "รวบรวมเอกสาร"),
        *_whole("ครั้งที่ ๓", _DATES[4], "เตรียมการประชุม", "๗๓.๕"),
        *_cut("ครั้งที่ ๖", _DATES[5], "ดำเนินการประชุม"),
        *_LABELS[4:]))
    assert _dates_read(lines) == ["๑๓/๑๑/๖๑", "๘ ธันวาคม ๖๑", "๑๑ ม.ค. ๒๕๖๒", "๓๐/๒/๖๒", "๒๑ มีนาคม ๒๕๖๒", "๑๐/๔/๖๒"]
    assert [i for i in issues if "two tables of one page" in (i.message or "")]
    # the expense line stays with its column, after its date
    at = [ln.text for ln in lines].index("๑,๔๔๐.๐๐ บาท")
    assert [ln.text.strip(" :") for ln in lines[:at]].index("๓๐/๒/๖๒") > \
        [ln.text.strip(" :") for ln in lines[:at]].index("๑๑ ม.ค. ๒๕๖๒")
