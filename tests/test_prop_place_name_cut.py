"""A BMA proposal's place whose last line ends inside the agency's name
(OCR lost its last letters at the line's end: "...สำนักงานเขตบาง" for
"...สำนักงานเขตบางซื่อ", fresh set s70z's bma_proposal_s70z001), a name the
copy prints whole elsewhere and nowhere as the place reads: said
(unknown_words on projects.place, the letters lost its pieces), kept as
read (parsers.bma_proposal.read.agency_name_cut).  Before, the place was
given cut short with no issue naming it."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

PLACE_LINE = "สถานที่ดำเนินการ    : โรงเรียนในสังกัดสำนักงานเขตบางเขน จำนวน 5 โรงเรียน"
CUT_LINE = "สถานที่ดำเนินการ    : โรงเรียนในสังกัดสำนักงานเขตบาง"


def _cut(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "unknown_words" and i["field"] == "projects.place"]


def test_a_place_cut_inside_the_agency_s_name_is_said():
    source = sample_text(PROPOSAL)
    assert source.count("สำนักงานเขตบางเขน") == 4 and PLACE_LINE in source
    rows = run(source.replace(PLACE_LINE, CUT_LINE, 1))
    assert rows["projects"][0]["place"].endswith("สำนักงานเขตบาง")
    (issue,) = _cut(rows)
    assert "เขน" in issue["evidence"] and issue["line_start"]


def test_a_whole_place_or_one_printed_as_read_elsewhere_says_nothing():
    source = sample_text(PROPOSAL)
    assert _cut(run(source)) == []
    # the name as the place reads printed elsewhere too (the rationale): a name of its own, not a cut
    damaged = source.replace(PLACE_LINE, CUT_LINE, 1)
    damaged = damaged.replace("สำนักงานเขตบางเขนจึง", "สำนักงานเขตบาง, จึง", 1)
    assert _cut(run(damaged)) == []
