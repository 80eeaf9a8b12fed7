"""A report header OCR read as Latin letters ("asin 1" for "ครั้งที่ 1": fresh set s94o, bma_progress_s94o008;
extra2 z007 prints "asin 4" and "asin 7" too) over an entry laid out as a table of label and value cells, the
progress label wrapped in its cell ("ความก้าวหน้าของ<tab>30.5%" / "งานฯ").  Before, the entry had no header:
its cells were left as text before the first entry and report 1 had no row; and the wrapped label read no
progress.  Now entries.latin_headers reads the token as the header (label_inferred) where a date follows it
and no header names its number, and clauses._PROGRESS_CELL_RE reads the label's head with the figure."""

from parsers.bma_progress.clauses import Event
from parsers.bma_progress.entries import latin_headers, parse_entries
from tests.lines import numbered_lines as _lines


def _entry(head: str, date: str, words: tuple[str, str], pct: str) -> list[str]:
    return [head, f"วันที่รายงาน\t{date}", f"รายละเอียดการ\t{words[0]}", f"ดำเนินงาน\t{words[1]}",
            f"ความก้าวหน้าของ\t{pct}%", "งานฯ", "งบประมาณที่เบิกใช้\t0 บาท.-", "ความสอดคล้องกับ\tเป็นไปตามแผน",
            "แผน", "ความสอดคล้องกับ\tเป็นไปตามเป้าหมาย", "เป้าหมาย"]


def test_a_latin_header_before_a_date_opens_its_report():
    result = parse_entries(_lines(*_entry("asin 1", "12/1/2567", ("ประชุมผู้บริหาร", "สถานศึกษา"), "15.0"),
                                  *_entry("ครั้งที่ 2", "20/2/2567", ("จัดทำโครงการ", "เพื่อขออนุมัติ"), "40.0"),
                                  start=50))
    first = result.entries[1]
    # (the rows' labels standing in the description's cells are cut after the vote: rows.py)
    assert str(first.date) == "2024-01-12"
    assert "ประชุมผู้บริหาร" in first.description and "งานฯ" not in first.description
    assert first.figures == {"progress": "15.0", "budget": "0", "plan": True, "target": True}
    assert not result.preamble
    said = [i for i in result.issues if i.code == "label_inferred"]
    assert len(said) == 1 and said[0].field == "progress_reports.seq" and said[0].line_start == 50


def test_only_where_a_date_follows_and_the_number_is_free():
    date = Event("date", 2, text="1/1/2567")
    header = Event("header", 5, seq=2)
    for events in (
            [Event("text", 1, text="asin 1"), Event("text", 2, text="จัดทำโครงการ"), header],  # no date after it
            [Event("text", 1, text="asin 2"), date, header],  # report 2's header stands elsewhere
            [Event("text", 1, text="asin 3"), date, header],  # past the first header read, after none
            [Event("text", 1, text="Zoom ผ่าน 1"), date, header],  # Thai words with it
            [Event("text", 1, text="ab 1"), date, header]):  # two letters: a speck's
        out, issues = latin_headers(events)
        assert out == events and not issues, events[0].text
    out, issues = latin_headers([header, Event("text", 6, text="Asan 3"), Event("date", 7, text="1/3/2567")])
    assert [e.seq for e in out if e.kind == "header"] == [2, 3] and len(issues) == 1
