"""An OBEC round whose heading between its targets' kinds OCR lost ("เป้าหมายเชิงผลลัพธ์ (Outcome)" gone): the
outcome targets under it were read as outputs, one an output row of its own with no issue naming it (fresh set
s115x, obec_progress_s115x001).  A report prints each target text under one kind throughout (no report of any
set's truth prints one under two), so a row whose text the report prints elsewhere under the other kind only is
said (rows.kinds_crossed: unread_cells on the table, at the row); a text printed under each kind once has both
rows said."""

from parsers.obec_progress.rows import kinds_crossed
from schemas.document import Issue

TEACHERS = "ครูผู้สอนสามารถนำความรู้ที่ได้รับไปปรับใช้ในการจัดการเรียนการสอนได้อย่างมีประสิทธิภาพ"
MEETING = "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๓๓ คน เข้าร่วมการประชุมเชิงปฏิบัติการ"


def _row(key: str, quarter: int, kind: str, seq: int, text: str, line: int) -> dict:
    return {"project_key": key, "quarter": quarter, "kind": kind, "seq": seq, "text": text,
            "line_start": line, "line_end": line}


def test_a_text_printed_elsewhere_under_the_other_kind_only_is_said():
    rows = [_row("a", 1, "output", 1, MEETING, 60), _row("a", 1, "outcome", 1, TEACHERS, 66),
            _row("b", 1, "output", 1, "ผู้เข้าร่วมโครงการมีความรู้ ความเข้าใจ", 396),
            _row("b", 1, "output", 2, TEACHERS.replace("การสอน", "การ สอน"), 399)]
    said = kinds_crossed(rows, [])
    # (one printing under each kind: which is wrong is not known, both are said)
    assert sorted((i.code, i.field, i.line_start) for i in said) == [("unread_cells", "targets", 66),
                                                                      ("unread_cells", "targets", 399)]


def test_a_text_printed_under_its_own_kind_elsewhere_too_is_not():
    rows = [_row("a", 1, "outcome", 1, TEACHERS, 66), _row("a", 2, "output", 1, TEACHERS, 120),
            _row("b", 1, "output", 2, TEACHERS, 399)]
    assert [i.line_start for i in kinds_crossed(rows, [])] == [66]  # (the kind printed once, against two)


def test_a_row_an_issue_names_already_is_not_said_again():
    rows = [_row("a", 1, "outcome", 1, TEACHERS, 66), _row("b", 1, "output", 2, TEACHERS, 399)]
    said = [Issue("warning", "unread_cells", "rows in doubt", "", 399, 399, project_key="b", field="targets")]
    assert [i.line_start for i in kinds_crossed(rows, said)] == [66]


def test_a_round_printing_one_text_under_both_headings_is_no_witness():
    # (sample 004: "ยังไม่สามารถตอบเป้าหมาย..." under the output, outcome and indicator headings of a round not done)
    text = "ยังไม่สามารถตอบเป้าหมายที่กำหนดไว้ได้ เนื่องจากอยู่ในระหว่างการดำเนินงานตามโครงการ"
    rows = [_row("a", 2, "output", 1, text, 820), _row("a", 2, "outcome", 1, text, 824),
            _row("a", 2, "indicator", 1, text, 828)]
    assert kinds_crossed(rows, []) == []
