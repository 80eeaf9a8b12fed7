"""BMA proposals after OCR whose values went wrong with no issue naming them (fresh set s66o):

- a page's running header that prints the project's title and then the agency ("โครงการ<name>
  สำนักงานเขต<district>", wrapped over two lines), a table rule beside it read as "|" ("(Active<tab>|"): no
  copy of it repeated letter for letter, the clean-up kept it, and it ran on into a KPI's method
  (read._title_lines: the title and the agency after it is a header too, a "|" no letter of it);
- a step's row of the action plan whose month marks OCR read as lone figures and then a mark ("๑. แต่งตั้ง  2 1 !"):
  the figures stayed in the step's text (steps.step_text: two or more lone figures right before the marks
  cut off are marks too).
"""

from __future__ import annotations

from normalizers.text import skeleton
from parsers.bma_proposal.read import _title_lines, drop_running_title
from parsers.bma_proposal.steps import step_text
from parsers.reader import Parts
from schemas.document import Line
from tests.lines import numbered_lines

_NAME = "ส่งเสริมการอ่านเชิงรุก (Active Reading) ในโรงเรียนสังกัดสำนักงานเขตบางพลัด"


def test_a_running_title_with_the_agency_after_it_and_a_rule_read_as_a_bar_is_furniture():
    parts = Parts(fields=[("name", _NAME, 2, 2), ("unit", "ฝ่ายการศึกษา สำนักงานเขตบางพลัด", 3, 3)],
                  sections={"s10_1": numbered_lines(
                      "- เครื่องมือที่ใช้ในการวัด แบบรายงานผลการดำเนินงาน",
                      "โครงการส่งเสริมการอ่านเชิงรุก (Active\t|",
                      "Reading) ในโรงเรียนสังกัดสํานักงานเขตบางพลัด สํานักงานเขตบางพลัด",
                      "ภายในปีงบประมาณ ๒๕๖๖", start=40)})
    drop_running_title(parts)
    assert [ln.text for ln in parts.sections["s10_1"]] == ["- เครื่องมือที่ใช้ในการวัด แบบรายงานผลการดำเนินงาน",
                                                          "ภายในปีงบประมาณ ๒๕๖๖"]
    assert [ln.no for ln in parts.furniture] == [41, 42]


def test_the_title_and_another_agency_or_more_words_stays():
    sk = skeleton(_NAME)
    title = skeleton("โครงการ") + sk
    titles = (title, sk, title + skeleton("สำนักงานเขตบางพลัด"))
    other = [Line(1, "โครงการส่งเสริมการอ่านเชิงรุก (Active Reading) ในโรงเรียนสังกัดสำนักงานเขตบางพลัด สำนักงานเขตดุสิต"
                     " และโรงเรียนอื่น ๆ ที่ร่วมโครงการในปีนี้")]
    assert _title_lines(other, titles) == set()
    # without the agency known, the title with it after stays (no header of that shape is looked for)
    assert _title_lines(numbered_lines("โครงการส่งเสริมการอ่านเชิงรุก (Active", "Reading) ในโรงเรียนสังกัด"
                                       "สำนักงานเขตบางพลัด สำนักงานเขตบางพลัด"), titles[:2]) == set()


def test_lone_figures_before_a_steps_chart_marks_are_marks():
    assert step_text("1. แต่งตั้ง  2 1 !") == "1. แต่งตั้ง"
    # a figure of the step's words stays: one alone, or figures with no mark cut after them
    assert step_text("๓. จัดอบรมรุ่นที่ 1 / /") == "๓. จัดอบรมรุ่นที่ 1"
    assert step_text("๓. จัดอบรม 2 1") == "๓. จัดอบรม 2 1"
