"""The success indicators' heading lost, no aspect under it (s77o's
obec_progress_s77o001, project 2's second quarter: "เป้าหมายเชิงผลลัพธ์
(Outcome)" / "ผู้เรียนได้รับการพัฒนา..." / "๑. ผู้บริหารสถานศึกษา..." /
"๒. สามารถดำเนินการประชุม..."): the outcomes' list numbers its items
again from 1 after its own (one item printed without a number, as the form
prints a list of one, or items numbered 1, 2, ...), and the round prints no
indicators: the items from the second 1 are the indicators
(rounds.indicators_renumbered in read_round), said by a label_inferred
issue.  Before, they were read as outcomes 2 and 3, and the indicators lost.
"""

from __future__ import annotations

from parsers.obec_progress.rounds import indicators_renumbered
from schemas.document import Line
from tests.test_obec_count_wrap_and_restart import _one
from tests.test_obec_ocr import project

OUTCOME = "ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ มีทักษะที่จำเป็นในศตวรรษที่ ๒๑"
INDICATORS = ["ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๓๘ คน",
              "สามารถดำเนินการประชุมคณะกรรมการ เดือนละ ๑ ครั้ง"]


def _rows(outcomes: str, heading: bool) -> dict:
    body = project(1, "๒๕๖๗").replace(
        "ครูมีความรู้ความเข้าใจ\nดัชนีชี้วัดความสำเร็จ\nร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ\n",
        f"{outcomes}{'ดัชนีชี้วัดความสำเร็จ' + chr(10) if heading else ''}"
        f"๑. {INDICATORS[0]}\n๒. {INDICATORS[1]}\n")
    assert INDICATORS[1] in body
    return _one(body)


def _said(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "label_inferred" and "again from 1" in i["message"]]


def test_a_list_numbered_again_after_one_outcome_is_the_indicators():
    rows = _rows(f"{OUTCOME}\n", heading=False)
    outcomes = [t["text"] for t in rows["targets"] if t["kind"] == "outcome"]
    indicators = [(t["seq"], t["text"]) for t in rows["targets"] if t["kind"] == "indicator"]
    assert outcomes == [OUTCOME]
    assert indicators == [(1, INDICATORS[0]), (2, INDICATORS[1])]
    assert len(_said(rows)) == 1
    # with the heading printed: the same rows, no such issue
    whole = _rows(f"{OUTCOME}\n", heading=True)
    assert [(t["seq"], t["text"]) for t in whole["targets"] if t["kind"] == "indicator"] == indicators
    assert not _said(whole)


def test_a_list_numbered_again_after_numbered_outcomes_is_the_indicators():
    rows = _rows(f"๑. {OUTCOME}\n๒. ครูมีความรู้ความเข้าใจ\n", heading=False)
    assert [t["text"] for t in rows["targets"] if t["kind"] == "outcome"] == [OUTCOME, "ครูมีความรู้ความเข้าใจ"]
    assert [t["text"] for t in rows["targets"] if t["kind"] == "indicator"] == INDICATORS
    assert len(_said(rows)) == 1


def test_numbers_that_prove_no_second_list_split_nothing():
    def lines(*texts: str) -> list[Line]:
        return [Line(k, text) for k, text in enumerate(texts, 1)]
    assert indicators_renumbered(lines(OUTCOME, "๑. ก ข ค", "๒. ง จ ฉ")) == 1
    assert indicators_renumbered(lines("๑. ก ข", "๒. ค ง", "๑. จ ฉ", "๒. ช ซ")) == 2
    assert indicators_renumbered(lines("๑. ก ข ค", "๒. ง จ ฉ")) is None  # (one list)
    assert indicators_renumbered(lines("(Outcome)", "๑. ก ข ค", "๒. ง จ ฉ")) is None  # (a heading's tail, no item)
    assert indicators_renumbered(lines(OUTCOME, "๑. ก ข ค")) is None  # (one item after: a 2 misread, or the list's)
    assert indicators_renumbered(lines("๑. ก ข", "๑. ค ง", "๒. จ ฉ")) is None  # (one item numbered before it)
    assert indicators_renumbered(lines(OUTCOME, "๑. ก ข ค", "๒. ง จ ฉ", "๔. ช")) is None  # (numbers break off)
