"""The OBEC summary's counts where the total's figure was lost ("... จำนวน โครงการ") and a share printed one
unwritten digit as two (fresh set s90p, obec_progress_s90p004: 3 / 4 / 0 of 7, "๓ ... ร้อยละ ๕๒.๕๒๐" for 42.86,
its ๖ written "๒๐", "๕ ... ร้อยละ ๕๓.๑๕" for 4 at 57.14): the listing's counts were not chosen (a count not read,
and a share one character longer than its figure), so the total stayed unread and in-progress read 5.  The total
lost is the listing's where every count and share printed is that listing's with only unwritten digits read as
others, a digit written as a pair OCR is measured to write for it (SPLIT_READS) among them
(summary_repairs._listing_unwritten, _unwritten_only); chosen in doubt."""

import json

from parsers.obec_progress.summary import read_summary
from parsers.obec_progress.summary_repairs import _unwritten_only, repair_counts_jointly
from schemas.document import Line

_SUMMARY = """รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๒๓ รอบ ๑๒ เดือน
โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๒๓ จำนวน โครงการ
มีความก้าวหน้าการดำเนินการ ดังนี้
๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน ๓ โครงการ คิดเป็นร้อยละ ๕๒.๕๒๐
๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๕ โครงการ คิดเป็นร้อยละ ๕๓.๑๕
๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๐ โครงการ คิดเป็นร้อยละ ๐.๐๐"""
_LISTED = {"completed": 3, "in_progress": 4, "not_started": 0}


def _summary() -> dict:
    got, _ = read_summary([Line(n, t) for n, t in enumerate(_SUMMARY.splitlines(), 1)])
    return got


def test_a_lost_total_is_the_listing_s_where_every_figure_printed_bears_it_out():
    got = _summary()
    assert "n_projects" not in got and got["n_in_progress"].value == 5
    issues = repair_counts_jointly(got, _LISTED, "46789")
    assert got["n_projects"].value == 7 and got["n_in_progress"].value == 4
    assert {i.code for i in issues} == {"repair_ambiguous"}
    total = next(i for i in issues if i.field == "report_summaries.n_projects")
    assert json.loads(total.evidence)["chosen"] == 7 and total.line_start is not None


def test_a_digit_written_as_a_measured_pair_is_an_unwritten_digit_s():
    assert _unwritten_only("๕๒.๕๒๐", "42.86", "46789")  # (๔ read ๕, ๘ read ๕, ๖ written ๒๐)
    assert not _unwritten_only("๕๒.๕๓๓", "42.86", "46789")  # (๓๓ is no pair measured for ๖)
    assert not _unwritten_only("๕๒.๕๒๐", "42.86", "4789")  # (๖ written by this OCR: no pair stands for it)


def test_nothing_is_chosen_where_the_ocr_writes_every_digit():
    got = _summary()
    assert repair_counts_jointly(got, _LISTED, "") == []
    assert "n_projects" not in got
