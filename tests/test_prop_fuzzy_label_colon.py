"""BMA proposals after OCR whose label lost a letter and stands first on its line, then ' : ' and its value
("ะยะเวลาดําเนินการ : พ.ย. 66 - ก.ย. 67", ร lost: fresh set ob2/set1 s19oba001).  The label was found as the
line's first word with one space after it (parsers.anchors.AnchorSet._fuzzy_word_label), its end before the
space, so the colon after it was read as the value's first character (period_text ': พ.ย. 66 – ก.ย. 67', no
issue naming it).  A separator after the space is the label's, as after an exact label or a gap."""

from __future__ import annotations

from datetime import date

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

PERIOD = "ระยะเวลาดำเนินการ : ดำเนินการในเดือนพฤศจิกายน 2568 – กรกฎาคม 2569"
VALUE = "ดำเนินการในเดือนพฤศจิกายน 2568 – กรกฎาคม 2569"


def test_a_colon_after_a_label_ocr_changed_and_one_space_is_the_separator():
    source = sample_text(PROPOSAL)
    assert PERIOD in source
    for damaged in (f"ะยะเวลาดำเนินการ : {VALUE}", f"ะยะเวลาดําเนินการ :: {VALUE}"):
        project = run(source.replace(PERIOD, damaged))["projects"][0]
        assert project["period_text"] == VALUE
        assert (project["start_date"], project["end_date"]) == (date(2025, 11, 1), date(2026, 7, 31))


def test_no_separator_after_the_space_leaves_the_value_whole():
    from parsers.bma_proposal.fields import ANCHORS

    line = f"ะยะเวลาดำเนินการ {VALUE}"
    hits = [h for h in ANCHORS.scan(line) if h.anchor.kind == "label"]
    assert hits and line[hits[0].end:] == VALUE
