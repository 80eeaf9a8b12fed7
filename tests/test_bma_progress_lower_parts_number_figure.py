"""BMA progress entries table OCR read column by column in bands, each band's columns' upper parts (header, date,
description) one after another, then the lower labels column, then each column's figures as a run without labels
(fresh s76b002, reports 1-4).  Two readings of such runs (parsers.bma_progress.entries.lower_parts_placed):

* a progress figure printed with no "%" alone on its line ("29") is read by the clause reader as an entry's number
  (a table's number column), which ended the segment the runs stand in; followed by an amount alone and the plan
  and target flags, it is the run's figure;
* an amount of digits alone ("80": ฿0, its sign read as an 8) in a run's amount slot, between the figure and the
  two flags, is the run's amount (read as the disbursement clause's figure as printed);

and a header cell the reader did not take as an entry's (no date under it: the next band's "ครั้งที่ 5" over a
damaged date) whose column reads its own figures ends the stretch of the table the runs are counted in, as an
entry's column with its own figures does (the entries after it, reports 7 and 8 whose flags OCR read across,
are not counted with the band before it).  The runs are then placed in order, said."""

from __future__ import annotations

from parsers.bma_progress.assemble import assemble
from parsers.bma_progress.clauses import events_of, pieces
from parsers.bma_progress.entries import lower_parts_placed
from schemas.document import Line

BAND = """รายงานครั้งที่ 1
:: 12 ธ.ค. 2563 :
อยู่ระหว่างการเตรียมจัดทำคำสั่ง

รายงานครั้งที่ 2
:: 1/1/2564 :
ประชุมผู้บริหารสถานศึกษา

รายงานครั้งที่ 3
:: 23 ก.พ. 64 :
อยู่ระหว่างการเตรียมกิจกรรม

รายงานครั้งที่ 4
:: 22 มีนาคม 64 :
อยู่ระหว่างติดต่อประสานงาน

2
BO

เป็นไปตามแผน
เป็นไปตามเป้าหมาย

{second}
{amount}

เป็นไปตามแผน
เป็นไปตามเป้าหมาย

34
BO

เป็นไปตามแผน
เป็นไปตามเป้าหมาย

68
B44,590

เป็นไปตามแผน
เป็นไปตามเป้าหมาย

รายงานครั้งที่ 5
กเย,
อยู่ระหว่างการดำเนินการ
ความก้าวหน้าของงานฯ = 70
งบประมาณที่เบิกใช้ = BO

รายงานครั้งที่ 7
:: 26 มิถุนายน 2564 :
จัดกิจกรรมนิเทศ ติดตาม
81
BO
เป็นไปตา

รายงานครั้งที่ 8
:: 3 กรกฎาคม 64 :
จัดกิจกรรมนิเทศ ติดตาม
84
BO
เป็นไปตา
"""


def _events(text: str):
    lines = [Line(i + 1, t) for i, t in enumerate(text.strip("\n").split("\n"))]
    return [e for p in pieces(lines) for e in events_of(p)]


def test_a_figure_read_as_a_number_and_digits_alone_make_a_run():
    events = _events(BAND.format(second="29", amount="80"))
    assert any(e.kind == "number" and e.seq == 29 for e in events)  # the figure as the clause reader reads it
    events, issues = lower_parts_placed(events)
    entries = assemble(events).entries
    got = {n: (entries[n].figures.get("progress"), entries[n].figures.get("budget")) for n in (1, 2, 3, 4)}
    assert got == {1: ("2", "BO"), 2: ("29", "80"), 3: ("34", "BO"), 4: ("68", "B44,590")}
    assert all(entries[n].figures.get("plan") is True and entries[n].figures.get("target") is True for n in (1, 2, 3, 4))
    said = [(i.code, i.field) for i in issues]
    assert said.count(("entry_cell_in_doubt", "progress_reports")) == 3  # reports 1-3: placed by count and order
    assert ("label_inferred", "progress_reports") in said  # report 4's own run, its labels put back


def test_the_figure_read_as_a_number_alone_is_enough():
    # the amount marked as money ("B0"), the figure read as a number: the same runs
    events, issues = lower_parts_placed(_events(BAND.format(second="29", amount="B0")))
    assert assemble(events).entries[2].figures.get("progress") == "29"
    assert issues


def test_no_run_without_both_flags():
    # digits alone with no flags after them are no run: nothing is placed, the number stays a number
    text = BAND.format(second="29", amount="80").replace("68\nB44,590\n\nเป็นไปตามแผน\nเป็นไปตามเป้าหมาย\n", "")
    text = text.replace("29\n80\n\nเป็นไปตามแผน\nเป็นไปตามเป้าหมาย", "29\n80\n")
    events = _events(text)
    assert lower_parts_placed(events) == (events, [])


def test_a_line_before_a_zero_run_stays_and_lines_that_do_not_add_up_are_said():
    # report 4's expense line stands in its column before the runs: the first run spent nothing ("BO", ฿0), so the
    # line does not go with it; report 4 keeps it, and its own run's amount is not what it adds up to: said
    text = BAND.format(second="29", amount="80").replace(
        "อยู่ระหว่างติดต่อประสานงาน\n", "อยู่ระหว่างติดต่อประสานงาน\nค่าอาหาร 167 คน x 100 บาท = 16,700 บาท\n")
    events, issues = lower_parts_placed(_events(text))
    entries = assemble(events).entries
    assert entries[1].expenses == [] and [x.amount for x in entries[4].expenses] == ["16,700"]
    assert any(i.code == "entry_cell_in_doubt" and i.field == "expenses" and "report 4's expense lines" in i.message
               for i in issues)
