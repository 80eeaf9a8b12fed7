"""A heading's tail that the page wrapped onto a line of its own
("... สังคมแห่งชาติ" / "ฉบับที่ ๑๓"; 89 OBEC alignments of the worked sets'
OCR'd twins): the tail went to the text under the heading ("ฉบับที่ ๑๓
กำลังคนมีสมรรถนะสูง") and the plan lacked it, with no issue naming either.
AnchorSet.tail_apart puts a line that is only what the heading's anchor
allows to follow it (short, opening with its tail, no anchor opening it)
back after the heading that holds its whole line, whole or wrapped; a
bracketed list number, a long line and a heading followed by words of its
own are left alone."""

from __future__ import annotations

from parsers.obec_progress.anchors import ANCHORS
from schemas.document import Line
from tests.test_obec_ocr import report, run

NESDP = "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ"


def _joined(*texts: str) -> list[str]:
    return [ln.text for ln in ANCHORS.join_wrapped([Line(k + 1, t) for k, t in enumerate(texts)])]


def test_a_tail_alone_under_its_heading_joins_it():
    assert _joined(NESDP, "ฉบับที่ ๑๓", "กำลังคนมีสมรรถนะสูง") == [f"{NESDP} ฉบับที่ ๑๓", "กำลังคนมีสมรรถนะสูง"]
    # the heading's end lost at the page's edge ("...แห่ง"), matched fuzzily: the same
    assert _joined(NESDP[:-4], "ฉบับที 12", "x")[0] == f"{NESDP[:-4]} ฉบับที 12"
    # the heading itself wrapped, then its tail on a third line
    assert _joined(NESDP[:50], NESDP[50:], "ฉบับที่ ๑๓")[0] == f"{NESDP[:50]} {NESDP[50:]} ฉบับที่ ๑๓"
    assert _joined("เป้าหมายเชิงผลผลิต", "(Output)")[0] == "เป้าหมายเชิงผลผลิต (Output)"


def test_what_is_no_tail_alone_stays_its_own_line():
    # a list item whose number is bracketed; a tail that runs on into the text (where it ends nothing says)
    assert _joined("ดัชนีชี้วัดความสำเร็จ", "(1) ครู ๔๐ คน") == ["ดัชนีชี้วัดความสำเร็จ", "(1) ครู ๔๐ คน"]
    long = "ฉบับที่ ๑๓ กำลังคนมีสมรรถนะสูง สอดคล้องกับความต้องการของภาคการผลิต"
    assert _joined(NESDP, long) == [NESDP, long]
    # a heading with words of its own after it on its line; a heading whose anchor allows no tail
    assert _joined(f"{NESDP} ฉบับที่ ๑๓", "ฉบับที่ ๑๓") == [f"{NESDP} ฉบับที่ ๑๓", "ฉบับที่ ๑๓"]
    assert _joined("ขั้นตอนการดำเนินงาน", "ฉบับที่ ๑๓") == ["ขั้นตอนการดำเนินงาน", "ฉบับที่ ๑๓"]


def test_the_plan_keeps_its_edition_and_the_text_is_the_text_alone():
    text = report().replace(f"{NESDP} ฉบับที่ ๑๓", f"{NESDP}\nฉบับที่ ๑๓")
    rows = run(text)
    nesdp = [a for a in rows["alignments"] if "เศรษฐกิจ" in a["plan"]]
    assert len(nesdp) == 2
    assert all(a["plan"] == f"{NESDP} ฉบับที่ ๑๓" and a["text"] == "กำลังคนมีสมรรถนะสูง" for a in nesdp)
