"""OBEC: a round's problem printed whole ("การประสานงานการประชุมคณะกรรมการ อาจจะมาประชุมไม่ครบ เนื่องจากคณะกรรมการ
บางท่าน...ด่วน") and the next problem run into it, its number lost; another project prints the cause's line alone as
a row ("เนืองจากคณะกรรมการ...", OCR having broken it off and dropped its marks), and the next problem too.  Both were
taken for items (rule items_joined): the whole problem read as two, a wrong repair (fresh set s111r,
obec_progress_s111r001).  No text of the forms opens with a cause's "because" (เนื่องจาก, เพราะ: none of 156,000 values
of the truth), marks aside (normalizers.words.opening_joiner); of several cuts, one whose words after open with a
joining word is no cut, and the others are made."""

from __future__ import annotations

import json

import pytest

from normalizers.words import opening_joiner
from parsers.obec_progress.texts import split_joined_items

pytestmark = pytest.mark.usefixtures("repair_on")

_HEAD = "การประสานงานการประชุมคณะกรรมการ อาจจะมาประชุมไม่ครบ"
_CAUSE = "เนื่องจากคณะกรรมการบางท่านติดภาระงานในการไปราชการด่วน"
_NEXT = "มีสัญญาณขัดข้องระหว่างการประชุมออนไลน์ทำให้เกิดความล่าช้า และความไม่ชัดเจน"


def _finding(project_key: str, seq: int, text: str, line: int) -> dict:
    return {"project_key": project_key, "quarter": 1, "kind": "problem", "seq": seq, "aspect": None, "text": text,
            "line_start": line, "line_end": line + 1}


def test_a_cut_before_a_cause_is_no_cut_and_the_others_are_made():
    tables = {"findings": [_finding("a", 1, "ขาดงบประมาณในการพัฒนาครูแบบประชุมเชิงปฏิบัติการ", 100),
                           _finding("a", 2, _CAUSE.replace("เนื่อง", "เนือง"), 102),
                           _finding("a", 3, _NEXT, 104),
                           _finding("b", 1, f"{_HEAD} {_CAUSE} {_NEXT}", 200)]}
    said = split_joined_items(tables, [])
    assert [(r["seq"], r["text"]) for r in tables["findings"] if r["project_key"] == "b"] == [
        (1, f"{_HEAD} {_CAUSE}"), (2, _NEXT)]
    assert {json.loads(i.evidence)["chosen"] for i in said if i.code == "value_repaired"} == {f"{_HEAD} {_CAUSE}", _NEXT}


def test_a_cause_word_opens_no_text_marks_aside():
    assert opening_joiner("เนืองจากคณะกรรมการบางท่าน") == "เนื่องจาก"
    assert opening_joiner("เพราะมีภารกิจ") == "เพราะ"
    assert opening_joiner("เนื่องในโอกาสวันครู") is None and opening_joiner("ปัญหาการประสานงาน") is None
