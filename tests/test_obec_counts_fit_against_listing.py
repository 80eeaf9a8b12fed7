"""The OBEC summary's counts weighed jointly (summary_repairs.repair_counts_jointly): where the one set of counts
the figures allow gives a group another count than the titles the report lists under it, the total alone bears the
fit out.  Two table rows OCR ran together ("๒. โครงการที่อยู่ระหว่าง ๓. โครงการที่ยังไม่ได้ ดำเนินการ จำนวน ๔
... จำนวน ๐ ...", fresh set s66o's obec 001) left the in-progress count unread and gave the not-started group the
in-progress one's ๔ at ๖๖.๖๗ %: the only fit was 0 in progress, "repaired" so as sure (the truth 4).  Such a count is
now given in doubt (repair_ambiguous, both candidates named), not as a repair; a fit that is the titles listed in
every group is repaired as before."""

from parsers.obec_progress.summary import read_summary
from parsers.obec_progress.summary_repairs import repair_counts_jointly
from schemas.document import Line

_SUMMARY = """รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือน
โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน ๙ โครงการ มีความก้าวหน้าการดำเนินการ ดังนี้
๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน ๓ โครงการ คิดเป็นร้อยละ ๓๓.๓๓
๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๖ โครงการ คิดเป็นร้อยละ ๖๖.๖๗"""
_FIELDS = ("n_projects", "n_completed", "n_in_progress", "n_not_started")


def _summary() -> dict:
    got, _ = read_summary([Line(n, t) for n, t in enumerate(_SUMMARY.splitlines(), 1)])
    return got


def test_a_fit_that_gives_a_group_other_than_its_titles_is_in_doubt():
    got = _summary()
    assert got.get("n_in_progress") is None and got["n_not_started"].value == 6
    issues = repair_counts_jointly(got, {"completed": 3, "in_progress": 6, "not_started": 0})
    assert [(i.code, i.field) for i in issues] == [("repair_ambiguous", "report_summaries.n_in_progress")]
    assert "6" in issues[0].message and not any(i.code == "value_repaired" for i in issues)


def test_a_fit_that_is_the_titles_listed_is_repaired():
    got = _summary()
    issues = repair_counts_jointly(got, {"completed": 3, "in_progress": 0, "not_started": 6})
    assert got["n_in_progress"].value == 0
    assert [(i.code, i.field) for i in issues] == [("value_repaired", "report_summaries.n_in_progress")]
