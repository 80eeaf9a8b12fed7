"""An OBEC section heading that OCR damaged, read in pieces over lines, and
the line before it, the last words of a main activity's name the page
wrapped, taken for its first piece (set o obec_progress_s29o004:
"กิจกรรมหลักที่ 3 ประชุมเชิงปฏิบัติการ...ตามกรอบ" / "การประเมิน PISA" /
"ความก้าวหน้าของโครงการที่ดํ กําเนินการกับแผน..."): the heading still
matched, fuzzily, with the words before it, and the words were lost from
the name, silently.  A first piece the other pieces read LEAD_GAIN closer
to the heading without, holding a Thai word, is another text's line
(parsers.anchors._foreign_first, in AnchorSet.pieced): it is no piece, and
stays the name's rest; a line of specks before a heading holds no word and
is no text's."""

from __future__ import annotations

from parsers.obec_progress.anchors import ANCHORS
from schemas.document import Line
from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"
ACTIVITY = "กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\nได้ดำเนินการแล้ว เมื่อวันที่ ๑๕ มกราคม พ.ศ. ๒๕๖๗ ณ ห้องประชุม\n"
ALIGNMENT = ("ความก้าวหน้าของโครงการที่ดำเนินการกับแผนแม่บทภายใต้ยุทธศาสตร์ชาติและยุทธศาสตร์ชาติหลัก\n"
             "ผลการดำเนินงานต่อเป้าหมายของยุทธศาสตร์ชาติ\nคนไทยมีการศึกษาที่มีคุณภาพ\n")
NAME = "กิจกรรมหลักที่ ๑ ประชุมเชิงปฏิบัติการพัฒนาสมรรถนะการคิดขั้นสูงตามกรอบ"


def _first_activity(heading: str) -> tuple[dict, list[str]]:
    # paragraphs stand apart (blank lines), as OCR gave them; the name's last words wrapped right under it
    one = project(1, FY).replace(ACTIVITY, "@ACTIVITY@\n" + ALIGNMENT)
    text = "\n\n".join(report(fy=FY, projects=[one, project(2, FY)]).split("\n"))
    text = text.replace("@ACTIVITY@\n\n" + "\n\n".join(ALIGNMENT.split("\n")),
                        f"{NAME}\nการประเมิน PISA\n\n{heading}\n\nผลการดำเนินงานต่อเป้าหมายของยุทธศาสตร์ชาติ"
                        "\n\nคนไทยมีการศึกษาที่มีคุณภาพ\n\n", 1)
    assert "@ACTIVITY@" not in text
    rows = run(text)
    key = rows["projects"][0]["project_key"]
    acts = [a for a in rows["activities"] if a["project_key"] == key]
    return acts[0], [a["text"] for a in rows["alignments"] if a["project_key"] == key]


def test_the_name_s_wrapped_words_taken_for_a_damaged_heading_s_first_piece_stay_the_name_s():
    # the alignments' heading OCR damaged and broke over two lines: read in pieces, the name's last words with them
    damaged = "ความก้าวหน้าของโครงการที่ดํ กําเนินการกับแผนแม่บทภายใต้ยุทธศาสตร์ชาติและ\nยุทธศาสตร์ชาติหลัก"
    act, aligns = _first_activity(damaged)
    assert act["text"].replace(" ", "") == "ประชุมเชิงปฏิบัติการพัฒนาสมรรถนะการคิดขั้นสูงตามกรอบการประเมินPISA"
    assert act["progress"] is None
    assert "คนไทยมีการศึกษาที่มีคุณภาพ" in aligns
    # the heading printed whole: the same reading
    act, _ = _first_activity(ALIGNMENT.split("\n")[0])
    assert act["text"].replace(" ", "") == "ประชุมเชิงปฏิบัติการพัฒนาสมรรถนะการคิดขั้นสูงตามกรอบการประเมินPISA"


def _joined(*texts: str) -> list[str]:
    return [ln.text for ln in ANCHORS.join_wrapped([Line(k + 1, t) for k, t in enumerate(texts)])]


def test_a_foreign_first_piece_is_no_piece_and_specks_are():
    broken = ("ความก้าวหน้าของโครงการที่ดํ กําเนินการกับแผนแม่บทภายใต้ยุทธศาสตร์ชาติและ", "ยุทธศาสตร์ชาติหลัก")
    assert _joined("การประเมิน PISA", *broken) == ["การประเมิน PISA", " ".join(broken)]
    # specks OCR left before the heading (no Thai word): no text's piece; its first line, over half of the heading,
    # now reads as the heading itself (AnchorSet._cut_heading, the hundred-and-twenty-fifth session), joined with
    # its rest, the specks standing alone before it (debris, as the clean-up reads them: the name above stays whole)
    assert _joined("ซ่ a", *broken) == ["ซ่ a", " ".join(broken)]
    act, _ = _first_activity("ซ่ a\n" + "\n".join(broken))
    assert act["text"].replace(" ", "") == "ประชุมเชิงปฏิบัติการพัฒนาสมรรถนะการคิดขั้นสูงตามกรอบการประเมินPISA"
    # a heading OCR broke into pieces that lost letters at the breaks: still one heading
    assert _joined("ชนีชี", "qv", "ดความสําเร็จ") == ["ชนีชี ดความสําเร็จ"]
