"""Sibling projects of one agency, named for their districts, whose codes
print in Thai digits the OCR engine misreads alike (๔๖๒๔ and ๔๖๒๕ both read
๕๑๒๕): before, equal codes made them one project whatever their names said,
and the second project's rows were lost with no issue.  Codes that read the
same but are uncertain (Thai digits an engine misreads) no longer overrule
names that part by a word (pipeline.vote.names_part): two projects, said
(copies_in_doubt).  Certain codes read the same still make one project."""

from __future__ import annotations

from pipeline.vote import group_copies
from schemas.document import CopyReading, Reading

NAME = "โครงการพัฒนาคุณภาพเครือข่ายโรงเรียน ปีงบประมาณ ๒๕๖๖ สังกัดสำนักงานเขต"


def _copy(index: int, start: int, printed_code: str, district: str) -> CopyReading:
    copy = CopyReading(index, start, start + 100)
    code = "50150000-5125"
    copy.identity = (code, NAME + district)
    copy.put("project", 0, "project_code", Reading(code, printed_code, start + 3, start + 3))
    copy.put("project", 0, "name", Reading(NAME + district, NAME + district, start + 1, start + 2))
    return copy


def test_uncertain_codes_read_alike_do_not_join_siblings():
    groups = group_copies([_copy(0, 1, "๕๐๑๕๐๐๐๐-๕๑๒๕", "บางคอแหลม"), _copy(1, 150, "๕๐๑๕๐๐๐๐-๕๑๒๕", "หนองแขม")])
    assert len(groups) == 2
    said = [i for i in groups[1][0].issues if i.code == "copies_in_doubt"]
    assert {i.field for i in said} == {"projects.name", "projects.project_code"}


def test_certain_codes_read_alike_are_one_project():
    groups = group_copies([_copy(0, 1, "50150000-5125", "บางคอแหลม"), _copy(1, 150, "50150000-5125", "หนองแขม")])
    assert len(groups) == 1
