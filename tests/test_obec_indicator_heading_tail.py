"""The success indicators' heading of which OCR kept only the end on a line of its own, its start read
apart among specks and a page's furniture ("ชนีซี" / "๑7" / "eS" / "ัดความสําเรว็จ"): before, the
indicators under it went on as more outcomes (the last an extra row no issue named). rounds
.indicator_heading_tail reads such a line as the heading (the indicators start there) and says it
(label_inferred), where it opens with a mark no Thai word opens with (a word cut); whole words ("วัดความสำเร็จ")
may end a sentence and stay text, and so does a line of an outcome's text ending with the heading's last word."""

from __future__ import annotations

from parsers.obec_progress.rounds import indicator_heading_tail
from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"
HEADING = "ดัชนีชี้วัดความสำเร็จ\n"


def test_the_heading_s_end_alone_is_a_tail():
    assert indicator_heading_tail("ัดความสําเรว็จ")
    assert indicator_heading_tail("ี้วัดความสำเร็จ")
    # whole words that may end a sentence, its last word alone, a text that ends with it, a long line: no tail
    assert not indicator_heading_tail("วัดความสำเร็จ")
    assert not indicator_heading_tail("ความสำเร็จ")
    assert not indicator_heading_tail("ครูมีความรู้และประสบความสำเร็จ")
    assert not indicator_heading_tail("ดัชนีชี้วัดความสำเร็จ ของโครงการและการดำเนินงานทั้งหมด")


def _targets(heading: str) -> tuple[list[tuple[str, str]], list[dict]]:
    one = project(1, FY).replace(HEADING, heading)
    rows = run(report(fy=FY, projects=[one, project(2, FY)]))
    key = rows["projects"][0]["project_key"]
    said = [i for i in rows["issues"] if i["code"] == "label_inferred" and i["project_key"] == key]
    return [(t["kind"], t["text"]) for t in rows["targets"] if t["project_key"] == key], said


def test_the_indicators_under_a_heading_read_from_its_end_are_indicators():
    got, said = _targets("ชนีซี\n\n๑7\n\neS\nัดความสําเรว็จ\n")
    assert ("indicator", "ร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ") in got
    assert not any(k == "outcome" and "ร้อยละ" in t for k, t in got)
    assert said


def test_an_outcome_s_wrapped_last_word_stays_the_outcome_s():
    got, _ = _targets("ครูมีความรู้และประสบ\nความสำเร็จ\n" + HEADING)
    assert ("indicator", "ร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ") in got
    assert any(k == "outcome" and t.endswith("ความสำเร็จ") for k, t in got)
