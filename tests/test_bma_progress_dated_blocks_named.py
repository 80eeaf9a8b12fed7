"""BMA progress "::" entries whose headers OCR read apart from them: a
table read column by column puts the headers' cells in a run of their own,
garbled ("รายงาน" / "ครงท3"), and the entries' cells after them one under
the other, each closed by its budget clause, which names its entry
("(ครั้งที่ 3)").  The dates after the first such entry opened no entry: their
texts ran into the entry before, their figures went by their clause's
number to entries with no date or text (s63o's bma_progress 002: reports
3-5 lost their dates and descriptions).  A date after an entry's budget
clause, with no header before it, running with text and progress alone to
a budget clause that names a later entry, is that entry's: a header of its
number is put before it, and said (entries.dated_blocks_named)."""

from __future__ import annotations

from parsers.bma_progress.clauses import Event
from parsers.bma_progress.entries import dated_blocks_named, parse_entries
from schemas.document import Line

_TEXT = """รายงาน :: 2018-10-27 : อยู่ระหว่าง
ครั้งที่1 ขั้นตอน...แต่งตั้งคณะกรรมการฯ
: ความก้าวหน้าของงานฯ = 2.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
รายงาน : 2018-11-27 : จัดเตรียม
ครั้งที่2 ข้อมูล/จัดทำโครงการ
รายงาน
ครงท3
รายงาน
ครงท6
:: ความก้าวหน้าของงานฯ = 4.00
% : งบประมาณที่เบิกใช้ (ครั้งที่ 2)
= 0 บาท
: 2018-12-29 : เวียนแจ้ง
ประชาสัมพันธ์เชิญชวนให้ข้าราชการ
:: ความก้าวหน้าของงานฯ = 5.00
% งบประมาณที่เบิกใช้ (ครั้งที่ 3) =
0 บาท
:: 2019-1-13 : อยู่ระหว่างการ
เตรียมการอบรมเชิงปฏิบัติการ
:: ความก้าวหน้าของงานฯ = 8.00
% งบประมาณที่เบิกใช้ (ครั้งที่ 4) =
0 บาท
"""


# each entry's date clause whole, two of the headers read apart ("ครงท3", "ครงท6"): read as before, 3 to 5 in order
_WHOLE = """รายงานครั้งที่1 :: 2018-10-27 : อยู่ระหว่างขั้นตอน...แต่งตั้งคณะกรรมการฯ
:: ความก้าวหน้าของงานฯ = 2.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
รายงานครั้งที่2 :: 2018-11-27 : จัดเตรียมข้อมูล/จัดทำโครงการ
รายงาน
ครงท3
รายงาน
ครงท6
:: ความก้าวหน้าของงานฯ = 4.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท
:: 2018-12-29 : เวียนแจ้งประชาสัมพันธ์เชิญชวนให้ข้าราชการครู
:: ความก้าวหน้าของงานฯ = 5.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0 บาท
:: 2019-1-13 : อยู่ระหว่างการเตรียมการอบรมเชิงปฏิบัติการ
:: ความก้าวหน้าของงานฯ = 8.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 4) = 0 บาท
:: 2019-3-18 : จัดกิจกรรมนิเทศ ติดตาม
:: ความก้าวหน้าของงานฯ = 9.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 5) = 0 บาท
"""


def _entries(text: str) -> dict:
    result = parse_entries([Line(no, t) for no, t in enumerate(text.splitlines(), 1)])
    return {seq: (str(e.date), e.description) for seq, e in result.entries.items()}


def test_dates_after_an_entrys_figures_go_to_the_entry_their_budget_clause_names():
    got = _entries(_TEXT)
    assert got[3] == ("2018-12-29", "เวียนแจ้ง ประชาสัมพันธ์เชิญชวนให้ข้าราชการ")
    assert got[4] == ("2019-01-13", "อยู่ระหว่างการ เตรียมการอบรมเชิงปฏิบัติการ")
    assert got[2][0] == "2018-11-27" and "เวียนแจ้ง" not in got[2][1] and sorted(got) == [1, 2, 3, 4]


def test_a_date_is_given_a_header_only_between_two_budget_clauses_in_order():
    date, text = Event("date", 5, None, text=":: 2018-12-29"), Event("text", 5, None, text="เวียนแจ้ง")
    close = Event("budget", 6, "0", seq=3)
    events, said = dated_blocks_named([Event("budget", 4, "0", seq=2), date, text, close])
    assert [(e.kind, e.seq) for e in events][:2] == [("budget", 2), ("header", 3)]
    assert [i.code for i in said] == ["entry_cell_in_doubt"]
    # a header before the date, a budget clause naming an earlier entry, or none: nothing changes
    for case in ([Event("budget", 4, "0", seq=2), Event("header", 5, None, seq=3), date, text, close],
                 [Event("budget", 4, "0", seq=3), date, text, Event("budget", 6, "0", seq=2)],
                 [Event("budget", 4, "0", seq=2), date, text, Event("budget", 6, "0")],
                 [Event("header", 1, None, seq=3), Event("date", 1, None), Event("budget", 4, "0", seq=2), date, text,
                  close]):
        assert dated_blocks_named(case) == (case, [])


def test_an_undated_header_read_apart_does_not_renumber_the_entries_after_it():
    got = _entries(_WHOLE)
    assert sorted(got) == [1, 2, 3, 4, 5]
    assert [got[k][0] for k in (3, 4, 5)] == ["2018-12-29", "2019-01-13", "2019-03-18"]
