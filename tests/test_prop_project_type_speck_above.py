"""A BMA proposal after OCR whose project type wrapped its second clause onto the next line, with a line of
specks OCR read above the label in section 4 ("D ot." / "ประเภทโครงการ : เป็นโครงการตามภารกิจประจำของหน่วยงาน" /
"เป็นโครงการต่อเนื่อง": fresh set s62o bma_proposal_s62o002).  The wrap was looked for in the section's first
line, the specks above the label, so the type lost its second clause (said, missing_value).  Now it is looked
for in the first line below the label's (read.join_project_type)."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_PRINTED = "ประเภทโครงการ เป็นโครงการตามภารกิจประจำของหน่วยงาน เป็นโครงการต่อเนื่อง "


def _type(replacement: str) -> tuple[str, list[dict]]:
    text = sample_text(PROPOSAL)
    assert _PRINTED in text
    rows = run(text.replace(_PRINTED, replacement))
    return rows["projects"][0]["project_type"], [i for i in rows["issues"] if i["field"] == "projects.project_type"]


def test_the_wrap_below_the_label_is_read_past_specks_above_it():
    value, said = _type("D ot.\nประเภทโครงการ : เป็นโครงการตามภารกิจประจำของหน่วยงาน\nเป็นโครงการต่อเนื่อง")
    assert value == "เป็นโครงการตามภารกิจประจำของหน่วยงาน เป็นโครงการต่อเนื่อง"
    assert not [i for i in said if i["code"] == "missing_value"]


def test_a_type_whose_next_line_holds_no_second_clause_is_said():
    value, said = _type("D ot.\nประเภทโครงการ : เป็นโครงการตามภารกิจประจำของหน่วยงาน\n")
    assert value == "เป็นโครงการตามภารกิจประจำของหน่วยงาน"
    assert [i for i in said if i["code"] == "missing_value"]
