"""BMA progress entries table OCR read column by column, an entry's lower column part (its expense lines and its
figures, without their labels: the labels column was read on its own) read after the next entry's description
(s52o002: report 9's lines and figures after report 10's, then report 10's own figures).  Entries lacking
figures and runs of figures alone, as many in that part of the table, are paired in order
(parsers.bma_progress.entries.lower_parts_placed), the lines right before a run going with it, and said; where
the counts differ, nothing moves."""

from __future__ import annotations

from parsers.bma_progress.assemble import assemble
from parsers.bma_progress.clauses import events_of, pieces
from parsers.bma_progress.entries import lower_parts_placed
from schemas.document import Line

HEAD = """รายงานครั้งที่ 3
:: 2018-8-1 :
ได้ดำเนินการประชุมเชิงปฏิบัติการ
รายงานครั้งที่ 4
:: 2018-9-15 :
ดำเนินการจัดสัมมนา และเบิกจ่ายตามงบประมาณ
ค่าเช่ารถโดยสาร 1 คัน x 6,000 บาท = 6,000 บาท
ค่าอาหาร 56 คน x 200 บาท = 11,200 บาท
"""
RUN_3 = "22\n{amount}\nเป็นไปตามแผน\nเป็นไปตามเป้าหมาย\n"
RUN_4 = "23\nBO\nเป็นไปตามแผน\nเป็นไปตามเป้าหมาย\n"


def _read(text: str):
    lines = [Line(i + 1, t) for i, t in enumerate(text.strip("\n").split("\n"))]
    events = [e for p in pieces(lines) for e in events_of(p)]
    events, issues = lower_parts_placed(events)
    return assemble(events).entries, issues


def test_the_earlier_entry_takes_the_first_run_and_the_lines_before_it():
    entries, issues = _read(HEAD + RUN_3.format(amount="B17,200") + RUN_4)
    assert entries[3].figures["progress"] == "22" and entries[3].figures["budget"] == "B17,200"
    assert [x.item for x in entries[3].expenses] == ["ค่าเช่ารถโดยสาร", "ค่าอาหาร"]
    assert entries[4].figures["progress"] == "23" and entries[4].expenses == []
    assert entries[4].description == "ดำเนินการจัดสัมมนา และเบิกจ่ายตามงบประมาณ"
    said = [(i.code, i.field) for i in issues]
    assert said.count(("entry_cell_in_doubt", "progress_reports")) == 1
    assert said.count(("entry_cell_in_doubt", "expenses")) == 2
    assert ("label_inferred", "progress_reports") in said  # report 4's own run, its labels put back


def test_lines_that_do_not_add_up_to_the_run_stay():
    entries, _ = _read(HEAD + RUN_3.format(amount="15,000 บาท") + RUN_4)
    assert entries[3].figures["budget"] == "15,000"
    assert [x.item for x in entries[4].expenses] == ["ค่าเช่ารถโดยสาร", "ค่าอาหาร"]


def test_nothing_moves_where_the_runs_outnumber_the_entries_lacking_figures():
    text = HEAD + RUN_3.format(amount="B17,200") + RUN_4 + RUN_4
    events = [e for p in pieces([Line(i + 1, t) for i, t in enumerate(text.strip("\n").split("\n"))])
              for e in events_of(p)]
    assert lower_parts_placed(events) == (events, [])


def test_baht_dash_amounts_make_runs():
    # the amount printed with the baht dash ("0.- บาท", "15,185.- uN": the baht word OCR made Latin letters of) is
    # an amount alone as much as "0 บาท" is: the runs are paired as before; a run that spent nothing takes no line
    text = HEAD + RUN_3.format(amount="0.- บาท") + "23\n15,185.- uN\nเป็นไปตามแผน\nเป็นไปตามเป้าหมาย\n"
    entries, issues = _read(text)
    assert entries[3].figures["progress"] == "22" and entries[3].figures["budget"] == "0.-"
    assert entries[3].expenses == []
    assert entries[4].figures["progress"] == "23" and entries[4].figures["budget"].startswith("15,185")
    assert [x.item for x in entries[4].expenses] == ["ค่าเช่ารถโดยสาร", "ค่าอาหาร"]
    assert ("entry_cell_in_doubt", "progress_reports") in [(i.code, i.field) for i in issues]


def _figures(n: int) -> str:
    return f"ความก้าวหน้าของงานฯ = {n} %\nงบประมาณที่เบิกใช้ = 0 บาท\nเป็นไปตามแผน\nเป็นไปตามเป้าหมาย\n"


BEFORE = ("รายงานครั้งที่ 1\n:: 2018-5-1 :\nประชุมคณะกรรมการ\n" + _figures(5)
          + "รายงานครั้งที่ 2\n:: 2018-6-1 :\nจัดทำคำสั่งแต่งตั้ง\n" + _figures(10))
UNREAD = HEAD.replace("รายงานครั้งที่ 3", "รายงานครั้งที่ «")


def test_a_header_whose_number_is_unread_takes_the_number_its_place_proves():
    # reports 1, 2, «, 4 in order: the unread header is report 3 by its place, and takes the first run
    entries, issues = _read(BEFORE + UNREAD + RUN_3.format(amount="B17,200") + RUN_4)
    assert entries[3].figures["progress"] == "22" and entries[3].figures["budget"] == "B17,200"
    assert entries[3].description == "ได้ดำเนินการประชุมเชิงปฏิบัติการ"
    assert [x.item for x in entries[3].expenses] == ["ค่าเช่ารถโดยสาร", "ค่าอาหาร"]
    assert entries[4].figures["progress"] == "23"
    assert any(i.code == "entry_cell_in_doubt" and "report 3's column" in i.message for i in issues)


def test_nothing_moves_where_the_place_proves_no_number():
    # reports 1, «, «, 4 ... or numbers out of order around it: the unread header is no segment, nothing is paired
    text = BEFORE.replace("รายงานครั้งที่ 2", "รายงานครั้งที่ 5") + UNREAD + RUN_3.format(amount="B17,200") + RUN_4
    events = [e for p in pieces([Line(i + 1, t) for i, t in enumerate(text.strip("\n").split("\n"))])
              for e in events_of(p)]
    assert lower_parts_placed(events) == (events, [])
