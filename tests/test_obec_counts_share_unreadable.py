"""The summary's counts given the listing's in doubt where the document's
OCR never writes some digits (summary_repairs._listing_unwritten): a
group's share printed so garbled that it reads as no percentage at all
("๕6๕.ญ๑" for ๘๕.๗๑: a letter for a digit, one digit written as two) is no
figure, for the listing or against it; a share that reads as a percentage
the listing's does not become with only unwritten digits changed still
stops the choice (extra set, obec_progress_x005)."""

from __future__ import annotations

from parsers.obec_progress.summary_repairs import repair_counts_jointly
from schemas.document import Reading

LISTED = {"completed": 0, "in_progress": 6, "not_started": 1}
UNREAD = "46789"  # digits this OCR never writes (Arabic)


def _summary(in_progress_share: str) -> dict[str, Reading]:
    return {
        "n_projects": Reading(3, "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๐๕ จำนวน ๓ โครงการ\nมีความก้าวหน้า", 20, 21),
        "n_completed": Reading(0, "จำนวน ๐ โครงการ คิดเป็นร้อยละ ๐.๐๐", 24, 24),
        "n_in_progress": Reading(1, f"จำนวน ๑ โครงการ คิดเป็นร้อยละ {in_progress_share}", 25, 25),
        "n_not_started": Reading(1, "จำนวน ๑ โครงการ", 27, 27),
    }


def test_a_share_that_reads_as_no_percentage_leaves_the_listing_chosen_in_doubt():
    summary = _summary("๕6๕.ญ๑")
    issues = repair_counts_jointly(summary, LISTED, UNREAD)
    assert {i.field for i in issues} == {"report_summaries.n_projects", "report_summaries.n_in_progress"}
    assert all(i.code == "repair_ambiguous" and "reads as no percentage" in i.message for i in issues)
    assert summary["n_projects"].value == 7 and summary["n_in_progress"].value == 6
    # a share that reads as a percentage the listing's does not become so still stops the choice
    summary = _summary("๕๐.๐๐")  # 50.00: a 5 the OCR writes where 85.71 has its 5: not the listing's share
    assert repair_counts_jointly(summary, LISTED, UNREAD) == []
    assert summary["n_projects"].value == 3 and summary["n_in_progress"].value == 1
