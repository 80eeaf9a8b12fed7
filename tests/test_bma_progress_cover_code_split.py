"""A project code the form prints with one Thai digit OCR wrote as two characters (normalizers.confusions.SPLIT_READS:
"๑๒๑๕๒" for 1652, its ๖ read "๒๑"), unread as a code (five digits after the dash), beside a cover page that prints
the code in Arabic digits: the code is the cover's, where every other character that differs is one OCR makes of the
cover's digit (repairs._split_of_cover, rule cover_page).  Fresh set s91o, bma_progress_s91o008: "5๐1๕๐๐๐๐-๑๒๑๕๒"
under the cover's "(50150000-1652)"; before, the project had no code and a key made of its name."""

import json

from pipeline.stages import process_document
from tests.test_bma_progress_header_ocr import _FIRST, _TWO_FORMS

COVER = "สำนักงานเขตคลองเตย\nพัฒนาระบบการประกันคุณภาพ\n({code})\n\n"


def _rows(cover: str, printed: str) -> dict:
    form = _TWO_FORMS.format(**dict(_FIRST, code=f"รหัสโครงการ : {printed}"))
    return process_document("x.txt", (COVER.format(code=cover) + form).encode("utf-8"))


def test_a_digit_written_as_two_characters_is_the_cover_s_digit():
    rows = _rows("50360000-1605", "๕๐๓๒๐๐๐๐-๑๒๑๐๕")  # ๖ read ๒ once, and ๒๑ for the ๖ after the dash
    [project] = rows["projects"]
    assert project["project_code"] == "50360000-1605" and project["project_key"] == "50360000-1605/2565"
    [fixed] = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "projects.project_code"]
    evidence = json.loads(fixed["evidence"])
    assert evidence["rule"] == "cover_page" and evidence["chosen"] == "50360000-1605"


def test_two_characters_no_digit_is_written_as_leave_the_code_unread():
    rows = _rows("50360000-1605", "๕๐๓๒๐๐๐๐-๑๓๓๐๕")  # "๓๓" is no reading of ๖
    assert rows["projects"][0]["project_code"] is None
    assert not [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "projects.project_code"]
