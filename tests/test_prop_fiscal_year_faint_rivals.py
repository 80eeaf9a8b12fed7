"""A proposal's fiscal year that only the misreads the table leaves out as rare settle (๗ read as ๐: "๒๕๒๐" twice and
"๒๕๒๕" read 2567 inside the plan phase 2566-2570, the title block's "๒๕๐" unreadable), where a misread rarer still of a
digit the document's OCR never writes makes another year of the phase just as well (๙ read as ๐, twice, alike in
every printing: 2569, the truth in fresh set s119o, bma_proposal_s119o003, where 2567 was said repaired and the KPI
periods and the end date moved with it).  The year is kept, in doubt (repair_ambiguous naming the rivals,
years._faint_rivals), so the repairs resting on it are said in doubt too; where the OCR writes every digit, nothing
rarer is weighed and the year is repaired as before."""

from __future__ import annotations

import json

import pytest

from parsers.bma_proposal.years import faint_misread_pairs, in_doubt_by_rare, repair_fiscal_year
from schemas.document import Reading

pytestmark = pytest.mark.usefixtures("repair_on")

_MENTIONS = ["๒๕๒๐", "๒๕๒๐", "๒๕๒๕", "๒๕๒"]


def _project(unread: str) -> dict[str, Reading]:
    project = {"fiscal_year_be_printed": Reading("พ.ศ. ๒๕๐", "พ.ศ. ๒๕๐", 6, 6),
               "fiscal_year_text": Reading("พ.ศ. ๒๕๐", "พ.ศ. ๒๕๐", 6, 6),
               "period_raw": Reading("ระหว่าง ALA. ๒ ถึง มิ.ย. ๒๕", "ระหว่าง ALA. ๒ ถึง มิ.ย. ๒๕", 79, 79)}
    if unread:
        project["unread_digits"] = Reading(unread, "", 6, 6)
    return project


def test_a_year_only_rare_misreads_settle_is_kept_in_doubt_where_fainter_ones_make_another():
    project = _project("46789")
    issues = repair_fiscal_year(project, _MENTIONS, (2566, 2570))
    assert {i.field for i in issues} == {"projects.fiscal_year_be", "projects.fiscal_year"}
    assert all(i.code == "repair_ambiguous" and in_doubt_by_rare(i) for i in issues)
    assert {2567, 2569} <= set(json.loads(issues[0].evidence)["candidates"])


def test_a_document_whose_ocr_writes_every_digit_has_its_year_repaired_as_before():
    project = _project("")
    issues = repair_fiscal_year(project, _MENTIONS, (2566, 2570))
    assert project["fiscal_year_be"].value == 2567
    assert any(i.code == "value_repaired" and i.field == "projects.fiscal_year_be" for i in issues)


def test_the_faint_misreads_are_the_measured_ones_beyond_the_table_and_the_rare():
    pairs = faint_misread_pairs("46789")
    assert ("9", "0") in pairs
    assert not any(p == ("7", "0") or p == ("6", "2") for p in pairs)  # (rare, and the table's)
    assert faint_misread_pairs("") == []
