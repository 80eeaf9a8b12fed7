"""The OBEC summary's counts weighed jointly (summary_repairs.repair_counts_jointly) where a count of one digit
OCR split into two characters ("๓๑" for ๗: the digit the OCR model cannot write read as two, a pair measured in
normalizers.confusions.SPLIT_READS; fresh set s69o, obec_progress_s69o004: 14 projects, 0 / 7 / 7 at 0 / 50 / 50 %,
printed "๑๕", "๐", "๓๑", "๓").  A count's readings were those of its two characters as a two-digit number (31,
71, 91): no set of counts fitted the figures, and the total, the in-progress and the not-started counts stood as
read (15, 31, 3; flagged by count_mismatch).  A two-character count may now be the one digit its pair is a split of
too; the titles listed in each group, one of the sets that fit, are chosen and said (value_repaired, rule count).
Where nothing else fits, nothing changes: a count printed "๓๑" with 31 titles listed stands."""

from parsers.obec_progress.summary import read_summary
from parsers.obec_progress.summary_repairs import _split_count, repair_counts_jointly
from schemas.document import Line

_SUMMARY = """รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๒๓ รอบ ๑๒ เดือน
โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๒๑ จำนวน ๑๕ โครงการ มีความก้าวหน้าการดำเนินการ ดังนี้
๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน ๐ โครงการ คิดเป็นร้อยละ ๐.๐๐
๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๓๑ โครงการ คิดเป็นร้อยละ ๕๐.๐๐
๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๓ โครงการ คิดเป็นร้อยละ ๕๐.๐๐"""
_FIELDS = ("n_projects", "n_completed", "n_in_progress", "n_not_started")


def _summary(text: str = _SUMMARY) -> dict:
    got, _ = read_summary([Line(n, t) for n, t in enumerate(text.splitlines(), 1)])
    return got


def test_a_count_split_into_two_characters_may_be_its_one_digit():
    assert _split_count("๓๑") == {7, 9} and _split_count("๑๕") == {4, 8, 9} and _split_count("๓") == set()
    got = _summary()
    assert [got[f].value for f in _FIELDS] == [15, 0, 31, 3]
    issues = repair_counts_jointly(got, {"completed": 0, "in_progress": 7, "not_started": 7})
    assert [got[f].value for f in _FIELDS] == [14, 0, 7, 7]
    assert sorted(i.field for i in issues) == ["report_summaries.n_in_progress", "report_summaries.n_not_started",
                                               "report_summaries.n_projects"]
    assert {i.code for i in issues} == {"value_repaired"}


def test_a_two_digit_count_the_listing_bears_out_stands():
    text = _SUMMARY.replace("จำนวน ๑๕ โครงการ", "จำนวน ๖๒ โครงการ").replace("จำนวน ๓ โครงการ", "จำนวน ๓๑ โครงการ")
    got = _summary(text)
    before = [got[f].value for f in _FIELDS]
    repair_counts_jointly(got, {"completed": 0, "in_progress": 31, "not_started": 31})
    assert [got[f].value for f in _FIELDS][2:] == [31, 31] and before[2:] == [31, 31]
