"""The OBEC summary's counts where the document's OCR never writes some digits (summary_repairs.
repair_counts_jointly, _listing_unwritten).

An OCR model that cannot write ๔, ๖, ๗, ๘ or ๙ prints them as other digits: a summary of 18 projects, 3 / 8 / 7
("๑๘ ... ๓ ... ๘ ... ร้อยละ ๔๔.๔๔ ... ๗") came out "๑๕ ... ๓ ... ๕ ... ร้อยละ ๕๕.๕๕ ... ๓".  The readings of a
figure are bounded (two characters changed), so no set of counts fit the figures, and the counts stood as read
(15, 5, 3), flagged by check_counts only.  The report lists 18 titles, 3 / 8 / 7, and every figure printed is that
listing's with only unwritten digits read as others: the listing's counts are chosen, in doubt (repair_ambiguous),
since each unwritten digit may stand behind any digit printed."""

import json

from parsers.obec_progress.summary import read_summary
from parsers.obec_progress.summary_repairs import repair_counts_jointly
from schemas.document import Line

_SUMMARY = """รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๒๕ รอบ ๒ เดือน
โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๒๕ จำนวน ๑๕ โครงการ มีความก้าวหน้าการดำเนินการ ดังนี้
๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน ๓ โครงการ
๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๕ โครงการ คิดเป็นร้อยละ ๕๕.๕๕
๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๓ โครงการ"""
_FIELDS = ("n_projects", "n_completed", "n_in_progress", "n_not_started")
_LISTED = {"completed": 3, "in_progress": 8, "not_started": 7}


def _summary(text: str = _SUMMARY) -> dict:
    got, _ = read_summary([Line(n, t) for n, t in enumerate(text.splitlines(), 1)])
    return got


def test_the_listing_is_chosen_in_doubt_where_only_unwritten_digits_stand_between_it_and_the_figures():
    got = _summary()
    assert [got[f].value for f in _FIELDS] == [15, 3, 5, 3]
    issues = repair_counts_jointly(got, _LISTED, "46789")
    assert [got[f].value for f in _FIELDS] == [18, 3, 8, 7]
    assert {i.code for i in issues} == {"repair_ambiguous"}
    assert sorted(i.field for i in issues) == ["report_summaries.n_in_progress", "report_summaries.n_not_started",
                                               "report_summaries.n_projects"]
    assert json.loads(next(i.evidence for i in issues if i.field.endswith("n_projects")))["candidates"] == [18, 15]


def test_nothing_is_chosen_where_the_ocr_writes_every_digit():
    got = _summary()
    assert repair_counts_jointly(got, _LISTED, "") == []
    assert [got[f].value for f in _FIELDS] == [15, 3, 5, 3]


def test_nothing_is_chosen_where_a_written_digit_differs_from_the_listing():
    # the total's ๑ is a digit the OCR writes: 18 cannot come out ๒๕
    got = _summary(_SUMMARY.replace("จำนวน ๑๕ โครงการ", "จำนวน ๒๕ โครงการ"))
    assert repair_counts_jointly(got, _LISTED, "46789") == []
    assert [got[f].value for f in _FIELDS] == [25, 3, 5, 3]
    # nor a share: 8 of 18 is 44.44, whose ๔ may come out any digit, but 7 of 18 is 38.89, whose ๓ is written
    got = _summary(_SUMMARY.replace("จำนวน ๓ โครงการ\n", "จำนวน ๓ โครงการ\n", 1).replace(
        "ยังไม่ได้ดำเนินการ จำนวน ๓ โครงการ", "ยังไม่ได้ดำเนินการ จำนวน ๓ โครงการ คิดเป็นร้อยละ ๒๕.๕๕"))
    assert repair_counts_jointly(got, _LISTED, "46789") == []
    # nor where the listed total is no digit-for-digit reading of the printed one
    got = _summary()
    assert repair_counts_jointly(got, {"completed": 3, "in_progress": 8, "not_started": 97}, "46789") == []
