"""A header label the page wrapped, its head ending the line above after the field before's value and OCR
garbling that head past telling it as the label ("ชื่อผู้รับผิดชอบ : กองเทคโนโลยีเพื่อการเรียนการสอน ดตู้ประสานงาน" /
"สยป : นายวุฒิ ชัยมงคล โทร.3801", for "ผู้ประสานงาน สยป :"; set s56z): the line under was read as the field its
cut label names (label_inferred), but the owner kept the label's head as the end of its value.  Now the last words
of the field ending on the line above that read as the rest of the label, within one slip in four letters, are taken
off that value and said (bma_progress.read._label_head_above); words that do not read so stay the value's."""

from __future__ import annotations

from parsers.bma_progress.fields import FORM
from parsers.bma_progress.read import read_copy
from parsers.reader import scan, split_copies
from schemas.document import Line

UNIT = ("1.2 หน่วยงานที่รับผิดชอบ",
        "หน่วยงานที่รับผิดชอบ : สำนักการศึกษา / กองเทคโนโลยีเพื่อการเรียนการสอน / ฝ่ายพัฒนาสื่อการเรียนการสอน")


def _read(*texts: str):
    lines = [Line(i, t) for i, t in enumerate(texts, start=1)]
    return read_copy(split_copies(scan(lines, FORM), FORM)[0])


def test_a_wrapped_label_s_garbled_head_is_taken_off_the_value_above():
    out = _read(*UNIT, "ชื่อผู้รับผิดชอบ : กองเทคโนโลยีเพื่อการเรียนการสอน ดตู้ประสานงาน",
                "สยป : นายวุฒิ ชัยมงคล โทร.3801", "1.3 หลักการและเหตุผล")
    project = out.tables["project"][0]
    assert project["owner_name"].value == "กองเทคโนโลยีเพื่อการเรียนการสอน"
    assert project["coordinator_name"].value == "นายวุฒิ ชัยมงคล"
    said = [i for i in out.issues if i.code == "label_inferred" and i.field == "projects.owner_name"]
    assert len(said) == 1 and "ดตู้ประสานงาน" in said[0].message


def test_words_that_do_not_read_as_the_label_s_head_stay():
    out = _read(*UNIT, "ชื่อผู้รับผิดชอบ : กองเทคโนโลยีเพื่อการเรียนการสอน ฝ่ายพัฒนาสื่อ",
                "สยป : นายวุฒิ ชัยมงคล โทร.3801", "1.3 หลักการและเหตุผล")
    project = out.tables["project"][0]
    assert project["owner_name"].value == "กองเทคโนโลยีเพื่อการเรียนการสอน ฝ่ายพัฒนาสื่อ"
    assert not [i for i in out.issues if i.code == "label_inferred" and i.field == "projects.owner_name"]
