"""A plan run on in lines (the form's steps and the Gantt chart's marks one after another, the page wrapping
anywhere): a step's number that ends a line, its words on the next ("... สำนักการศึกษา ๕." / "จัดอบรม...", a ๔
read ๕; "... 0 0 ©." / "จัดสรร...", a ๓ read as a look-alike), or whose dot OCR lost right after the chart's
marks ("... ครูผู้สอน / 4 โรงเรียน..."), opens its step (parsers.bma_proposal.steps.explode_steps).  A figure
inside a step's words that no mark stands before, or a number ending a line whose next line opens with no
words, opens none."""

from __future__ import annotations

from parsers.bma_proposal.steps import read_steps
from schemas.document import CopyReading, Line


def _steps(lines: list[str]) -> list[tuple[int, str]]:
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(no, text) for no, text in enumerate(lines, start=1)], out)
    return [(seq, rec["text"].value) for seq, rec in sorted(out.tables["activities"].items())]


def test_a_step_number_ending_a_line_opens_the_step_on_the_next_line():
    # set4 s19prd007 after OCR: ๔ read ๕ at a line's end; the step was read into step 3's text
    steps = _steps(["๑. แต่งตั้งคณะกรรมการดำเนินงาน ๒. จัดสรรงบประมาณให้โรงเรียนตามขนาด ของโรงเรียน ๓. โรงเรียนรายงานแผนการ",
                    "จัดกิจกรรมตามโครงการและแผนการใช้จ่ายงบประมาณส่ง สำนักการศึกษา ๕.",
                    "",
                    "จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน ๕. โรงเรียนดำเนินการจัดกิจกรรมเพื่อส่งเสริม"])
    assert [seq for seq, _ in steps] == [1, 2, 3, 4, 5]
    assert steps[2][1] == "โรงเรียนรายงานแผนการ จัดกิจกรรมตามโครงการและแผนการใช้จ่ายงบประมาณส่ง สำนักการศึกษา"
    assert steps[3][1] == "จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน"


def test_a_look_alike_step_number_ending_a_line_opens_the_step_on_the_next_line():
    # pr24/set2 pr24b007 after OCR: "©." for ๓. after the chart's marks, at a line's end
    steps = _steps(["๑. ขออนุมัติโครงการ และขออนุมัติเงินจัดสรร 0 ๒. แต่งตั้งคณะกรรมการดำเนินงาน 0 0 ©.",
                    "จัดสรรงบประมาณให้โรงเรียนตามขนาด ของโรงเรียน 0 ๔. โรงเรียนรายงานผลการดำเนินงาน"])
    assert [seq for seq, _ in steps] == [1, 2, 3, 4]
    assert steps[1][1] == "แต่งตั้งคณะกรรมการดำเนินงาน"
    assert steps[2][1] == "จัดสรรงบประมาณให้โรงเรียนตามขนาด ของโรงเรียน"


def test_a_step_number_without_its_dot_after_the_chart_s_marks_opens_its_step():
    # pr2_24/set2 pr2s24b007 after OCR: "/ 4 โรงเรียน..." (the dot lost), run on after step 3's words and marks
    steps = _steps(["1. แต่งตั้งคณะกรรมการดำเนินงาน / 2. โรงเรียนรายงานแผนการจัดกิจกรรมตามโครงการ / /",
                    "3. จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน / 4 โรงเรียนดำเนินการจัดกิจกรรมเพื่อส่งเสริมสุขภาวะ"])
    assert [seq for seq, _ in steps] == [1, 2, 3, 4]
    assert steps[2][1] == "จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน"
    assert steps[3][1] == "โรงเรียนดำเนินการจัดกิจกรรมเพื่อส่งเสริมสุขภาวะ"


def test_a_figure_in_a_step_s_words_or_a_number_before_no_words_opens_no_step():
    # a count inside a step's words, no chart mark before it: the step's text, not step 2
    steps = _steps(["1. จัดอบรมครูผู้สอนจำนวน 2 โรงเรียนในสังกัดสำนักงานเขตทุ่งครุ ตามแผนที่กำหนด",
                    "2. โรงเรียนรายงานผลการดำเนินงาน"])
    assert steps == [(1, "จัดอบรมครูผู้สอนจำนวน 2 โรงเรียนในสังกัดสำนักงานเขตทุ่งครุ ตามแผนที่กำหนด"),
                     (2, "โรงเรียนรายงานผลการดำเนินงาน")]
    # a number ending a line whose next line opens with no words (the chart's month titles) stays where it is
    steps = _steps(["1. แต่งตั้งคณะกรรมการดำเนินงาน 2. จัดสรรงบประมาณให้โรงเรียนตามขนาด ของโรงเรียน 3.",
                    "ต.ค. พ.ย. ธ.ค.",
                    "โรงเรียนรายงานผลการดำเนินงาน"])
    assert [seq for seq, _ in steps] == [1, 2]
