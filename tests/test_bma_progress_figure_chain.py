"""BMA progress form, section 2's table read column by column after OCR: its
figures stand in a column of their own, one group per report in order, the
budget clauses naming their report with digits tesseract misreads (๖ as ๒,
๗ as ๓, ๘ and ๙ as ๕, ๘ as ๑, ๖ as a Latin 9) or naming none (the number
lost).  A column with one group for each report, its ends naming their
places, gives each group the report of its place, each re-owned clause said
(extra3 w007 and w016, extra2 z007, s30/z z002)."""

from parsers.bma_progress.entries import parse_entries
from tests.lines import numbered_lines as _lines

_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def _figure_column(named: list[str | None], reports: int | None = None) -> list[str]:
    """`reports` headers (one per clause unless given), their dated descriptions,
    then a column of figure clauses (the k-th: progress k0 %, its budget clause
    naming `named[k-1]`, or nothing), then the flags."""
    n = reports or len(named)
    text = [f"รายงานครั้งที่ {str(k).translate(_THAI)}" for k in range(1, n + 1)]
    text += [f"{str(k).translate(_THAI)}/{k % 12 + 1}/๒๕๖๗ : ดำเนินการครั้งที่ {k}" for k in range(1, n + 1)]
    for k, name in enumerate(named, start=1):
        clause = f"(ครั้งที่ {name}) " if name is not None else ""
        text.append(f"ความก้าวหน้าของงานฯ = {k}0.00 % งบประมาณที่เบิกใช้ {clause}= 0 บาท")
    text += ["เป็นไปตามแผน : เป็นไปตามเป้าหมาย"] * n
    return text


def _figures_line(n: int, k: int) -> int:
    return 2 * n + k  # the k-th figure clause's line (headers and date cells before it)


def _repaired(result) -> list[tuple[str, int]]:
    return [(i.field, i.line_start) for i in result.issues if i.code == "value_repaired" and "place" in i.message]


def test_misread_and_unnamed_clauses_of_a_whole_column_are_the_reports_of_their_places():
    # extra3 w007: report 5's and 10's clauses lost their numbers; 4 and 6..9 read ๕ ๒ ๓ ๕ ๕
    named = ["๑", "๒", "๓", "๕", None, "๒", "๓", "๕", "๕", None, "๑๑", "๑๒"]
    result = parse_entries(_lines(*_figure_column(named)))
    entries = result.entries
    assert sorted(entries) == list(range(1, 13))
    assert [entries[k].figures.get("progress") for k in range(1, 13)] == [f"{k}0.00" for k in range(1, 13)]
    assert not [i for i in result.issues if i.code == "conflicting_figures"]
    assert _repaired(result) == [("progress_reports.seq", _figures_line(12, k)) for k in (4, 6, 7, 8, 9)]
    # the last report's header lost (eleven headers): the last clause names report 12, the column holds twelve
    result = parse_entries(_lines(*_figure_column(named, reports=11)))
    assert [result.entries[k].figures.get("progress") for k in range(1, 13)] == [f"{k}0.00" for k in range(1, 13)]
    assert _repaired(result) == [("progress_reports.seq", _figures_line(11, k)) for k in (4, 6, 7, 8, 9)]


def test_a_clause_naming_a_number_no_digit_table_reads_so_is_its_places_report_too():
    # s30/z z002: "9" in place 6 (no other clause names 9), ๓ in 7 and 9, ๑ in 8 (๘ read ๑: no table's misread)
    named = ["๑", "๒", "๓", "๕", "๕", "9", "๓", "๑", "๓", "๑๐"]
    result = parse_entries(_lines(*_figure_column(named)))
    assert [result.entries[k].figures.get("progress") for k in range(1, 11)] == [f"{k}0.00" for k in range(1, 11)]
    assert _repaired(result) == [("progress_reports.seq", _figures_line(10, k)) for k in (4, 6, 7, 8, 9)]


def test_a_column_read_as_printed_is_left_alone():
    named = ["๑", "๒", "๓", "๔", None, "๖", "๗", "๘", "๙", None, "๑๑", "๑๒"]
    result = parse_entries(_lines(*_figure_column(named)))
    assert [result.entries[k].figures.get("progress") for k in range(1, 13)] == [f"{k}0.00" for k in range(1, 13)]
    assert not [i for i in result.issues if i.code in ("conflicting_figures", "value_repaired")]


def test_a_column_whose_groups_are_not_one_per_report_or_whose_ends_disagree_is_not_placed_so():
    misread = ["๑", "๒", "๓", "๕", "๕", "9", "๓", "๑", "๓"]
    # a group more than the reports (nine clauses, eight headers): a group lost or parted, the places say nothing
    assert _repaired(parse_entries(_lines(*_figure_column(misread, reports=8)))) == []
    # the last clause names another report than the last place's
    assert _repaired(parse_entries(_lines(*_figure_column([*misread[:-1], "๒"])))) == []
    # neither end names a report: nothing pins the column's places
    assert _repaired(parse_entries(_lines(*_figure_column([None, *misread[1:-1], None])))) == []
