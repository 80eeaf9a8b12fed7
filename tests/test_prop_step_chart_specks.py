"""The action plan after OCR: the Gantt chart's bars beside a step, read by the Thai model as letters ("บฎิ",
"แแแ", "ป ปมป", "กทัพ ท") or with a digit or a quote ("ก\\"0 ก ก"), stood in the step's text, silently (the
words around them read right): a cell after a column gap that is chart marks alone (steps.chart_cell: Thai
clusters of three consonants at most that are no dictionary word, marks with a digit or symbol, short Latin
tokens, a figure of a digit or two), the last tokens of a step's line that are such clusters of two characters
at most (steps._trailing_specks), and a line of such cells alone (steps._chart_row) are the chart's, left out.
A step's words, a word's piece a space cut off ("การศึ กษา"), a short word ("ผล"), "ๆ" and a month's
abbreviation stay; a figure alone with one mark beside it is a step's number whose dot OCR lost, and stays."""

from __future__ import annotations

from parsers.bma_proposal.steps import chart_cell, is_chart_text, read_steps, step_text
from schemas.document import CopyReading, Line


def _steps(lines: list[str]) -> list[str]:
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(no, text) for no, text in enumerate(lines, start=1)], out)
    return [rec["text"].value for _, rec in sorted(out.tables["activities"].items())]


def test_chart_marks_read_as_letters_after_a_column_gap_leave_the_step():
    steps = _steps(["1. ขออนุมัติโครงการ\tบฎิ", "และขออนุมัติเงินจัดสรร",
                    "2. แต่งตั้ง\tป ปมป", "คณะกรรมการ", "ดำเนินงาน",
                    "3. นิเทศ ติดตาม\tกทัพ ท", "การดำเนินงานของ", "โรงเรียน",
                    "4. จัดอบรม\tGon eo", "เชิงปฏิบัติการ"])
    assert steps == ["ขออนุมัติโครงการ และขออนุมัติเงินจัดสรร", "แต่งตั้ง คณะกรรมการ ดำเนินงาน",
                     "นิเทศ ติดตาม การดำเนินงานของ โรงเรียน", "จัดอบรม เชิงปฏิบัติการ"]


def test_marks_at_a_step_s_line_end_without_a_gap_leave_it():
    assert _steps(["1. แต่งตั้ง ป แป", "คณะกรรมการดำเนินงาน",
                   "2. นิเทศ ติดตาม การดำเนินงานของโรงเรียน ก\"0 ก ก"]) == [
        "แต่งตั้ง คณะกรรมการดำเนินงาน", "นิเทศ ติดตาม การดำเนินงานของโรงเรียน"]


def test_a_line_of_chart_marks_alone_is_no_step_s_text():
    # the chart's bar broken over the months, on a line of its own under step 4 and before step 5
    steps = _steps(["4. นิเทศ ติดตาม การดำเนินงานของโรงเรียน", "oA\t1\tเธร\t๕",
                    "5. สรุปผลการดำเนินงาน"])
    assert steps == ["นิเทศ ติดตาม การดำเนินงานของโรงเรียน", "สรุปผลการดำเนินงาน"]
    assert is_chart_text("๐\tza\t1\tเมร\t๕")


def test_words_pieces_and_short_words_stay():
    for text in ("สรุป ผล", "ส่งสำนักการศึ กษา", "เป็นระยะ ๆ", "ภายในเดือน ก.ค.", "ครั้งที่ ๑",
                 "การดำเนินงาน\tของโรงเรียนในสังกัด"):
        assert step_text(text) == text.replace("\t", " ")
    assert not chart_cell("ของโรงเรียน") and not chart_cell("ผล ทาง")


def test_a_figure_beside_one_mark_stays_a_step_s_number():
    # "0<tab>แปป": step ๑'s number, its dot lost, and the chart's bar: the line is kept as read (a figure and a text)
    assert not is_chart_text("0\tแปป")
    assert step_text("0\tแปป") == "0 แปป"
