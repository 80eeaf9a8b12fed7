"""The action plan after OCR: a step whose number OCR read as letters with no dot ("fe" for ๗.) opens a
step when the chart marks its line (its marks in a cell after the step's words, as on every step's first
line), and not when its line is a wrapped line with no marks (parsers.bma_proposal.steps.read_steps)."""

from __future__ import annotations

from parsers.bma_proposal.steps import read_steps
from schemas.document import CopyReading, Line

_PLAN = ["1. แต่งตั้งคณะกรรมการดำเนินงาน\too", "2. จัดสรรงบประมาณให้โรงเรียนตามขนาด\too", "ของโรงเรียน",
         "3. จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน\tO", "4. โรงเรียนรายงานผลการดำเนินงาน\too"]


def _steps(last: str) -> list[str]:
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(no, text) for no, text in enumerate([*_PLAN, last, "เว็บไซต์"], start=1)], out)
    return [rec["text"].value for _, rec in sorted(out.tables["activities"].items())]


def test_a_step_number_read_as_letters_on_a_marked_row_opens_the_step():
    steps = _steps("fe สรุปผลการดำเนินงานและเผยแพร่ผลงานทาง\tod")
    assert len(steps) == 5 and steps[-1] == "สรุปผลการดำเนินงานและเผยแพร่ผลงานทาง เว็บไซต์"


def test_the_same_line_without_the_charts_marks_goes_on_from_the_step_above():
    steps = _steps("fe สรุปผลการดำเนินงานและเผยแพร่ผลงานทาง")
    assert len(steps) == 4 and steps[-1].startswith("โรงเรียนรายงานผลการดำเนินงาน fe สรุปผล")


def test_the_chart_s_row_of_month_titles_some_misread_as_latin_is_no_step_s_text():
    # "A.A. ... AW. ... WAL ... ก.ุค. ... กุย.": OCR read some month titles as Latin letters, so the row held a
    # Thai word and was read as the text before step 1 (joined with it, a word "A." read as its number)
    from tests.test_bma_proposal import PROPOSAL, run
    from tests.conftest import sample_text
    sample = sample_text(PROPOSAL)
    text = sample.replace("\t1. ขออนุมัติโครงการ", "A.A. พ.ย. ธ.ค. ม.ค. AW. มี.ค. เม.ย. WAL มิ.ย. ก.ุค. ส.ค. กุย.\n"
                                                  "\t1. ขออนุมัติโครงการ", 1)
    rows, orig = run(text), run(sample)
    assert [a["text"] for a in rows["activities"]] == [a["text"] for a in orig["activities"]]
    assert not [i for i in rows["issues"] if (i["field"] or "").startswith("activities")]


def _run_on(line: str) -> list[tuple[int, str]]:
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(1, line)], out)
    return [(seq, rec["text"].value) for seq, rec in sorted(out.tables["activities"].items())]


def test_a_step_number_inside_a_run_on_plan_read_as_letters_opens_its_step():
    # a plan printed on one line (extra2 z007 after OCR): "w." for ๒., ">." for ๓. between the steps
    steps = _run_on("1. แต่งตั้งคณะกรรมการดำเนินงาน OOO w. จัดสรรงบประมาณให้โรงเรียนตามขนาด / / >. "
                    "จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน 4. โรงเรียนรายงานผลการดำเนินงาน")
    assert [seq for seq, _ in steps] == [1, 2, 3, 4]
    assert steps[1][1].startswith("จัดสรรงบประมาณ") and steps[2][1] == "จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน"


def test_month_titles_misread_as_letters_in_a_run_on_plan_open_no_step():
    # "AW. มี.ค." in the chart's row run on before step 1: a month title, followed by another, not a step's words
    steps = _run_on("ธ.ค. ม.ค. AW. มี.ค. เม.ย. TA. ส.ค. 1. แต่งตั้งคณะกรรมการดำเนินงาน 2. จัดสรรงบประมาณให้โรงเรียน")
    assert [seq for seq, _ in steps] == [1, 2]
    assert steps[0][1] == "แต่งตั้งคณะกรรมการดำเนินงาน"


def test_round_chart_marks_read_as_zeros_or_letters_o_after_a_run_on_step_are_left_out():
    # held-out h007 after OCR: the chart's marks after a step of a plan run on in a line read "0 0", "o"
    steps = _run_on("1. แต่งตั้งคณะกรรมการดำเนินงาน 0 0 2. นิเทศ ติดตาม การดำเนินงานของโรงเรียน o")
    assert steps == [(1, "แต่งตั้งคณะกรรมการดำเนินงาน"), (2, "นิเทศ ติดตาม การดำเนินงานของโรงเรียน")]
    # a figure ending a step is its own ("ภายใน 100 วัน" aside, a number of several digits is no mark)
    assert _run_on("1. จัดซื้อวัสดุ 100 2. สรุปผลการดำเนินงาน")[0] == (1, "จัดซื้อวัสดุ 100")
