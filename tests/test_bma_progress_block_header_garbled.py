"""Entries tables whose blocks OCR left no header row or date row the reader takes
(parsers.bma_progress.transposed): before, every entry of such a block was lost whole.

- A block's header row OCR garbled past a header row's reading, its header words first ("ครั้งที ครั้งที » ANNA
  ANNE": a mark and Latin letters after them, which read as a date's shape), right after the block before's flag
  rows: the block whose header row was lost (_header_lost, _garbled_line), its numbers going on from the block
  before's, said (fresh set s70o, bma_progress_s70o005: reports 6-9 lost, their rows read under report 4).
- The date row right under the header row, its label OCR damaged past a letter and its cells' gaps read as spaces,
  its dates printed year first with their separators lost ("วเที่รายธน ๒๐0๒๓ 1๐0 7 ..."): the date row
  (_date_label_damaged), its dates given to none, said (fresh set s68z, bma_progress_s68z007: reports 1-8 lost).
"""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from schemas.document import Line


def _lines(texts: list[str], start: int = 100) -> list[Line]:
    return [Line(start + k, t) for k, t in enumerate(texts)]


def _rows(n: int, progress: tuple[str, ...]) -> list[str]:
    return [
        "รายละเอียดการดำเนินงาน\t" + "\t".join(["ดำเนินการ"] * n),
        "ความก้าวหน้าของงานฯ\t" + "\t".join(progress),
        "งบประมาณที่เบิกใช้\t" + "\t".join(["0 บาท"] * n),
        "ความสอดคล้องกับแผน\t" + "\t".join(["เป็นไปตามแผน"] * n),
        "ความสอดคล้องกับเป้าหมาย\t" + "\t".join(["เป็นไปตามเป้าหมาย"] * n),
    ]


ONE = ["รายการ\tครั้งที่ 1\tครั้งที่ 2\tครั้งที่ 3\tครั้งที่ 4",
       "วันที่รายงาน\t1/11/2567\t2/12/2567\t3/01/2568\t4/02/2568", *_rows(4, ("10", "20", "30", "40"))]
TWO = ["วันที่รายงาน\t5/03/2568\t6/04/2568\t7/05/2568\t8/06/2568", *_rows(4, ("50", "60", "70", "80"))]


def test_a_header_row_garbled_after_its_header_words_opens_its_block():
    result = parse_entries(_lines([*ONE, "ครั้งที ครั้งที » ANNA ANNE", *TWO]))
    assert sorted(result.entries) == list(range(1, 9))
    assert [figure_values(result.entries[n])[0]["progress_pct"] for n in range(1, 9)] == \
        [Decimal(10 * n) for n in range(1, 9)]
    lost = [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports"]
    assert [(i.line_start, i.line_end) for i in lost] == [(107, 108)]


def test_a_garbled_line_without_header_words_that_reads_as_a_date_still_opens_no_block():
    # (a line of a date's shape and no header word is no header row OCR left: the rule keys on the header's words)
    result = parse_entries(_lines([*ONE, "» ANNA ANNE", *TWO]))
    assert not [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports"]
    # nor does a line of header words with a Thai word no header's among them ("คัที่4": two letters off)
    result = parse_entries(_lines([*ONE, "ครั้งที่ 5 คัที่6 ครั้งที่ 7", *TWO]))
    assert not [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports"]


HEAD = "ครั้งที่ ๑\tครั้งที่ ๒\tครั้งที่ ๓\tครั้งที่ ๔"


def test_a_damaged_date_label_with_its_dates_run_together_opens_the_block():
    result = parse_entries(_lines([HEAD, "วเที่รายธน ๒๐0๒๓ 1๐0 7 ๒5๐0๐ ๑๐ ๕ ๒001 0๒8 ๒๐6418",
                                   *_rows(4, ("10", "20", "30", "40"))]))
    assert sorted(result.entries) == [1, 2, 3, 4]
    assert [figure_values(result.entries[n])[0]["progress_pct"] for n in (1, 2, 3, 4)] == \
        [Decimal(10 * n) for n in (1, 2, 3, 4)]
    assert all(result.entries[n].date is None for n in (1, 2, 3, 4))
    said = [i for i in result.issues if i.code == "label_inferred" and i.field == "progress_reports.report_date"]
    assert len(said) == 1 and said[0].line_start == 101
    unread = [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports.report_date"]
    assert len(unread) == 1 and unread[0].line_start == 101


def test_a_damaged_label_before_words_opens_no_date_row():
    # (words after the first word, no figure: no date row's run of dates)
    result = parse_entries(_lines([HEAD, "วเที่รายธน จัดเตรียม จัดทำ ติดต่อ", *_rows(4, ("10", "20", "30", "40"))]))
    assert not any(i.code == "label_inferred" and i.field == "progress_reports.report_date" for i in result.issues)
