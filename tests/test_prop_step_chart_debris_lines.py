"""The action plan after OCR of a degraded Gantt chart: the chart's bars, grid and shading came out as whole
lines of debris ("0 วปะไน 2 05 va ues Ss", " 7 ก 0 3147901 - 3[ฝฮ[[ฝมฝ 0 11 Se", "oo. oo 080 า 0 : oe = 089"),
some opening with a figure or "oo." a step's number may be read as, and each became an activity (set s43z's
bma_proposal_s43z002: 25 activities for 6 steps), or ran on a step's text.  A line of many short tokens whose
letters dictionary words hardly cover (steps.garbled_line), or a shorter line of Thai letters that hold no word
at all, is left out of the steps, whole (a cut inside it would open a step of its debris), and said:
unplaced_text on the activities.  A step's line, its date, its words in English, stay."""

from __future__ import annotations

from parsers.bma_proposal.steps import garbled_line, read_steps
from schemas.document import CopyReading, Line

_PLAN = ["๑. จัดสรรงบประมาณให้โรงเรียนตามขนาด", "ของโรงเรียน",
         "๒. โรงเรียนรายงานแผนการจัดกิจกรรม",
         " 0 วปะไน 2 05 va ues Ss",
         "oo. oo 080 า 0  : oe = 089 0รรว ne Se ae oe 030 0 SG 8 So",
         " 7 ก 0 3147901 - 3[ฝฮ[[ฝมฝ 0 11  Se  งฮ0ว 1 1370ื 3388 ee",
         "รรรว         0รรวปว 0",
         "0 0 oo ay 0 50 ete 0 Lee  see ioe ก 0 Sune:  Cicer 22 0 ร pies a, วรห",
         "๓. จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน",
         "80 เห a 1 ee  0 0ล5ฐจฝ ' 0 กน 8จจ0]ฝ 0ไไ 0รรวรวป bee eee e - 0 รว",
         "๔. สรุปผลการดำเนินงาน"]


def test_lines_of_chart_debris_are_no_steps_and_are_said():
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(no, text) for no, text in enumerate(_PLAN, start=1)], out)
    steps = {seq: rec["text"].value for seq, rec in out.tables["activities"].items()}
    assert steps == {1: "จัดสรรงบประมาณให้โรงเรียนตามขนาด ของโรงเรียน", 2: "โรงเรียนรายงานแผนการจัดกิจกรรม",
                     3: "จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน", 4: "สรุปผลการดำเนินงาน"}
    said = [i for i in out.issues if i.code == "unplaced_text" and i.field == "activities"]
    assert len(said) == 1 and (said[0].line_start, said[0].line_end) == (4, 10)
    assert {ln.no for ln in out.unplaced} == {4, 5, 6, 7, 8, 10}


def test_a_step_s_lines_are_no_debris():
    for text in ("ระหว่างวันที่ ๑๐ - ๑๒ ก.ค. ๒๕๖๘", "๑๐ - ๑๒ ก.ค. ๒๕๖๘", "Google Classroom และ Line",
                 "PLC (Professional Learning Community)", "ส่งสำนักการศึ กษา", "เป็นระยะ ๆ", "ครั้งที่ ๑ และ ๒",
                 "นิเทศ ติดตาม การดำเนินงานของโรงเรียน", "จ ั ด อ บ ร ม เ ชิ ง ป ฏิ บั ติ ก า ร", "ผล ทาง ไป มา"):
        assert not garbled_line(text), text


def test_debris_whose_cells_a_column_gap_parts_is_left_out_whole():
    # the cells after the gap read as chart marks, the words before them too short to tell debris by; the whole
    # line is debris (set s41o's bma_proposal_s41o005: three extra activities after its last step)
    out = CopyReading(0, 1, 100)
    plan = ["๑. สรุปผลการดำเนินงาน", "2  รกร ๒7ฮฝ\t; 58 “ Sere ลร รัรซ์", "ร้อยละ ๘๐"]
    assert read_steps([Line(no, text) for no, text in enumerate(plan, start=1)], out)
    assert {seq: rec["text"].value for seq, rec in out.tables["activities"].items()} == {
        1: "สรุปผลการดำเนินงาน ร้อยละ ๘๐"}
    assert [ln.no for ln in out.unplaced] == [2]
