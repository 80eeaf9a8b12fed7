"""OBEC class of fresh set s115x (obec_progress_s115x001): the summary's counts chosen by a listing OCR left short.

The report has 16 projects, 0 completed, 8 in progress and 8 not started; its OCR never writes ๘ and printed each
group's count "๕" (at "๕๐.๐๐" %) and lost the total's figure.  The counts and shares fit 4, 5, 8 or 9 in each group,
and the titles listed, 0 / 7 / 7, chose 7 / 7, a reading "๕" cannot even be, with 14 for the total: two titles were
lost, one of them said by the report itself (a round out of quarter order starts a project whose title OCR lost,
project_unread, rule quarter_order).  Where the report's parts say titles were lost, the listing is no count: the
sets of counts of at least that many projects are weighed, and a count they do not settle is said in doubt with
its candidates (repair_ambiguous) and kept as read, never chosen (summary_repairs.titles_lost, _listing_short)."""

import json

from parsers.obec_progress.summary import read_summary
from parsers.obec_progress.summary_repairs import repair_counts, repair_counts_jointly, repair_total, titles_lost
from schemas.document import Issue, Line

_SUMMARY = """รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๒๕ รอบ ๓ เดือน
โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๒ WWW od โครงการ มีความก้าวหน้าการดำเนินการ ดังนี้
๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน ๐ โครงการ คิดเป็นร้อยละ ๐.๐๐
๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๕ โครงการ คิดเป็นร้อยละ ๕๐.๐๐
๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๕ โครงการ คิดเป็นร้อยละ ๕๐.๐๐"""
_FIELDS = ("n_projects", "n_completed", "n_in_progress", "n_not_started")
_LISTED = {"completed": 0, "in_progress": 7, "not_started": 7}


def _summary() -> dict:
    got, _ = read_summary([Line(n, t) for n, t in enumerate(_SUMMARY.splitlines(), 1)])
    return got


def _lost(rule: str, **more) -> Issue:
    return Issue("error", "project_unread", "projects: ...", json.dumps({"rule": rule, **more}), 40, 60,
                 field="projects")


def test_the_titles_the_report_says_were_lost_are_counted():
    assert titles_lost([_lost("quarter_order", status="in_progress")]) == 1
    assert titles_lost([_lost("quarter_order", status="in_progress"),
                        _lost("quarter_order", status="not_started")]) == 2
    # a warning on a table's rows says no title lost; nor does a group's header counting more titles than were
    # read, a figure OCR may have misread as the summary's ("๓๕" for ๙: fresh set s108o, obec_progress_s108o004,
    # whose listing was right)
    warning = Issue("warning", "project_unread", "targets: ...", json.dumps({"rule": "quarter_order"}), 40, 60,
                    field="targets")
    assert titles_lost([warning, _lost("group_header", status="in_progress", stated=34, read=9)]) == 0


def test_without_a_loss_the_listing_chooses_among_the_sets_that_fit():
    got = _summary()
    issues = repair_counts_jointly(got, _LISTED)
    assert [got[f].value for f in _FIELDS] == [14, 0, 7, 7]
    assert {i.code for i in issues} == {"value_repaired"}


def test_a_listing_short_of_lost_titles_chooses_nothing_and_the_doubt_is_said():
    got = _summary()
    lost = titles_lost([_lost("quarter_order", status="in_progress")])
    assert repair_total(got, _LISTED, lost) == [] and repair_counts(got, _LISTED, lost) == []
    issues = repair_counts_jointly(got, _LISTED, lost=lost)
    assert [got[f].value if got.get(f) else None for f in _FIELDS] == [None, 0, 5, 5]
    said = {i.field.split(".")[1]: json.loads(i.evidence)["candidates"] for i in issues}
    assert {i.code for i in issues} == {"repair_ambiguous"}
    # of the sets of 15 projects or more (4+4, 5+5 and 7+7 too few): 8 + 8 or 9 + 9; "๕" is neither, so it is said
    assert said == {"n_projects": [16, 18], "n_in_progress": [8, 9], "n_not_started": [8, 9]}
