"""A risk table (a pipe table) OCR read down its columns, its column titles read between the cells: the first row
took the risk's text with no level, and a second row of the titles alone ("ผลกระทบ ระดับของ a ความเสยง") took the
scores, level and mitigation and the number 2, silent (fresh set s109p's bma_proposal_s109p005: the one risk's
number read 2).  A risk's text that is the table's column titles alone (TITLES_INSIDE_MIN of them or more) is no
risk: said at that row and the rows after it, naming the table (the rows and their numbers are in doubt)."""

import pytest

from parsers.bma_proposal.tables import read_risks
from schemas.document import CopyReading, Line

pytestmark = pytest.mark.usefixtures("repair_on")

# the table's lines as the clean-up gives them to the reader (its debris lines of specks left out)
LINES = [(189, "a"), (190, "ความเสยง"), (192, "โรงเรียนไม่"), (193, "สามารถ"), (195, "ดำเนินการได้ตาม"), (196, "vy"),
         (197, "เป้าหมาย"), (198, "เนื่องจาก"), (199, "ข้าราชการครูและ"), (200, "บุคลากรทาง"), (202, "การศึกษาทีได้"),
         (203, "รับมอบหมายให้"), (204, "ปฏิบัติงานมีภาระ"), (205, "งานมาก"), (209, "โอกาส"), (210, "a"), (211, "Naz"),
         (212, "LAA"), (214, "๒๓"), (216, "ผลกระทบ ระดับของ"), (218, "a"), (219, "ความเสยง"), (221, "๑"),
         (222, "๒ นอย"), (224, "แนวทาง"), (225, "การบริหาร"), (226, "ความเสียง"), (230, "มีหนังสือแจ้ง"),
         (231, "โรงเรียน"), (233, "เธง"), (235, "เป็นระยะๆ และ"), (236, "การแจ้งข่าวทาง"), (239, "เว็บไซต์สำ"),
         (240, "นักการศึกษา"), (244, "เพื่อให้แต่ละ"), (245, "โรงเรียนทราบ"), (246, "ขันตอนและผล"),
         (247, "การปฏิบัติงาน")]


def _read(lines: list[tuple[int, str]]) -> CopyReading:
    out = CopyReading(0, 1, 300)
    read_risks([Line(no, text) for no, text in lines], out)
    return out


def _at(out: CopyReading, row: tuple[int, int]) -> list:
    """The issues naming the findings table (or its seq) at a row's lines."""
    return [i for i in out.issues if i.field in ("findings", "findings.seq")
            and i.line_start <= row[1] and row[0] <= i.line_end]


def test_a_row_of_the_column_titles_alone_is_said_with_the_rows_after_it():
    out = _read(LINES)
    text = out.tables["findings"][("risk", 2)]["text"]
    assert "ผลกระทบ" in text.value
    said = [i for i in _at(out, (text.line_start, text.line_end)) if "column titles alone" in i.message]
    assert len(said) == 1


def test_a_risk_s_own_text_is_not_said_so():
    out = _read([(no, t) for no, t in LINES if no < 209])
    assert not [i for i in out.issues if "column titles alone" in i.message]
