"""The summary's counts told by their shares where OCR damaged every share (fresh set s60o's obec_progress_s60o002:
14 projects, 2 / 8 / 4, printed "จำนวน ๑๔ ... ๒ ... ๑๔.๒๙ ... ๘ ... ๕๗.๑๔ ... ๔ ... ๒๘.๕๗", read "๑๕", "๒ ... ๑๕.๒๓๕",
"๕ ... ๕ฒ.๑๕", "๕ ... ๒๕.๕ฆ").  A share with characters OCR writes for digits after its digits was read up to them
("๕", 5 %; "๒๕.๕"), so no set of counts fit the figures and three counts stayed misread.  Now such a share is no
share read (summary.py's _STATUS_COUNT_RE), its printing kept with the count's for the counts' joint repair, whose
readings take its look-alikes (summary_repairs._fitting_counts)."""

import json

from parsers.obec_progress.summary import read_summary
from parsers.obec_progress.summary_repairs import repair_counts_jointly
from schemas.document import Line

_SUMMARY = """รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๒๕ รอบ ๓ เดือน
โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๒๕ จำนวน ๑๕ โครงการ มีความก้าวหน้าการดำเนินการ ดังนี้
๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน ๒ โครงการ คิดเป็นร้อยละ ๑๕.๒๓๕
๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๕ โครงการ คิดเป็นร้อยละ ๕ฒ.๑๕
๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๕ โครงการ คิดเป็นร้อยละ ๒๕.๕ฆ"""


def _summary() -> dict:
    got, _ = read_summary([Line(n, t) for n, t in enumerate(_SUMMARY.splitlines(), 1)])
    return got


def test_a_share_with_lookalikes_is_no_share_read_and_its_printing_stays_with_the_count():
    got = _summary()
    assert "pct_in_progress" not in got and "pct_not_started" not in got
    assert got["n_in_progress"].value == 5 and got["n_in_progress"].text.endswith("๕ฒ.๑๕")
    assert got["pct_completed"].value == 15.235


def test_the_counts_the_damaged_shares_allow_are_the_titles_listed():
    got = _summary()
    issues = repair_counts_jointly(got, {"completed": 2, "in_progress": 8, "not_started": 4}, unread="46789")
    assert [got[f].value for f in ("n_projects", "n_completed", "n_in_progress", "n_not_started")] == [14, 2, 8, 4]
    assert {i.field for i in issues} == {"report_summaries.n_projects", "report_summaries.n_in_progress",
                                         "report_summaries.n_not_started"}
    assert all(i.code == "value_repaired" and json.loads(i.evidence)["rule"] == "count" for i in issues)
