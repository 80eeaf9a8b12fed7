"""A table whose entries are its columns, its header row misread so that two numberings fit its digits ("ครั้งที่ ๓ |
ครั้งที่ ๕" after reports 1, 2: 3, 4 or 7, 8; fresh set s38z bma_progress_s38z008, where OCR lost the header rows of
the tables of reports 3-6 but not their flags): the months of the row's dates choose, where one numbering alone lets
a report a month at most in the fiscal year, with the reports before it and as many reports as the flags count
(assemble._table_numbered, _by_months).  Before, the row was left to the pass in order and read 3, 4: reports 7 and
8's cells given to reports 3 and 4, reports 7 and 8 lost."""

import datetime
import json

from parsers.bma_progress.assemble import number_entries
from parsers.bma_progress.clauses import Event


def _entry(line: int, seq: int, printed: str, day: datetime.date, text: str) -> list[Event]:
    return [Event("header", line, day, seq=seq, printed=printed, text=text),
            Event("text", line + 1, text="ดำเนินการตามแผน"),
            Event("progress", line + 2, "10", text="ความก้าวหน้าของงานฯ = 10"),
            Event("budget", line + 3, "0", text="งบประมาณที่เบิกใช้ = 0 บาท"),
            Event("plan", line + 4, True, text="เป็นไปตามแผน"), Event("target", line + 5, True, text="เป็นไปตามเป้าหมาย")]


def _flags(line: int) -> list[Event]:  # an entry whose header row OCR lost: its flags alone still count it
    return [Event("plan", line, True, text="เป็นไปตามแผน"), Event("target", line + 1, True, text="เป็นไปตามเป้าหมาย")]


def _events(row_days: tuple[datetime.date, datetime.date], texts: tuple[str, str], lost: int = 4) -> list[Event]:
    out = (_entry(100, 1, "๑", datetime.date(2021, 12, 5), "๕ ธันวาคม ๒๕๖๔")
           + _entry(100, 2, "๒", datetime.date(2022, 1, 26), "๒๖ มกราคม ๒๕๖๕"))
    for k in range(lost):
        out += _flags(150 + 2 * k)
    out += _entry(200, 3, "๓", row_days[0], texts[0]) + _entry(200, 5, "๕", row_days[1], texts[1])
    out += (_entry(220, 3, "๓", datetime.date(2022, 8, 24), "๒๔ สิงหาคม ๒๕๖๕")
            + _entry(220, 10, "๑๐", datetime.date(2022, 9, 17), "๑๗ กันยายน ๒๕๖๕"))
    return out


def _heads(events: list[Event]) -> list[int | None]:
    return [ev.seq for ev in events if ev.kind == "header"]


def test_a_header_row_two_numberings_fit_is_numbered_by_its_months():
    """'๓ | ๕' dated June and July after reports 1, 2 of December and January, ten reports flagged: 3, 4 would
    leave reports 5-10 two months (August, September); 7, 8 alone fits: read so, said with the months."""
    events = _events((datetime.date(2022, 6, 7), datetime.date(2022, 7, 25)),
                     ("๗ มิถุนายน ๒๕๖๕", "๒๕ กรกฎาคม ๒๕๖๕"))
    issues = number_entries(events)
    assert _heads(events) == [1, 2, 7, 8, 9, 10]
    said = [json.loads(i.evidence) for i in issues if i.code == "value_repaired" and "months of its dates" in i.message]
    assert {"rule": "report_sequence", "printed": "๓", "read": 3, "chosen": 7} in said
    assert {"rule": "report_sequence", "printed": "๕", "read": 5, "chosen": 8} in said


def test_a_header_row_whose_months_fit_both_numberings_is_left_to_the_sequence():
    """The same row dated February and March: 3, 4 fits the months, and 7, 8 does not (report 7 is dated in the
    fiscal year's seventh month, April, or later): read 3, 4, as the pass in order read it; with only the flags
    of its own tables (no reports lost between), both June-July numberings fit and the row is left as before."""
    events = _events((datetime.date(2022, 2, 25), datetime.date(2022, 3, 28)),
                     ("๒๕ กุมภาพันธ์ ๒๕๖๕", "๒๘ มีนาคม ๒๕๖๕"))
    number_entries(events)
    assert _heads(events)[:4] == [1, 2, 3, 4]
    events = _events((datetime.date(2022, 6, 7), datetime.date(2022, 7, 25)),
                     ("๗ มิถุนายน ๒๕๖๕", "๒๕ กรกฎาคม ๒๕๖๕"), lost=0)
    issues = number_entries(events)
    assert _heads(events)[:4] == [1, 2, 3, 4]
    assert not any("months of its dates" in i.message for i in issues)
