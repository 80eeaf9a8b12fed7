"""BMA proposals after OCR whose title block lost the gap between a label and its value on the line under a
wrapped value ("ชื่อโครงการ   ส่งเสริมคุณธรรม..." / "ของนักเรียนสำนักงานเขตยานนาวา" /
"หน่วยงานที่รับผิดชอบสำนักงานเขตยานนาวา / ฝ่ายการศึกษา": shut set s22/q bma_proposal_s22q005): the anchors want a
separator or a gap after a label, so the line went on with the project's name and the unit was lost (the name
wrong and the division missing, silently).  Now a line under a wrapping value that opens with a long label
(twelve skeleton letters or more) of a field not read yet, a Thai letter right after it, is that field
(parsers.reader._glued_label); a short label, or one already read, leaves the line as before."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

NAME = "ส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้"
UNIT = "ฝ่ายการศึกษา และโรงเรียนในสังกัดสำนักงานเขตบางเขน"


def _project(head: str) -> dict:
    source = sample_text(PROPOSAL)
    printed = f"ชื่อโครงการ\t\t{NAME}\nหน่วยงานที่รับผิดชอบ\t{UNIT}\n"
    assert source.startswith(printed)
    p = run(head + source[len(printed):])["projects"][0]
    return {"name": p["name"].replace(" ", ""), "agency": p["agency"]}  # (a wrapped name joins with a space)


def test_a_label_glued_to_its_value_under_a_wrapped_name_opens_its_field():
    wrapped = "ชื่อโครงการ\t\tส่งเสริมสนับสนุนให้นักเรียน\nสร้างสรรค์ผลงานเพื่อการเรียนรู้\n"
    got = _project(f"{wrapped}หน่วยงานที่รับผิดชอบ{UNIT}\n")
    assert got == {"name": NAME, "agency": UNIT}
    # the label's marks dropped by OCR: the skeleton still matches
    got = _project(f"{wrapped}หน่วยงานทีรับผิดชอบ{UNIT}\n")
    assert got == {"name": NAME, "agency": UNIT}


def test_a_field_already_read_is_not_read_again_from_a_wrapped_line():
    head = f"หน่วยงานที่รับผิดชอบ\t{UNIT}\nชื่อโครงการ\t\tส่งเสริมสนับสนุนให้นักเรียน\nหน่วยงานที่รับผิดชอบโครงการ\n"
    got = _project(head)
    assert got["agency"] == UNIT and got["name"].endswith("นักเรียนหน่วยงานที่รับผิดชอบโครงการ")
