"""OBEC section headings OCR read in pieces on consecutive lines, letters lost at the breaks and a line of
specks between ('ชนีชี' / 'qv' / 'ดความสําเร็จ' for ดัชนีชี้วัดความสำเร็จ): the pieces together are the heading
(anchors.AnchorSet.pieced), so the indicators are not read as more outcomes; short lines that are no heading's
pieces stay as they are."""

from __future__ import annotations

from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"
HEADING = "ดัชนีชี้วัดความสำเร็จ\n"
INDICATORS = "ร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ\n"


def _targets(heading: str, indicators: str = INDICATORS) -> list[tuple[str, str]]:
    one = project(1, FY).replace(HEADING + INDICATORS, heading + indicators)
    rows = run(report(fy=FY, projects=[one, project(2, FY)]))
    key = rows["projects"][0]["project_key"]
    return [(t["kind"], t["text"]) for t in rows["targets"] if t["project_key"] == key]


def test_a_heading_read_in_pieces_over_three_lines_is_the_heading():
    # before: the indicator went on as a second outcome, silently
    for pieces in ("ชนีชี\n\nqv\n\nดความสําเร็จ\n", "ดัชนีชี้\nวัดความสำเร็จ\n", "ชนีชี\nดความสําเร็จ\n"):
        assert sorted(_targets(pieces)) == sorted([("output", "ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา"),
                                    ("outcome", "ครูมีความรู้ความเข้าใจ"),
                                    ("indicator", "ร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ")]), pieces


def test_short_lines_that_are_no_heading_s_pieces_stay_text():
    # two short lines of an outcome's text: no heading's letters, nothing joined
    got = _targets("", "ครูมีทักษะ\nความสำเร็จ\n")
    assert ("indicator", "ครูมีทักษะ") not in got and all(k != "indicator" for k, _ in got)
