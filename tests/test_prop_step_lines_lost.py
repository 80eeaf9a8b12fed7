"""A proposal's action plan read from a Gantt chart whose step column is narrow (a line a word or two): OCR read
the chart's marks beside some of a step's lines as debris, or lost those lines whole, and the step came out
short, its words reading fine ("โรงเรียน คัดสรร... นักการศึกษา"), with no issue.  Where the document prints the
step's words elsewhere (its project model, an objective) with words between two of the step's lines that never
stand together there, the step's text is said to be in doubt (`unread_cells` on activities.text,
steps.lost_between).  A seam whose line before is one word, or whose rest the document repeats many times, says
nothing; a step read whole says nothing."""

from __future__ import annotations

from normalizers.text import skeleton
from parsers.bma_proposal.steps import ECHOES, lost_between, read_steps
from schemas.document import CopyReading
from tests.lines import numbered_lines

# the copy's other text: a project model that names the step's work in full
_MODEL = ("รูปแบบโครงการ : เป็นการอบรมครูแกนนำ แล้วให้ครูแกนนำคัดเลือกชิ้นงานของนักเรียนที่โดดเด่นที่สุด"
          "เพื่อเผยแพร่ต่อชุมชนและเครือข่ายผู้ปกครอง")


def _read(*texts: str, printed: str = skeleton(_MODEL)) -> CopyReading:
    out = CopyReading(0, 1, 200)
    assert read_steps(numbered_lines(*texts, start=60), out, printed)
    return out


def _lost(out: CopyReading) -> list[tuple[str, int, int]]:
    return [(i.field, i.line_start, i.line_end) for i in out.issues if i.code == "unread_cells"]


def test_a_step_whose_middle_lines_ocr_lost_is_said():
    out = _read("๑. อบรมครูแกนนำ", "๒. ครูแกนนำ      ป ปม", "คัดเลือกชิ้นงาน", "", "เผยแพร่ต่อชุมชน", "๓. สรุปผลการดำเนินงาน")
    texts = {seq: rec["text"].value for seq, rec in out.tables["activities"].items()}
    assert texts[2] == "ครูแกนนำ คัดเลือกชิ้นงาน เผยแพร่ต่อชุมชน"  # kept as read
    assert _lost(out) == [("activities.text", 61, 64)]


def test_a_line_of_debris_standing_where_the_lines_were_is_said_too():
    out = _read("๑. อบรมครูแกนนำ", "๒. ครูแกนนำ", "คัดเลือกชิ้นงาน", "๑7  ร3", "เผยแพร่ต่อชุมชน", "๓. สรุปผลการดำเนินงาน")
    assert _lost(out) == [("activities.text", 61, 64)]


def test_a_step_read_whole_says_nothing():
    out = _read("๑. อบรมครูแกนนำ", "๒. ครูแกนนำ", "คัดเลือกชิ้นงาน", "ของนักเรียนที่โดดเด่นที่สุด", "เพื่อเผยแพร่ต่อชุมชน",
                "๓. สรุปผลการดำเนินงาน")
    assert _lost(out) == []
    # nor without the document's other text
    assert _lost(_read("๑. อบรมครูแกนนำ", "๒. ครูแกนนำ", "คัดเลือกชิ้นงาน", "เผยแพร่ต่อชุมชน", printed="")) == []


def test_a_one_word_line_or_a_phrase_the_document_repeats_is_no_evidence():
    # "โรงเรียน" stands before anything in a school's proposal: a line of one word is no seam
    printed = skeleton("โรงเรียนในสังกัดจำนวนแปดแห่ง จัดทำรายงานผลการดำเนินงาน")
    assert lost_between(["โรงเรียน", "รายงานผลการดำเนินงาน"], printed) is None
    # the step's rest printed more than ECHOES times is the document's theme, not this step's echo
    theme = "ส่งเสริมการอ่านออกเขียนได้"
    printed = skeleton("จัดกิจกรรมเพื่อพัฒนาและ" + theme + ("และ" + theme) * ECHOES)
    assert lost_between(["จัดกิจกรรมเพื่อพัฒนา", theme], printed) is None
    assert lost_between(["จัดกิจกรรมเพื่อพัฒนา", theme], skeleton("จัดกิจกรรมเพื่อพัฒนาครูและ" + theme)) == skeleton("ครูและ")


def test_a_line_of_marks_or_debris_inside_a_step_is_said_without_the_words_printed_elsewhere():
    # "โรงเรียน / คัดสรรสื่อ / ev = / นักการศึกษา": OCR read the cell's "การเรียนรู้... ส่งสำ" as marks there; the
    # document prints the words nowhere else, and the step's text reads fine
    out = _read("๔. จัดอบรมครู", "๕. โรงเรียน", "", "คัดสรรสื่อ", "", "ev\t=", "", "นักการศึกษา", "๖. นิเทศ ติดตาม",
                printed="")
    texts = {seq: rec["text"].value for seq, rec in out.tables["activities"].items()}
    assert texts[5] == "โรงเรียน คัดสรรสื่อ นักการศึกษา"  # kept as read
    assert _lost(out) == [("activities", 61, 67)]
    # the chart's marks beside a step's first line, or after its last, say nothing
    out = _read("๔. จัดอบรมครู", "๕. โรงเรียน", "ev\t=", "คัดสรรสื่อ", "นักการศึกษา", "LJ", "๖. นิเทศ ติดตาม", printed="")
    assert _lost(out) == []
