"""A BMA proposal action-plan step whose number OCR read as letters or a symbol with no dot ("ie  โรง เรียน
รายงานผลการดำเนินงาน" for "7. โรงเรียนรายงาน...", "> โรงเรียนรายงานแผน..." for "๒."), in a plan whose chart
printed no marks beside it (no tab cells): the line opened no step, so its text ran into the step before it
and its own step was lost (k s21k005, x s25x003, prop25/set1 prop25a007).  Now (steps._in_gap) where the
steps' printed numbers skip exactly one (6 then 8, no step between) and one line between them opens with
such a token and Thai words (numbering.lost_step_opener), that line opens the skipped step.  A gap of two
numbers, two such lines in it, or a line after the last step, and it stays text of the step before."""

from __future__ import annotations

from parsers.bma_proposal.steps import read_steps
from schemas.document import CopyReading, Line


def _read(lines: list[str]) -> list[tuple[int, str]]:
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(no, text) for no, text in enumerate(lines, start=1)], out)
    return [(seq, rec["text"].value) for seq, rec in sorted(out.tables["activities"].items())]


def test_a_step_whose_number_reads_as_letters_where_one_number_is_skipped():
    steps = _read(["5. โรงเรียนดำเนินการจัดกิจกรรมเพื่อส่งเสริมคุณธรรม",
                   "6. นิเทศ ติดตาม การดำเนินงานของโรงเรียน",
                   "ie  โรง เรียนรายงานผลการดำเนินงาน",
                   "8. สรุปผลการดำเนินงานและเผยแพร่ผลงานทางเว็บไซต์"])
    assert steps == [(5, "โรงเรียนดำเนินการจัดกิจกรรมเพื่อส่งเสริมคุณธรรม"), (6, "นิเทศ ติดตาม การดำเนินงานของโรงเรียน"),
                     (7, "โรง เรียนรายงานผลการดำเนินงาน"), (8, "สรุปผลการดำเนินงานและเผยแพร่ผลงานทางเว็บไซต์")]
    steps = _read(["๑. จัดสรรงบประมาณให้โรงเรียนตามขนาด", "ของโรงเรียน",
                   "> โรงเรียนรายงานแผนการจัดกิจกรรมตามโครงการ", "งบประมาณส่ง สำนักการศึกษา",
                   "3. จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน"])
    assert [seq for seq, _ in steps] == [1, 2, 3]
    assert steps[1][1] == "โรงเรียนรายงานแผนการจัดกิจกรรมตามโครงการ งบประมาณส่ง สำนักการศึกษา"


def test_no_skipped_number_or_a_wider_gap_leaves_the_line_as_text():
    for last in ("7.", "9."):  # no number skipped; two skipped
        steps = _read(["6. นิเทศ ติดตาม การดำเนินงานของโรงเรียน",
                       "ie  โรง เรียนรายงานผลการดำเนินงาน",
                       f"{last} สรุปผลการดำเนินงานและเผยแพร่ผลงานทางเว็บไซต์"])
        assert len(steps) == 2 and "รายงานผล" in steps[0][1], last
    # two such lines in the gap: which opens the step cannot be told
    steps = _read(["6. นิเทศ ติดตาม การดำเนินงานของโรงเรียน", "ie  โรง เรียนรายงานผลการดำเนินงาน",
                   "ab  ผลงานทางเว็บไซต์", "8. สรุปผลการดำเนินงานและเผยแพร่ผลงานทางเว็บไซต์"])
    assert len(steps) == 2 and "รายงานผล" in steps[0][1] and "ผลงานทางเว็บไซต์" in steps[0][1]
