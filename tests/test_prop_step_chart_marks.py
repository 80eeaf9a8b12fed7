"""A proposal's action plan whose Gantt-chart marks OCR read as Thai letters in the cells after a step's words
("นิเทศ ติดตาม<tab>กทัพ ท", "โรงเรียน<tab>ท กถู"): a cell with three Thai letters in a row was kept as the step's
words, its text wrong (said by unknown_words, or not: "นิเทศ ติดตาม กทัพ ท การดำเนินงาน..." read as words).
Now short runs of Thai that are not dictionary words end to end are the chart's marks (steps._chart_marks)."""

from __future__ import annotations

from parsers.bma_proposal.steps import read_steps
from schemas.document import CopyReading
from tests.lines import numbered_lines


def _steps(*texts: str) -> list[str]:
    out = CopyReading(0, 1, 200)
    assert read_steps(numbered_lines(*texts, start=80), out)
    return [rec["text"].value for _, rec in sorted(out.tables["activities"].items())]


def test_the_charts_marks_ocr_read_as_thai_letters_after_a_tab_are_no_part_of_the_step():
    # the Gantt chart's marks beside a step's first line, read as letters ("กทัพ ท", "ท กถู") after a tab: before,
    # a cell with three Thai letters in a row was kept as the step's words ("นิเทศ ติดตาม กทัพ ท การดำเนินงานของ")
    assert _steps("๑. แต่งตั้ง\tร0", "คณะกรรมการดำเนินงาน", "๒. นิเทศ ติดตาม\tกทัพ ท", "การดำเนินงานของโรงเรียน",
                  "๓. โรงเรียน\tท กถู", "รายงานผล") == [
        "แต่งตั้ง คณะกรรมการดำเนินงาน", "นิเทศ ติดตาม การดำเนินงานของโรงเรียน", "โรงเรียน รายงานผล"]
    # a step's words a tab parts from its first cell stay the step's
    assert _steps("๑. แต่งตั้ง\tคณะกรรมการดำเนินงาน", "๒. สรุปผล\tและเผยแพร่ผลงาน") == [
        "แต่งตั้ง คณะกรรมการดำเนินงาน", "สรุปผล และเผยแพร่ผลงาน"]


def test_a_run_of_five_letters_with_a_mark_above_is_the_chart_s_marks_too():
    # three marks read as five letters and a vowel above ("ทกททฎิ", fresh set s56z bma_proposal_s56z002): a run
    # of six characters was taken for a step's misspelt word and kept in its text; the vowel takes no column
    assert _steps("๑. ขออนุมัติโครงการ", "๒. แต่งตั้งคณะกรรมการดำเนินงาน\tทกททฎิ", "๓. นิเทศ ติดตาม") == [
        "ขออนุมัติโครงการ", "แต่งตั้งคณะกรรมการดำเนินงาน", "นิเทศ ติดตาม"]
    # a longer run stays the step's (a misspelt word)
    assert _steps("๑. แต่งตั้ง\tคณะกรรมการดำเนนงาน")[0].endswith("คณะกรรมการดำเนนงาน")
