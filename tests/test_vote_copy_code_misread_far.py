"""Two copies of one project, its code printed in Thai digits in one copy and Arabic in the other, whose Thai
reading OCR damaged in five of its thirteen characters ("๕๐๕๐๐๐๐๐-๒๑๕๕" for 50400000-6578: the ๔ ๖ ๗ ๘ it cannot
write, and a ๕ read ๑), past the third of a code two copies' codes may part in: the copies stood as two projects
with no issue (fresh set s98q, bma_progress_s98q003: 212 misses).  Codes that part only in digits OCR confuses, all
but one, with names and header texts that agree, are one project's (pipeline.vote._digits_misread_apart); codes
parting in digits it does not confuse stay two projects."""

from __future__ import annotations

from pipeline.vote import group_copies
from schemas.document import CopyReading, Reading

NAME = "ประกวดผลงานนวัตกรรมแห่งการเรียนรู้ของ ข้าราชการครู"
TEXTS = {"rationale": "พระราชบัญญัติการศึกษาแห่งชาติ กำหนดให้หน่วยงานต้นสังกัดและสถานศึกษาจัดให้มีระบบการประกันคุณภาพ",
         "agency": "สำนักงานเขตดอนเมือง", "division": "ฝ่ายการศึกษา"}


def _copy(index: int, start: int, code: str) -> CopyReading:
    copy = CopyReading(index, start, start + 100)
    copy.identity = (code, NAME)
    copy.put("project", 0, "project_code", Reading(code, code, start + 3, start + 3))
    copy.put("project", 0, "name", Reading(NAME, NAME, start + 1, start + 2))
    for name, text in TEXTS.items():
        copy.put("project", 0, name, Reading(text, text, start + 5, start + 6))
    return copy


def test_a_code_misread_past_a_third_in_confused_digits_is_one_project():
    groups = group_copies([_copy(0, 1, "50500000-2155"), _copy(1, 230, "50400000-6578")])
    assert len(groups) == 1


def test_codes_parting_in_digits_ocr_does_not_confuse_stay_apart():
    groups = group_copies([_copy(0, 1, "50500000-2155"), _copy(1, 230, "50400000-3901")])
    assert len(groups) == 2


def test_a_code_misread_in_digits_ocr_confuses_only_rarely_too_is_one_project():
    # "๕๐๕๑๐๐๐๐-๕๑๐๕" for 50570000-9769: its two ๗ read ๑ (a misread the table leaves out as rare), its ๙ ๕ and
    # its ๖ ๐ (fresh set s99p, bma_progress_s99p006: the copy stood as a project of its own, no issue on its rows)
    groups = group_copies([_copy(0, 1, "50570000-9769"), _copy(1, 230, "50510000-5105")])
    assert len(groups) == 1
    # one digit more that no misread, rare or not, makes of the other: two projects
    groups = group_copies([_copy(0, 1, "50570000-9769"), _copy(1, 230, "50510000-5145")])
    assert len(groups) == 2
