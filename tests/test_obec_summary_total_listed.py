"""An OBEC summary's total count of projects OCR misread ("๕๐" for ๔๐) is
repaired to the titles the report lists when that is one of its readings
and a group's own count and percentage, both read, are of that total and
not of the one read (5 at 12.50 % is 5 of 40, not of 50); the groups'
counts are then checked against it as before
(parsers.obec_progress.summary_repairs.repair_total)."""

from __future__ import annotations

import json

from parsers.obec_progress.summary_repairs import repair_total
from schemas.document import Reading
from tests.test_obec import baseline, codes, original, run

TOTAL = "พ.ศ. ๒๕๖๗ จำนวน ๔๐ โครงการ มีความก้าวหน้า"
PCTS = ("คิดเป็นร้อยละ ๑๒.๕๐", "คิดเป็นร้อยละ ๖๒.๕๐", "คิดเป็นร้อยละ ๒๕.๐๐")


def _total(rows: dict) -> int:
    (summary,) = rows["report_summaries"]
    return summary["n_projects"]


def _repaired(rows: dict) -> list[dict]:
    return [i for i in codes(rows, "value_repaired") if i["field"] == "report_summaries.n_projects"]


def test_a_misread_total_the_groups_percentages_bear_out_is_the_titles_listed():
    assert TOTAL in original() and _total(baseline()) == 40 and not _repaired(baseline())
    rows = run(original().replace(TOTAL, TOTAL.replace("๔๐", "๕๐")))
    assert _total(rows) == 40
    (issue,) = _repaired(rows)
    evidence = json.loads(issue["evidence"])
    assert (evidence["rule"], evidence["printed"], evidence["read"], evidence["chosen"]) == ("count", "๕๐", 50, 40)
    assert not [i for i in codes(rows, "count_mismatch") if i["field"] == "report_summaries.n_projects"]


def test_without_a_group_percentage_to_bear_it_out_the_total_stays_as_read_and_said():
    text = original().replace(TOTAL, TOTAL.replace("๔๐", "๕๐"))
    for pct in PCTS:
        text = text.replace(pct, "คิดเป็นร้อยละ")
    rows = run(text)
    assert _total(rows) == 50 and not _repaired(rows)
    assert [i for i in codes(rows, "count_mismatch") if i["field"] == "report_summaries.n_projects"]


def test_a_total_ocr_left_unread_is_the_titles_listed_when_a_group_bears_it_out():
    rows = run(original().replace(TOTAL, TOTAL.replace("๔๐", "")))
    assert _total(rows) == 40
    (issue,) = _repaired(rows)
    assert json.loads(issue["evidence"])["chosen"] == 40 and issue["line_start"] is not None


GROUP = "| จำนวน ๒๕ โครงการ |"


def test_a_group_count_ocr_left_unread_is_the_total_less_the_other_groups():
    assert GROUP in original()
    rows = run(original().replace(GROUP, "| จำนวน โครงการ |"))
    (summary,) = rows["report_summaries"]
    assert summary["n_in_progress"] == 25
    (issue,) = [i for i in codes(rows, "value_repaired") if i["field"] == "report_summaries.n_in_progress"]
    assert json.loads(issue["evidence"])["rule"] == "sum"
    # the listing one short of the total: nothing is filled
    text = original().replace(GROUP, "| จำนวน โครงการ |").replace("๓.๗ โครงการสถานศึกษาปลอดภัย\n", "")
    (summary,) = run(text)["report_summaries"]
    assert summary["n_in_progress"] is None


def test_a_total_ocr_left_unread_is_the_titles_listed_when_the_groups_counts_add_up_to_it():
    # no percentage read (OCR garbled them all), the total's figure a look-alike ("ซ" for ๗): the three groups'
    # counts as read, each as many as the titles listed under it, add up to the titles listed (fresh set s58o
    # obec 001)
    text = original().replace(TOTAL, TOTAL.replace("๔๐", "ซ"))
    for pct in PCTS:
        text = text.replace(pct, "คิดเป็นร้อยละ")
    rows = run(text)
    assert _total(rows) == 40
    (issue,) = _repaired(rows)
    assert json.loads(issue["evidence"])["chosen"] == 40 and "groups' counts" in issue["message"]
    # a group's count read short of its titles: the total is left unread
    text = text.replace(GROUP, "| จำนวน ๒๔ โครงการ |")
    assert _total(run(text)) is None


def test_a_total_read_as_nought_is_the_titles_listed_and_the_report_still_reads():
    # the total's figure read as a nought ("จำนวน ๐ โครงการ" for ๖; fresh set s149o, obec_progress_s149o003): a
    # group's count and percentage were asked whether they are of the total read, 100 * count / 0, and the whole
    # report failed (internal_error, no rows); a count at a percentage is of no total of nought, so the group
    # bears out the titles listed
    summary = {"n_projects": Reading(0, "พ.ศ. ๒๕๖๙ จำนวน ๐\nโครงการ\nมีความก้าวหน้า", 10, 12),
               "n_completed": Reading(1, "จำนวน ๑", 14, 14),
               "n_in_progress": Reading(3, "จำนวน ๓ โครงการ คิดเป็นร้อยละ ๕๐.๐๐", 15, 15),
               "pct_in_progress": Reading(50.0, "จำนวน ๓ โครงการ คิดเป็นร้อยละ ๕๐.๐๐", 15, 15),
               "n_not_started": Reading(2, "จำนวน ๒ โครงการ", 16, 16)}
    (issue,) = repair_total(summary, {"completed": 1, "in_progress": 3, "not_started": 2})
    assert summary["n_projects"].value == 6 and issue.code == "value_repaired"
    evidence = json.loads(issue.evidence)
    assert (evidence["rule"], evidence["read"], evidence["chosen"]) == ("count", 0, 6)
