"""A BMA proposal action-plan step whose row holds no word of the step: its number, maybe its first word read as
Latin letters ("une" for นิเทศ, "aq" for สรุป), and after a column gap only the Gantt chart's marks ("๕. une<tab>/ |!",
"๓. aq<tab>กภ 0"), the step's words on the lines below.  The clean-up took the row for OCR debris
(normalizers.furniture.is_ocr_noise: short tokens spread wide, no Thai word), so the step was lost and its words ran
into the step before (s29o s29o003, s33z s33z005, s34z s34z004).  Now (steps.steps_in_debris, the form's ROWS_READ
given to pipeline.clean.parser_lines) such a line is read as text where its step's words open the next text line
and its number, as OCR may have misread it, stands in sequence with the steps around it; steps.is_chart_text no
longer takes it for the chart's.  Debris that opens with a figure ("9. 9 r—~") has no chart marks alone after a
gap, or no step's words under it, or no steps around it, and stays debris."""

from __future__ import annotations

from parsers.bma_proposal import ROWS_READ
from parsers.bma_proposal.steps import is_chart_text, read_steps, steps_in_debris
from pipeline.clean import clean_lines, parser_lines
from schemas.document import CopyReading, Line

PLAN = ["6. แผนปฏิบัติการ",
        "ขั้นตอนการดำเนินงาน ปีงบประมาณ พ.ศ. ๒๕๖๙",
        "๓. โรงเรียน                / |!",
        "คัดสรรผล",
        "งานการนำเสนอ",
        "๕. une                     / |!",  # step 4: ๔ read as ๕, นิเทศ as Latin letters, the chart's marks
        "ติดตาม การ",
        "ดำเนินงานของ",
        "โรงเรียน",
        "5. โรงเรียน                           fof]",
        "รายงานผลการ",
        "ดำเนินงาน"]


def _lines(raw: list[str]) -> list[Line]:
    lines, _ = clean_lines("\n".join(raw) + "\n")
    return lines


def _steps(lines: list[Line]) -> list[tuple[int, str]]:
    out = CopyReading(0, 1, 100)
    assert read_steps(lines, out)
    return [(seq, rec["text"].value) for seq, rec in sorted(out.tables["activities"].items())]


def test_a_step_row_taken_for_debris_is_read_as_the_step():
    lines = _lines(PLAN)
    row = next(ln for ln in lines if ln.text.startswith("๕. une"))
    assert row.kind == "ocr_noise" and row.text == "๕. une\t/ |!"
    assert steps_in_debris(lines) == {row.no}
    read = parser_lines(lines, rows=ROWS_READ)
    assert any(ln.no == row.no and ln.kind == "text" for ln in read)
    steps = _steps([ln for ln in read if ln.no > 2])
    assert [seq for seq, _ in steps] == [3, 4, 5]
    assert steps[0][1] == "โรงเรียน คัดสรรผล งานการนำเสนอ"  # no longer holds step 4's words
    assert steps[1][1] == "นิเทศ ติดตาม การ ดำเนินงานของ โรงเรียน"  # its Latin word read as นิเทศ before ติดตาม (_LATIN_MISREADS)
    # without the form's hook the row stays debris and step 4 is lost
    assert [seq for seq, _ in _steps([ln for ln in parser_lines(lines) if ln.no > 2])] == [3, 5]


def test_a_first_step_row_with_its_number_alone_counts_on_the_next_step():
    lines = _lines(["1.        / | |/", "ขออนุมัติ", "โครงการ", "2. จัดสรร     |ป", "งบประมาณ"])
    assert steps_in_debris(lines) == {1}
    assert not is_chart_text("1.\t/ | |/") and is_chart_text("/ | |/")
    assert _steps(parser_lines(lines, rows=ROWS_READ)) == [(1, "ขออนุมัติ โครงการ"), (2, "จัดสรร งบประมาณ")]


def test_debris_that_is_no_step_row_stays_debris():
    def fires(raw: list[str]) -> set[int]:
        lines = _lines(raw)
        assert any(ln.kind == "ocr_noise" for ln in lines), raw
        return steps_in_debris(lines)
    steps = ["๓. โรงเรียน                / |!", "คัดสรรผล"]
    # OBEC page debris: no column gap before chart marks alone
    assert not fires([*steps, "9. 9 r—~   a  ~", "ติดตาม การ"])
    # the next text line is another step, not this step's words
    assert not fires([*steps, "๕. une                     / |!", "5. โรงเรียน  รายงานผล"])
    # no step numbered in digits around it
    assert not fires(["ข้อความ", "๕. une                     / |!", "ติดตาม การ"])
    # out of sequence: no reading of ๑ comes after step 3
    assert not fires([*steps, "๑. une                     / |!", "ติดตาม การ"])
    # a Thai word on the row: the clean-up keeps it as text, nothing to read back
    assert not steps_in_debris(_lines([*steps, "๕. นิเทศ                     / |!", "ติดตาม การ"]))


# A step's row whose number and first word OCR read as Latin letters ("ol. AGU<tab>/ /" for "๗. สรุป..."): no reading
# of its number fits, so it is read back only where its place is the one step missing (right after a step numbered in
# digits, before the next one after one more or before none; steps.numbered_marks(lettered=True), s54o s54o003).
LETTERED_PLAN = ["6. แผนปฏิบัติการ",
                 "ขั้นตอนการดำเนินงาน ปีงบประมาณ พ.ศ. ๒๕๖๙",
                 "5 โรงเรียน                       /",
                 "ดำเนินการ",
                 "จัดกิจกรรม",
                 "6. โรงเรียน        / /",
                 "คัดสรรผลงานการ",
                 "นำเสนอ",
                 "ol. AGU             / /",  # step 7: ๗ read "ol", สรุป read "AGU", the chart's marks
                 "ผลการดำเนินงาน",
                 "และเผยแพร่"]


def test_a_step_row_whose_number_is_letters_is_read_at_the_place_it_fills():
    lines = _lines(LETTERED_PLAN)
    row = next(ln for ln in lines if ln.text.startswith("ol."))
    assert row.kind == "ocr_noise"
    assert steps_in_debris(lines) == {row.no}
    steps = _steps([ln for ln in parser_lines(lines, rows=ROWS_READ) if ln.no > 2])
    assert [seq for seq, _ in steps] == [5, 6, 7]
    assert steps[1][1] == "โรงเรียน คัดสรรผลงานการ นำเสนอ"
    assert steps[2][1].endswith("ผลการดำเนินงาน และเผยแพร่")


def test_a_lettered_row_where_no_step_is_missing_stays_debris():
    # between steps 5 and 6 no number is missing: the row is no step's
    raw = LETTERED_PLAN[:5] + ["ol. AGU             / /", "ผลการดำเนินงาน"] + LETTERED_PLAN[5:8]
    assert not steps_in_debris(_lines(raw))
    # no step numbered in digits before it
    assert not steps_in_debris(_lines(["ข้อความ", "ol. AGU             / /", "ผลการดำเนินงาน"]))
