"""A copy's last report header whose number OCR misread beyond the run ("ครั้งที่ 41" for report 11 in the second
copy of fresh set s53z009, after report 7 of its own: the copy lost the headers between): the copy's own sequence
cannot say which number it is (report 8 would be next), so the row stood as an extra report 41.  The other copies of
the project read report 11, which this copy lacks; 11 is the only number past the copy's report before whose digits
are 41's with one changed, and the row's date falls in report 11's place: the row and its expense lines are read as
report 11 (value_repaired, rule report_sequence)."""

import json
from datetime import date

from parsers.bma_progress.read import renumbered_by_copies
from schemas.document import CopyReading, Reading

_NAME = "ส่งเสริมนิสัยรักการอ่านของนักเรียน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"


def _copy(index, dated, code="50140000-6817", name=_NAME):
    copy = CopyReading(index, index * 300 + 1, index * 300 + 299, identity=(code, name))
    for seq, day in dated.items():
        copy.put("progress_reports", seq, "report_date", Reading(day, str(day), index * 300 + seq, index * 300 + seq))
    return copy


def _first():
    return _copy(0, {k: date(2022, 9 + k, 2) if k <= 3 else date(2023, k - 3, 2) for k in range(1, 12)})


def _second(top=41, day=date(2023, 9, 8), **kw):
    dated = {k: date(2022, 9 + k, 2) if k <= 3 else date(2023, k - 3, 2) for k in range(1, 8)}
    dated[top] = day
    copy = _copy(1, dated, **kw)
    copy.put("expenses", (top, 1), "amount", Reading(1, "1", 590, 590))
    return copy


def test_a_number_beyond_the_copies_is_the_one_they_read_that_it_lacks():
    first, second = _first(), _second(code=None)
    renumbered_by_copies([first, second])
    assert 41 not in second.tables["progress_reports"] and 11 in second.tables["progress_reports"]
    assert (11, 1) in second.tables["expenses"] and (41, 1) not in second.tables["expenses"]
    issue = next(i for i in second.issues if i.code == "value_repaired")
    assert json.loads(issue.evidence)["chosen"] == 11 and issue.field == "progress_reports.seq"


def test_a_date_out_of_that_place_leaves_it():
    first, second = _first(), _second(day=date(2023, 3, 8))  # before report 8's date
    renumbered_by_copies([first, second])
    assert 41 in second.tables["progress_reports"]


def test_two_numbers_that_fit_leave_it():
    first, second = _first(), _second(top=19, day=date(2023, 9, 8))  # 9 and 11 lacking: 19 is one digit off each
    renumbered_by_copies([first, second])
    assert 19 in second.tables["progress_reports"]


def test_another_project_says_nothing():
    first, second = _first(), _second(code="50140000-9999")
    renumbered_by_copies([first, second])
    assert 41 in second.tables["progress_reports"]


def test_a_number_close_to_the_run_is_left_to_the_copy():
    first, second = _first(), _second(top=11, day=date(2023, 9, 8))
    del first.tables["progress_reports"][11]  # (the first copy's last report is 10: 11 is past it, but within the gap)
    renumbered_by_copies([first, second])
    assert 11 in second.tables["progress_reports"] and not second.issues
