"""Two classes of the fresh set s63z's OBEC reports.

A main activity's name the page wrapped just before a count ("...
ขับเคลื่อนโรงเรียนคุณภาพ" / "๑ อำเภอ ๑ โรงเรียนคุณภาพ"): a bare figure
and the unit it counts open no step, so the line is the name's wrap, not
the activity's progress (lists.opens_with_count, in
rounds.read_round_into's wrap of the name).  A step whose number lost its dot
("๑ ประชุม...") stays the progress.

A list under the outcomes that numbers its items again from 1 right
before the quality aspect's heading ("เชิงคุณภาพ"): the indicators'
heading and the quantity aspect's were both lost to OCR, and the items
from the second 1 are the quantity indicators (rounds.numbering_restart
in read_round), said by a label_inferred issue; the quantity aspect is the
aspect_order repair's, as before.
"""

from __future__ import annotations

from parsers.obec_progress.lists import opens_with_count
from parsers.obec_progress.rounds import numbering_restart
from schemas.document import Line
from tests.test_obec_ocr import project, report, run

NAME = "ขับเคลื่อนโรงเรียนคุณภาพ ๑ อำเภอ ๑ โรงเรียนคุณภาพ"


def _one(body: str) -> dict:
    """The report of one project, its lines apart (a blank line between each two, as OCR reads a page whose
    paragraphs stand apart) but where `body` joins two with a tab: those stand one under the other (a wrap)."""
    text = report(projects=[body]).replace("จำนวน 2 โครงการ", "จำนวน 1 โครงการ")
    return run("\n\n".join(text.splitlines()).replace("\t", "\n"))


def _activity(rows: dict) -> dict:
    return next(a for a in rows["activities"] if a["number"] == 1)


def named(under: str) -> str:
    """Project 1's body with main activity 1 named "ขับเคลื่อนโรงเรียนคุณภาพ" and the line `under` right under its
    name (a tab: one under the other), in place of its progress."""
    body = project(1, "๒๕๖๗").replace("กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\nได้ดำเนินการแล้ว เมื่อวันที่ ๑๕ มกราคม พ.ศ. "
                                       "๒๕๖๗ ณ ห้องประชุม\n", f"กิจกรรมหลักที่ ๑ ขับเคลื่อนโรงเรียนคุณภาพ\t{under}\n")
    assert under in body
    return body


def test_a_name_wrapped_before_a_count_is_the_name():
    activity = _activity(_one(named("๑ อำเภอ ๑ โรงเรียนคุณภาพ")))
    assert activity["text"] == NAME and activity["progress"] is None


def test_a_dotless_step_under_a_name_stays_the_progress():
    activity = _activity(_one(named("๑ ประชุมคณะกรรมการดำเนินงาน")))
    assert activity["text"] == "ขับเคลื่อนโรงเรียนคุณภาพ"
    assert activity["progress"] == "๑ ประชุมคณะกรรมการดำเนินงาน"


def test_a_count_opens_a_line_a_step_does_not():
    assert opens_with_count("๑ อำเภอ ๑ โรงเรียนคุณภาพ") and opens_with_count("2 ครั้ง")
    assert not opens_with_count("๑ ประชุมคณะกรรมการ") and not opens_with_count("๑. อำเภอ")
    assert not opens_with_count("อำเภอ ๑")


OUTCOMES = "1) ครูมีความรู้ความเข้าใจ\n2) ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ\n"
QUANTITY = ["ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๓๘ คน",
            "ร้อยละ ๘๐ ของโรงเรียนในสังกัดดำเนินการได้ตามเป้าหมาย"]
QUALITY = "ผู้เข้าร่วมโครงการมีความพึงพอใจในระดับมาก"


def _targets(indicators_heading: bool) -> dict:
    heading = "ดัชนีชี้วัดความสำเร็จ\n" if indicators_heading else ""
    body = project(1, "๒๕๖๗").replace(
        "ครูมีความรู้ความเข้าใจ\nดัชนีชี้วัดความสำเร็จ\nร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ\n",
        f"{OUTCOMES}{heading}1) {QUANTITY[0]}\n2) {QUANTITY[1]}\nเชิงคุณภาพ\n{QUALITY}\n")
    assert QUALITY in body
    return _one(body)


def test_a_list_numbered_again_before_the_quality_aspect_is_the_quantity_indicators():
    rows = _targets(indicators_heading=False)
    outcomes = [t["text"] for t in rows["targets"] if t["kind"] == "outcome"]
    indicators = [(t["seq"], t["aspect"], t["text"]) for t in rows["targets"] if t["kind"] == "indicator"]
    assert outcomes == ["ครูมีความรู้ความเข้าใจ", "ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ"]
    assert indicators == [(1, "quantity", QUANTITY[0]), (2, "quantity", QUANTITY[1]), (3, "quality", QUALITY)]
    said = [i for i in rows["issues"] if i["code"] == "label_inferred" and "again from 1" in i["message"]]
    assert len(said) == 1
    # the same list with the headings printed reads the same rows, no such issue
    whole = _targets(indicators_heading=True)
    assert [t for t in whole["targets"] if t["kind"] == "indicator"][0]["text"] == QUANTITY[0]
    assert not [i for i in whole["issues"] if i["code"] == "label_inferred" and "again from 1" in i["message"]]


def test_numbers_that_run_on_or_break_off_restart_nothing():
    lines = [Line(k, text) for k, text in enumerate(["1) ก ข", "2) ค ง", "1) จ ฉ"], 1)]
    assert numbering_restart(lines) == 2
    assert numbering_restart(lines[:2]) is None
    assert numbering_restart([Line(1, "1) ก"), Line(2, "1) ข")]) is None  # (no list of two before it)
    assert numbering_restart([Line(1, "2) ก"), Line(2, "3) ข"), Line(3, "1) ค")]) is None
