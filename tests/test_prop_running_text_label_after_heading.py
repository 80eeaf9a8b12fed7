"""A BMA proposal printed as running text (the form on one line, or that line wrapped again by OCR) whose
project type's label stands right after its section's heading with no colon before the value ("... ๔.
ลักษณะของโครงการ ประเภทโครงการ เป็นโครงการตามภารกิจ... เป็นโครงการต่อเนื่อง เป็นโครงการที่มีความสอดคล้อง...":
fresh set pr3/ol, five of its sixteen documents; pr/set1 s19pra007, clean and OCR).  Inside a line the scan
takes a label only before a separator or a gap (words of running text open no field), so the label and its
value were read as section 4's text: the type said missing, the alignment opening with the type's words
(silent in ol s19prc015).  Now a text right after a heading that opens with the exact label of a field of
that section opens the field (parsers.bma_proposal.sections.labels_after_headings), as at a line's start;
a label of another section's field stays text."""

from __future__ import annotations

import textwrap

import pytest
import regex

from parsers.bma_proposal.fields import FORM
from parsers.bma_proposal.sections import labels_after_headings
from parsers.reader import Copy, Event
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_TYPE = "เป็นโครงการตามภารกิจประจำของหน่วยงาน เป็นโครงการต่อเนื่อง"


def _one_line(wrap: int | None = None) -> str:
    """The sample proposal on one line, its title block with colons, the project type's label without."""
    lines = [ln.strip() for ln in sample_text(PROPOSAL).split("\n") if ln.strip() and not ln.strip().endswith("...")]
    lines[:3] = [regex.sub(r"\t+", " : ", ln) for ln in lines[:3]]
    one = " ".join(lines)
    assert "ลักษณะของโครงการ ประเภทโครงการ เป็นโครงการ" in one
    return "\n".join(textwrap.wrap(one, wrap, break_long_words=False)) if wrap else one


@pytest.mark.parametrize("wrap", [None, 60, 80])
def test_a_type_label_without_colon_after_its_heading_in_running_text_is_read(wrap):
    rows = run(_one_line(wrap))
    assert rows["projects"][0]["project_type"] == _TYPE
    assert not any(a["text"].startswith("ประเภทโครงการ") for a in rows["alignments"])
    assert not any(i["code"] == "missing_value" and i.get("field") == "projects.project_type"
                   for i in rows["issues"])


def _homes() -> dict:
    return {key: (f.label, f.sections) for key, f in FORM.fields.items() if f.sections is not None}


def test_only_a_label_of_the_headings_own_section_opens_a_field():
    copy = Copy(0)
    copy.events = [Event("heading", "s4", "", 1), Event("text", None, "ประเภทโครงการ " + _TYPE, 1),
                   Event("heading", "s5", "", 1), Event("text", None, "ประเภทโครงการ " + _TYPE, 1),
                   Event("heading", "s4", "", 2), Event("text", None, "ในการนี้ ประเภทโครงการ " + _TYPE, 2)]
    labels_after_headings(copy, FORM.anchors, _homes())
    assert [(ev.kind, ev.key) for ev in copy.events] == [
        ("heading", "s4"), ("field", "project_type"),  # its own section's label: a field
        ("heading", "s5"), ("text", None),  # section 5 has no project type: text
        ("heading", "s4"), ("text", None)]  # the label not opening the text: text
    assert copy.events[1].text == _TYPE
