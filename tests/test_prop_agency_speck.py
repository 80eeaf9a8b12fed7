"""BMA proposals after OCR whose agency's name, in the agency field or the place, holds a letter OCR made of a
speck ("สำนักงานเขตขบึงกุ่ม", "โรงเรียนในสังกัดสำนักงานเขตหบึงกุ่ม"; set s19pra).  The repair of the agency's
marks (read.mend_agency_marks) looks for the name as read, which the copy prints nowhere else, so the speck was
kept with no issue naming it.  A name the copy prints nowhere else, where it prints the same name without one of
its letters elsewhere, reads as that name when printed twice or more and no other letter's removal gives a name
it prints (read.mend_agency_speck, rule repeated_text); said otherwise, kept as read."""

from __future__ import annotations

import json

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

AGENCY = "ฝ่ายการศึกษา และโรงเรียนในสังกัดสำนักงานเขตบางเขน"
PLACE_LINE = "สถานที่ดำเนินการ    : โรงเรียนในสังกัดสำนักงานเขตบางเขน"


def _issues(rows: dict, code: str, field: str) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == code and i["field"] == field]


def test_a_speck_read_as_a_letter_inside_the_agency_s_name_is_repaired_by_its_other_printings():
    source = sample_text(PROPOSAL)
    assert source.count("สำนักงานเขตบางเขน") == 4 and PLACE_LINE in source
    damaged = source.replace(AGENCY, "ฝ่ายการศึกษา และโรงเรียนในสังกัดสำนักงานเขตบางขเขน", 1)
    damaged = damaged.replace(PLACE_LINE, PLACE_LINE.replace("เขตบางเขน", "เขตหบางเขน"), 1)
    rows = run(damaged)
    project = rows["projects"][0]
    assert project["agency"] == run(source)["projects"][0]["agency"]
    assert project["place"] == run(source)["projects"][0]["place"]
    (fix,) = _issues(rows, "value_repaired", "projects.agency")
    assert json.loads(fix["evidence"])["rule"] == "repeated_text"
    assert _issues(rows, "value_repaired", "projects.place")


def test_printed_once_elsewhere_it_is_said_and_kept():
    source = sample_text(PROPOSAL)
    # the rationale's and the targets' printings changed to another name: one printing (the place's) is left
    damaged = source.replace(AGENCY, "ฝ่ายการศึกษา และโรงเรียนในสังกัดสำนักงานเขตบางขเขน", 1)
    damaged = damaged.replace("สำนักงานเขตบางเขนจึง", "สำนักงานเขตดอนเมืองจึง", 1)
    lines = damaged.split("\n")
    lines[12] = lines[12].replace("สำนักงานเขตบางเขน", "สำนักงานเขตดอนเมือง")
    rows = run("\n".join(lines))
    # the copy's printings do not settle it (said); Bangkok's districts do: 'บางขเขน' is one letter from one
    # district only (pipeline.districts, rule district_name)
    assert _issues(rows, "repair_ambiguous", "projects.agency")
    assert rows["projects"][0]["agency"].endswith("สำนักงานเขตบางเขน")
    (fix,) = _issues(rows, "value_repaired", "projects.agency")
    assert json.loads(fix["evidence"])["rule"] == "district_name"


def test_a_name_printed_elsewhere_as_read_is_left_alone():
    rows = run(sample_text(PROPOSAL))
    assert not _issues(rows, "value_repaired", "projects.agency")
    assert not _issues(rows, "repair_ambiguous", "projects.agency")
