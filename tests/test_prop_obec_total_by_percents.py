"""An OBEC summary whose total OCR misread as no more than the titles read,
while its groups' counts and percents agree on a larger total (shut set q
s22q002: 'จำนวน ๑๕ โครงการ' for ๑๙; 4 completed at 21.05 % and 7 not
started at 36.84 % are each 4 and 7 of 19; the in-progress count '๕' for ๘
matched the five titles read): three in-progress projects were not read (a
title OCR garbled, 'ใครงการ', and two listed alone with numbers it misread,
'๓อ.' and '2.'), and no issue said so: the summary's total 15 was below the
16 read, so check_counts saw no loss, and their 24 fields were silent misses.
Now where two or more groups agree by count and percent on one total larger
than the projects read, and the summary's total says another, the loss is
said about the projects table (project_unread, at the summary's lines)."""
from parsers.obec_progress.rows import check_counts
from schemas.document import Reading


def _summary(total: int, in_progress: int) -> dict:
    return {"n_projects": Reading(total, f"จำนวน {total} โครงการ", 31, 32),
            "n_completed": Reading(4, "จำนวน 4 โครงการ", 34, 34),
            "pct_completed": Reading(21.05, "คิดเป็นร้อยละ ๒๑.๐๕", 34, 34),
            "n_in_progress": Reading(in_progress, f"จำนวน {in_progress} โครงการ", 35, 35),
            "pct_in_progress": Reading(52.11, "คิดเป็นร้อยละ ๕๒.๑๑", 35, 35),
            "n_not_started": Reading(7, "จำนวน 7 โครงการ", 36, 36),
            "pct_not_started": Reading(36.84, "คิดเป็นร้อยละ 36.84", 36, 36)}


def _projects(counts: dict[str, int]) -> list:
    out, line = [], 60
    for status, n in counts.items():
        for seq in range(1, n + 1):
            out.append(((status, seq), {"name": Reading(f"โครงการ {status} {seq}", "", line, line + 40)}))
            line += 50
    return out


def _said(issues: list) -> list:
    return [i for i in issues if i.code == "project_unread" and i.field == "projects"]


def test_projects_the_groups_percents_count_but_the_report_did_not_read_are_said():
    issues = check_counts(_summary(15, 5), _projects({"completed": 4, "in_progress": 5, "not_started": 7}))
    said = _said(issues)
    assert len(said) == 1 and "at 19, 16 were read" in said[0].message
    assert (said[0].line_start, said[0].line_end) == (34, 36)  # the summary's lines: about the report, no project


def test_no_word_where_the_percents_agree_on_the_projects_read_or_the_total_already_says_the_loss():
    # 19 read: nothing lost
    assert not _said(check_counts(_summary(15, 8), _projects({"completed": 4, "in_progress": 8, "not_started": 7})))
    # the total read right says the loss itself (its own issue, at the titles' lines)
    issues = check_counts(_summary(19, 5), _projects({"completed": 4, "in_progress": 5, "not_started": 7}))
    assert [i for i in _said(issues) if (i.line_start, i.line_end) == (34, 36)] == []
    assert _said(issues)


def test_one_group_s_percent_alone_proves_no_total():
    summary = _summary(15, 5)
    del summary["pct_not_started"]
    assert not _said(check_counts(summary, _projects({"completed": 4, "in_progress": 5, "not_started": 7})))
