"""A person field whose label's line left the value to the next line, with
OCR's specks or the separator standing before the name ("ผู้ประสานงาน สยป :"
/ "ey" / "นายณัฐ คงชนะมงคล 1546"; "ชื่อผู้รับผิดชอบ..." / ": นายสมชาย ..."): the
specks were read as the name's first word ("ey นายณัฐ คงชนะมงคล").  Now short
tokens of no Thai letter before the name's first Thai word are left out
(parsers.values._without_specks_before); a name with none before it is as
read."""

from __future__ import annotations

from parsers.values import split_person
from pipeline.stages import process_document
from tests.conftest import sample_text

SAMPLE = "001_fdefb2afb18072a2.txt"
COORDINATOR = "ผู้ประสานงาน สยป : นายณัฐ คงชนะมงคล 1546"


def test_specks_between_the_label_and_the_name_are_left_out():
    source = sample_text(SAMPLE)
    assert f"{COORDINATOR}\n" in source
    text = source.replace(f"{COORDINATOR}\n", "ผู้ประสานงาน สยป :\n\ney\n\nนายณัฐ คงชนะมงคล 1546\n")
    project = process_document("001.txt", text.encode("utf-8"))["projects"][0]
    assert (project["coordinator_name"], project["coordinator_phone"]) == ("นายณัฐ คงชนะมงคล", "1546")


def test_split_person_specks_and_names():
    assert split_person(": นายสมชาย วงศ์สวัสดิ์ 5584") == ("นายสมชาย วงศ์สวัสดิ์", "5584")
    assert split_person("ta = นางสาวเบญจวรรณ นาคสวัสดิ์ 5645") == ("นางสาวเบญจวรรณ นาคสวัสดิ์", "5645")
    assert split_person("ดร. สมชาย ใจดี 1234") == ("ดร. สมชาย ใจดี", "1234")  # a title is no speck
    assert split_person("สำนักงานยุทธศาสตร์การศึกษา") == ("สำนักงานยุทธศาสตร์การศึกษา", None)
