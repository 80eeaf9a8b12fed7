"""A copy's last report header whose number OCR misread beyond the run ("ครั้งที่ 41" for report 11 in the second
copy of fresh set s53z009, after report 7 of its own: the copy lost the headers between): the copy's own sequence
cannot say which number it is (report 8 would be next), so the row stood as an extra report 41.  The other copies of
the project read report 11, which this copy lacks; 11 is the only number past the copy's report before whose digits
are 41's with one changed, and the row's date falls in report 11's place: the row and its expense lines are read as
report 11 (value_repaired, rule report_sequence)."""

import json
from datetime import date

from parsers.bma_progress.read import renumbered_by_copies, trailing_renumbered
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


# ---------------------------------------------------------------- a copy's last reports misread past the run

def _described(index, rows, code="50140000-6817"):
    """A copy whose reports are {seq: (date or None, description)}."""
    copy = CopyReading(index, index * 300 + 1, index * 300 + 299, identity=(code, _NAME))
    for seq, (day, text) in rows.items():
        line = index * 300 + 10 * seq
        copy.put("progress_reports", seq, "report_date", Reading(day, str(day), line, line))
        copy.put("progress_reports", seq, "description", Reading(text, text, line, line + 3))
    return copy


_TEXTS = {1: "ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดวันจัดสัมมนา", 2: "จัดทำคำสั่งคณะกรรมการและเจ้าหน้าที่",
          3: "อยู่ระหว่างการเตรียมการประชุมคณะกรรมการ", 4: "อยู่ระหว่างการดำเนินการขอรายชื่อผู้ร่วมกิจกรรม",
          5: "สรุปผลการดำเนินงานและรายงานผลโครงการต่อผู้บริหาร"}


def _pair(last=(date(2023, 8, 11), date(2023, 3, 2)), texts=(_TEXTS[4], _TEXTS[5] + " งบประมาณที่เบิกใช้ = ๓๕,๑๐๐")):
    """Copy 1 reads reports 1-3 and its last two as 6 and 7 (OCR misread
    their numbers); copy 2 reads 1-5."""
    whole = {k: (date(2023, k, 5), _TEXTS[k]) for k in range(1, 4)}
    first = _described(0, {**whole, 6: (last[0], texts[0]), 7: (last[1], texts[1])})
    first.put("expenses", (7, 1), "amount", Reading(1, "1", 70, 70))
    second = _described(1, {**whole, 4: (date(2023, 8, 11), _TEXTS[4]), 5: (date(2023, 9, 2), _TEXTS[5])},
                        code="50140000-6817")
    return first, second


def test_a_copys_last_reports_past_the_run_are_the_ones_the_other_copies_read_next():
    """Report 6 prints report 4's date, report 7 report 5's description (its
    date misread, another cell's words run into it): they are 4 and 5."""
    first, second = _pair()
    trailing_renumbered([first, second])
    assert sorted(first.tables["progress_reports"]) == [1, 2, 3, 4, 5]
    assert first.tables["progress_reports"][4]["report_date"].value == date(2023, 8, 11)
    assert (5, 1) in first.tables["expenses"] and (7, 1) not in first.tables["expenses"]
    said = [json.loads(i.evidence) for i in first.issues if i.code == "value_repaired"]
    assert [(e["read"], e["chosen"]) for e in said] == [(6, 4), (7, 5)]
    assert not second.issues and sorted(second.tables["progress_reports"]) == [1, 2, 3, 4, 5]


def test_a_pair_that_prints_another_entry_leaves_the_run():
    first, second = _pair(last=(date(2023, 8, 11), date(2023, 10, 2)), texts=(_TEXTS[4], "ยกเลิกโครงการเนื่องจากวิทยากรติดภารกิจ"))
    trailing_renumbered([first, second])
    assert sorted(first.tables["progress_reports"]) == [1, 2, 3, 6, 7] and not first.issues


def test_numbers_the_other_copies_read_past_the_pairs_leave_the_run():
    first, second = _pair()
    second.put("progress_reports", 6, "report_date", Reading(date(2023, 9, 30), "x", 370, 370))
    trailing_renumbered([first, second])  # (6 is past the other copies' 1-6 no longer; 7 alone pairs with nothing)
    assert 7 in first.tables["progress_reports"] and not first.issues


def test_codes_apart_by_a_digit_ocr_confuses_are_one_project():
    """As the vote groups copies (parsers.reader.same_project): "50520000"
    and "50420000", ๔ read as ๕, with names that agree."""
    first, second = _pair()
    first.identity = ("50520000-1323", _NAME)
    second.identity = ("50420000-1323", _NAME)
    trailing_renumbered([first, second])
    assert sorted(first.tables["progress_reports"]) == [1, 2, 3, 4, 5]
