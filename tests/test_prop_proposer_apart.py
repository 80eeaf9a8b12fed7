"""The proposer's bracketed name with lines between it and its position line: specks of the signature OCR read
("๕      ๕" / "oN   07 %" over "(นายพงษ์ศักดิ สุขสวัสดิ)", "จ" / "๑     6" under it), or a wrapped line of the
section the signatures stand beside ("ความพึงพอใจของผู้เข้าร่วมโครงการ" between the name and "ตำแหน่ง ...").  The
name was read only with its position line right under it, so it was lost and said missing (fresh set s56z
bma_proposal_s56z003, s56z005).  The first signer's name is now read with up to SIGNER_GAP lines between,
none of them another signer's name, a signature line or a role, no approver's role before it; the lines
between are said (unread_cells on projects.owner_name)."""

from __future__ import annotations

from tests.test_prop_proposer_inline import _flagged, _owner, _signed


def _doubt(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["field"] == "projects.owner_name" and i["code"] == "unread_cells"]


def test_the_first_signer_with_specks_before_its_position_is_the_proposer():
    rows = _signed("ผู้เสนอโครงการ\n\n๕      ๕\noN   07 %\n\n(นายพงษ์ศักดิ์ สุขสวัสดิ์)\n\nจ\n๑     6\n\n"
                   "ตำแหน่ง ศึกษานิเทศก์ชำนาญการพิเศษ\n\nเห็นชอบโครงการ\n")
    assert _owner(rows) == "นายพงษ์ศักดิ์ สุขสวัสดิ์" and _doubt(rows) and not _flagged(rows)


def test_a_section_s_line_read_between_the_name_and_its_position():
    rows = _signed("ประเมินผลจากแบบรายงานผลการดำเนินงานและแบบสอบถาม\n(นางสาววรรณา เตชะชนอก)\n\n"
                   "ความพึงพอใจของผู้เข้าร่วมโครงการ\nตำแหน่ง นักวิเคราะห์นโยบายและแผนชำนาญการ\n\nผู้เสนอโครงการ\n")
    assert _owner(rows) == "นางสาววรรณา เตชะชนอก" and _doubt(rows)


def test_no_name_is_taken_past_an_approver_s_role_or_too_many_lines():
    rows = _signed("เห็นชอบโครงการ\n(นายนพดล พิทักษ์ธรรม)\nจ\nตำแหน่ง ผู้อำนวยการเขต\n")
    assert _owner(rows) is None
    # an approver's role printed under the position, the proposer's role nowhere before the name: the approver's
    rows = _signed("แบบสอบถาม\n(นายนพดล พิทักษ์ธรรม)\nจ\nตำแหน่ง ผู้อำนวยการเขต\nผู้เห็นชอบโครงการ\n")
    assert _owner(rows) is None
    rows = _signed("แบบสอบถาม\n(นางวรรณา ชัยมงคล)\nก\nข\nค\nง\nตำแหน่ง นักวิชาการศึกษา\n")
    assert _owner(rows) is None
