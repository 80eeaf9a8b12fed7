"""A page OCR spoilt (a picture, a stamp over the text) inside a list of targets: lines of garbage
(lists.garbage_runs) with lines between and at their edges that hold no word ("0 0รเวป 30 ee", "กลรร").
Before, those lines went on as one more item of the list, so the items after the page were numbered one
past their place and the last one was an extra row no issue named. lists.garbage_zones widens each run over
such lines and merges runs of one page; rounds.read_round leaves every line of the zone out of the lists,
and the unplaced_text issue names the zone's lines."""

from __future__ import annotations

from parsers.obec_progress.lists import garbage_zones
from schemas.document import Line
from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"
GARBAGE = "oe 0 ee a oo 0 oe ee 0 a :"
INDICATORS = "ดัชนีชี้วัดความสำเร็จ\nร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ\n"


def _page(n: int = 6) -> str:
    # a wordless line before the garbage, garbage with a wordless line and a line of one word between, one after
    body = [GARBAGE] * 3 + ["0 0รเวป 30 ee", "oe 580 รว 0 8จ8 ภา จัดการ ว รว 0"] + [GARBAGE] * (n - 3)
    return "\n".join(["เวสจไปซน", "0 0รเวป 30 ee", *body, "กลรร"]) + "\n"


def test_the_zone_takes_the_wordless_edges_and_the_lines_between():
    texts = ["ร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ", *_page().splitlines(), "๑. ครูมีความรู้ความเข้าใจเพิ่มขึ้น"]
    zones = garbage_zones([Line(k + 1, t) for k, t in enumerate(texts)])
    assert [(a, b) for a, b, _ in zones] == [(2, len(texts) - 1)]


def test_a_list_of_specks_and_words_is_no_zone():
    # short wordless lines alone (no run of garbage): nothing is left out
    texts = ["ร้อยละ ๘๐ ของผู้เข้าร่วม", "0 0รเวป 30 ee", "กลรร", "ได้ดำเนินการแล้ว"]
    assert garbage_zones([Line(k + 1, t) for k, t in enumerate(texts)]) == []


def test_a_spoilt_page_in_the_indicators_adds_no_item():
    spoilt = INDICATORS + _page() + "๒. ครูมีความรู้ความเข้าใจเพิ่มขึ้น\n"
    one = project(1, FY).replace(INDICATORS, spoilt)
    rows = run(report(fy=FY, projects=[one, project(2, FY)]))
    key = rows["projects"][0]["project_key"]
    got = [(t["seq"], t["text"]) for t in rows["targets"] if t["project_key"] == key and t["kind"] == "indicator"]
    assert got == [(1, "ร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ"), (2, "ครูมีความรู้ความเข้าใจเพิ่มขึ้น")]
    said = [i for i in rows["issues"] if i["code"] == "unplaced_text" and i["field"] == "targets"
            and "OCR garbage" in i["message"]]
    assert said and all(i["line_start"] <= i["line_end"] for i in said)
