"""BMA progress entries as a table run on in a paragraph whose date row OCR damaged past the shapes it is parted by
(a whole date, or a day, a month's word and a year): a year read as Latin letters ("๒๓ เม.ย. DD"), a year of six
characters ("๒๕๒9๒อ"), a whole date whose parts OCR garbled ("๒๕/6๓"), a date's day carried to the line before
its month (fresh sets s71b010, s73o004, s69o010).  The row gave no report its date (entry_cell_in_doubt), though
its dates stood one per report.  The row is read by its anchors (each whole date's token a date, each month's name
a date with its day before it and its year after it where the row's shape singles them out), left to right, when
that gives one date per report and the dates whose years are printed whole fall in order; each report is given
its date as printed (its repairs read it or say it unread) and the parting is said (label_inferred).  A row whose
parts could go either way, or whose count or order does not agree, stays unparted, said as before."""

from parsers.bma_progress.transposed import _dates_by_anchors, untranspose_with_doubts
from schemas.document import Line
from tests.conftest import entries_by_header


def _table(dates: str, n: int = 4) -> list[str]:
    heads = " ".join(f"ครั้งที่ {k}" for k in range(1, n + 1))
    return [f"{heads} วันที่รายงาน {dates}",
            "รายละเอียดการดำเนินงาน จัดทำโครงการเพื่อขออนุมัติ",
            f"ความก้าวหน้าของงานฯ {' '.join(f'{10 * k}.0%' for k in range(1, n + 1))}",
            f"งบประมาณที่เบิกใช้ {' '.join('0 บาท' for _ in range(n))}",
            f"ความสอดคล้องกับแผน {' '.join('เป็นไปตามแผน' for _ in range(n))}",
            f"ความสอดคล้องกับเป้าหมาย {' '.join('เป็นไปตามเป้าหมาย' for _ in range(n))}"]


def _read(lines):
    return untranspose_with_doubts([Line(no, t) for no, t in enumerate(lines, start=48)])


def test_whole_dates_and_months_with_their_parts_part_the_row():
    assert _dates_by_anchors("่อ/๑๒/๒๕๒๕ ๒๓/๑/ออ ๑ มี.ค. ๒๕๒๒\n๒๓ เม.ย. DD", 4) == [
        "่อ/๑๒/๒๕๒๕", "๒๓/๑/ออ", "๑ มี.ค. ๒๕๒๒", "๒๓ เม.ย. DD"]
    assert _dates_by_anchors("10/๕/๒3 ๒\n\nมิถุนายน 2563 ๒ กรกฎาคม ๒๓ ๒๕/6๓", 4) == [
        "10/๕/๒3", "๒ มิถุนายน 2563", "๒ กรกฎาคม ๒๓", "๒๕/6๓"]


def test_a_row_that_does_not_single_out_its_parts_or_count_stays_unparted():
    assert _dates_by_anchors("๕ มี.ค. ๒๕ เม.ย. ๒๕๖๖", 2) is None  # ๒๕: March's year or April's day
    assert _dates_by_anchors("๑ มี.ค. ๒๕๖๖ ๕ เม.ย. ๒๕๖๖", 3) is None  # two dates for three reports
    assert _dates_by_anchors("๑ มี.ค. ๒๕๖๖ ๕ เม.ย. ๒๕๖๖ ๑๒", 2) is None  # a part no anchor can take
    assert _dates_by_anchors("๑ เม.ย. ๒๕๖๖ ๕ มี.ค. ๒๕๖๖", 2) is None  # out of order
    assert _dates_by_anchors("๑ มี.ค. ๒๕๖๖ สำนักการศึกษา ๕ เม.ย. ๒๕๖๖", 2) is None  # other text among them
    assert _dates_by_anchors("27 ธันวาคม 2560 9/1", 2) is None  # a date cut short: no whole date's shape
    assert _dates_by_anchors("๓๕/๒๕๒๕ ๕ กุย. 2๕65", 2) is None  # one separator, no date of the row with two


def test_a_run_on_table_whose_dates_part_by_their_anchors_gives_each_report_its_date_said():
    out, issues = _read(_table("่อ/๑๒/๒๕๒๕ ๒๓/๑/๒๕๖๖ ๑ มี.ค. ๒๕๖๖ ๒๓ เม.ย. DD"))
    got = entries_by_header(out)
    assert ":: ๑ มี.ค. ๒๕๖๖ :" in got["รายงานครั้งที่ 3"] and ":: ๒๓ เม.ย. DD :" in got["รายงานครั้งที่ 4"]
    assert ":: ่อ/๑๒/๒๕๒๕ :" in got["รายงานครั้งที่ 1"]
    said = [i for i in issues if i.code == "label_inferred" and i.field == "progress_reports.report_date"]
    assert len(said) == 1 and said[0].line_start == 48
    assert not any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.report_date" for i in issues)


def test_a_row_that_parts_no_way_is_said_unparted_as_before():
    out, issues = _read(_table("๕ มี.ค. ๒๕ เม.ย. ๒๕๖๖", n=2))
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.report_date" for i in issues)
    assert not any(i.code == "label_inferred" for i in issues)
