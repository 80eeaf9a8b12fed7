"""A proposal's fiscal year that the table of OCR confusions settles ("๒๕๐๑" in the title block, 2541 or 2561, and
"๒๕๒๑" in another mention, 2551 or 2561), where the document's OCR never writes ๗ in Thai: a
model that cannot write ๗ reads one in eight of them as ๑, alike in every printing, so every mention reads 2567 as
much (fresh set s85o, bma_proposal_s85o002: 2561 said repaired, the period's end moved to 2018 with it; the truth
2567).  The year is kept, in doubt (repair_ambiguous naming the rival years, years._rare_rivals), and the period's
repairs that rest on it are said in doubt too (years.resting_on_year); where the OCR writes every digit, the
year is repaired as before."""

from __future__ import annotations

import json

from parsers.bma_proposal.years import in_doubt_by_rare, repair_fiscal_year, resting_on_year
from schemas.document import Issue, Reading


def _project(unread: str) -> dict[str, Reading]:
    project = {"fiscal_year_be": Reading(2501, "ปีงบประมาณ พ.ศ. ๒๕๐๑", 6, 6),
               "fiscal_year_text": Reading("ปีงบประมาณ พ.ศ. ๒๕๐๑", "ปีงบประมาณ พ.ศ. ๒๕๐๑", 6, 6),
               "period_raw": Reading("ต.ค. dd -ส.ค. ๒๑", "ระยะเวลาดำเนินการ : ต.ค. dd -ส.ค. ๒๑", 61, 61)}
    if unread:
        project["unread_digits"] = Reading(unread, "", 6, 6)
    return project


def test_a_year_rare_misreads_of_unwritten_digits_make_another_is_kept_in_doubt():
    project = _project("46789")
    issues = repair_fiscal_year(project, ["ขั้นตอนการดำเนินงาน ปีงบประมาณ พ.ศ. ๒๕๒๑"])
    assert project["fiscal_year_be"].value == 2561
    assert {i.field for i in issues} == {"projects.fiscal_year_be", "projects.fiscal_year"}
    assert all(i.code == "repair_ambiguous" and in_doubt_by_rare(i) for i in issues)
    assert 2567 in json.loads(issues[0].evidence)["candidates"]


def test_a_document_whose_ocr_writes_every_digit_has_its_year_repaired_as_before():
    project = _project("")
    issues = repair_fiscal_year(project, ["ขั้นตอนการดำเนินงาน ปีงบประมาณ พ.ศ. ๒๕๒๑"])
    assert project["fiscal_year_be"].value == 2561
    assert any(i.code == "value_repaired" and i.field == "projects.fiscal_year_be" for i in issues)
    assert not any(in_doubt_by_rare(i) for i in issues)


def test_a_repair_resting_on_a_year_in_doubt_is_said_in_doubt():
    repaired = Issue("warning", "value_repaired", "end date: printed '๒๑' is read as 2018-08-31",
                     json.dumps({"rule": "fiscal_year"}), 61, 61, field="projects.end_date")
    said = resting_on_year(repaired)
    assert said.code == "repair_ambiguous" and said.field == "projects.end_date" and "in doubt" in said.message
    other = Issue("warning", "unparsed_value", "x", None, 1, 1, field="projects.end_date")
    assert resting_on_year(other) is other
