"""The proposer's name in a signature block run on in a line (a form printed
on one line, wrapped again by the page), its role word lost to OCR:
"(ลงชื่อ) ... / โครงการ (นายสมศักดิ รัตนพันธ์) ตำแหน่ง ...": no name was read and
no issue said so (s19prd007)."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

SIGNED = "\t\t\t\t\t(ลงชื่อ)......................................................ผู้เสนอโครงการ"


def _signed(block: str) -> dict:
    text = sample_text(PROPOSAL)
    assert SIGNED in text
    return run(text[:text.index(SIGNED)] + block)


def _owner(rows: dict):
    return rows["projects"][0].get("owner_name")


def _flagged(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["field"] == "projects.owner_name" and i["code"] == "missing_value"]


def test_the_first_signer_named_before_a_position_inside_a_line_is_the_proposer():
    rows = _signed("ความพึงพอใจของผู้เข้าร่วมโครงการ (ลงชื่อ)                              1\n"
                   "โครงการ (นายสมศักดิ์ รัตนพันธ์) ตำแหน่ง นักวิชาการศึกษาชำนาญการ\n\n"
                   "ผู้เห็นชอบโครงการ (นายนพดล พิทักษ์ธรรม)\n")
    assert _owner(rows) == "นายสมศักดิ์ รัตนพันธ์"


def test_a_name_after_an_approver_s_role_is_not_the_proposer():
    rows = _signed("ความพึงพอใจของผู้เข้าร่วมโครงการ (ลงชื่อ)                              1\n"
                   "ผู้เห็นชอบโครงการ (นายนพดล พิทักษ์ธรรม) ตำแหน่ง ผู้อำนวยการเขต\n")
    assert _owner(rows) is None


def test_a_position_printed_under_the_signature_with_no_name_read_is_said():
    # the name's line lost to OCR, the position under it read
    rows = _signed(SIGNED + "\n\t\t\t\t\t      ~ |\n\t\t\t\t\tตำแหน่ง นักวิชาการศึกษาชำนาญการ\n")
    assert _owner(rows) is None and _flagged(rows)
    # the form printed without names (the sample): nothing said
    assert not _flagged(run(sample_text(PROPOSAL)))
