"""A BMA proposal action-plan step whose row holds its number with the dot OCR lost, its first word read as Latin
letters and, after a column gap, the Gantt chart's marks alone ("5 una<tab>ป [|]" for "๕. นิเทศ"): the clean-up
takes the row for OCR debris, and steps.numbered_marks read only a number with its dot, so the row stayed debris,
the step was lost (missing_row) and its words ran into the step before (fresh set s65z, bma_proposal_s65z001: step
4 'จัดอบรม ... ติดตาม การ ดำเนินงานของ โรงเรียน').  Now the number with no dot is read where a Latin word stands
after it (a figure alone before the gap is still none), and the row opens its step (steps._DOTLESS_OPENER_RE in
read_steps) where it stands in sequence with the steps around it, as a dotted one does."""

from __future__ import annotations

from parsers.bma_proposal import ROWS_READ
from parsers.bma_proposal.steps import numbered_marks, read_steps, steps_in_debris
from pipeline.clean import clean_lines, parser_lines
from schemas.document import CopyReading, Line

PLAN = ["6. แผนปฏิบัติการ",
        "ขั้นตอนการดำเนินงาน ปีงบประมาณ พ.ศ. 2569",
        "4. จัดอบรม                       []",
        "เชิงปฏิบัติการ",
        "ให้แก่ครูผู้สอน",
        "5 une                         ป [|]",  # step 5: its dot lost, นิเทศ read as Latin letters, the chart's marks
        "ติดตาม การ",
        "ดำเนินงานของ",
        "โรงเรียน",
        "6. โรงเรียน                           LI",
        "รายงานผลการ",
        "ดำเนินงาน"]


def _lines(raw: list[str]) -> list[Line]:
    lines, _ = clean_lines("\n".join(raw) + "\n")
    return lines


def _steps(lines: list[Line]) -> list[tuple[int, str]]:
    out = CopyReading(0, 1, 100)
    assert read_steps(lines, out)
    return [(seq, rec["text"].value) for seq, rec in sorted(out.tables["activities"].items())]


def test_a_step_row_whose_number_lost_its_dot_is_read_as_the_step():
    lines = _lines(PLAN)
    row = next(ln for ln in lines if ln.text.startswith("5 une"))
    assert row.kind == "ocr_noise"
    assert numbered_marks(row.text) == "5"
    assert steps_in_debris(lines) == {row.no}
    steps = _steps([ln for ln in parser_lines(lines, rows=ROWS_READ) if ln.no > 2])
    assert [seq for seq, _ in steps] == [4, 5, 6]
    assert steps[0][1] == "จัดอบรม เชิงปฏิบัติการ ให้แก่ครูผู้สอน"  # no longer holds step 5's words
    assert steps[1][1] == "นิเทศ ติดตาม การ ดำเนินงานของ โรงเรียน"  # its Latin word read as นิเทศ before ติดตาม (_LATIN_MISREADS)


def test_a_figure_alone_before_the_marks_or_a_step_out_of_sequence_is_no_step_row():
    assert numbered_marks("5\tป [|]") is None  # no dot and no word: a figure of the text
    assert numbered_marks("๐\tza\t1\tเมร\t๕") is None  # letters after a gap: the chart's cells
    # out of sequence: no step 9 between steps 4 and 6
    raw = PLAN[:5] + ["9 une                         ป [|]"] + PLAN[6:]
    assert not steps_in_debris(_lines(raw))
