"""Two silent cases of fresh set s83c/s83a (the eighty-third session), each a class:

- An expense line one copy of the form alone reads under a report, left out of the vote because the other copies
  read the report's lines without it (align._left_out): were it the report's own line, which the other copies
  lost (s83a006: 'ค่าเกียรติบัตร ooo ใบ ...', its quantity unreadable, read in one copy of three), every line after
  it stands one place early in the report's list.  The issue now reaches the lines after it in that copy, so
  the rows whose numbers it may have put one short are named at their lines (before, the row after the next
  was a silent miss).
- Two copies of one project whose names OCR lost in both, whose codes read apart by digits OCR confuses, and whose
  header figures are too damaged to agree (s83c009: '๐๑๕๐๐' for 69,900): their report entries, most of them
  alike, say they are one project (vote._reports_agree); before, they were read as two projects, every report's
  n_copies wrong with no issue naming it.
"""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.align import _left_out, _Line
from pipeline.vote import REPORTS_ALIKE, _reports_agree
from schemas.document import Reading


def _line(key, item, amount, start, end):
    return _Line(key, {"item": Reading(item, item, start, start),
                       "amount": Reading(Decimal(amount), amount, end, end)})


def test_a_line_left_out_reaches_the_lines_after_it_in_its_copy():
    stray = _line((2, 1), "ค่าเกียรติบัตร", "2550", 184, 185)
    ref = [_line((2, 1), "ค่าจัดทำเอกสาร", "7500", 386, 388), _line((2, 2), "ค่าอาหารว่าง", "2835", 388, 390)]
    after = [_line((2, 2), "ค่าจัดทำเอกสาร", "313500", 185, 187), _line((2, 3), "ค่าอาหารว่าง", "2535", 187, 189)]
    issue = _left_out(2, 0, stray, ref, after)
    assert (issue.line_start, issue.line_end) == (184, 189) and "one place early" in issue.message
    alone = _left_out(2, 0, stray, ref)  # no line after it: the issue stays at its own lines
    assert (alone.line_start, alone.line_end) == (184, 185) and "one place early" not in alone.message


class _Copy:
    def __init__(self, reports):
        self.tables = {"progress_reports": reports}


def _reports(*texts):
    return {n: {"description": Reading(t, t, n, n)} for n, t in enumerate(texts, 1)}


_TEXTS = ["จัดเตรียมข้อมูลและจัดทำโครงการเพื่อขออนุมัติ", "ประชุมคณะกรรมการดำเนินงานเพื่อวางแผน",
          "จัดกิจกรรมอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน", "สรุปผลการดำเนินงานและรายงานต่อผู้บริหาร"]


def test_report_entries_alike_say_one_project():
    assert _reports_agree(_Copy(_reports(*_TEXTS)), _Copy(_reports(*_TEXTS)))


def test_report_entries_of_another_project_or_too_few_say_nothing():
    other = ["ส่งหนังสือเชิญวิทยากรและจองสถานที่ประชุม", "ดำเนินการจัดซื้อวัสดุอุปกรณ์ตามระเบียบพัสดุ",
             "ติดตามผลการนำความรู้ไปใช้ในโรงเรียนในสังกัด", "เบิกจ่ายงบประมาณตามแผนที่กำหนดไว้ครบถ้วน"]
    assert not _reports_agree(_Copy(_reports(*_TEXTS)), _Copy(_reports(*other)))
    few = _TEXTS[: REPORTS_ALIKE - 1]
    assert not _reports_agree(_Copy(_reports(*few)), _Copy(_reports(*few)))
