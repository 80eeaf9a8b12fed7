"""A table of report entries read column by column whose first header cell OCR lost (read as specks: "v",
"ครง", "Sp."), the headers of the next page's columns after it (fresh set s94o, bma_progress_s94o002): four
headers read (2, 3, 5, 5: ๔ read as ๕), then five date cells and five budget clauses, the second naming
report 2.  Before, the column mode gave the cells in order to the headers read: every report took the cells
of the report before it, report 1 had no row and report 5 lost its figures.  Now (entries.first_header_lost)
a header of report 1 is put before the run, said (entry_cell_in_doubt)."""

from parsers.bma_progress.clauses import Event
from parsers.bma_progress.entries import first_header_lost, parse_entries
from tests.lines import numbered_lines as _lines

_HEADS = ["v", "ครง", "Sp.", *[x for n in "๒๓๕๕" for x in ("รายงาน", "ครังที", n)]]
_CELLS = ["๐๕/๑๑/๒๕๒ :", "จัดทำคำสั่งคณะกรรมการ", "๑๕/๑๒/๒๕๒ :", "จัดทำโครงการเพื่อ", "ขออนุมัติ",
          "๓๑/๐๑/๒๕๖๘ :", "ประชุมผู้บริหาร", "สถานศึกษา", "๐๔/๐๒/๒๕๖๘ :", "จัดกิจกรรมนิเทศ", "ติดตาม",
          "๐๖/๐๓/๒๕๖๘ :", "สรุปผลการดำเนินงาน"]
_FLAGS = ["เป็นไปตามแผน", ": เป็นไปตาม", "เป้าหมาย"] * 5
# the next page's headers (reports 6 to 10, numbers misread) and its first date cell
_NEXT = [*[x for n in ("»", "๓", "ๆ", "๓", "๑๐") for x in ("รายงาน", "ครังที", n)],
         "๒๓/๐๕/๒๕๖๘ :", "อยู่ระหว่างการดำเนินการ"]


def _figures(first: str = "©") -> list[str]:
    out = []
    for n, p in zip((first, "๒", "๓", "๕2", "&é"), ("๒", "๑๖", "๓๒", "๕๐", "๕๕")):
        out += ["ความก้าวหน้าของ", f"งานฯ = {p}", "งบประมาณที่เบิกใช้", f"(ครั้งที่ {n}) = ๐"]
    return out


def test_the_first_header_lost_is_put_back_and_each_report_keeps_its_cells():
    result = parse_entries(_lines(*_HEADS, *_CELLS, *_figures(), *_FLAGS, *_NEXT, start=300))
    got = {k: (e.description, e.figures.get("progress")) for k, e in result.entries.items() if k <= 5}
    assert got == {1: ("จัดทำคำสั่งคณะกรรมการ", "2"), 2: ("จัดทำโครงการเพื่อ ขออนุมัติ", "16"),
                   3: ("ประชุมผู้บริหาร สถานศึกษา", "32"), 4: ("จัดกิจกรรมนิเทศ ติดตาม", "50"),
                   5: ("สรุปผลการดำเนินงาน", "55")}
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and "first header" in i.message]
    assert len(said) == 1 and said[0].field == "progress_reports"


def _events(heads, dates, clauses):
    out = [Event("header", 10 + k, seq=s) for k, s in enumerate(heads)]
    out += [Event("date", 20 + k, text=f"{k}/1/2568") for k in range(dates)]
    out += [Event("budget", 40 + k, "0", seq=s) for k, s in enumerate(clauses)]
    return out


def test_the_counts_and_the_clauses_must_all_say_so():
    events, issues = first_header_lost(_events([2, 3, 4], 4, [None, 2, 3, 4]))
    assert [e.seq for e in events if e.kind == "header"] == [1, 2, 3, 4] and len(issues) == 1
    for heads, dates, clauses in (
            ([2, 3, 4], 4, [2, 3, 4, None]),  # the first clause names the first header's report
            ([2, 3, 4], 3, [None, 2, 3, 4]),  # as many dates as headers
            ([2, 3, 4], 4, [None, 2, 3]),  # fewer clauses than dates
            ([2, 3, 4], 4, [None, None, None, None]),  # no clause names a report by its place
            ([1, 2, 3], 4, [None, 1, 2, 3]),  # no report before the first header
            ([2], 2, [None, 2])):  # one header is no run
        events, issues = first_header_lost(_events(heads, dates, clauses))
        assert [e.seq for e in events if e.kind == "header"] == heads and not issues, (heads, dates, clauses)
    # a header of the report before elsewhere in the section
    events, issues = first_header_lost([Event("header", 1, seq=1), Event("text", 2, text="x"),
                                        *_events([2, 3, 4], 4, [None, 2, 3, 4])])
    assert [e.seq for e in events if e.kind == "header"] == [1, 2, 3, 4] and not issues


def test_the_last_clause_past_the_flags_the_progress_figures_count_and_a_cut_amount_goes_on():
    # fresh set s97q, bma_progress_s97q002: six headers (2..7), seven date cells, seven progress figures but six
    # clauses in the column (the seventh read past the flags), the first "(ครั้งที่ 11" for 1, the fourth's amount
    # cut onto lines of its own ("]) = 24000" / "บาท"): before, nothing was put back and every report took the
    # cells of the report before it (65 misses)
    events = [Event("header", 10 + k, seq=s) for k, s in enumerate(range(2, 8))]
    events += [Event("date", 20 + k, text=f"{k + 1}/1/2568") for k in range(7)]
    for k, s in enumerate((11, 2, 3, 4, 5, 6)):
        events += [Event("progress", 40 + 4 * k, text=str(k)), Event("budget", 41 + 4 * k, "0", seq=s)]
        if s == 4:
            events += [Event("text", 42 + 4 * k, text=") = 24000"), Event("text", 43 + 4 * k, text="บาท")]
    events += [Event("progress", 70, text="7"), Event("plan", 71), Event("budget", 72, "0", seq=7)]
    out, issues = first_header_lost(events)
    assert [e.seq for e in out if e.kind == "header"] == [1, 2, 3, 4, 5, 6, 7] and len(issues) == 1
    # the same with a first clause naming a report the table has (6): it says otherwise of the first place
    assert events[14].kind == "budget" and events[14].seq == 11
    events[14] = Event("budget", 41, "0", seq=6)
    out, issues = first_header_lost(events)
    assert [e.seq for e in out if e.kind == "header"] == [2, 3, 4, 5, 6, 7] and not issues
