"""An OBEC round's activities heading OCR read with a speck of punctuation glued before it
(".ความก้าวหน้าของกิจกรรมที่ดำเนินการ ประจำไตรมาสที่ ๒ ..."): the anchor was found inside the line but not as the
one opening it, so the heading was read as a second indicator and the round's activities under it stood among the
targets (fresh set s116v, obec_progress_s116v002).  A speck of punctuation before an anchor opening a line is
passed over, as a bullet or a dash is (parsers.anchors.AnchorSet.at_start); words before it are not."""

from __future__ import annotations

import pytest

from parsers.obec_progress.anchors import ANCHORS

HEADING = "ความก้าวหน้าของกิจกรรมที่ดำเนินการ ประจำไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๘"


@pytest.mark.parametrize("speck", [".", ". ", ",", "'", "|", "- "])
def test_a_heading_after_a_speck_of_punctuation_opens_its_line(speck):
    hit = ANCHORS.at_start(speck + HEADING)
    assert hit is not None and hit.anchor.key == "activities"


def test_a_heading_after_words_does_not():
    assert ANCHORS.at_start("สรุปผล " + HEADING) is None
